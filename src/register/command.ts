/**
 * Every register command is one transaction: it runs whole or not at all (a crash, a refusal
 * or bad input leaves the register as it was). Under an idempotency key a command that already
 * ran returns the result it gave then and does nothing again. After the work, the invariants
 * are checked inside the same transaction, so a command that would break one is rolled back.
 */
import { setImmediate } from "node:timers/promises";
import { sql } from "kysely";
import { formatNewYork } from "../time/instant.js";
import { Books } from "./books.js";
import { BUSY_TIMEOUT_MS, busyText, type Register } from "./database.js";
import { checkInvariants } from "./invariants.js";
import { RegisterFailure, refuse, type Result, type Warned } from "./problems.js";
import { collectSettingsWritten, readSetting, settingsWritten, writeSetting } from "./settings.js";
import { textRecord } from "./chain.js";
import { readingOnce } from "./readOnce.js";
import { expireIfPast } from "./rightsEnd.js";

/** Called as a long command goes: how many of how many (holders, certificates) are done. */
export type Progress = (done: number, total: number) => void;

/** How many holders or certificates a long command does between writing the journal and reporting progress. */
const CHUNK = 1_000;

/**
 * Gives the process's other work its turn (a server's other requests): on SQLite every statement
 * is synchronous and every await between them a microtask, so a long run that never calls this
 * holds the event loop to its end (a server answered not even /api/health until a distribution
 * of 100,000 holders was done).
 */
export const letOthersIn = (): Promise<void> => setImmediate();

/** Runs `step` over `items` a chunk at a time, writing the journal after each chunk, reporting progress and letting others in between chunks. */
export async function inChunks<T>(books: Books, items: readonly T[], onProgress: Progress | undefined, step: (chunk: readonly T[]) => Promise<void> | void, size = CHUNK): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await step(items.slice(i, i + size));
    await books.checkpoint();
    onProgress?.(Math.min(i + size, items.length), items.length);
    if (i + size < items.length) await letOthersIn();
  }
}

export interface CommandSpec {
  readonly name: string;
  /** The idempotency key (`--key`). */
  readonly key?: string;
  /** The instant of the command (ms); default: the register's clock. */
  readonly at?: number;
  /** An act at an instant (a transfer, an exercise, a redemption): run without one before any command had one, its answer says it is dated at the register's start. */
  readonly dated?: boolean;
  /** The command's arguments, recorded with it. */
  readonly args: Record<string, unknown>;
}

/** What a command's work gets: the register, its books, its id and instant. */
export interface Work {
  readonly register: Register;
  readonly books: Books;
  readonly command: number;
  readonly at: number;
}

const queues = new WeakMap<Register, Promise<unknown>>();

/**
 * Runs `work` on `register` in turn: after the commands and reads queued on it before, before
 * those queued after. The register has one connection, which a long command holds in its
 * transaction between chunks (awaiting each write): a report, a verify or a holder list read
 * meanwhile on that connection would see the command half done.
 */
export function inTurn<T>(register: Register, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(register) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  queues.set(register, run);
  return run;
}

/** Runs `work` in turn (inTurn), with what it reads more than once read once (readOnce.ts). */
export function readInTurn<T>(register: Register, work: () => Promise<T>): Promise<T> {
  return inTurn(register, () => readingOnce(register, work));
}

/** Runs `work` as the command `spec`, in one transaction, once per key. */
export async function runCommand<T>(register: Register, spec: CommandSpec, work: (w: Work) => Promise<T>): Promise<Result<T>> {
  return readInTurn(register, () => inTransaction(register, spec, work));
}

