/**
 * The server examined as a team shares it, round 3 (server3). Each case failed before its fix:
 * /openapi.json said `openapi: 3.0.3` but described the scenario bodies in JSON Schema 2020-12
 * (`exclusiveMinimum: 0`, which a 3.0 validator refuses: 3.0's Schema Object has it as a flag
 * beside `minimum`). The audit trail said who and when (in UTC, where every other time the project
 * shows is New York's) but not what: `POST /api/tokens` with no word of which token was made, or
 * with what role; `POST /api/scenarios` without the scenario's name; a register job without its job.
 * Two clients changing one scenario: PUT ignored If-Match, so a change made from a version another
 * client had replaced overwrote it unread. Fourteen routes answered 400 for a bad path parameter or
 * query (`?asOf=garbage`) that /openapi.json did not list; a broken %-escape in a path, or a path
 * parameter past the router's 100 characters (a holder's id may have 200), was refused in fastify's
 * own shape (`{"error": "Bad Request", "code": "FST_ERR_BAD_URL", ...}`, 414 for the length).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { testServer, type TestServer } from "./support/server.js";
import { ROUTES, type RouteSpec } from "../src/server/routes.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";
import type { auditTrail } from "../src/server/audit.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = (file: string) => parseYaml(readFileSync(resolve(repoRoot, "examples", file), "utf8")) as Record<string, unknown>;

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
}, 120_000);
afterAll(() => server?.close());

/** Every object in a JSON value, with its path. */
function* objectsOf(value: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (value === null || typeof value !== "object") return;
  if (!Array.isArray(value)) yield [path, value as Record<string, unknown>];
  for (const [key, child] of Object.entries(value)) yield* objectsOf(child, `${path}/${key}`);
}

/** OpenAPI 3.0's Schema Object: its types (no "null", no lists of types). */
const OPENAPI_30_TYPES = ["array", "boolean", "integer", "number", "object", "string"];

