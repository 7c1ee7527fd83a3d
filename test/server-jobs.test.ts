/**
 * Jobs survive a restart: a server stopped while a sweep runs leaves the job in the database; the
 * next start runs it again, once, to the end. A job already interrupted twice is failed, not run.
 * On SQLite and on PostgreSQL.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openServerDb, nowText } from "../src/server/db.js";
import { testServer, until } from "./support/server.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");


afterAll(dropTestDatabases, 120_000);

describe.each(backends)("jobs across a restart on $name", (backend) => {
  it("a sweep interrupted by a stop is run again at the next start and completes once", async () => {
    const db = await backend.fresh();
    const first = await testServer({ db, demoDir: resolve(repoRoot, "examples") });
    const started = await first.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { name: "01-bidder-crosses-and-files-13d", vary: "events.0.shares=1000000:3000000:1000" } });
    const id = started.json().job.id as string;
    const running = await until(() => first.as("viewer", { method: "GET", url: `/api/jobs/${id}` }).then((r) => r.json()), (j) => j.progress.done > 0, "the sweep to start");
    expect(running.state).toBe("running");
    await first.close();

    const second = await testServer({ db });
    const done = (await second.as("viewer", { method: "GET", url: `/api/jobs/${id}?wait=true` })).json();
    expect(done).toMatchObject({ state: "done", attempts: 2, error: null });
    expect(done.result.points).toHaveLength(2001);
    const jobs = (await second.as("viewer", { method: "GET", url: "/api/jobs" })).json() as { id: string }[];
    expect(jobs.filter((j) => j.id === id)).toHaveLength(1);
    await second.close();

    const third = await testServer({ db });
    expect((await third.as("viewer", { method: "GET", url: `/api/jobs/${id}` })).json()).toMatchObject({ state: "done", attempts: 2 });
    await third.close();
  });

  it("a job interrupted twice is failed at the next start, saying so", async () => {
    const db = await backend.fresh();
    const kysely = await openServerDb(db);
    const id = "00000000-0000-4000-8000-000000000001";
    await kysely.insertInto("server_jobs").values({ id, kind: "sweep", input: "{}", state: "running", done: 5, total: 10, result: null, error: null, created_by: "analyst-1", created_at: nowText(), updated_at: nowText(), attempts: 2 }).execute();
    await kysely.destroy();
    const server = await testServer({ db });
    const job = (await server.as("viewer", { method: "GET", url: `/api/jobs/${id}` })).json();
    expect(job).toMatchObject({ state: "failed", error: { code: "interrupted" } });
    await server.close();
  });
});
