/**
 * `register verify`: the audit trail checked end to end. The hash chain is recomputed row by row
 * (a changed row is named by its sequence number, a deleted one by the gap it leaves), the
 * control book is rebuilt from the journal and compared with the one kept, the certificates on
 * file are compared with the chained journal's record of each (its number, holder, form, Rights,
 * void Rights, and whether it was surrendered or cancelled), so are the commands on file with the
 * chained record each command made of itself (its name, key, arguments and instant: what a retry
 * under the key is compared with), so are the settings with what the commands that wrote them
 * recorded and the holders of record with what the journal recorded when each was put on the
 * register, and the invariants are checked.
 */
import { dec } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { COUNTED, holderOf, isRecord, type Asset } from "./accounts.js";
import { selectRows } from "./bulk.js";
import { GENESIS, rowHash, textRecord } from "./chain.js";
import type { Register } from "./database.js";
import { plus, sameAmount } from "./amounts.js";
import { checkInvariants, readControl, type Balances } from "./invariants.js";
import { letOthersIn, readInTurn, type Progress } from "./command.js";
import { HOLDER_RECORD, holderRecord } from "./importHolders.js";

export interface VerifyResult {
  readonly ok: boolean;
  readonly chainIntact: boolean;
  readonly entries: number;
  /** Each problem found, in words: the journal rows, balances and invariants that are wrong. */
  readonly problems: string[];
}

const BATCH = 50_000;

export interface VerifyOptions {
  /** Called after each batch of the journal's rows: how many of how many are checked (ten million take a while). */
  readonly onProgress?: Progress;
}

export function verify(register: Register, options: VerifyOptions = {}): Promise<VerifyResult> {
  return readInTurn(register, () => verifyWith(register, undefined, options.onProgress));
}

/** `verify` in a unit of work already begun (readOnce.ts), against the control book as it read it (`control`), if it did. */
export async function verifyWith(register: Register, control?: Balances, onProgress?: Progress): Promise<VerifyResult> {
  const chain = await checkChain(register, onProgress);
  const kept = control ?? (await readControl(register));
  const problems = [
    ...chain.problems,
    ...checkControl(kept, chain.sums),
    ...(await checkCertificates(register, chain.certificates)),
    ...(await checkCommands(register, chain.commands, chain.results)),
    ...(await checkSettings(register, chain.settings)),
    ...(await checkHolders(register, chain.holders, chain.settings.fromStart)),
    ...(await checkInvariants(register, { control: new Map(kept) })),
  ];
  return { ok: problems.length === 0, chainIntact: chain.problems.length === 0, entries: chain.entries, problems };
}

/** Every row of a table in key order, BATCH at a time: `page(after)` reads the rows after a key, `keyOf` gives a row's. */
async function* inPages<R, K>(page: (after: K) => Promise<R[]>, keyOf: (row: R) => K, first: K): AsyncGenerator<R> {
  for (let after = first; ; ) {
    const rows = await page(after);
    yield* rows;
    if (rows.length < BATCH) return;
    after = keyOf(rows[rows.length - 1]);
  }
}

/**
 * The rows on file against the journal's records of them, by key: what `compare` finds wrong with
 * each row (its record, undefined when the journal has none), then each record with no row on file
 * (deleted). At most 50 problems.
 */
async function againstJournal<R, K, J>(rows: AsyncIterable<R> | Iterable<R>, keyOf: (row: R) => K, journal: ReadonlyMap<K, J>, compare: (row: R, recorded: J | undefined) => (string | undefined)[], deleted: (key: K, recorded: J) => string): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<K>();
  for await (const row of rows) {
    const key = keyOf(row);
    seen.add(key);
    for (const problem of compare(row, journal.get(key))) if (problem !== undefined) problems.push(problem);
  }
  for (const [key, recorded] of journal) if (!seen.has(key)) problems.push(deleted(key, recorded));
  return problems.slice(0, 50);
}