async function inTransaction<T>(register: Register, spec: CommandSpec, work: (w: Work) => Promise<T>): Promise<Result<T>> {
  try {
    await begin(register);
    const done = spec.key === undefined ? undefined : await register.db.selectFrom("commands").selectAll().where("key", "=", spec.key).executeTakeFirst();
    if (done) {
      await sql`rollback`.execute(register.db);
      if (done.name !== spec.name) return { ok: false, problem: { kind: "refused", rule: "register", code: "key-reused", message: `the key "${spec.key}" was already used by ${/^[aeiou]/.test(done.name) ? "an" : "a"} ${done.name} command; use a new key for this ${spec.name}` } };
      // The instant is an argument too: a retry names the same one (or none, taking the one recorded).
      const sameAt = spec.at === undefined || Number(done.at) === spec.at;
      if (done.args !== JSON.stringify(spec.args) || !sameAt) return { ok: false, problem: { kind: "refused", rule: "register", code: "key-reused", message: `the key "${spec.key}" was already used by another ${spec.name} (${done.args}${recordedAt(Number(done.at))}); nothing was done: use a new key for this one (${JSON.stringify(spec.args)}${spec.at === undefined ? "" : ` at ${formatNewYork(spec.at)}`})` } };
      return { ok: true, value: JSON.parse(done.result) as T, replayed: true };
    }
    const books = await Books.next(register);
    const command = books.command;
    const recordedClock = await readSetting<number>(register, "clock");
    const clock = recordedClock ?? 0;
    const at = spec.at ?? clock;
    books.note(at, "register", "command", JSON.stringify({ name: spec.name, key: spec.key ?? null, args: spec.args }));
    collectSettingsWritten(register);
    await expireIfPast(register, books, at);
    const answered = await work({ register, books, command, at });
    const value = spec.dated && spec.at === undefined && recordedClock === undefined ? saidUndated(answered, spec.name) : answered;
    if (at > clock) await writeSetting(register, "clock", at);
    const settings = settingsWritten(register);
    if (settings.size) books.note(at, "register", "setting", JSON.stringify(Object.fromEntries([...settings].map(([name, text]) => [name, textRecord(text)]))));
    // The result kept for a retry under the key: what the retry returns is what the command recorded.
    const result = JSON.stringify(value);
    books.note(at, "register", "result", textRecord(result));
    await books.flush();
    const broken = await checkInvariants(register, { books });
    if (broken.length) refuse("register", "invariant", `the ${spec.name} would break the register's invariants, so nothing was done: ${broken.join("; ")}`);
    await register.db.insertInto("commands").values({ id: command, name: spec.name, key: spec.key ?? null, at, args: JSON.stringify(spec.args), result }).execute();
    await sql`commit`.execute(register.db);
    books.keep();
    return { ok: true, value, replayed: false };
  } catch (e) {
    settingsWritten(register); // a command refused or failed: what it wrote is rolled back with it
    await sql`rollback`.execute(register.db).catch(() => undefined);
    if (e instanceof RegisterFailure) return { ok: false, problem: e.problem };
    throw e;
  }
}

/**
 * An act run without an instant before any command ran at one: the register's clock has not
 * started, so the act is dated at its start, before every event of the facts (an undated transfer
 * there counts as the holder's position from the beginning). Not a silent default: its answer says so.
 */
function saidUndated<T>(value: T, name: string): T {
  const warned = value as T & Warned;
  const warning = `no instant was given (--at, or "at" in the API) and no command has run at one yet, so this ${name} is dated at the register's start (${formatNewYork(0)}), before every event of the facts; give the instant to date it`;
  return { ...warned, warnings: [...(warned.warnings ?? []), warning] };
}

/** " at INSTANT" for a command that ran at one; nothing for one recorded before the register's clock had any (0: an import, init or apply before any dated command), once said as 1969-12-31T19:00:00-05:00. */
const recordedAt = (at: number): string => (at === 0 ? "" : ` at ${formatNewYork(at)}`);

/** SQLite: take the write lock at once; PostgreSQL: one command at a time across processes. */
async function begin(register: Register): Promise<void> {
  if (register.dialect === "sqlite") {
    await sql`begin immediate`.execute(register.db).catch((e: unknown) => {
      if ((e as { code?: string }).code === "SQLITE_BUSY") refuse("register", "busy", `the register at ${register.location} is busy: it waited ${BUSY_TIMEOUT_MS / 1000} seconds in vain; ${busyText}`);
      throw e;
    });
    return;
  }
  // One round trip: the two statements as one simple query.
  await register.pg!.query("begin; select pg_advisory_xact_lock(7307401)");
}
