/**
 * The register's benchmark (`npm run bench:register`; never run by the tests): on SQLite and, when
 * RIGHTSPLAN_BENCH_PG_URL (or RIGHTSPLAN_TEST_PG_URL) names a server, on PostgreSQL, one register
 * goes through an import of H holders of record, a distribution at a Distribution Date reached by
 * a tender offer (one certificate or statement each), an exchange of half the valid Rights after
 * a flip-in, and a redemption payment run inside the window. Each step is timed beside its floor:
 * the very rows the step wrote (read back from the register afterwards) written again by plain
 * bulk SQL in one transaction of the same database (prepared statements on SQLite, COPY on
 * PostgreSQL) into a copy of the register as it stood before the step (the floor's copy follows
 * the register command by command, and must verify at the end): the journal, holders,
 * certificates and the command's record inserted, certificates' status set, control balances
 * and settings upserted. What the register takes beyond the floor is its own work: reading what
 * it decides from, deciding, hashing the chain, checking its invariants. It reports rows per
 * second and the ratio register / floor (target: 1.5 or less), by the wall clock and by this
 * process's CPU time (steadier on a busy machine; on PostgreSQL without the server's).
 *
 * Scale:
 *   (default)  10,000 holders, no history, each step run 3 times (best kept): about a minute.
 *   --full     the issue's register: 100,000 holders of record, behind them a history of
 *              1,000,000 Rights certificates (issued and surrendered) and journal rows enough
 *              to reach 10,000,000 with the steps' own; each step run once.
 *   --holders=N --history-rows=N --history-certificates=N --repeat=N override either.
 *   --profile=DIR  also writes a CPU profile of each step and of its floor to DIR.
 * Results go to bench/results/register-latest.json (register-full.json with --full).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import * as lib from "../src/register/index.js";
import { bulkInsert, selectRows, upsertBalances, type Row } from "../src/register/bulk.js";
import { runCommand } from "../src/register/command.js";
import { ACCOUNTS } from "../src/register/accounts.js";
import type { Register } from "../src/register/index.js";
import type { CertificateTable } from "../src/register/schema.js";
import { parseYamlText } from "../src/terms/load.js";
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import pg from "pg";
import { Session } from "node:inspector/promises";

const flag = (name: string): number | undefined => {
  const v = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  return v === undefined ? undefined : Number(v);
};
const full = process.argv.includes("--full");
const holders = flag("holders") ?? (full ? 100_000 : 10_000);
const historyCertificates = flag("history-certificates") ?? (full ? 1_000_000 : 0);
/** History rows besides the certificates' four each; at full scale the steps add about 18 rows per holder. */
const historyRows = flag("history-rows") ?? (full ? 10_000_000 - 4 * historyCertificates - 18 * holders : 0);
const repeat = flag("repeat") ?? (full ? 1 : 3);
const root = resolve(process.cwd());
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-bench-register-"));

interface Step {
  readonly step: string;
  readonly rows: number;
  readonly seconds: number;
  readonly floorSeconds: number;
  /** The CPU time of this process (user and system): steadier than the wall clock on a busy machine, but on PostgreSQL without the server's. */
  readonly cpuSeconds: number;
  readonly floorCpuSeconds: number;
}

function holderCsv(): string {
  const small = Math.max(1, Math.floor(5_000_000 / holders));
  const lines = ["holder,name,kind,shares", `cede,Cede & Co.,cede,${8_600_000 - small * (holders - 2)}`, "raider,Raider Partners LP,drs,1400000"];
  for (let i = 1; i <= holders - 2; i++) lines.push(`h${i},Holder ${i},${i % 10 === 0 ? "certificate" : "drs"},${small}`);
  return lines.join("\n") + "\n";
}

/**
 * The facts: the raider (14%, in its own name) commences a tender offer for 1,000,000 more shares
 * on 2004-05-03, so the Distribution Date is 2004-05-17 (R-3a(ii)); the register's transfer of
 * 200,000 shares to it on 06-01 makes it an Acquiring Person (flip-in, its Rights void), announced
 * 06-02: the Board may exchange (R-24) and still redeem until 06-12 (R-23).
 */