/** Walks the journal in order, a batch at a time (the process's other work has its turn between batches): each row's hash and link to the row before; the balances its rows add up to. */
async function checkChain(register: Register, onProgress?: Progress): Promise<{ entries: number; problems: string[]; sums: Balances; certificates: Map<number, JournalCertificate>; commands: Map<number, string>; results: Map<number, string>; settings: SettingsRecorded; holders: Map<string, string> }> {
  const problems: string[] = [];
  const sums: Balances = new Map();
  const certificates = new Map<number, JournalCertificate>();
  const commands = new Map<number, string>();
  const results = new Map<number, string>();
  /** Each setting's last record: what the last command that wrote it wrote. */
  const settings: SettingsRecorded = { last: new Map(), fromStart: false };
  /** Each holder's details as the journal recorded them when it was put on the register. */
  const holders = new Map<string, string>();
  let prev = GENESIS;
  let expected = 1;
  let entries = 0;
  const total = onProgress ? Number((await register.db.selectFrom("journal").select((eb) => eb.fn.max("seq").as("last")).executeTakeFirst())?.last ?? 0) : 0;
  for (;;) {
    const query = register.db.selectFrom("journal").select(["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"]).where("seq", ">=", expected).orderBy("seq").limit(BATCH).compile();
    const rows = (await selectRows(register, query)) as [number, number, number, string, Asset, string, string | null, string, string][];
    for (const [seq, command, at, account, asset, amount, memo, prevHash, hash] of rows) {
      entries++;
      if (seq !== expected) problems.push(expected === seq - 1 ? `journal row ${expected} is missing (deleted)` : `journal rows ${expected} to ${seq - 1} are missing (deleted)`);
      else if (prevHash !== prev) problems.push(`journal row ${seq} does not follow row ${seq - 1}: the chain is broken there`);
      if (rowHash(prevHash, { seq, command, at, account, asset, amount, memo }) !== hash) problems.push(`journal row ${seq} was changed after it was written (${account} ${asset} ${amount}${memo ? `, "${memo.slice(0, 60)}"` : ""}): its hash does not match`);
      prev = hash;
      expected = seq + 1;
      if (asset === "command" && memo) commands.set(command, commandRecord(at, memo));
      if (asset === "result" && memo !== null) results.set(command, memo);
      if (asset === "setting" && memo) {
        if (settings.last.size === 0) settings.fromStart = command === 1;
        for (const [name, record] of Object.entries(JSON.parse(memo) as Record<string, string>)) settings.last.set(name, record);
      }
      if (isRecord(asset)) continue;
      if (asset === "certificates" && memo) recordCertificate(certificates, account, memo);
      if (asset === "shares" && memo?.startsWith(HOLDER_RECORD)) holders.set(holderOf(account), memo.slice(HOLDER_RECORD.length));
      const book = sums.get(asset) ?? sums.set(asset, new Map()).get(asset)!;
      book.set(account, plus(book.get(account) ?? 0, COUNTED.has(asset) ? Number(amount) : dec(amount)));
    }
    onProgress?.(entries, total);
    if (rows.length < BATCH) break;
    await letOthersIn();
  }
  const last = await register.db.selectFrom("commands").select((eb) => eb.fn.max("id").as("last")).executeTakeFirst();
  const lastCommand = await register.db.selectFrom("journal").select("command").orderBy("seq", "desc").limit(1).executeTakeFirst();
  if (Number(last?.last ?? 0) > Number(lastCommand?.command ?? 0)) problems.push(`the journal ends before command ${last!.last}: its last rows were deleted`);
  return { entries, problems: problems.slice(0, 50), sums, certificates, commands, results, settings, holders };
}

/** A command as one line to compare: its instant, name, key and arguments (as the journal's record of it and the commands table give them). */
function commandLine(at: number, name: string, key: string | null, args: string): string {
  return `${name}${key === null ? "" : ` under key "${key}"`} at ${formatNewYork(at)} with ${args}`;
}

