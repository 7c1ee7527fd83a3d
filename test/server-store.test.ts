/**
 * The server's own tables on both databases (SQLite and PostgreSQL, test/support/registerDb.ts):
 * tokens (stored hashed, revoked), scenario versions, plans added (and replaced), the audit trail,
 * all kept across a restart;
 * and a job interrupted by a stop, run again at the next start, once, to the end (test/server-jobs.test.ts
 * does the same through a whole server).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openServerDb, nowText } from "../src/server/db.js";
import { Jobs, type JobWork } from "../src/server/jobs.js";
import { hashToken } from "../src/server/tokens.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";
import { testServer, until } from "./support/server.js";

afterAll(dropTestDatabases, 120_000);

const example = parseYaml(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/examples/01-open-market-crossing.yaml"), "utf8"));
const scenario = (asOf: string) => ({ ...example, asOf });


describe.each(backends)("the server's store on $name", (backend) => {
  it("keeps tokens (hashed), scenario versions and the audit trail across a restart", async () => {
    const db = await backend.fresh();
    const first = await testServer({ db });
    const made = await first.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "counsel", role: "analyst" } });
    expect(made.statusCode).toBe(201);
    const token: string = made.json().token;
    const asCounsel = { authorization: `Bearer ${token}` };
    expect((await first.app.inject({ method: "POST", url: "/api/scenarios", headers: asCounsel, payload: { name: "crossing", scenario: scenario("2004-03-20T17:00:00-05:00") } })).statusCode).toBe(201);
    expect((await first.app.inject({ method: "PUT", url: "/api/scenarios/crossing", headers: asCounsel, payload: scenario("2004-04-20T17:00:00-04:00") })).statusCode).toBe(200);
    expect((await first.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "counsel", role: "viewer" } })).statusCode).toBe(409);
    await first.close();

    const second = await testServer({ db });
    const versions = (await second.app.inject({ method: "GET", url: "/api/scenarios/crossing/versions", headers: asCounsel })).json();
    expect(versions.map((v: { version: number; savedBy: string }) => [v.version, v.savedBy])).toEqual([
      [1, "counsel"],
      [2, "counsel"],
    ]);
    const v1 = (await second.app.inject({ method: "GET", url: "/api/scenarios/crossing?version=1", headers: asCounsel })).json();
    expect(v1.scenario.asOf).toBe("2004-03-20T17:00:00-05:00");
    const trail = (await second.as("admin", { method: "GET", url: "/api/audit" })).json() as { token_name: string; method: string; url: string; status: number }[];
    expect(trail).toContainEqual(expect.objectContaining({ token_name: "counsel", method: "PUT", url: "/api/scenarios/crossing", status: 200 }));
    expect(trail).toContainEqual(expect.objectContaining({ token_name: "admin", method: "POST", url: "/api/tokens", status: 409 }));

    const stored = await openServerDb(db);
    const row = await stored.selectFrom("server_tokens").selectAll().where("name", "=", "counsel").executeTakeFirstOrThrow();
    expect(row.hash).toBe(hashToken(token));
    expect(JSON.stringify(await stored.selectFrom("server_tokens").selectAll().execute())).not.toContain(token);
    await stored.destroy();

    const listed = (await second.as("viewer", { method: "GET", url: "/api/scenarios" })).json() as { name: string; version: number }[];
    expect(listed.filter((r) => r.name === "crossing")).toEqual([expect.objectContaining({ version: 2 })]);
    expect((await second.as("analyst", { method: "DELETE", url: "/api/scenarios/crossing" })).statusCode).toBe(200);
    expect((await second.as("viewer", { method: "GET", url: "/api/scenarios/crossing" })).statusCode).toBe(404);

    const terms = (await second.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/terms" })).json();
    for (const [threshold, status] of [["20", 201], ["25", 200]] as const) {
      terms.id = "board-plan";
      terms.terms.acquiringPersonThresholdPercent = { value: threshold, source: "the board" };
      expect((await second.as("analyst", { method: "PUT", url: "/api/plans/board-plan", payload: { terms } })).statusCode).toBe(status); // added, then replaced
    }
    await second.close();
    const third = await testServer({ db });
    const plan = (await third.as("viewer", { method: "GET", url: "/api/plans/board-plan/terms" })).json();
    expect(plan.terms.acquiringPersonThresholdPercent.value).toBe("25");

    expect((await third.as("admin", { method: "DELETE", url: "/api/tokens/counsel" })).statusCode).toBe(200);
    expect((await third.app.inject({ method: "GET", url: "/api/me", headers: asCounsel })).statusCode).toBe(401);
    await third.close();
  });

  // Board actions (and prices) read the latest version, then saved "the next version" of what
  // they read: an update landing in between was overwritten without a word (a lost update).
  it("Board actions added at once: each answered 200 is in the latest version, the others are refused with 409", async () => {
    const server = await testServer({ db: await backend.fresh() });
    expect((await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "race", scenario: scenario("2004-03-20T17:00:00-05:00") } })).statusCode).toBe(201);
    const days = ["2004-03-22", "2004-03-23", "2004-03-24", "2004-03-25", "2004-03-26", "2004-03-29"];
    const answers = await Promise.all(days.map((at) => server.as("issuer", { method: "POST", url: "/api/scenarios/race/board-actions", payload: { events: [{ at, type: "qualify-offer", offer: "o" }] } })));
    const latest = (await server.as("viewer", { method: "GET", url: "/api/scenarios/race" })).json();
    await server.close();
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 409)).toBe(true);
    const kept = days.filter((_, i) => answers[i]!.statusCode === 200);
    const events = (latest.scenario.events as { at: string; type: string }[]).filter((e) => e.type === "qualify-offer").map((e) => e.at);
    expect(events.sort()).toEqual(kept);
    expect(latest.version).toBe(1 + kept.length);
  });

  it("takes over the server's tables of a database made before they joined the register's migrations", async () => {
    const ref = await backend.fresh();
    const earlier = await openServerDb(ref);
    await earlier.insertInto("server_tokens").values({ name: "counsel", hash: hashToken("rp_earlier"), role: "analyst", holder: null, created_at: nowText() }).execute();
    // Such a database had the register's first migration only.
    await sql`delete from kysely_migration where name > '001-register'`.execute(earlier);
    await earlier.destroy();
    const server = await testServer({ db: ref });
    expect((await server.app.inject({ method: "GET", url: "/api/me", headers: { authorization: "Bearer rp_earlier" } })).json()).toMatchObject({ name: "counsel", role: "analyst" });
    await server.close();
  });

  it("runs a job a stop interrupted again at the next start, once, to the end", async () => {
    const ref = await backend.fresh();
    const db = await openServerDb(ref);
    const runs: string[] = [];
    const stalls: JobWork = async (_input, job) => {
      runs.push(job.id);
      job.progress(1, 3);
      await new Promise((stopped) => job.signal.addEventListener("abort", stopped));
    };
    const before = new Jobs(db, () => stalls, (e) => { throw e; });
    const { id } = await before.start("count", { to: 3 }, "analyst-1");
    await until(() => before.get(id), (j) => j.progress.done === 1, "the job's progress");
    await before.stop();
    expect((await before.get(id)).state).toBe("running");

    const finishes: JobWork = async (input, job) => {
      runs.push(job.id);
      job.progress(3, 3);
      return { counted: (input as { to: number }).to };
    };
    const after = new Jobs(db, () => finishes, (e) => { throw e; });
    expect(await after.resume()).toBe(1);
    const done = await after.finished(id);
    expect(done).toMatchObject({ state: "done", attempts: 2, result: { counted: 3 }, error: null, createdBy: "analyst-1" });
    expect(runs).toEqual([id, id]);
    expect(await after.resume()).toBe(0);
    expect((await after.list()).filter((j) => j.id === id)).toHaveLength(1);
    await after.stop();
    await db.destroy();
  });
});
