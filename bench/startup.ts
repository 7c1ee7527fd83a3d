/**
 * The start-up benchmark (`npm run bench`; never run by the tests), issue 8 item 8: whole
 * processes, timed from spawn to exit, against `node -e 0` in the same run, so that the ratios
 * hold on a loaded or a quiet machine alike. The runs of every command are interleaved (one of
 * each, round after round) and each command's median is taken.
 *
 * Targets: `rightsplan --version` within 1.5x of `node -e 0`; `rightsplan evaluate` of a shared
 * example within 3x. Also timed, for information: importing each subpath export of the library
 * (`rightsplan`, `rightsplan/analysis`, `rightsplan/reader`, `rightsplan/charts`).
 *
 * Wall time is what the targets judge; on a shared machine it varies with the load (the same
 * command has measured 3.5x and 4.7x in runs minutes apart), so the CPU time of each process
 * (user + system, from Linux's /proc/self/stat: the children's time, before and after each run) is
 * reported beside it, steadier and counted in clock ticks (10 ms).
 *
 * It runs the built CLI (dist/cli/main.js, as `npx rightsplan` does) from the package root, the
 * working directory under npm. Options: --runs=N (default 21), --strict (exit 1 when a target is
 * missed). Results go to bench/results/startup.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, resolve } from "node:path";

const root = process.cwd();
const cli = resolve(root, "dist/cli/main.js");
const example = resolve(root, "../shared/examples/01-open-market-crossing.yaml");
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 21);
const strict = process.argv.includes("--strict");

interface Command {
  readonly name: string;
  readonly args: readonly string[];
  /** The most this command may take, as a multiple of `node -e 0`. */
  readonly limit?: number;
}

const importOf = (specifier: string) => ["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`];

const COMMANDS: readonly Command[] = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "rightsplan --version", args: [cli, "--version"], limit: 1.5 },
  { name: "rightsplan evaluate 01-open-market-crossing.yaml", args: [cli, "evaluate", example], limit: 3 },
  { name: "import rightsplan", args: importOf("rightsplan") },
  { name: "import rightsplan/analysis", args: importOf("rightsplan/analysis") },
  { name: "import rightsplan/reader", args: importOf("rightsplan/reader") },
  { name: "import rightsplan/charts", args: importOf("rightsplan/charts") },
];

interface Time {
  /** From spawn to exit. */
  readonly ms: number;
  /** User + system CPU time of the process, or null where /proc is not there. */
  readonly cpuMs: number | null;
}

/** The CPU time (ms) of this process's finished children, from /proc/self/stat (cutime + cstime, in ticks of 10 ms); null off Linux. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** Wall and CPU time of one process, from spawn to exit; throws if it fails. */
function timeOnce(command: Command): Time {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) throw new Error(`${command.name} failed (exit ${result.status}): ${result.stderr.toString()}`);
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (x: number, places = 0) => Number(x.toFixed(places));

function main(): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  if (!existsSync(example)) throw new Error(`${example} is missing: the shared folder sits beside the repository`);
  const loadBefore = round(loadavg()[0]!, 2);
  for (const command of COMMANDS) timeOnce(command); // warm-up: file system cache
  const times = COMMANDS.map(() => [] as Time[]);
  for (let run = 0; run < runs; run++) COMMANDS.forEach((command, i) => times[i]!.push(timeOnce(command)));
  const cpuMedian = (ts: readonly Time[]) => (ts.every((t) => t.cpuMs !== null) ? median(ts.map((t) => t.cpuMs!)) : null);
  const baseline = median(times[0]!.map((t) => t.ms));
  const cpuBaseline = cpuMedian(times[0]!);
  const rows = COMMANDS.map((command, i) => {
    const ms = median(times[i]!.map((t) => t.ms));
    const ratio = round(ms / baseline, 2);
    const cpuMs = cpuMedian(times[i]!);
    const cpuRatio = cpuMs === null || !cpuBaseline ? null : round(cpuMs / cpuBaseline, 2);
    return { command: command.name, medianMs: round(ms, 1), ratio, medianCpuMs: cpuMs, cpuRatio, limit: command.limit ?? null, ok: command.limit === undefined ? null : ratio <= command.limit, runsMs: times[i]!.map((t) => round(t.ms, 1)) };
  });
  const width = Math.max(...rows.map((r) => r.command.length));
  console.log(`\n${"command".padEnd(width)}  median ms  x node -e 0  target        CPU ms  CPU x`);
  for (const r of rows) console.log(`${r.command.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${`${r.ratio}x`.padStart(11)}  ${(r.limit === null ? "" : `≤ ${r.limit}x: ${r.ok ? "ok" : "FAIL"}`).padEnd(12)}  ${String(r.medianCpuMs ?? "-").padStart(6)}  ${r.cpuRatio === null ? "-" : `${r.cpuRatio}x`}`);
  const loadAfter = round(loadavg()[0]!, 2);
  const machine = { cpu: cpus()[0]?.model.trim() ?? "unknown", cores: cpus().length, memoryGB: round(totalmem() / 1024 ** 3, 1), node: process.version, platform: `${process.platform}-${process.arch}` };
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}; ${runs} runs each; load average ${loadBefore} before, ${loadAfter} after`);
  const out = resolve(root, "bench/results/startup.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, runs, loadAverage: { before: loadBefore, after: loadAfter }, results: rows }, null, 2) + "\n");
  console.log(`results: ${out}`);
  if (strict && rows.some((r) => r.ok === false)) process.exitCode = 1;
}

main();