function commandRecord(at: number, memo: string): string {
  const { name, key, args } = JSON.parse(memo) as { name: string; key: string | null; args: unknown };
  return commandLine(at, name, key, JSON.stringify(args));
}

/**
 * Each command on file must be the one the journal records of itself: same name, key, arguments and
 * instant, and the result it stored (what a retry under its key returns) the one it recorded (commands
 * run before results were recorded have none to compare); none missing, none added.
 */
async function checkCommands(register: Register, journal: ReadonlyMap<number, string>, results: ReadonlyMap<number, string>): Promise<string[]> {
  const page = (after: number) => register.db.selectFrom("commands").select(["id", "name", "key", "at", "args", "result"]).where("id", ">", after).orderBy("id").limit(BATCH).execute();
  const id = (row: { id: number }) => Number(row.id);
  // Every command since the register began recording results records one: a later command's missing record was deleted (the journal's last row, say).
  let firstRecorded = Infinity;
  for (const command of results.keys()) firstRecorded = Math.min(firstRecorded, command);
  return againstJournal(inPages(page, id, 0), id, journal, (row, recorded) => {
    const onFile = commandLine(Number(row.at), row.name, row.key, row.args);
    const result = results.get(id(row));
    return [
      recorded === undefined ? `command ${row.id} is on file (${onFile}) but the journal has no record of it` : recorded !== onFile ? `command ${row.id} on file is ${onFile}; the journal records ${recorded}` : undefined,
      result !== undefined && textRecord(row.result) !== result ? `command ${row.id}'s stored result (what a retry under its key returns) is not the one it recorded${result.startsWith("sha256:") ? "" : `: ${resultDifference(row.result, result)}`}` : undefined,
      result === undefined && recorded !== undefined && id(row) > firstRecorded ? `the journal's record of command ${row.id}'s stored result (what a retry under its key returns) is missing: its row was deleted` : undefined,
    ];
  }, (key, recorded) => `command ${key} (${recorded}) is in the journal but not on file (deleted)`);
}

/** Where a stored result and its record part: the text around the first difference, on file and recorded ("...,"rights":5005557,..." and "...5005556..."). */
function resultDifference(onFile: string, recorded: string): string {
  let at = 0;
  while (at < onFile.length && onFile[at] === recorded[at]) at++;
  const around = (text: string) => `${at > 30 ? "..." : ""}${text.slice(Math.max(0, at - 30), at + 50)}${text.length > at + 50 ? "..." : ""}`;
  return `on file ${around(onFile)}; recorded ${around(recorded)}`;
}

/** A certificate as the journal records it (the memos certificates.ts writes, under the chain). */
interface JournalCertificate {
  readonly holder: string;
  readonly form: string;
  readonly rights: number;
  readonly void: number;
  status: string;
}

const ISSUED = /^Rights (certificate|statement) no\. (\d+): (\d+) Rights(?:, (\d+) void)?/;
const RETIRED = /^certificate no\. (\d+) (surrendered|cancelled|superseded):/;

function recordCertificate(certificates: Map<number, JournalCertificate>, account: string, memo: string): void {
  const issued = ISSUED.exec(memo);
  if (issued) certificates.set(Number(issued[2]), { holder: holderOf(account), form: issued[1], rights: Number(issued[3]), void: Number(issued[4] ?? 0), status: "outstanding" });
  const retired = RETIRED.exec(memo);
  const c = retired && certificates.get(Number(retired[1]));
  if (c) c.status = retired[2];
}

