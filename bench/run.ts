/**
 * The benchmark (`npm run bench`; never run by the tests). For 100k and 1M events over 100,000
 * persons (bench/generate.ts), it times `JSON.parse` of the scenario's JSON text (the yardstick)
 * and the engine's evaluation of the parsed object, the whole path a user pays: the scenario
 * schema (parseScenario), the evaluation and the answer object (evaluateParsed). Median of 3 runs
 * each, with a GC between runs; peak RSS sampled every 2 ms by a worker thread during evaluation;
 * the main thread's GC pauses (perf_hooks) reported as a part of the evaluation time, and CPU time
 * (all threads, and the main thread alone: on a shared machine the wall time also counts waiting
 * for a CPU, see the load average printed).
 *
 * The answer's trace keeps each routine trade finding as a row of numbers and makes the finding
 * objects when the trace is first read (src/engine/trace.ts, answer.ts); the time to read the
 * whole trace once, after the evaluation, is reported beside it ("trace read"), not in it.
 *
 * Targets (the issue): 1M events evaluated in under 3 s, with under 1.5 GB of memory (peak RSS of
 * the process, input text and parsed object included); cost about linear: evaluate(1M) /
 * evaluate(100k) ≤ 12.
 *
 * Run it with `npm run bench`: tsc compiles src/ and bench/ (bench/tsconfig.json) into
 * node_modules/.cache/rightsplan-bench, and node runs that with --expose-gc. (`node --expose-gc
 * --import tsx bench/run.ts` works too, but tsx adds a __name() call to every function it creates,
 * about 10% more time; the results then say "runtime": "tsx".)
 *
 * Options: --sizes=100000,1000000  --runs=3  --persons=100000  --seed=N  --strict (exit 1 when a
 * target is missed). Results go to bench/results/latest.json (from the working directory, the
 * package root under npm) for the default sizes and persons only.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { evaluateParsed } from "../src/engine/evaluate.js";
import { parseScenario } from "../src/scenario/parse.js";
import { generateScenarioText, type GeneratedScenario } from "./generate.js";

const MB = 1024 * 1024;
const DEFAULT_SIZES = [100_000, 1_000_000];
const TARGET_MS = 3000;
const TARGET_RSS_MB = 1536;
const MAX_GROWTH = 12;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}
const sizes = option("sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
const runs = Number(option("runs") ?? 3);
const persons = Number(option("persons") ?? 100_000);
const seed = Number(option("seed") ?? 20040102);
const strict = process.argv.includes("--strict");

if (!globalThis.gc) console.warn("warning: run with node --expose-gc, or the runs are not separated by a GC");
const gc = () => globalThis.gc?.();
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, places = 0) => Number(x.toFixed(places));

/** Samples the process RSS (shared by all threads) every 2 ms on its own thread, so that it sees inside synchronous work. */
class RssSampler {
  private readonly peakKb = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;

  constructor() {
    const code = `
      const { workerData } = require("node:worker_threads");
      const peak = new Int32Array(workerData);
      setInterval(() => {
        const kb = Math.round(process.memoryUsage.rss() / 1024);
        if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb);
      }, 2);`;
    this.worker = new Worker(code, { eval: true, workerData: this.peakKb.buffer, execArgv: [] });
    this.worker.unref();
  }

  reset(): void {
    Atomics.store(this.peakKb, 0, 0);
  }

