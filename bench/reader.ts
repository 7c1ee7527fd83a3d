/**
 * The reader's benchmark (standalone; never run by the tests). It reads every filing of the shared
 * corpus in-process, as `rightsplan read` does after start-up, and reports documents per second;
 * then it reads one synthetic ~300 KB Rights Agreement (the seed and the shared filings
 * concatenated until 300 KB) and reports the time of the first read and the median of the next
 * ones. Machine information is printed beside the numbers. Target (issue 4): the 300 KB read
 * well under a second. Each figure is given in wall time and in CPU time (user + system of this
 * process): on a shared machine the CPU time is the steadier.
 *
 * Run from the repository root:
 *   npx tsc -p bench/tsconfig.json && node node_modules/.cache/rightsplan-bench/bench/reader.js
 * (`npx tsx bench/reader.ts` works too, a little slower). Options: --filings=DIR (default
 * ../shared/filings), --seed=FILE (default ../shared/seeds/000_208d602dd66c619c.txt),
 * --seconds=N (time spent on the corpus, default 3), --runs=N (300 KB runs, default 7).
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { readTexts } from "../src/reader/read.js";

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function machine(): string {
  const cpu = cpus();
  return [
    `machine: ${cpu[0]?.model ?? "unknown CPU"} x ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}`,
    `runtime: node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`,
  ].join("\n");
}

const filingsDir = resolve(option("filings", "../shared/filings"));
const seedFile = resolve(option("seed", "../shared/seeds/000_208d602dd66c619c.txt"));
const seconds = Number(option("seconds", "3"));
const runs = Number(option("runs", "7"));

const corpus = readdirSync(filingsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ file: f, text: readFileSync(join(filingsDir, f), "utf8") }));
const corpusBytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/** CPU milliseconds (user + system) this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let documents = 0;
const started = performance.now();
const startedCpu = cpuMs();
while (performance.now() - started < seconds * 1000) {
  for (const doc of corpus) readTexts([doc]);
  documents += corpus.length;
}
const corpusMs = performance.now() - started;
const corpusCpuMs = cpuMs() - startedCpu;

const pieces = [readFileSync(seedFile, "utf8"), ...corpus.map((d) => d.text)];
const parts: string[] = [];
let size = 0;
for (let i = 0; size < 300 * 1024; i++) {
  const piece = pieces[i % pieces.length]!;
  parts.push(piece);
  size += Buffer.byteLength(piece) + 2;
}
const agreement = parts.join("\n\n");
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const t0 = performance.now();
  const c0 = cpuMs();
  readTexts([{ file: "synthetic-300kb.txt", text: agreement }]);
  times.push(performance.now() - t0);
  cpuTimes.push(cpuMs() - c0);
}

console.log(machine());
console.log(`corpus: ${corpus.length} filings (${(corpusBytes / 1024).toFixed(0)} KB) in ${filingsDir}`);
console.log(`  ${documents} documents read in ${(corpusMs / 1000).toFixed(2)} s: ${(documents / (corpusMs / 1000)).toFixed(1)} documents/s wall, ${(documents / (corpusCpuMs / 1000)).toFixed(1)} documents/s CPU (${(corpusCpuMs / documents).toFixed(2)} ms CPU per document)`);
console.log(`synthetic Rights Agreement: ${(Buffer.byteLength(agreement) / 1024).toFixed(0)} KB`);
const next = times.slice(1);
const nextCpu = cpuTimes.slice(1);
console.log(`  first read ${times[0]!.toFixed(0)} ms wall, ${cpuTimes[0]!.toFixed(0)} ms CPU`);
console.log(`  next ${runs}: median ${median(next).toFixed(0)} ms wall (min ${Math.min(...next).toFixed(0)}, max ${Math.max(...next).toFixed(0)}), median ${median(nextCpu).toFixed(0)} ms CPU`);
console.log(`  target: well under 1000 ms -> ${median(nextCpu) < 500 ? "met" : "MISSED"} (CPU median)`);
