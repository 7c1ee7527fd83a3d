/**
 * `rightsplan serve`: it prints its address and, on the first start, an admin token that works;
 * RIGHTSPLAN_ADMIN_TOKEN, when set, is that token instead (nothing printed that a script could miss).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { tempDb } from "./support/server.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});

/** Starts `rightsplan serve` on a free port and returns its first lines once it listens. */
function serve(env: Record<string, string> = {}): Promise<string> {
  child = spawn(process.execPath, [resolve(repoRoot, "dist/cli/main.js"), "serve", "--port", "0", "--db", tempDb()], { env: { ...process.env, RIGHTSPLAN_ADMIN_TOKEN: "", ...env } });
  let out = "";
  return new Promise((ready, fail) => {
    child!.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (/token/.test(out)) ready(out);
    });
    child!.once("exit", (code) => fail(new Error(`serve stopped (${code}): ${out}`)));
  });
}

const addressOf = (out: string) => /rightsplan server on (http:\/\/\S+)/.exec(out)![1]!;

describe("rightsplan serve", () => {
  it("prints its address and a first admin token that works", async () => {
    const out = await serve();
    const token = /first admin token \(shown once, keep it\): (rp_\S+)/.exec(out)![1]!;
    const me = await fetch(`${addressOf(out)}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ name: "admin", role: "admin", holder: null });
  });

  it("takes RIGHTSPLAN_ADMIN_TOKEN as the first admin token", async () => {
    const out = await serve({ RIGHTSPLAN_ADMIN_TOKEN: "rp_from-the-environment" });
    expect(out).not.toMatch(/rp_from-the-environment/);
    const health = await fetch(`${addressOf(out)}/api/health`);
    expect(await health.json()).toEqual({ status: "ok" });
    const me = await fetch(`${addressOf(out)}/api/me`, { headers: { authorization: "Bearer rp_from-the-environment" } });
    expect(me.status).toBe(200);
  });
});
