/**
 * The sweep benchmark (standalone; never run by the tests): a 10,000-point sweep of the second
 * purchase of the shared example 01-open-market-crossing.yaml (`events.1.shares` from 1,000,000
 * by 10), read from ../shared beside the repository. The scenario is parsed once and the plan
 * loaded once, as `rightsplan sweep` does; each point is a full engine run.
 *
 *   node --import tsx bench/sweep.ts [--points=10000] [--runs=3] [--metrics=acquiringPersons,...]
 *
 * or, compiled as the engine's benchmark is (without tsx's per-function overhead):
 *
 *   npx tsc -p bench/tsconfig.json && node node_modules/.cache/rightsplan-bench/bench/sweep.js
 *
 * Prints the median time of `runs` sweeps, points per second and the machine. Target (issue 3):
 * 10,000 points in under 10 s.
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readScenarioFile } from "../src/scenario/parse.js";
import { readPlanFile } from "../src/files/plans.js";
import { DEFAULT_METRICS, sweep } from "../src/analysis/sweep.js";

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** The repository root: the folder up from here with rightsplan's package.json and ../shared/examples beside it. */
function repoRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "rightsplan" && existsSync(join(dir, "../shared/examples"))) return dir;
  }
  throw new Error("cannot find the repository root with ../shared/examples beside it");
}

const points = Number(option("points") ?? 10_000);
const runs = Number(option("runs") ?? 3);
const metrics = option("metrics")?.split(",") ?? DEFAULT_METRICS;
const root = repoRoot();
const file = resolve(root, "../shared/examples/01-open-market-crossing.yaml");
const parsed = readScenarioFile(file);
const plan = readPlanFile(join(root, "plans/net-perceptions.yaml"));
const vary = `events.1.shares=1000000:${1_000_000 + 10 * (points - 1)}:10`;

sweep(parsed, "events.1.shares=1000000:1002000:10", { plan, metrics }); // warm-up: 201 points
const times: number[] = [];
let boundary: unknown;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = sweep(parsed, vary, { plan, metrics });
  times.push(performance.now() - started);
  if (result.points.length !== points) throw new Error(`expected ${points} points, got ${result.points.length}`);
  boundary = result.summary.triggerBoundary;
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const cpu = cpus();
console.log(
  JSON.stringify(
    {
      benchmark: "sweep",
      scenario: "../shared/examples/01-open-market-crossing.yaml",
      vary,
      metrics,
      points,
      runs: times.map((t) => Math.round(t)),
      medianMs: Math.round(median),
      pointsPerSecond: Math.round((points / median) * 1000),
      target: "10,000 points in under 10 s",
      met: points < 10_000 || median < 10_000,
      boundary,
      machine: { cpu: cpu[0]?.model, cores: cpu.length, memoryGb: Math.round(totalmem() / 2 ** 30), loadavg: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, platform: `${process.platform} ${process.arch}` },
      runtime: process.execArgv.some((a) => a.includes("tsx")) ? "tsx" : "node",
    },
    null,
    2,
  ),
);
