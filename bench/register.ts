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
 * it decides from, deciding, hashing the chain, checking its invariants. The register's commands
 * run on the main thread, as the CLI and the server run them; the floor, with the bench's reading
 * back of what each command wrote, on a worker thread with a heap of its own (bench/registerFloor.ts),
 * so the register's garbage collection does not work through the bench's rows. It reports rows per
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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import * as lib from "../src/register/index.js";
import { parseYamlText } from "../src/terms/load.js";
import pg from "pg";
import type { FloorAnswer, FloorData, FloorRequest, Followed } from "./registerFloor.js";
import { journalRows, value } from "./registerHistory.js";
import type { HistoryData } from "./registerHistoryThread.js";
import { timer } from "./timed.js";

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
const timed = await timer(profileDir);

/** The floor's worker thread (bench/registerFloor.ts), asked one thing at a time. */
class FloorThread {
  private readonly worker: Worker;
  constructor(data: FloorData) {
    this.worker = new Worker(new URL("./registerFloor.js", import.meta.url), { workerData: data });
  }

  /** Its answer to `request` (the error it ended in, thrown here). */
  async ask<T = void>(request: FloorRequest): Promise<T> {
    this.worker.postMessage(request);
    const [answer] = (await once(this.worker, "message")) as [FloorAnswer];
    if ("error" in answer) throw new Error(`the floor's thread: ${answer.error}`);
    return answer.value as T;
  }

  end(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Writes the history of the register at `ref` on a thread of its own (bench/registerHistoryThread.ts), whose heap goes with it. */
function writeHistoryApart(ref: string): Promise<void> {
  const data: HistoryData = { ref, rows: historyRows, certificates: historyCertificates };
  return new Promise((resolve, reject) => {
    new Worker(new URL("./registerHistoryThread.js", import.meta.url), { workerData: data })
      .on("error", reject)
      .on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the history's thread exited with code ${code}`))));
  });
}

/** One pass of the four steps on a fresh register with `history` behind it, each beside its floor. */
async function pass(name: string, ref: () => Promise<string>): Promise<Step[]> {
  const steps: Step[] = [];
  const register = await ref();
  const copy = await ref();
  // The register's history and the floor's copy of it, written at once.
  const [, historySeconds] = await timed(() => Promise.all([writeHistoryApart(register), writeHistoryApart(copy)]));
  const a = await lib.openRegister(register);
  if (historyRows + historyCertificates) process.stderr.write(`${name} history: ${await journalRows(a)} journal rows in ${historySeconds.toFixed(1)} s (and as many in the floor's copy at once)\n`);
  const floor = new FloorThread({ register, floor: copy, profileDir });
  try {
    await floor.ask({ do: "start" });
    /** Runs a command on the register, then its writes on the floor's copy, timing both when `step` is named. */
    const run = async (work: () => Promise<lib.Result<unknown>>, step?: string) => {
      const [result, seconds, cpuSeconds] = await timed(work, step && `${name} ${step}`);
      value(result);
      const followed = await floor.ask<Followed>({ do: "follow", profiled: step && `${name} ${step} floor` });
      if (!step) return;
      const { rows } = followed;
      steps.push({ step, rows, seconds, floorSeconds: followed.seconds, cpuSeconds, floorCpuSeconds: followed.cpuSeconds });
      process.stderr.write(`${name} ${step}: ${rows} journal rows in ${seconds.toFixed(2)} s (floor ${followed.seconds.toFixed(2)} s; CPU ${cpuSeconds.toFixed(2)} s, floor ${followed.cpuSeconds.toFixed(2)} s)\n`);
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
    await floor.ask({ do: "end" });
    const total = { journal: await journalRows(a), certificates: Number((await a.db.selectFrom("certificates").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n) };
    process.stderr.write(`${name}: the register holds ${total.journal} journal rows and ${total.certificates} certificates, and verifies; so does the floor's copy\n`);
  } finally {
    await floor.end();
    await lib.closeRegister(a);
  }
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
