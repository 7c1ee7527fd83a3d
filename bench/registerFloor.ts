/**
 * The floor of the register's benchmark, on a worker thread of its own (bench/register.ts starts
 * it): after each of the register's commands it reads what the command wrote (a second connection
 * to the register) and writes those very rows by plain bulk SQL into a copy of the register, timed.
 * Its own thread, so its own heap: the snapshots it keeps between commands and the rows it reads
 * back (hundreds of megabytes at --full) are not in the heap the register's commands run in.
 * When the bench ran in one thread, a redemption run of 100,000 holders with a million
 * certificates behind them spent 516 ms of its 4.9 s collecting garbage beside the bench's 1.9 GB
 * heap; on a heap of its own, 192 ms.
 */
import { parentPort, workerData } from "node:worker_threads";
import { sql } from "kysely";
import * as lib from "../src/register/index.js";
import { bulkInsert, selectRows, upsertBalances, type Row } from "../src/register/bulk.js";
import type { Register } from "../src/register/index.js";
import type { CertificateTable } from "../src/register/schema.js";
import { journalRows } from "./registerHistory.js";
import { timer } from "./timed.js";

/** What the main thread gives the floor's thread. */
export interface FloorData {
  /** The register the main thread's commands run on. */
  readonly register: string;
  /** A second database, the floor's copy of the register (its history written, as the register's). */
  readonly floor: string;
  readonly profileDir?: string;
}

/**
 * What the main thread asks, one at a time: start following the register (its state now, the
 * copy holding the same); follow the command just run (the floor, profiled under the name given);
 * end (the copy must verify).
 */
export type FloorRequest = { readonly do: "start" } | { readonly do: "follow"; readonly profiled?: string } | { readonly do: "end" };

