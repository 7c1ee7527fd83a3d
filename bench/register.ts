/**
 * The register's benchmark (`npm run bench:register`; never run by the tests): on SQLite and, when
 * RIGHTSPLAN_BENCH_PG_URL (or RIGHTSPLAN_TEST_PG_URL) names a server, on PostgreSQL, it times an
 * import of H holders of record, a distribution (one certificate each), an exchange of half the
 * valid Rights, and a redemption payment run, each beside the floor: the same rows (holders,
 * journal rows, certificates, control balances) written by plain bulk SQL in one transaction of the
 * same database (prepared statements on SQLite, COPY on PostgreSQL). It reports rows per second
 * and the ratio register / floor (target: 1.5 or less).
 *
 * Options: --holders=100000 (default). Results go to bench/results/register-latest.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseYamlText } from "../src/terms/load.js";
import { readFileSync } from "node:fs";
import * as lib from "../src/register/index.js";
import { bulkInsert, type Row } from "../src/register/bulk.js";
import type { Register } from "../src/register/index.js";
import { sql } from "kysely";
import pg from "pg";

const holders = Number(process.argv.find((a) => a.startsWith("--holders="))?.split("=")[1] ?? 100_000);
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

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
}

async function journalRows(register: Register): Promise<number> {
  const r = await register.db.selectFrom("journal").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

let floorRuns = 0;

/** The floor: `journal` rows, `certificates` and `control` balances of the same count, by plain bulk SQL in one transaction. */
async function floor(ref: string, counts: { holders?: number; journal: number; certificates?: number; control: number }): Promise<number> {
  const register = await lib.openRegister(ref);
  const base = await journalRows(register);
  const run = ++floorRuns;
  const [, seconds] = await timed(async () => {
    await sql`begin`.execute(register.db);
    if (counts.holders) await bulkInsert(register, "holders", ["id", "name", "kind", "address", "certificate"], Array.from({ length: counts.holders }, (_, i): Row => [`f${run}-${i}`, `Holder ${i}`, "drs", null, null]));
    const hash = "f".repeat(64);
    await bulkInsert(register, "journal", ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"], Array.from({ length: counts.journal }, (_, i): Row => [base + i + 1, 1, 0, `@h${i >> 2}`, "rights", "100", i % 4 === 0 ? "floor row" : null, hash, hash]));
    if (counts.certificates) await bulkInsert(register, "certificates", ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"], Array.from({ length: counts.certificates }, (_, i): Row => [1_000_000_000 + base + i, `f0-${i % (counts.holders || 1)}`, "statement", 100, 0, null, "countersigned", 1, "outstanding"]));
    await bulkInsert(register, "control", ["account", "asset", "balance"], Array.from({ length: counts.control }, (_, i): Row => [`@f${run}-${i}`, "floor", "100"]));
    await sql`commit`.execute(register.db);
  });
  await lib.closeRegister(register);
  return seconds;
}

async function run(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const steps: Step[] = [];
  const floorRef = await ref();
  const fl = await lib.openRegister(floorRef);
  await sql`begin`.execute(fl.db);
  await bulkInsert(fl, "holders", ["id", "name", "kind", "address", "certificate"], Array.from({ length: holders }, (_, i): Row => [`f0-${i}`, `Holder ${i}`, "drs", null, null]));
  await sql`commit`.execute(fl.db);
  await lib.closeRegister(fl);
  const scenarioPath = join(root, "examples/register-pill.yaml");
  const scenario = parseYamlText(readFileSync(scenarioPath, "utf8"), scenarioPath) as Record<string, unknown>;
  const csv = holderCsv();

  const a = await lib.openRegister(await ref());
  let before = 0;
  let current = a;
  const measure = async (step: string, work: () => Promise<unknown>, counts: (rows: number) => Parameters<typeof floor>[1]) => {
    const [result, seconds] = await timed(work);
    if (result && typeof result === "object" && "ok" in result && !(result as { ok: boolean }).ok) throw new Error(`${step}: ${JSON.stringify(result)}`);
    const after = await journalRows(current);
    const rows = after - before;
    before = after;
    const floorSeconds = await floor(floorRef, counts(rows));
    steps.push({ step, rows, seconds, floorSeconds });
    process.stderr.write(`${name} ${step}: ${rows} journal rows in ${seconds.toFixed(2)} s (floor ${floorSeconds.toFixed(2)} s)\n`);
  };
  await measure("import", () => lib.importHolders(a, { csv }), (rows) => ({ holders, journal: rows, control: 2 * holders }));
  // The raider crosses 15% by a register transfer, which the engine counts as its acquisition (R-1d).
  value(await lib.transfer(a, { from: "cede", to: "raider", shares: 200_000, at: Date.parse("2004-06-01T09:00:00-04:00") }));
  value(await lib.applyScenario(a, { scenario, dir: join(root, "examples") }));
  before = await journalRows(a);
  await measure("distribute", () => lib.distribute(a), (rows) => ({ journal: rows, certificates: holders, control: holders }));
  await measure("exchange (half)", () => lib.exchange(a, { portion: "0.5", at: Date.parse("2004-06-25T10:00:00-04:00") }), (rows) => ({ journal: rows, control: 2 * holders }));
  await lib.closeRegister(a);

  const b = await lib.openRegister(await ref());
  current = b;
  value(await lib.importHolders(b, { csv }));
  value(await lib.applyScenario(b, { scenario: { ...scenario, events: [], asOf: "2004-06-10" }, dir: join(root, "examples") }));
  before = await journalRows(b);
  await measure("redemption payment run", () => lib.redeem(b), (rows) => ({ journal: rows, control: 3 * holders }));
  await lib.closeRegister(b);
  return steps;
}

function value<T>(r: lib.Result<T>): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

let made = 0;
const sqliteRef = async () => `sqlite:${join(scratch, `r${made++}.db`)}`;
const pgUrl = process.env.RIGHTSPLAN_BENCH_PG_URL ?? process.env.RIGHTSPLAN_TEST_PG_URL;
const pgRef = async () => {
  const name = `rightsplan_bench_${process.pid}_${made++}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
};

const results: Record<string, unknown> = { holders, loadavg: loadavg(), node: process.version };
for (const [name, ref] of [["sqlite", sqliteRef], ...(pgUrl ? [["postgres", pgRef] as const] : [])] as const) {
  const steps = await run(name, ref);
  results[name] = steps.map((s) => ({ ...s, rowsPerSecond: Math.round(s.rows / s.seconds), floorRowsPerSecond: Math.round(s.rows / s.floorSeconds), ratio: Number((s.seconds / s.floorSeconds).toFixed(2)) }));
}
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, "bench/results/register-latest.json"), JSON.stringify(results, null, 2) + "\n");
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
