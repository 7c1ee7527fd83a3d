/**
 * What one unit of work (a command, a report) reads more than once, read once: a command reads a
 * dozen settings (its own, the Final Expiration Date's, the invariants') and the commands the
 * engine is given as events twice or more. The scope follows the unit's async calls
 * (AsyncLocalStorage), so a report the server answers while a command runs keeps its own.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Register } from "./database.js";
import type { CommandTable } from "./schema.js";

/** A recorded command as the engine's events are made of it (commandsAsEvents.ts). */
export type CommandRow = Pick<CommandTable, "id" | "name" | "at" | "args" | "result">;

/** The reads kept, as they were first read (a command's own writes of settings kept in step). */
export interface Reads {
  readonly register: Register;
  settings?: Map<string, string>;
  /** The commands given to the engine as events: a command records itself only at its end. */
  commandRows?: Promise<CommandRow[]>;
  /** The Distribution Date the facts give with those commands (attached.ts), for the facts as stored then (their settings' texts). */
  distributionDate?: { readonly scenario?: string; readonly personHolders?: string; readonly clock?: number; readonly date: Promise<string | null> };
}

const current = new AsyncLocalStorage<Reads>();

/** Runs `work` with reads of `register` kept for its length: a command's transaction (nothing else writes meanwhile), or a report. */
export function readingOnce<T>(register: Register, work: () => Promise<T>): Promise<T> {
  return current.run({ register }, work);
}

/** The reads kept for `register` in this unit of work, if it is in one. */
export function keptReads(register: Register): Reads | undefined {
  const reads = current.getStore();
  return reads?.register === register ? reads : undefined;
}