function scenario(asOf: string): Record<string, unknown> {
  const path = join(root, "examples/register-pill.yaml");
  const pill = parseYamlText(readFileSync(path, "utf8"), path) as Record<string, unknown>;
  return {
    ...pill,
    asOf,
    events: [
      { at: "2004-05-03", type: "tender-offer", id: "t1", bidder: "raider", allShares: false, sharesSought: 1_000_000, price: "4.00" },
      { at: "2004-06-02", type: "announce", by: "raider", subject: "raider" },
    ],
  };
}

/** With --profile=DIR each timed step and its floor also write a CPU profile there (bench/cpuprofile-top.ts reads one). */
const profileDir = process.argv.find((a) => a.startsWith("--profile="))?.slice("--profile=".length);
const inspector = profileDir ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post("Profiler.enable");
}

/** What `work` returns, with the seconds it took on the wall clock and of this process's CPU; profiled as `profiled` when asked. */
async function timed<T>(work: () => Promise<T>, profiled?: string): Promise<[T, number, number]> {
  if (profiled && inspector) await inspector.post("Profiler.start");
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (profiled && inspector) writeFileSync(join(profileDir!, `${profiled.replace(/\W+/g, "-")}-${Date.now()}.cpuprofile`), JSON.stringify((await inspector.post("Profiler.stop")).profile));
  return [value, seconds, (used.user + used.system) / 1e6];
}

async function journalRows(register: Register): Promise<number> {
  const r = await register.db.selectFrom("journal").select((eb) => eb.fn.max("seq").as("n")).executeTakeFirstOrThrow();
  return Number(r.n ?? 0);
}

function value<T>(r: lib.Result<T>): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

/**
 * A register's past, written through its own books (hash-chained, balanced, invariants checked):
 * `certificates` Rights certificates issued to a former holder and surrendered, and `rows` more
 * journal rows of shares lent to it and returned, all dated 2003.
 */
