/**
 * The register over HTTP: the register's worked session (test/fixtures/register-session, with
 * examples/holders.csv and examples/register-pill.yaml) run through POST /api/register/<command>,
 * its report matching the hand-computed one; idempotency keys; two concurrent exercises of the
 * same Rights (one succeeds, one is refused, nothing is lost); a holder sees its own positions only.
 * On SQLite and on PostgreSQL (`serve --db postgres://…`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import JSZip from "jszip";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "./support/server.js";
import { subsetMismatches } from "./support/subset.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const read = (file: string) => readFileSync(resolve(repoRoot, file), "utf8");

afterAll(dropTestDatabases, 120_000);

describe.each(backends)("the register over HTTP on $name", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer({ db: await backend.fresh() });
  });
  afterAll(() => server?.close());

  const command = (name: string, payload: object = {}, key?: string) =>
    server.as("agent", { method: "POST", url: `/api/register/${name}?wait=true`, payload, headers: key ? { "idempotency-key": key } : {} });

  it("answers other requests while a long distribution runs (the server's turn comes between chunks)", async () => {
    const busy = await testServer({ db: await backend.fresh() });
    const post = (name: string, payload: object, wait: boolean) => busy.as("agent", { method: "POST", url: `/api/register/${name}${wait ? "?wait=true" : ""}`, payload });
    expect((await post("init", { plan: "net-perceptions" }, true)).statusCode).toBe(200);
    const csv = ["holder,name,kind,shares", ...Array.from({ length: 10_000 }, (_, i) => `h${i},Holder ${i},drs,100`)].join("\n") + "\n";
    expect((await post("import-holders", { csv }, true)).json().job).toMatchObject({ state: "done" });
    const started = await post("distribute", { at: "2004-03-15T17:00:00-05:00" }, false);
    expect(started.statusCode).toBe(202);
    expect((await busy.as(null, { method: "GET", url: "/api/health" })).statusCode).toBe(200);
    // Answered between two of the distribution's ten chunks: the job is still under way.
    const id = started.json().job.id as string;
    expect((await busy.as("viewer", { method: "GET", url: `/api/jobs/${id}` })).json()).toMatchObject({ state: "running" });
    expect((await busy.as("viewer", { method: "GET", url: `/api/jobs/${id}?wait=true` })).json()).toMatchObject({ state: "done", result: { statements: 10_000 } });
    await busy.close();
  });

  it("runs the register's worked session and reports what was computed by hand", async () => {
    expect((await command("init", { plan: "net-perceptions" })).statusCode).toBe(200);
    const imported = (await command("import-holders", { csv: read("examples/holders.csv"), sharesOutstanding: 10000000 })).json();
    expect(imported.job).toMatchObject({ state: "done", result: { holders: 42 } });
    expect((await command("transfer", { from: "cede", to: "raider", shares: 200000, at: "2004-06-01T09:00:00-04:00" })).statusCode).toBe(200);
    const applied = (await command("apply", { scenario: parseYaml(read("examples/register-pill.yaml")) })).json();
    expect(applied.rulings.distributionDate).toBeTruthy();
    const distributed = (await command("distribute")).json();
    expect(distributed.job).toMatchObject({ state: "done", error: null });
    expect(distributed.job.progress.total).toBeGreaterThan(0);
    expect(distributed.job.progress.done).toBe(distributed.job.progress.total);
    const exercise = { holder: "d01", rights: 2500, certify: true, at: "2004-06-21T10:00:00-04:00" };
    const first = await command("exercise", exercise, "ex-1");
    expect(first.json()).toMatchObject({ holder: "d01", rights: 2500, replayed: false });
    const again = await command("exercise", exercise, "ex-1");
    expect(again.json()).toMatchObject({ ...first.json(), replayed: true });
    const voided = await command("exercise", { holder: "raider", rights: 10, certify: true, at: "2004-06-21T11:00:00-04:00" });
    expect(voided.statusCode).toBe(409);
    expect(voided.json().error.message).toContain("R-7e");
    expect((await command("exercise", { holder: "d02", rights: 10, certify: false, at: "2004-06-21T11:00:00-04:00" })).statusCode).toBe(409);
    expect((await command("exercise", { holder: "d03", rights: 10001, certify: true, at: "2004-06-21T11:00:00-04:00" })).statusCode).toBe(409);
    expect((await command("exercise", { holder: "d04", rights: 10, certify: true, at: "2004-06-10T11:00:00-04:00" })).statusCode).toBe(409);
    expect((await command("redeem", {}, "r-1")).json().job).toMatchObject({ state: "failed", error: { message: expect.stringContaining("R-23") } });
    expect((await command("exchange", { portion: "0.5", at: "2004-06-25T10:00:00-04:00" }, "x-1")).json().job.state).toBe("done");
    const report = (await server.as("viewer", { method: "POST", url: "/api/register/report", payload: {} })).json();
    expect(subsetMismatches(JSON.parse(read("test/fixtures/register-session/expect.json")), report)).toEqual([]);
  });

  it("two exercises of the same Rights at once: exactly one succeeds, the other is refused, nothing is lost", async () => {
    const before = (await server.as("viewer", { method: "POST", url: "/api/register/report", payload: {} })).json();
    const d03 = (await server.as("agent", { method: "GET", url: "/api/register/positions" })).json().find((p: { holder: string }) => p.holder === "d03");
    expect(d03.rights).toBeGreaterThan(0);
    const exercise = (key: string) => command("exercise", { holder: "d03", rights: d03.rights, certify: true, at: "2004-06-28T10:00:00-04:00" }, key);
    const answers = await Promise.all([exercise("race-a"), exercise("race-b")]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const after = (await server.as("viewer", { method: "POST", url: "/api/register/report", payload: {} })).json();
    expect(after.exercises).toBe(before.exercises + 1);
    expect(after.rights.exercised).toBe(before.rights.exercised + d03.rights);
    const verified = (await server.as("viewer", { method: "POST", url: "/api/register/verify", payload: {} })).json();
    expect(verified).toMatchObject({ ok: true, chainIntact: true });
  });

  it("a holder's token sees its own positions only; an agent sees all", async () => {
    const token = (await server.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "d01-holder", role: "holder", holder: "d01" } })).json().token;
    const mine = (await server.app.inject({ method: "GET", url: "/api/register/positions", headers: { authorization: `Bearer ${token}` } })).json();
    expect(mine.map((p: { holder: string }) => p.holder)).toEqual(["d01"]);
    const all = (await server.as("agent", { method: "GET", url: "/api/register/positions" })).json();
    expect(all.length).toBe(42);
  });

  it("a holder's page: its shares, Rights, void flag, certificates, exercises and payments; a holder's token reads its own page only", async () => {
    const page = (await server.as("viewer", { method: "GET", url: "/api/register/holders/d01" })).json();
    expect(page.holder).toMatchObject({ id: "d01", kind: "drs" });
    expect(page.balances.shares).toBeGreaterThan(0);
    expect(page.exercises).toEqual([expect.objectContaining({ rights: 2500, paid: "37500", cashInLieu: "1.16", at: "2004-06-21T10:00:00-04:00" })]);
    expect(page.payments).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "cash in lieu", rule: "R-14", amount: "1.16" }), expect.objectContaining({ kind: "Purchase Price paid", amount: "-37500" })]));
    expect(page.certificates.map((c: { status: string }) => c.status)).toEqual(expect.arrayContaining(["surrendered", "outstanding"]));
    const raider = (await server.as("viewer", { method: "GET", url: "/api/register/holders/raider" })).json();
    expect(raider.balances.voidRights).toBe(1_600_000);
    expect(raider.certificates[0]).toMatchObject({ voidRights: 1_600_000, legend: expect.stringContaining("R-7e") });
    expect((await server.as("viewer", { method: "GET", url: "/api/register/holders/nobody" })).statusCode).toBe(404);
    const token = (await server.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "d02-holder", role: "holder", holder: "d02" } })).json().token;
    const read = (holder: string) => server.app.inject({ method: "GET", url: `/api/register/holders/${holder}`, headers: { authorization: `Bearer ${token}` } });
    expect((await read("d02")).statusCode).toBe(200);
    expect((await read("d01")).statusCode).toBe(404);
  });

  it("imports an Open Cap Table Format export uploaded as an .ocf.zip (a job)", async () => {
    const other = await testServer({ db: await backend.fresh() });
    const zip = new JSZip();
    const fixture = resolve(repoRoot, "test/fixtures/ocf");
    for (const f of readdirSync(fixture)) zip.file(f, readFileSync(join(fixture, f)));
    const base64 = (await zip.generateAsync({ type: "nodebuffer" })).toString("base64");
    await other.as("agent", { method: "POST", url: "/api/register/init", payload: {} });
    const importOcf = (zip: string, key: string) => other.as("agent", { method: "POST", url: "/api/register/import-ocf?wait=true", payload: { zip, sharesOutstanding: 8_000_000 }, headers: { "idempotency-key": key } });
    const r = await importOcf(base64, "ocf-1");
    expect(r.json().job).toMatchObject({ state: "done", result: { holders: 3, shares: 8_000_000, replayed: false } });
    // Sent again under its key, it does its work once: it was refused as "another import-ocf",
    // the upload's temporary path (a new one each time) being one of the command's arguments.
    const again = await importOcf(base64, "ocf-1");
    expect(again.json().job).toMatchObject({ state: "done", error: null, result: { ...r.json().job.result, replayed: true } });
    // An unreadable upload is named as the upload, not by the server's temporary path.
    const bad = (await importOcf(Buffer.from("not a zip").toString("base64"), "ocf-2")).json().job;
    expect(bad.error.message).toContain("cannot read the OCF export upload.ocf.zip: ");
    expect(bad.error.message).not.toContain(tmpdir());
    await other.close();
  });

  it("an analyst may read the register but not write it", async () => {
    expect((await server.as("analyst", { method: "POST", url: "/api/register/export", payload: {} })).statusCode).toBe(200);
    expect((await server.as("analyst", { method: "POST", url: "/api/register/transfer", payload: { from: "cede", to: "h001", shares: 1 } })).statusCode).toBe(403);
  });
});