/** Each certificate on file must be the one the journal records: same holder, form, Rights, void Rights and status; none missing, none added. */
async function checkCertificates(register: Register, journal: ReadonlyMap<number, JournalCertificate>): Promise<string[]> {
  const page = (after: number) => register.db.selectFrom("certificates").select(["number", "holder", "form", "rights", "void_rights", "status"]).where("number", ">", after).orderBy("number").limit(BATCH).execute();
  const number = (row: { number: number }) => Number(row.number);
  return againstJournal(inPages(page, number, 0), number, journal, (row, c) => {
    const onFile = `${row.holder}, ${row.form}, ${Number(row.rights)} Rights (${Number(row.void_rights)} void), ${row.status}`;
    if (!c) return [`certificate no. ${row.number} is on file (${onFile}) but the journal never issued it`];
    const same = c.holder === row.holder && c.form === row.form && c.rights === Number(row.rights) && c.void === Number(row.void_rights) && c.status === row.status;
    return [same ? undefined : `certificate no. ${row.number} on file says ${onFile}; the journal says ${c.holder}, ${c.form}, ${c.rights} Rights (${c.void} void), ${c.status}`];
  }, (key) => `certificate no. ${key} is in the journal but not on file (deleted)`);
}

/** The control book kept must equal the balances the journal adds up to. */
function checkControl(kept: Balances, sums: Balances): string[] {
  const problems: string[] = [];
  for (const [asset, book] of kept) {
    for (const [account, balance] of book) {
      const journal = sums.get(asset)?.get(account) ?? 0;
      if (!sameAmount(balance, journal)) problems.push(`the control book shows ${account} with ${balance.toString()} ${asset}, the journal ${journal.toString()}`);
    }
  }
  for (const [asset, book] of sums) {
    for (const [account, v] of book) if (!kept.get(asset)?.has(account) && !sameAmount(v, 0)) problems.push(`the journal gives ${account} ${v.toString()} ${asset}, the control book nothing`);
  }
  return problems.slice(0, 50);
}

/** The settings the journal records: each one's last record, and whether the commands recorded them from the register's first. */
interface SettingsRecorded {
  readonly last: Map<string, string>;
  fromStart: boolean;
}

/**
 * Each setting on file (the applied scenario, the engine's rulings, the distribution, Rights per
 * share, the clock...) must be what the last command that wrote it recorded, and none recorded may
 * be missing. One no command recorded is named too, unless the register began before commands
 * recorded their settings (its earliest settings have no record to compare).
 */
async function checkSettings(register: Register, { last: journal, fromStart }: SettingsRecorded): Promise<string[]> {
  const onFile = await register.db.selectFrom("settings").select(["name", "value"]).execute();
  return againstJournal(onFile, (row) => row.name, journal, ({ name, value }, recorded) => [
    recorded === undefined
      ? fromStart ? `setting ${name} is on file but no command recorded writing it` : undefined
      : textRecord(value) !== recorded ? `setting ${name} on file is not what the command that wrote it recorded${recorded.startsWith("sha256:") ? "" : ` (on file ${value.slice(0, 80)}; recorded ${recorded.slice(0, 80)})`}` : undefined,
  ], (name) => `setting ${name} is in the journal but not on file (deleted)`);
}

/**
 * Each holder of record on file (name, kind, address, certificate) must be as the journal recorded
 * it when it was put on the register, and none recorded may be missing; one with no record is named
 * too when the register recorded from its start (see checkSettings).
 */
async function checkHolders(register: Register, journal: ReadonlyMap<string, string>, fromStart: boolean): Promise<string[]> {
  const page = (after: string) => register.db.selectFrom("holders").select(["id", "name", "kind", "address", "certificate"]).where("id", ">", after).orderBy("id").limit(BATCH).execute();
  const id = (row: { id: string }) => row.id;
  return againstJournal(inPages(page, id, ""), id, journal, (row, recorded) => {
    const onFile = holderRecord(row).slice(HOLDER_RECORD.length);
    if (recorded === undefined) return [fromStart ? `holder ${row.id} is on file (${onFile}) but the journal never put it on the register` : undefined];
    return [recorded !== onFile ? `holder ${row.id} on file is ${onFile}; the journal records ${recorded}` : undefined];
  }, (key) => `holder ${key} is in the journal but not on file (deleted)`);
}