async function writeHistory(register: Register, rows: number, certificates: number): Promise<void> {
  if (rows + certificates === 0) return;
  const at = Date.parse("2003-01-02T10:00:00-05:00");
  value(await lib.importHolders(register, { csv: "holder,name,kind,shares\nformer,Former holder,certificate,0\n" }));
  value(
    await runCommand(register, { name: "bench-history", args: { rows, certificates } }, async ({ books, command }) => {
      await books.load("shares", "certificates");
      const former = "@former";
      for (let done = 0; done < certificates; done += 50_000) {
        const n = Math.min(50_000, certificates - done);
        const certs: Row[] = [];
        for (let i = 1; i <= n; i++) {
          // The memos the register's own certificates carry (certificates.ts), which `verify` checks the certificates on file against.
          const number = 1_000_000_000 + done + i;
          books.post(at, [{ account: former, asset: "certificates", amount: 1, memo: `Rights certificate no. ${number}: 1 Rights` }, { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 }]);
          books.post(at, [{ account: former, asset: "certificates", amount: -1, memo: `certificate no. ${number} surrendered: history` }, { account: ACCOUNTS.surrendered, asset: "certificates", amount: 1 }]);
          certs.push([number, "former", "certificate", 1, 0, null, "history", command, "surrendered"]);
        }
        await bulkInsert(register, "certificates", ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"], certs);
        await books.checkpoint();
      }
      for (let done = 0; done < rows; done += 4) {
        books.post(at, [{ account: former, asset: "shares", amount: 100, memo: "history: lent" }, { account: ACCOUNTS.issuer, asset: "shares", amount: -100 }]);
        books.post(at, [{ account: former, asset: "shares", amount: -100, memo: "history: returned" }, { account: ACCOUNTS.issuer, asset: "shares", amount: 100 }]);
        if (done % 200_000 === 0) await books.checkpoint();
      }
      return null;
    }),
  );
}

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

/** One pass of the four steps on a fresh register with `history` behind it, each beside its floor. */
async function pass(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const steps: Step[] = [];
  const floorDb = await lib.openRegister(await ref());
  await writeHistory(floorDb, historyRows, historyCertificates);
  const a = await lib.openRegister(await ref());
  const [, historySeconds] = await timed(() => writeHistory(a, historyRows, historyCertificates));
  if (historyRows + historyCertificates) process.stderr.write(`${name} history: ${await journalRows(a)} journal rows in ${historySeconds.toFixed(1)} s\n`);
  let before = await snapshot(a);
  /** Runs a command on the register and its writes on the floor's database (which stays a copy), timing both when `step` is named. */
  const run = async (work: () => Promise<lib.Result<unknown>>, step?: string) => {
    const [result, seconds, cpuSeconds] = await timed(work, step && `${name} ${step}`);
    value(result);
    const after = await snapshot(a);
    const writes = await writesBetween(a, before, after);
    before = after;
    const [floorSeconds, floorCpuSeconds] = await floor(floorDb, writes, step && `${name} ${step} floor`);
    if (!step) return;
    const rows = writes.journal.length;
    steps.push({ step, rows, seconds, floorSeconds, cpuSeconds, floorCpuSeconds });
    process.stderr.write(`${name} ${step}: ${rows} journal rows in ${seconds.toFixed(2)} s (floor ${floorSeconds.toFixed(2)} s; CPU ${cpuSeconds.toFixed(2)} s, floor ${floorCpuSeconds.toFixed(2)} s)\n`);
  };
  const dir = join(root, "examples");
  const csv = holderCsv();
  await run(() => lib.importHolders(a, { csv }), "import");
  await run(() => lib.applyScenario(a, { scenario: scenario("2004-05-31"), dir }));
  await run(() => lib.distribute(a), "distribute");
  await run(() => lib.transfer(a, { from: "cede", to: "raider", shares: 200_000, at: Date.parse("2004-06-01T09:00:00-04:00") }));
  await run(() => lib.applyScenario(a, { scenario: scenario("2004-06-04"), dir }));
  await run(() => lib.exchange(a, { portion: "0.5", at: Date.parse("2004-06-05T10:00:00-04:00") }), "exchange (half)");
  await run(() => lib.redeem(a, { at: Date.parse("2004-06-08T10:00:00-04:00") }), "redemption payment run");
  if (!(await lib.verify(a)).ok) throw new Error(`${name}: the register does not verify after the bench`);
  if (!(await lib.verify(floorDb)).ok) throw new Error(`${name}: the floor's copy of the register does not verify: it did not write what the register wrote`);
  const total = { journal: await journalRows(a), certificates: Number((await a.db.selectFrom("certificates").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n) };
  process.stderr.write(`${name}: the register holds ${total.journal} journal rows and ${total.certificates} certificates, and verifies; so does the floor's copy\n`);
  await lib.closeRegister(a);
  await lib.closeRegister(floorDb);
  return steps;
}

/** The best (fastest) of `repeat` passes, step by step. */
async function run(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const passes: Step[][] = [];
  for (let i = 0; i < repeat; i++) passes.push(await pass(name, ref));
  const best = (i: number, key: "seconds" | "floorSeconds" | "cpuSeconds" | "floorCpuSeconds") => Math.min(...passes.map((p) => p[i][key]));
  return passes[0].map((s, i) => ({ ...s, seconds: best(i, "seconds"), floorSeconds: best(i, "floorSeconds"), cpuSeconds: best(i, "cpuSeconds"), floorCpuSeconds: best(i, "floorCpuSeconds") }));
}

let made = 0;
const sqliteRef = async () => `sqlite:${join(scratch, `r${made++}.db`)}`;
const pgUrl = process.env.RIGHTSPLAN_BENCH_PG_URL ?? process.env.RIGHTSPLAN_TEST_PG_URL;
const pgDatabases: string[] = [];
async function pgAdmin(query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(query);
  await admin.end();
}
const pgRef = async () => {
  const name = `rightsplan_bench_${process.pid}_${made++}`;
  await pgAdmin(`create database ${name}`);
  pgDatabases.push(name);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
};

const results: Record<string, unknown> = { holders, historyRows, historyCertificates, repeat, loadavg: loadavg(), node: process.version };
try {
  for (const [name, ref] of [["sqlite", sqliteRef], ...(pgUrl ? [["postgres", pgRef] as const] : [])] as const) {
    const steps = await run(name, ref);
    results[name] = steps.map((s) => ({ ...s, rowsPerSecond: Math.round(s.rows / s.seconds), floorRowsPerSecond: Math.round(s.rows / s.floorSeconds), ratio: Number((s.seconds / s.floorSeconds).toFixed(2)), cpuRatio: Number((s.cpuSeconds / s.floorCpuSeconds).toFixed(2)) }));
  }
} finally {
  for (const name of pgDatabases) await pgAdmin(`drop database if exists ${name}`);
  rmSync(scratch, { recursive: true, force: true });
}
results.loadavgAfter = loadavg();
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, `bench/results/register-${full ? "full" : "latest"}.json`), JSON.stringify(results, null, 2) + "\n");
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
