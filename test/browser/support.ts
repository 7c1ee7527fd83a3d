/**
 * What the browser tests share: Debian's chromium driven by playwright-core, the server started as
 * a user starts it (`rightsplan serve` on a free port with a scratch database and a known admin
 * token), tokens for the roles, an axe-core check and a console watch. The test files share one
 * chromium and one server (shared.ts starts them with these parts); a benchmark starts its own.
 *
 * Without /usr/bin/chromium the tests are skipped on a developer's machine and FAIL in CI
 * (CI=true): .ci/run installs chromium, so a missing browser there is a broken CI, not a pass.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Download, type Page } from "playwright-core";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = "/usr/bin/chromium";
/** Where screenshots and measurements go: a scratch folder, or docs/screenshots (the README's) with RIGHTSPLAN_SCREENSHOTS=docs/screenshots. */
export const screenshots = resolve(root, process.env.RIGHTSPLAN_SCREENSHOTS ?? join(tmpdir(), "rightsplan-screenshots"));
const cli = join(root, "dist/cli/main.js");

/** Why this checkout cannot run the browser tests: the server (issue 11) is not in it yet. */
export const noServer = (): string | null => (existsSync(join(root, "src/cli/serveCommand.ts")) || process.env.RIGHTSPLAN_TEST_SERVER_URL ? null : "no `rightsplan serve` in this checkout (issue 11)");

/** Why this machine cannot run the browser tests, or null when it can. In CI a reason is a failure. */
export function missing(): string | null {
  if (!existsSync(CHROMIUM)) return `no ${CHROMIUM} (apt-get install chromium; .ci/run does)`;
  if (!existsSync(join(root, "dist/web/index.html"))) return "no dist/web (npm run build builds the workbench)";
  return null;
}

export const inCI = process.env.CI === "true" || process.env.CI === "1";

/**
 * chromium 156 opens each browser context's page in a window whose omnibox preloads two WebUI
 * popups (chrome://omnibox-popup.top-chrome), each in a renderer process of its own: two of every
 * three renderers the tests started, about 0.9 s of CPU a context. Those features are off. chromium
 * reads only the last --disable-features, so playwright's own list (playwright-core 1.65's
 * chromiumSwitches) is repeated first.
 */
const DISABLED_FEATURES = [
  ...["AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades", "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning"],
  ...["AvoidCorsURLLoaderRestartOnRedirect", "TcpPortRandomizationWin", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch"],
  ...["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"],
];

/** How chromium starts: for a benchmark's own browser (launch) and for the tests' shared one (shared.ts). */
export const chromiumOptions = {
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--disable-features=${DISABLED_FEATURES.join(",")}`],
};

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumOptions);
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on("error", fail);
  });
}

export interface Server {
  readonly url: string;
  readonly adminToken: string;
  /** A token for `role` (a holder's names its holder of record), made by the admin (POST /api/tokens). */
  tokenFor(role: string, holder?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The server the tests drive: `rightsplan serve` started here, or one already running at
 * RIGHTSPLAN_TEST_SERVER_URL (with its admin token in RIGHTSPLAN_ADMIN_TOKEN), which is quicker
 * while working on the workbench.
 */
export async function startServer(): Promise<Server> {
  const running = process.env.RIGHTSPLAN_TEST_SERVER_URL;
  if (running) return serverAt(running, process.env.RIGHTSPLAN_ADMIN_TOKEN ?? "");
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "rightsplan-web-"));
  const adminToken = "browser-test-admin-token-0123456789";
  const child = spawn(process.execPath, [cli, "serve", "--port", String(port), "--db", join(dir, "rightsplan.sqlite")], {
    cwd: dir,
    env: { ...process.env, RIGHTSPLAN_ADMIN_TOKEN: adminToken },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 1200) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer /api/health in 120 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return serverAt(url, adminToken, child);
}

/**
 * The server at `url`; `stop` stops `child`, the process started for it, if any. Its tokens are
 * named `ROLE-USER-N`: on a server the test files share, each file is a user of its own (the server
 * refuses a name in use).
 */
export function serverAt(url: string, adminToken: string, child: ChildProcess | null = null, user = "browser-test"): Server {
  let made = 0;
  return {
    url,
    adminToken,
    async tokenFor(role, holder) {
      const name = `${role}-${user}-${++made}`;
      const res = await fetch(`${url}/api/tokens`, { method: "POST", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }, body: JSON.stringify({ name, role, ...(holder ? { holder } : {}) }) });
      if (!res.ok) throw new Error(`POST /api/tokens ${role}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop() {
      if (!child) return;
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      // A server still closing its connections after 5 s is killed: a test run leaves no server behind.
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Console errors and uncaught page errors, collected for the test to assert none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const axeSource = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8");

type Axe = {
  _audit: { rules: { id: string; impact?: string }[] };
  run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
};

/**
 * axe-core's serious and critical violations on the page as it is now. axe gives every result of a
 * rule that names its impact that impact, so the rules whose impact is minor or moderate cannot
 * report a serious or critical violation: they are not run (about a fifth of axe's time), and the
 * rules that can are chosen by axe as before. axe is loaded once in a page.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the server's content security policy (script-src 'self') stays in force for the page.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const quiet = axe._audit.rules.filter((r) => r.impact === "minor" || r.impact === "moderate");
    return axe.run(document, { resultTypes: ["violations"], rules: Object.fromEntries(quiet.map((r) => [r.id, { enabled: false }])) });
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Writes a measurement (a time, say) as NAME.json beside the screenshots: timing is recorded, never a pass/fail assertion. */
export function recordMeasurement(name: string, value: object): void {
  mkdirSync(screenshots, { recursive: true });
  writeFileSync(join(screenshots, `${name}.json`), JSON.stringify({ ...value, at: new Date().toISOString() }, null, 2) + "\n");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

/** A download's bytes, streamed from the browser: over a connection to the shared chromium a download has no local path. */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(url + "/");
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