describe("/openapi.json is an OpenAPI 3.0 document throughout", () => {
  it("says 3.0, and every schema in it uses 3.0's words: exclusiveMinimum/exclusiveMaximum are flags, a type is one of six", async () => {
    const document = (await server.as(null, { method: "GET", url: "/openapi.json" })).json();
    expect(document.openapi).toMatch(/^3\.0\./);
    const wrong: string[] = [];
    for (const [path, o] of objectsOf(document.paths, "#/paths")) {
      if (path.endsWith("/properties") || path.endsWith("/example") || path.endsWith("/default")) continue; // names of fields, and values
      for (const bound of ["exclusiveMinimum", "exclusiveMaximum"]) if (bound in o && typeof o[bound] !== "boolean") wrong.push(`${path}/${bound}: ${JSON.stringify(o[bound])}`);
      if ("type" in o && typeof o.type !== "object" && !OPENAPI_30_TYPES.includes(o.type as string)) wrong.push(`${path}/type: ${JSON.stringify(o.type)}`);
      if (Array.isArray(o.type)) wrong.push(`${path}/type: ${JSON.stringify(o.type)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

/** An entry of GET /api/audit, as the server gives it. */
type AuditEntry = Awaited<ReturnType<typeof auditTrail>>[number];

/** A server of its own on `backend`'s fresh database for a describe block, closed (and its databases dropped) after it. */
function serverOn(backend: (typeof backends)[number]): () => TestServer {
  let shared: TestServer | undefined;
  beforeAll(async () => {
    shared = await testServer({ db: await backend.fresh() });
  }, 120_000);
  afterAll(async () => {
    await shared?.close();
    await dropTestDatabases();
  });
  return () => shared!;
}

describe.each(backends)("the audit trail on $name: who, what and when (New York time)", (backend) => {
  const server = serverOn(backend);

  const trail = async () => (await server().as("admin", { method: "GET", url: "/api/audit" })).json() as AuditEntry[];
  const entryOf = async (method: string, url: string) => (await trail()).find((e) => e.method === method && e.url === url);

  it("a token made names the token and its role, not the token itself; its time is New York's", async () => {
    const before = Date.now();
    const made = await server().as("admin", { method: "POST", url: "/api/tokens", payload: { name: "auditee", role: "holder", holder: "h042" } });
    expect(made.statusCode).toBe(201);
    const entry = (await entryOf("POST", "/api/tokens"))!;
    expect(entry).toMatchObject({ token_name: "admin", role: "admin", status: 201, what: { name: "auditee", role: "holder", holder: "h042" } });
    expect(JSON.stringify(entry)).not.toContain(made.json().token);
    // New York's wall clock with its offset (-05:00 in winter, -04:00 in summer), the instant of the write.
    expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?-0[45]:00$/);
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now() + 1000);
    const wall = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(new Date(Date.parse(entry.at)));
    expect(entry.at.slice(0, 19)).toBe(wall.replace(", ", "T"));
  });

  it("a scenario saved names the scenario (not its body); a revoked token names the token", async () => {
    const scenario = example("01-bidder-crosses-and-files-13d.yaml");
    expect((await server().as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "audited-3", scenario } })).statusCode).toBe(201);
    const saved = (await entryOf("POST", "/api/scenarios"))!;
    expect(saved).toMatchObject({ token_name: "analyst-1", status: 201, what: { name: "audited-3" } });
    expect(saved.what).not.toHaveProperty("scenario");
    expect((await server().as("admin", { method: "DELETE", url: "/api/tokens/auditee" })).statusCode).toBe(200);
    expect(await entryOf("DELETE", "/api/tokens/auditee")).toMatchObject({ status: 200, what: { name: "auditee" } });
  });

  it("a register command names its fields and its Idempotency-Key; a job, the job it started (and not the CSV)", async () => {
    const init = await server().as("agent", { method: "POST", url: "/api/register/init", headers: { "idempotency-key": "init-audit" }, payload: { plan: "net-perceptions" } });
    expect(init.statusCode).toBe(200);
    expect(await entryOf("POST", "/api/register/init")).toMatchObject({ token_name: "agent-1", status: 200, what: { plan: "net-perceptions", idempotencyKey: "init-audit" } });
    const csv = readFileSync(resolve(repoRoot, "examples/holders.csv"), "utf8");
    const started = await server().as("agent", { method: "POST", url: "/api/register/import-holders", payload: { csv, sharesOutstanding: 10000000 } });
    expect(started.statusCode).toBe(202);
    const entry = (await entryOf("POST", "/api/register/import-holders"))!;
    expect(entry).toMatchObject({ status: 202, what: { sharesOutstanding: 10000000, job: started.json().job.id } });
    expect(entry.what).not.toHaveProperty("csv");
    await server().as("agent", { method: "GET", url: `/api/jobs/${started.json().job.id}?wait=true` });
  }, 60_000);
});

// Two clients changing one scenario: the second, made from the version both read, overwrote the
// first's unread (PUT ignored If-Match and gave no ETag); on PostgreSQL, PUTs sent at once without
// If-Match were refused 409 though none named a version to keep.
describe.each(backends)("two clients changing one scenario on $name: ETag and If-Match", (backend) => {
  const server = serverOn(backend);

  const scenario = example("01-bidder-crosses-and-files-13d.yaml");
  const put = (name: string, title: string, ifMatch?: string) =>
    server().as("analyst", { method: "PUT", url: `/api/scenarios/${name}`, headers: ifMatch === undefined ? {} : { "if-match": ifMatch }, payload: { ...scenario, title } });
  const versions = async (name: string) => ((await server().as("viewer", { method: "GET", url: `/api/scenarios/${name}/versions` })).json() as { version: number; title: string }[]).map((v) => `${v.version}:${v.title}`);

  it("the change made from a version another client has replaced is refused (412), nothing overwritten", async () => {
    expect((await server().as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "shared-1", scenario: { ...scenario, title: "first" } } })).headers.etag).toBe('"1"');
    const read = await server().as("viewer", { method: "GET", url: "/api/scenarios/shared-1" });
    expect(read.headers.etag).toBe('"1"');
    const alice = await put("shared-1", "alice", read.headers.etag as string);
    expect(alice.statusCode).toBe(200);
    expect(alice.json().version).toBe(2);
    expect(alice.headers.etag).toBe('"2"');
    const bob = await put("shared-1", "bob", read.headers.etag as string);
    expect(bob.statusCode).toBe(412);
    expect(bob.json().error).toMatchObject({ code: "precondition-failed", issues: [{ path: ["if-match"] }] });
    expect(bob.json().error.message).toContain("version 2");
    expect(await versions("shared-1")).toEqual(["1:first", "2:alice"]);
    // Bob reads again and makes his change to version 2.
    expect((await put("shared-1", "bob", '"2"')).json().version).toBe(3);
    expect((await put("shared-1", "anyone", "*")).json().version).toBe(4);
  });

  it("an If-Match that is no version's ETag is bad input naming the header; a deleted scenario is not brought back", async () => {
    for (const bad of ["2", 'W/"2"', '"0"', '"1e3"']) {
      const r = await put("shared-1", "x", bad);
      expect(r.statusCode, bad).toBe(400);
      expect(r.json().error.issues[0].path).toEqual(["if-match"]);
    }
    await server().as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "gone-1", scenario } });
    expect((await server().as("analyst", { method: "DELETE", url: "/api/scenarios/gone-1" })).statusCode).toBe(200);
    expect((await put("gone-1", "late", '"1"')).statusCode).toBe(404);
    expect((await server().as("viewer", { method: "GET", url: "/api/scenarios/gone-1/versions" })).statusCode).toBe(404);
  });

  it("PUTs sent at once without If-Match are each saved, as consecutive versions", async () => {
    await server().as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "busy-1", scenario } });
    const answers = await Promise.all(["a", "b", "c", "d"].map((title) => put("busy-1", title)));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(answers.map((r) => r.json().version).sort()).toEqual([2, 3, 4, 5]);
    expect((await versions("busy-1")).length).toBe(5);
  });
});

describe("refusals of what a URL says: listed, and in the API's shape", () => {
  it("/openapi.json lists 400 for every route that reads a path parameter, a query, a header or a body", async () => {
    const paths = (await server.as(null, { method: "GET", url: "/openapi.json" })).json().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const missing = (Object.values(ROUTES) as RouteSpec[])
      .filter((spec) => spec.params || spec.querystring || spec.headers || spec.body)
      .filter((spec) => !paths[spec.url.replace(/:(\w+)/g, "{$1}")]?.[spec.method.toLowerCase()]?.responses["400"])
      .map((spec) => `${spec.method} ${spec.url}`);
    expect(missing).toEqual([]);
    // and such a route does answer 400
    expect((await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions?asOf=garbage" })).statusCode).toBe(400);
  });

  it("a broken %-escape in a path is 400 in the API's error shape", async () => {
    const r = await server.as("viewer", { method: "GET", url: "/api/scenarios/%E0%A4%A" });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ error: { code: "bad-url", message: expect.stringContaining("not a valid url component"), issues: [] } });
  });

  it("a holder's id is read by its route's schema up to its own limit (200 characters), past it refused naming the field", async () => {
    const long = "h".repeat(150);
    const found = await server.as("viewer", { method: "GET", url: `/api/register/holders/${long}` });
    expect(found.statusCode).toBe(404);
    expect(found.json().error.message).toContain(long);
    const tooLong = await server.as("viewer", { method: "GET", url: `/api/register/holders/${"h".repeat(201)}` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.issues[0].path).toEqual(["holder"]);
  });
});
