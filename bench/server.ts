/**
 * The server's benchmark (`npm run bench:server`; never run by the tests). It starts the built
 * server (`rightsplan serve`) in a child process on a fresh database and drives it with autocannon
 * from this process:
 *
 * 1. the floor: GET /api/health, a fixed JSON body, at 50 concurrent connections;
 * 2. POST /api/evaluate of a shared example (../shared/examples/01-open-market-crossing.yaml, as
 *    JSON) at 50 concurrent connections: p50, p99, requests a second, and each as a ratio to the floor;
 * 3. the p99 of small requests (the health route, and the evaluate of step 2) while a 1M-event
 *    scenario (bench/generate.ts) is evaluated, beside the same requests without it.
 *
 * Options: --duration=10 (seconds per run)  --events=1000000. Results: bench/results/server.json.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon, { type Result } from "autocannon";
import { parse as parseYaml } from "yaml";
import { generateScenarioText } from "./generate.js";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const DURATION = arg("duration", 10);
const EVENTS = arg("events", 1_000_000);
const PORT = 3977;
const TOKEN = "rp_bench-admin-token";
const base = `http://127.0.0.1:${PORT}`;
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

async function startServer(): Promise<ChildProcess> {
  const db = join(mkdtempSync(join(tmpdir(), "rightsplan-bench-")), "bench.db");
  const child = spawn(process.execPath, ["dist/cli/main.js", "serve", "--port", String(PORT), "--db", db, "--rate-limit", "100000000"], { env: { ...process.env, RIGHTSPLAN_ADMIN_TOKEN: TOKEN }, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ready, fail) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("rightsplan server on") && ready());
    child.once("exit", (code) => fail(new Error(`the server stopped (${code})`)));
  });
  return child;
}

const summary = (r: Result) => ({ p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx + r.timeouts });

async function load(url: string, options: { method?: string; body?: string; connections?: number; duration?: number } = {}) {
  return summary(await autocannon({ url, connections: options.connections ?? 50, duration: options.duration ?? DURATION, method: options.method ?? "GET", headers: auth, body: options.body }));
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const example = JSON.stringify(parseYaml(readFileSync(resolve("../shared/examples/01-open-market-crossing.yaml"), "utf8")));
    const evaluate = { method: "POST", body: example };
    await load(`${base}/api/evaluate`, { ...evaluate, duration: 2 }); // warm the workers
    const floor = await load(`${base}/api/health`);
    const evaluated = await load(`${base}/api/evaluate`, evaluate);
    const quietSmall = await load(`${base}/api/health`, { connections: 5 });
    const quietEvaluate = await load(`${base}/api/evaluate`, { ...evaluate, connections: 5 });

    const big = generateScenarioText({ events: EVENTS });
    const bigStart = performance.now();
    const bigRun = fetch(`${base}/api/evaluate`, { method: "POST", headers: auth, body: big.text }).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength, ms: performance.now() - bigStart }));
    const busyWindow = Math.max(2, Math.floor(DURATION / 2));
    const [busySmall, busyEvaluate] = await Promise.all([load(`${base}/api/health`, { connections: 5, duration: busyWindow }), load(`${base}/api/evaluate`, { ...evaluate, connections: 5, duration: busyWindow })]);
    const bigDone = await bigRun;

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg() },
      durationSeconds: DURATION,
      floor: { route: "GET /api/health", ...floor },
      evaluate: {
        route: "POST /api/evaluate (01-open-market-crossing)",
        ...evaluated,
        ratioToFloor: { p50: evaluated.p50 / Math.max(floor.p50, 1), p99: evaluated.p99 / Math.max(floor.p99, 1), rps: evaluated.rps / floor.rps },
      },
      whileBigEvaluation: {
        bigEvaluation: { events: EVENTS, megabytes: Math.round(big.text.length / 1e6), ...bigDone },
        health: { quiet: quietSmall, busy: busySmall },
        smallEvaluate: { quiet: quietEvaluate, busy: busyEvaluate },
      },
    };
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/server.json", JSON.stringify(results, null, 2) + "\n");
    process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
