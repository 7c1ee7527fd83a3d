/**
 * The register's benchmark (`npm run bench:register`; never run by the tests): on SQLite and, when
 * RIGHTSPLAN_BENCH_PG_URL (or RIGHTSPLAN_TEST_PG_URL) names a server, on PostgreSQL, one register
 * goes through an import of H holders of record, a distribution at a Distribution Date reached by
 * a tender offer (one certificate or statement each), an exchange of half the valid Rights after
 * a flip-in, and a redemption payment run inside the window. Each step is timed beside its floor:
 * the same writes by plain bulk SQL in one transaction of the same database (prepared statements
 * on SQLite, COPY on PostgreSQL), with the same history behind it: the same number of holders,
 * journal rows and certificates inserted, of control balances inserted (an account's first
 * balance of an asset) and updated (a balance it already had), and of certificates retired (an
 * UPDATE of their status). It reports rows per second and the ratio register / floor (target: 1.5
 * or less).
 *
 * Scale:
 *   (default)  10,000 holders, no history, each step run 3 times (best kept): about a minute.
 *   --full     the issue's register: 100,000 holders of record, behind them a history of
 *              1,000,000 Rights certificates (issued and surrendered) and journal rows enough
 *              to reach 10,000,000 with the steps' own; each step run once.
 *   --holders=N --history-rows=N --history-certificates=N --repeat=N override either.
 * Results go to bench/results/register-latest.json (register-full.json with --full).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import * as lib from "../src/register/index.js";
import { bulkInsert, upsertBalances, type Row } from "../src/register/bulk.js";
import { runCommand } from "../src/register/command.js";
import { ACCOUNTS } from "../src/register/accounts.js";
import type { Register } from "../src/register/index.js";
import { parseYamlText } from "../src/terms/load.js";
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import pg from "pg";

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

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
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
          books.post(at, [{ account: former, asset: "certificates", amount: 1, memo: `history: certificate no. ${done + i}` }, { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 }]);
          books.post(at, [{ account: former, asset: "certificates", amount: -1, memo: "history: surrendered" }, { account: ACCOUNTS.surrendered, asset: "certificates", amount: 1 }]);
          certs.push([1_000_000_000 + done + i, "former", "certificate", 1, 0, null, "history", command, "surrendered"]);
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

/** What one step writes: rows inserted in each table, control balances updated, certificates retired. */
interface Writes {
  readonly holders?: number;
  readonly journal: number;
  readonly certificates?: number;
  /** Control balances the step creates (an account's first balance of an asset). */
  readonly control: number;
  /** Control balances the step changes (accounts that already had one). */
  readonly controlUpdated?: number;
  /** Outstanding certificates whose status the step changes. */
  readonly certificatesRetired?: number;
}

/**
 * The floor: the same writes by plain bulk SQL in one transaction. Updated balances are balances
 * the floor's first step created (`@f1-i`), upserted as the register upserts them; retired
 * certificates are the floor's outstanding ones, cancelled by one UPDATE.
 */
