/**
 * Jobs survive a restart: a server stopped while a sweep runs leaves the job in the database; the
 * next start runs it again, once, to the end. A job already interrupted twice is failed, not run.
 * On SQLite and on PostgreSQL.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openServerDb, nowText } from "../src/server/db.js";
import { testServer, type TestServer } from "./support/server.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * 401 points, told every 2 (a sweep reports every two-hundredth of its points, src/analysis/sweep.ts):
 * the first progress event comes after 2, with 399 left to compute while the test stops the server
 * (a few turns of the event loop), so the stop
 * always finds the sweep midway, however loaded the machine, without running thousands of points.
 */
const POINTS = 401;
const VARY = `events.0.shares=1000000:${1_000_000 + (POINTS - 1) * 1000}:1000`;

/** The job's first progress with points done, read from its server-sent events as it is sent. */
async function firstProgress(server: TestServer, id: string): Promise<{ done: number; total: number }> {
  const response = await server.as("viewer", { method: "GET", url: `/api/jobs/${id}/events`, payloadAsStream: true });
  let text = "";
  for await (const chunk of response.stream()) {
    text += chunk;
    const progress = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!)).find((job) => job.state === "running" && job.progress.done > 0)?.progress;
    if (progress) return progress; // leaving the loop closes the stream
  }
  throw new Error(`the job's events ended before any progress: ${text}`);
}

afterAll(dropTestDatabases, 120_000);

describe.each(backends)("jobs across a restart on $name", (backend) => {
  it("a sweep interrupted by a stop is run again at the next start and completes once", async () => {
    const db = await backend.fresh();
    const first = await testServer({ db, demoDir: resolve(repoRoot, "examples") });
    const started = await first.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { name: "01-bidder-crosses-and-files-13d", vary: VARY } });
    const id = started.json().job.id as string;
    const midway = await firstProgress(first, id);
    await first.close();
    expect(midway.total).toBe(POINTS);
    expect(midway.done).toBeLessThan(POINTS);

    const second = await testServer({ db });
    const done = (await second.as("viewer", { method: "GET", url: `/api/jobs/${id}?wait=true` })).json();
    expect(done).toMatchObject({ state: "done", attempts: 2, error: null });
    expect(done.result.points).toHaveLength(POINTS);
    expect(done.progress).toEqual({ done: POINTS, total: POINTS });
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