  /** Peak RSS in MB since the last reset (at least the current RSS). */
  peakMb(): number {
    return Math.max(Atomics.load(this.peakKb, 0) * 1024, process.memoryUsage.rss()) / MB;
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * CPU time of the main thread alone, in ms (Linux: /proc schedstat), or NaN elsewhere. On a shared
 * machine wall time includes waiting for a CPU; this does not.
 */
function mainThreadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** Main-thread GC pauses, from the perf_hooks "gc" entries (delivered asynchronously: sum them after a short sleep). */
const gcEntries: PerformanceEntry[] = [];
new PerformanceObserver((list) => {
  gcEntries.push(...list.getEntries());
}).observe({ entryTypes: ["gc"] });
async function gcPauseMs(from: number, to: number): Promise<number> {
  await sleep(20);
  const ms = gcEntries.filter((e) => e.startTime >= from && e.startTime < to).reduce((sum, e) => sum + e.duration, 0);
  gcEntries.length = 0;
  return ms;
}

interface SizeResult {
  events: number;
  persons: number;
  textMB: number;
  parseMs: { median: number; runs: number[] };
  evaluateMs: { median: number; runs: number[] };
  /** Of the evaluation: parseScenario (the scenario schema) and evaluateParsed (engine and answer), in the median run. */
  schemaMs: number;
  engineMs: number;
  /** Main-thread GC pauses during the median run (included in evaluateMs). */
  gcMs: number;
  /**
   * After the evaluation (not in evaluateMs): the time to read the answer's whole trace, which
   * makes its findings on first read (src/engine/answer.ts), median of the runs.
   */
  traceReadMs: number;
  /** CPU time (user + system, all threads: GC helpers included) of the median run. */
  cpuMs: number;
  /** CPU time of the main thread (the evaluation itself), median of the runs; null where unknown. */
  mainCpuMs: number | null;
  ratio: number;
  peakRssMB: number;
  /** Heap used right after the evaluation, answer alive (a lower bound of the peak heap). */
  heapAfterMB: number;
  heapBeforeMB: number;
  traceFindings: number;
}

/** The evaluation must end without errors, and find what the generator's story says. */
function checkAnswer(answer: ReturnType<typeof evaluateParsed>, expect: GeneratedScenario["expect"]): string[] {
  const problems: string[] = [];
  if (answer.errors.length) {
    const first = answer.errors[0]!;
    problems.push(`errors is not empty (${answer.errors.length}); the first: event ${first.event} ${first.rule}${first.field ? ` (${first.field})` : ""}: ${first.message}`);
  }
  if (!answer.acquiringPersons.includes(expect.acquiringPerson)) problems.push(`acquiringPersons ${JSON.stringify(answer.acquiringPersons)} lacks ${expect.acquiringPerson}`);
  if (answer.flipIn?.at !== expect.crossingDate) problems.push(`flipIn.at is ${answer.flipIn?.at}, expected ${expect.crossingDate}`);
  if (answer.stockAcquisitionDate !== expect.stockAcquisitionDate) problems.push(`stockAcquisitionDate is ${answer.stockAcquisitionDate}, expected ${expect.stockAcquisitionDate}`);
  if (!answer.distributionDate?.startsWith(`${expect.distributionDate}T17:00`)) problems.push(`distributionDate is ${answer.distributionDate}, expected close of business ${expect.distributionDate}`);
  if (answer.status !== "separated") problems.push(`status is ${answer.status}, expected separated`);
  if (answer.totals.exercisePayments !== String(15 * expect.exerciseRights)) problems.push(`exercisePayments is ${answer.totals.exercisePayments}: ${expect.exerciseBy}'s exercise of ${expect.exerciseRights} Rights is missing`);
  return problems;
}

async function benchSize(events: number, sampler: RssSampler): Promise<SizeResult> {
  process.stdout.write(`\n${events.toLocaleString("en-US")} events: generating… `);
  let t = performance.now();
  let generated: (GeneratedScenario & { text: string }) | undefined = generateScenarioText({ events, persons, seed });
  const { text, expect } = generated;
  generated = undefined; // only the text is kept: the evaluated object is the one JSON.parse makes
  process.stdout.write(`${Math.round(performance.now() - t)} ms, ${(text.length / 1e6).toFixed(1)} MB of JSON\n`);

  const parseRuns: number[] = [];
  let data: unknown;
  for (let i = 0; i < runs; i++) {
    data = undefined;
    gc();
    t = performance.now();
    data = JSON.parse(text);
    parseRuns.push(performance.now() - t);
  }
  console.log(`  JSON.parse      ${parseRuns.map((x) => `${Math.round(x)} ms`).join(", ")}`);

  const evaluateRuns: { total: number; schema: number; engine: number; gc: number; cpu: number; main: number; peakRssMB: number; heapAfterMB: number; heapBeforeMB: number; trace: number; traceRead: number }[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const heapBeforeMB = process.memoryUsage().heapUsed / MB;
    sampler.reset();
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    const t0 = performance.now();
    const parsed = parseScenario(data);
    const t1 = performance.now();
    const answer = evaluateParsed(parsed);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const main = mainThreadCpuMs() - main0;
    const t3 = performance.now();
    const trace = answer.trace.length;
    const traceRead = performance.now() - t3;
    const heapAfterMB = process.memoryUsage().heapUsed / MB;
    const peakRssMB = sampler.peakMb();
    const problems = checkAnswer(answer, expect);
    if (problems.length) {
      console.error(`  INVALID: the evaluation of the generated scenario is not what the generator meant:\n    ${problems.join("\n    ")}`);
      process.exit(1);
    }
    evaluateRuns.push({ total: t2 - t0, schema: t1 - t0, engine: t2 - t1, gc: await gcPauseMs(t0, t2), cpu: (cpu.user + cpu.system) / 1000, main, peakRssMB, heapAfterMB, heapBeforeMB, trace, traceRead });
  }
  console.log(`  evaluate        ${evaluateRuns.map((r) => `${Math.round(r.total)} ms`).join(", ")}  (errors: [] ✓)`);
  console.log(`  then read the trace (${evaluateRuns[0]!.trace.toLocaleString("en-US")} findings)  ${evaluateRuns.map((r) => `${Math.round(r.traceRead)} ms`).join(", ")}`);
  const evaluateMedian = median(evaluateRuns.map((r) => r.total));
  const mid = evaluateRuns.find((r) => r.total === evaluateMedian)!;
  const parseMedian = median(parseRuns);
  data = undefined;
  gc();
  return {
    events,
    persons,
    textMB: round(text.length / 1e6, 1),
    parseMs: { median: round(parseMedian), runs: parseRuns.map((x) => round(x)) },
    evaluateMs: { median: round(evaluateMedian), runs: evaluateRuns.map((r) => round(r.total)) },
    schemaMs: round(mid.schema),
    engineMs: round(mid.engine),
    gcMs: round(mid.gc),
    traceReadMs: round(median(evaluateRuns.map((r) => r.traceRead))),
    cpuMs: round(mid.cpu),
    mainCpuMs: Number.isNaN(mid.main) ? null : round(median(evaluateRuns.map((r) => r.main))),
    ratio: round(evaluateMedian / parseMedian, 1),
    peakRssMB: round(Math.max(...evaluateRuns.map((r) => r.peakRssMB))),
    heapAfterMB: round(Math.max(...evaluateRuns.map((r) => r.heapAfterMB))),
    heapBeforeMB: round(Math.min(...evaluateRuns.map((r) => r.heapBeforeMB))),
    traceFindings: mid.trace,
  };
}

function pad(s: string | number, width: number): string {
  return String(s).padStart(width);
}

async function main(): Promise<void> {
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGB: round(totalmem() / 1024 ** 3, 1), node: process.version, platform: `${process.platform}-${process.arch}` };
  const runtime = import.meta.url.endsWith(".ts") ? "tsx" : "tsc";
  console.log(`rightsplan benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}; median of ${runs} runs; code compiled by ${runtime}`);
  const loadBefore = round(loadavg()[0]!, 2);
  if (loadBefore > machine.cores / 2) console.warn(`warning: load average ${loadBefore} on ${machine.cores} cores: other processes compete for the CPU, times will be high and noisy`);
  const sampler = new RssSampler();
  // Warm-up (untimed): a small scenario, so that the first timed run is not the JIT's.
  evaluateParsed(parseScenario(JSON.parse(generateScenarioText({ events: 10_000, persons: 10_000, seed }).text)));
  const results: SizeResult[] = [];
  for (const events of sizes) results.push(await benchSize(events, sampler));
  await sampler.stop();

  const header = ["events", "persons", "JSON MB", "parse ms", "evaluate ms", "(schema", "engine)", "(GC)", "CPU ms", "main CPU ms", "eval/parse", "trace read ms", "peak RSS MB", "heap after MB"];
  const widths = header.map((h) => Math.max(h.length, 10));
  console.log(`\n${header.map((h, i) => pad(h, widths[i]!)).join("  ")}`);
  for (const r of results) {
    const row = [r.events.toLocaleString("en-US"), r.persons.toLocaleString("en-US"), r.textMB, r.parseMs.median, r.evaluateMs.median, r.schemaMs, r.engineMs, r.gcMs, r.cpuMs, r.mainCpuMs ?? "n/a", `${r.ratio}x`, r.traceReadMs, r.peakRssMB, r.heapAfterMB];
    console.log(row.map((c, i) => pad(c, widths[i]!)).join("  "));
  }

  const small = results.find((r) => r.events === 100_000);
  const large = results.find((r) => r.events === 1_000_000);
  const checks: Record<string, { value: number; limit: number; ok: boolean }> = {};
  if (small && large) {
    const growth = round(large.evaluateMs.median / small.evaluateMs.median, 2);
    checks.growth = { value: growth, limit: MAX_GROWTH, ok: growth <= MAX_GROWTH };
  }
  if (large) {
    checks.evaluate1M = { value: large.evaluateMs.median, limit: TARGET_MS, ok: large.evaluateMs.median < TARGET_MS };
    checks.memory1M = { value: large.peakRssMB, limit: TARGET_RSS_MB, ok: large.peakRssMB < TARGET_RSS_MB };
  }
  const verdict = (ok: boolean) => (ok ? "ok" : "FAIL");
  console.log("");
  if (checks.growth) console.log(`growth evaluate(1M) / evaluate(100k) = ${checks.growth.value}x   ≤ ${MAX_GROWTH}x: ${verdict(checks.growth.ok)}`);
  if (checks.evaluate1M) console.log(`evaluate 1M = ${checks.evaluate1M.value} ms   1M < 3 s: ${verdict(checks.evaluate1M.ok)}`);
  if (large?.mainCpuMs != null) console.log(`  (main-thread CPU time of that evaluation: ${large.mainCpuMs} ms; the wall time is higher when other processes compete for the CPU)`);
  if (checks.memory1M) console.log(`peak RSS 1M = ${checks.memory1M.value} MB   memory < 1.5 GB: ${verdict(checks.memory1M.ok)}`);
  const loadAfter = round(loadavg()[0]!, 2);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}; load average ${loadBefore} before, ${loadAfter} after`);

  const isDefault = sizes.length === DEFAULT_SIZES.length && sizes.every((s, i) => s === DEFAULT_SIZES[i]) && persons === 100_000;
  if (isDefault) {
    const out = resolve(process.cwd(), "bench/results/latest.json");
    mkdirSync(dirname(out), { recursive: true });
    const report = { date: new Date().toISOString(), machine, config: { persons, seed, runs, gcBetweenRuns: Boolean(globalThis.gc), runtime }, loadAverage: { before: loadBefore, after: loadAfter }, results, checks };
    writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
    console.log(`results: ${out}`);
  }
  if (strict && Object.values(checks).some((c) => !c.ok)) process.exitCode = 1;
}

await main();