/** What following a command answers: the journal rows it wrote, and the floor's time writing what it wrote. */
export interface Followed {
  readonly rows: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** The answer to a request: its value, or the error it ended in. */
export type FloorAnswer = { readonly value: unknown } | { readonly error: string };

const JOURNAL = ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"] as const;
const HOLDERS = ["id", "name", "kind", "address", "certificate"] as const;
const CERTIFICATES = ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"] as const;
const COMMANDS = ["id", "name", "key", "at", "args", "result"] as const;

/** What the register holds, as plain rows, to find what a command wrote. */
interface Snapshot {
  readonly journal: number;
  readonly commands: number;
  readonly holders: ReadonlySet<string>;
  readonly control: ReadonlyMap<string, string>;
  readonly certificates: ReadonlyMap<number, CertificateTable["status"]>;
  readonly settings: ReadonlyMap<string, string>;
}

async function snapshot(register: Register): Promise<Snapshot> {
  const rows = async (query: { compile(): import("kysely").CompiledQuery }) => selectRows(register, query.compile());
  const commands = await register.db.selectFrom("commands").select((eb) => eb.fn.max("id").as("n")).executeTakeFirstOrThrow();
  return {
    journal: await journalRows(register),
    commands: Number(commands.n ?? 0),
    holders: new Set((await rows(register.db.selectFrom("holders").select("id"))).map(([id]) => id as string)),
    control: new Map((await rows(register.db.selectFrom("control").select(["account", "asset", "balance"]))).map(([account, asset, balance]) => [`${account}\t${asset}`, balance as string])),
    certificates: new Map((await rows(register.db.selectFrom("certificates").select(["number", "status"]))).map(([n, status]) => [Number(n), status as CertificateTable["status"]])),
    settings: new Map((await rows(register.db.selectFrom("settings").select(["name", "value"]))).map(([name, v]) => [name as string, v as string])),
  };
}

/** The rows a command wrote between two snapshots: inserted, or changed (balances, certificates' status, settings). */
interface Writes {
  readonly journal: Row[];
  readonly commands: Row[];
  readonly holders: Row[];
  readonly certificates: Row[];
  /** Certificates whose status changed, by their new status (all those outstanding, when they all changed to it). */
  readonly retired: Map<CertificateTable["status"], number[] | "every outstanding one">;
  readonly control: Row[];
  readonly settings: Row[];
}

async function writesBetween(register: Register, before: Snapshot, after: Snapshot): Promise<Writes> {
  const rows = (query: { compile(): import("kysely").CompiledQuery }) => selectRows(register, query.compile()) as Promise<Row[]>;
  const changed = new Map<CertificateTable["status"], number[]>();
  const added: number[] = [];
  for (const [n, status] of after.certificates) {
    const was = before.certificates.get(n);
    if (was === undefined) added.push(n);
    else if (was !== status) (changed.get(status) ?? changed.set(status, []).get(status)!).push(n);
  }
  const outstanding = [...before.certificates.values()].filter((s) => s === "outstanding").length;
  const retired: Writes["retired"] = new Map([...changed].map(([status, numbers]) => [status, numbers.length === outstanding ? "every outstanding one" : numbers]));
  const certificates: Row[] = [];
  for (let i = 0; i < added.length; i += 10_000) certificates.push(...(await rows(register.db.selectFrom("certificates").select([...CERTIFICATES]).where("number", "in", added.slice(i, i + 10_000)))));
  const newHolders = [...after.holders].filter((h) => !before.holders.has(h));
  const holderRows: Row[] = [];
  for (let i = 0; i < newHolders.length; i += 10_000) holderRows.push(...(await rows(register.db.selectFrom("holders").select([...HOLDERS]).where("id", "in", newHolders.slice(i, i + 10_000)))));
  return {
    journal: await rows(register.db.selectFrom("journal").select([...JOURNAL]).where("seq", ">", before.journal).orderBy("seq")),
    commands: await rows(register.db.selectFrom("commands").select([...COMMANDS]).where("id", ">", before.commands)),
    holders: holderRows,
    certificates,
    retired,
    control: [...after.control].filter(([k, v]) => before.control.get(k) !== v).map(([k, v]) => [...k.split("\t"), v]),
    settings: [...after.settings].filter(([k, v]) => before.settings.get(k) !== v).map(([k, v]) => [k, v]),
  };
}

/**
 * The floor: the very rows the register's command wrote (read back from it), written by plain
 * bulk SQL in one transaction to a second database holding what the register held before the
 * command: journal, holders, certificates and the command's record inserted, certificates'
 * status set, control balances and settings upserted. What is left of the register's time is
 * its own: reading what it decides from, deciding, hashing, checking its invariants.
 */
async function floor(register: Register, w: Writes, profiled?: string): Promise<[seconds: number, cpuSeconds: number]> {
  const [, seconds, cpuSeconds] = await timed(async () => {
    await sql`begin`.execute(register.db);
    await bulkInsert(register, "holders", HOLDERS, w.holders);
    await bulkInsert(register, "journal", JOURNAL, w.journal);
    await bulkInsert(register, "certificates", CERTIFICATES, w.certificates);
    for (const [status, numbers] of w.retired) {
      const set = register.db.updateTable("certificates").set({ status });
      if (numbers === "every outstanding one") await set.where("status", "=", "outstanding").execute();
      else for (let i = 0; i < numbers.length; i += 10_000) await set.where("number", "in", numbers.slice(i, i + 10_000)).execute();
    }
    await upsertBalances(register, w.control);
    for (const [name, v] of w.settings) await register.db.insertInto("settings").values({ name: name as string, value: v as string }).onConflict((oc) => oc.column("name").doUpdateSet({ value: v as string })).execute();
    await bulkInsert(register, "commands", COMMANDS, w.commands);
    await sql`commit`.execute(register.db);
  }, profiled);
  return [seconds, cpuSeconds];
}

if (!parentPort) throw new Error("bench/registerFloor.js runs as the worker thread of bench/register.js");
const data = workerData as FloorData;
const timed = await timer(data.profileDir);
const copy = await lib.openRegister(data.floor);
let reader: Register | undefined;
let before: Snapshot | undefined;

async function answer(request: FloorRequest): Promise<unknown> {
  switch (request.do) {
    case "start":
      reader = await lib.openRegister(data.register);
      before = await snapshot(reader);
      return;
    case "follow": {
      const after = await snapshot(reader!);
      const writes = await writesBetween(reader!, before!, after);
      before = after;
      const [seconds, cpuSeconds] = await floor(copy, writes, request.profiled);
      return { rows: writes.journal.length, seconds, cpuSeconds } satisfies Followed;
    }
    case "end": {
      const verified = await lib.verify(copy);
      await lib.closeRegister(copy);
      if (reader) await lib.closeRegister(reader);
      if (!verified.ok) throw new Error("the floor's copy of the register does not verify: it did not write what the register wrote");
      return;
    }
  }
}

const port = parentPort;
port.on("message", (request: FloorRequest) =>
  answer(request).then(
    (value) => port.postMessage({ value } satisfies FloorAnswer),
    (e: Error) => port.postMessage({ error: e.stack ?? String(e) } satisfies FloorAnswer),
  ),
);
