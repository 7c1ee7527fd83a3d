/**
 * Writes a register's history (bench/registerHistory.ts) on a thread of its own, started by
 * bench/register.ts: the history's garbage (8,200,000 journal rows posted at --full) goes with the
 * thread, so the heap the register's commands are then timed in never held it.
 */
import { workerData } from "node:worker_threads";
import * as lib from "../src/register/index.js";
import { writeHistory } from "./registerHistory.js";

/** The register (its --db reference) and how much history to write into it. */
export interface HistoryData {
  readonly ref: string;
  readonly rows: number;
  readonly certificates: number;
}

const { ref, rows, certificates } = workerData as HistoryData;
const register = await lib.openRegister(ref);
await writeHistory(register, rows, certificates);
await lib.closeRegister(register);
