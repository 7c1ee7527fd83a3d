/**
 * `rightsplan serve`: it prints its address and, on the first start, an admin token that works;
 * RIGHTSPLAN_ADMIN_TOKEN, when set, is that token instead (nothing printed that a script could miss);
 * with `--db postgres://…` the whole server (its tables and the register) runs on PostgreSQL; the
 * README's curl session runs as written.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { tempDb } from "./support/server.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";
import { cli } from "./support/cli.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const started: ChildProcess[] = [];
afterAll(async () => {
  await Promise.all(started.splice(0).map((child) => child.exitCode === null && child.signalCode === null && new Promise((done) => child.once("exit", done).kill("SIGTERM"))));
  await dropTestDatabases();
}, 120_000);

/** Starts `rightsplan serve` on a free port and returns its first lines once it listens (stopped after all the tests). */
function serve(env: Record<string, string> = {}, db = tempDb()): Promise<string> {
  const child = spawn(process.execPath, [resolve(repoRoot, "dist/cli/main.js"), "serve", "--port", "0", "--db", db], { env: { ...process.env, RIGHTSPLAN_ADMIN_TOKEN: "", ...env } });
  started.push(child);
  let out = "";
  return new Promise((ready, fail) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (/token/.test(out)) ready(out);
    });
    child.once("exit", (code) => fail(new Error(`serve stopped (${code}): ${out}`)));
  });
}

const addressOf = (out: string) => /rightsplan server on (http:\/\/\S+)/.exec(out)![1]!;

/** The README's curl session, and the admin token it exports. */
const readmeSession = /```bash\n(export RIGHTSPLAN_ADMIN_TOKEN=[\s\S]*?)```/.exec(readFileSync(resolve(repoRoot, "README.md"), "utf8"))![1]!;
const readmeToken = /export RIGHTSPLAN_ADMIN_TOKEN=(\S+)/.exec(readmeSession)![1]!;

describe("rightsplan serve", () => {
  it("prints its address and a first admin token that works", async () => {
    const out = await serve();
    const token = /first admin token \(shown once, keep it\): (rp_\S+)/.exec(out)![1]!;
    const me = await fetch(`${addressOf(out)}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ name: "admin", role: "admin", holder: null });
  });

  describe("started with the README's RIGHTSPLAN_ADMIN_TOKEN", () => {
    // One server for both: the first test only reads, the README's session then writes.
    let out: string;
    beforeAll(async () => {
      out = await serve({ RIGHTSPLAN_ADMIN_TOKEN: readmeToken });
    });

    it("takes RIGHTSPLAN_ADMIN_TOKEN as the first admin token", async () => {
      expect(out).not.toContain(readmeToken);
      const health = await fetch(`${addressOf(out)}/api/health`);
      expect(await health.json()).toEqual({ status: "ok" });
      const me = await fetch(`${addressOf(out)}/api/me`, { headers: { authorization: `Bearer ${readmeToken}` } });
      expect(me.status).toBe(200);
    });

    it("runs the README's curl session: start, a token, an evaluation, a register command", async () => {
      // The server is started above (on a free port, a fresh database) instead of by `npm start &`.
      const script = readmeSession.replace(/^npm start &.*$/m, "").replace(/^H=.*$/m, `H=${addressOf(out)}`);
      const { stdout } = await promisify(execFile)("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
      expect(stdout.startsWith('{"status":"ok"}')).toBe(true);
      const evaluated = await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml", "--json", "--as-of", "2004-05-20"]);
      expect(evaluated.status).toBe(0);
      expect(stdout).toContain(evaluated.stdout);
      const promised = [...readmeSession.matchAll(/^# (\{.*\})$/gm)].at(-1)![1]!;
      expect(stdout.trim().endsWith(promised)).toBe(true);
    });
  });

  it.runIf(backends.some((b) => b.name === "postgres"))("runs on PostgreSQL with --db postgres://…, its tables and the register's, never printing the password", async () => {
    const db = await backends.find((b) => b.name === "postgres")!.fresh();
    const out = await serve({ RIGHTSPLAN_ADMIN_TOKEN: "rp_pg-admin" }, db);
    expect(out).toContain("database postgres://rightsplan_ci:***@");
    expect(out).not.toContain(`:${new URL(db).password}@`);
    const address = addressOf(out);
    const admin = { authorization: "Bearer rp_pg-admin", "content-type": "application/json" };
    const made = await fetch(`${address}/api/tokens`, { method: "POST", headers: admin, body: JSON.stringify({ name: "rights-agent", role: "agent" }) });
    const agent = { authorization: `Bearer ${((await made.json()) as { token: string }).token}`, "content-type": "application/json" };
    const init = await fetch(`${address}/api/register/init`, { method: "POST", headers: agent, body: JSON.stringify({ plan: "net-perceptions" }) });
    expect(await init.json()).toMatchObject({ planId: "net-perceptions", replayed: false });
    const tables = new pg.Client({ connectionString: db });
    await tables.connect();
    const names = (await tables.query("select table_name from information_schema.tables where table_schema = 'public'")).rows.map((r) => r.table_name);
    const audited = (await tables.query("select token_name, url from server_audit")).rows;
    await tables.end();
    expect(names).toEqual(expect.arrayContaining(["server_tokens", "server_jobs", "server_scenarios", "server_audit", "journal", "holders", "settings"]));
    expect(audited).toContainEqual({ token_name: "rights-agent", url: "/api/register/init" });
  });
});