async function floor(register: Register, run: number, counts: Writes): Promise<number> {
  const base = await journalRows(register);
  const [, seconds] = await timed(async () => {
    await sql`begin`.execute(register.db);
    if (counts.holders) await bulkInsert(register, "holders", ["id", "name", "kind", "address", "certificate"], Array.from({ length: counts.holders }, (_, i): Row => [`f${run}-${i}`, `Holder ${i}`, "drs", null, null]));
    const hash = "f".repeat(64);
    await bulkInsert(register, "journal", ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"], Array.from({ length: counts.journal }, (_, i): Row => [base + i + 1, 1, 0, `@h${i >> 2}`, "rights", "100", i % 4 === 0 ? "floor row" : null, hash, hash]));
    if (counts.certificates) await bulkInsert(register, "certificates", ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"], Array.from({ length: counts.certificates }, (_, i): Row => [2_000_000_000 + base + i, "floor", "statement", 100, 0, null, "countersigned", 1, "outstanding"]));
    if (counts.certificatesRetired) await register.db.updateTable("certificates").set({ status: "cancelled" }).where("holder", "=", "floor").where("status", "=", "outstanding").execute();
    await bulkInsert(register, "control", ["account", "asset", "balance"], Array.from({ length: counts.control }, (_, i): Row => [`@f${run}-${i}`, "floor", "100"]));
    if (counts.controlUpdated) await upsertBalances(register, Array.from({ length: counts.controlUpdated }, (_, i): Row => [`@f1-${i}`, "floor", String(run)]));
    await sql`commit`.execute(register.db);
  });
  return seconds;
}

/** One pass of the four steps on a fresh register with `history` behind it, each beside its floor. */
async function pass(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const steps: Step[] = [];
  const floorDb = await lib.openRegister(await ref());
  await writeHistory(floorDb, historyRows, historyCertificates);
  await bulkInsert(floorDb, "holders", ["id", "name", "kind", "address", "certificate"], [["floor", "The floor's certificates", "drs", null, null]]);
  const a = await lib.openRegister(await ref());
  const [, historySeconds] = await timed(() => writeHistory(a, historyRows, historyCertificates));
  if (historyRows + historyCertificates) process.stderr.write(`${name} history: ${await journalRows(a)} journal rows in ${historySeconds.toFixed(1)} s\n`);
  let before = await journalRows(a);
  let floorRuns = 0;
  const measure = async (step: string, work: () => Promise<lib.Result<unknown>>, counts: (rows: number) => Writes) => {
    const [result, seconds] = await timed(work);
    value(result);
    const after = await journalRows(a);
    const rows = after - before;
    before = after;
    const floorSeconds = await floor(floorDb, ++floorRuns, counts(rows));
    steps.push({ step, rows, seconds, floorSeconds });
    process.stderr.write(`${name} ${step}: ${rows} journal rows in ${seconds.toFixed(2)} s (floor ${floorSeconds.toFixed(2)} s)\n`);
  };
  const dir = join(root, "examples");
  await measure("import", () => lib.importHolders(a, { csv: holderCsv() }), (rows) => ({ holders, journal: rows, control: 2 * holders }));
  value(await lib.applyScenario(a, { scenario: scenario("2004-05-31"), dir }));
  before = await journalRows(a);
  await measure("distribute", () => lib.distribute(a), (rows) => ({ journal: rows, certificates: holders, control: holders }));
  value(await lib.transfer(a, { from: "cede", to: "raider", shares: 200_000, at: Date.parse("2004-06-01T09:00:00-04:00") }));
  value(await lib.applyScenario(a, { scenario: scenario("2004-06-04"), dir }));
  before = await journalRows(a);
  await measure("exchange (half)", () => lib.exchange(a, { portion: "0.5", at: Date.parse("2004-06-05T10:00:00-04:00") }), (rows) => ({ journal: rows, control: 0, controlUpdated: 2 * holders }));
  // Rights and certificates change balances the holders have; cash is their first.
  await measure("redemption payment run", () => lib.redeem(a, { at: Date.parse("2004-06-08T10:00:00-04:00") }), (rows) => ({ journal: rows, control: holders, controlUpdated: 2 * holders, certificatesRetired: holders }));
  if (!(await lib.verify(a)).ok) throw new Error(`${name}: the register does not verify after the bench`);
  const total = { journal: await journalRows(a), certificates: Number((await a.db.selectFrom("certificates").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n) };
  process.stderr.write(`${name}: the register holds ${total.journal} journal rows and ${total.certificates} certificates, and verifies\n`);
  await lib.closeRegister(a);
  await lib.closeRegister(floorDb);
  return steps;
}

/** The best (fastest) of `repeat` passes, step by step. */
async function run(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const passes: Step[][] = [];
  for (let i = 0; i < repeat; i++) passes.push(await pass(name, ref));
  return passes[0].map((s, i) => ({ ...s, seconds: Math.min(...passes.map((p) => p[i].seconds)), floorSeconds: Math.min(...passes.map((p) => p[i].floorSeconds)) }));
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
    results[name] = steps.map((s) => ({ ...s, rowsPerSecond: Math.round(s.rows / s.seconds), floorRowsPerSecond: Math.round(s.rows / s.floorSeconds), ratio: Number((s.seconds / s.floorSeconds).toFixed(2)) }));
  }
} finally {
  for (const name of pgDatabases) await pgAdmin(`drop database if exists ${name}`);
  rmSync(scratch, { recursive: true, force: true });
}
results.loadavgAfter = loadavg();
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, `bench/results/register-${full ? "full" : "latest"}.json`), JSON.stringify(results, null, 2) + "\n");
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
