/**
 * The server's API with fastify's inject: plans, scenarios (versions, Board actions, prices,
 * compare), analyses, the reader, bad input in the CLI's words, size limits, names that could
 * reach the file system, security headers, CORS, the audit trail.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { wordFileOf } from "./support/wordFile.js";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseScenario } from "../src/scenario/parse.js";
import { InputError } from "../src/errors.js";
import { parsePlan } from "../src/terms/load.js";
import { testServer, type TestServer } from "./support/server.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = (file: string) => parseYaml(readFileSync(resolve(repoRoot, "examples", file), "utf8")) as Record<string, any>;
const crossing = example("01-bidder-crosses-and-files-13d.yaml");

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ demoDir: resolve(repoRoot, "examples") });
});
afterAll(() => server.close());

describe("server: health, documents, headers", () => {
  it("health needs no token", async () => {
    const r = await server.as(null, { method: "GET", url: "/api/health" });
    expect(r.json()).toEqual({ status: "ok" });
  });

  it("serves the OpenAPI document generated from the zod schemas, and its page at /docs", async () => {
    const doc = (await server.as(null, { method: "GET", url: "/openapi.json" })).json();
    expect(doc.paths["/api/evaluate"].post.requestBody.content["application/json"].schema.properties.events).toBeDefined();
    expect(doc.paths["/api/tokens"].post.requestBody.content["application/json"].schema.properties.role.enum).toContain("holder");
    expect((await server.as(null, { method: "GET", url: "/docs/" })).statusCode).toBe(200);
  });

  it("sends security headers and no CORS headers by default", async () => {
    const r = await server.as("viewer", { method: "GET", url: "/api/plans", headers: { origin: "https://elsewhere.example" } });
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(r.headers["access-control-allow-origin"]).toBeUndefined();
  });

  // The policy told browsers to upgrade the page's requests to HTTPS, which this plain-HTTP server
  // does not speak: opened at any address but 127.0.0.1 (serve --host 0.0.0.0), the workbench's
  // scripts never loaded and the page stayed blank (seen in chromium).
  it("does not tell browsers to upgrade its requests to HTTPS, which it does not serve", async () => {
    const r = await server.as(null, { method: "GET", url: "/" });
    expect(r.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(r.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("an unknown route is a 404 in the error shape", async () => {
    const r = await server.as("viewer", { method: "GET", url: "/api/nothing" });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe("not-found");
  });
});

describe("server: tokens", () => {
  it("an admin makes a token; the new token works with its role; tokens are stored hashed", async () => {
    const made = await server.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "counsel", role: "viewer" } });
    expect(made.statusCode).toBe(201);
    const token = made.json().token as string;
    const me = await server.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toEqual({ name: "counsel", role: "viewer", holder: null });
    const stored = await server.app.inject({ method: "GET", url: "/api/tokens", headers: { authorization: `Bearer ${server.tokens.admin}` } });
    expect(JSON.stringify(stored.json())).not.toContain(token);
    expect((await server.as("admin", { method: "DELETE", url: "/api/tokens/counsel" })).statusCode).toBe(200);
    expect((await server.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });

  it("a bad name in the path is refused in a grammatical sentence", async () => {
    const r = await server.as("admin", { method: "DELETE", url: "/api/tokens/Not_A_Name" });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toBe("the request's params are not valid");
  });

  it("a bad role is refused naming the field", async () => {
    const r = await server.as("admin", { method: "POST", url: "/api/tokens", payload: { name: "x", role: "king" } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toEqual(["role"]);
  });
});

describe("server: plans", () => {
  it("lists the built-in plans and shows one by section with sources", async () => {
    const list = (await server.as("viewer", { method: "GET", url: "/api/plans" })).json();
    expect(list.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(["net-perceptions", "selectica-2009"]));
    const shown = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions?asOf=2003-12-21" })).json();
    expect(shown.version).toBe("net-perceptions@2001-06-01");
    const item1 = shown.sections.find((s: { section: string }) => s.section === "Item 1");
    expect(item1.terms.find((t: { term: string }) => t.term === "agreementDate")).toMatchObject({ value: "2001-06-01" });
  });

  it("adds a plan from a terms file, diffs and describes it", async () => {
    const terms = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/terms" })).json();
    terms.id = "my-plan";
    terms.terms.acquiringPersonThresholdPercent = { value: "20", source: "my board" };
    const added = await server.as("analyst", { method: "PUT", url: "/api/plans/my-plan", payload: { terms } });
    expect(added.statusCode).toBe(201);
    const diff = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/diff/my-plan" })).json();
    expect(JSON.stringify(diff)).toContain("acquiringPersonThresholdPercent");
    const described = await server.as("viewer", { method: "GET", url: "/api/plans/my-plan/describe?format=text" });
    expect(described.headers["content-type"]).toContain("text/plain");
    expect(described.body).toContain("20%");
    const evaluated = (await server.as("viewer", { method: "POST", url: "/api/evaluate", payload: { ...crossing, plan: "my-plan" } })).json();
    expect(evaluated.acquiringPersons).toEqual([]);
  });

  it("refuses to replace a built-in plan and a terms file whose id is not the path's", async () => {
    const terms = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/terms" })).json();
    expect((await server.as("analyst", { method: "PUT", url: "/api/plans/net-perceptions", payload: { terms } })).statusCode).toBe(400);
    const other = await server.as("analyst", { method: "PUT", url: "/api/plans/other", payload: { terms } });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.issues[0].path).toEqual(["terms", "id"]);
  });

  it("a plan terms file with a bad term names it as the CLI does", async () => {
    const terms = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/terms" })).json();
    terms.id = "broken";
    terms.terms.acquiringPersonThresholdPercent = { value: "lots", source: "x" };
    const r = await server.as("analyst", { method: "PUT", url: "/api/plans/broken", payload: { terms } });
    expect(r.statusCode).toBe(400);
    let cli: unknown;
    try {
      parsePlan(terms, "broken");
    } catch (e) {
      cli = (e as InputError).issues;
    }
    expect(r.json().error.issues).toEqual(cli);
    expect(r.json().error.issues[0].path).toEqual(["terms", "acquiringPersonThresholdPercent", "value"]);
  });
});

describe("server: scenarios", () => {
  it("loads the examples as demo scenarios", async () => {
    const list = (await server.as("viewer", { method: "GET", url: "/api/scenarios" })).json();
    expect(list.map((s: { name: string }) => s.name)).toContain("01-bidder-crosses-and-files-13d");
  });

  it("keeps every digit of a number in a JSON body, and still refuses a body that poisons __proto__", async () => {
    const text = JSON.stringify({ name: "exact-digits", scenario: crossing }).replace(/"close":"[\d.]+"/, '"close":12345678901234567890.5');
    const saved = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: text, headers: { "content-type": "application/json" } });
    expect(saved.statusCode).toBe(201);
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/exact-digits" })).json().scenario.prices[0].close).toBe("12345678901234567890.5");
    const poisoned = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: '{"__proto__": {"admin": true}, "name": "x"}', headers: { "content-type": "application/json" } });
    expect(poisoned.statusCode).toBe(400);
  });

  it("refuses a JSON body with a key written twice in one object, naming its line, as a scenario file is refused (JSON.parse would keep the last value)", async () => {
    const text = JSON.stringify({ name: "twice", scenario: crossing }).replace('"name":"twice"', '"name":"twice",\n"name":"again"');
    const r = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: text, headers: { "content-type": "application/json" } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/unique|twice/i);
    expect(r.json().error.message).toMatch(/line 2/);
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/again" })).statusCode).toBe(404);
  });

  it("saves, updates (keeping the earlier version), reads each version, deletes", async () => {
    expect((await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "deal", scenario: crossing } })).statusCode).toBe(201);
    expect((await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "deal", scenario: crossing } })).statusCode).toBe(409);
    const changed = { ...crossing, title: "bigger", events: crossing.events.map((e: any, i: number) => (i === 0 ? { ...e, shares: e.shares + 1000 } : e)) };
    const updated = await server.as("analyst", { method: "PUT", url: "/api/scenarios/deal", payload: changed });
    expect(updated.json()).toMatchObject({ name: "deal", version: 2, title: "bigger", savedBy: "analyst-1" });
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/deal?version=1" })).json().scenario.title).toBe(crossing.title);
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/deal/versions" })).json().map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const compared = (await server.as("viewer", { method: "GET", url: "/api/scenarios/deal/compare?with=01-bidder-crosses-and-files-13d" })).json();
    expect(compared.fields.map((f: { path: string }) => f.path)).toEqual(["title", "events.0.shares"]);
    expect(compared.firstDifference).toMatchObject({ a: { rule: "R-1d", event: 0 }, b: { rule: "R-1d", event: 0 } });
    expect((await server.as("analyst", { method: "DELETE", url: "/api/scenarios/deal" })).statusCode).toBe(200);
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/deal" })).statusCode).toBe(404);
  });

  it("comparing a scenario with itself finds no difference", async () => {
    const same = (await server.as("viewer", { method: "GET", url: "/api/scenarios/02-group-by-agreement/compare?with=02-group-by-agreement" })).json();
    expect(same).toMatchObject({ fields: [], firstDifference: null });
  });

  it("evaluates a saved scenario as of an instant", async () => {
    const r = await server.as("viewer", { method: "GET", url: "/api/scenarios/01-bidder-crosses-and-files-13d/evaluate?asOf=2004-05-04" });
    expect(r.json()).toMatchObject({ acquiringPersons: ["bidder"], distributionDate: null });
  });

  it("the issuer adds Board actions, and only Board actions", async () => {
    await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "board", scenario: crossing } });
    const redeem = await server.as("issuer", { method: "POST", url: "/api/scenarios/board/board-actions", payload: { events: [{ at: "2004-05-04", type: "redeem" }] } });
    expect(redeem.json()).toMatchObject({ version: 2, savedBy: "issuer-1" });
    const buy = await server.as("issuer", { method: "POST", url: "/api/scenarios/board/board-actions", payload: { events: [{ at: "2004-05-04", type: "acquire", person: "bidder", shares: 5 }] } });
    expect(buy.statusCode).toBe(400);
    expect(buy.json().error.issues[0]).toMatchObject({ path: ["events", 0, "type"] });
    expect((await server.as("issuer", { method: "PUT", url: "/api/scenarios/board", payload: crossing })).statusCode).toBe(403);
  });

  it("refuses a Board action whose time has an offset that is not New York's (R-X9), as a saved scenario's event is", async () => {
    await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "board-offset", scenario: crossing } });
    const at = "2004-04-04T02:30:00-04:00";
    const redeem = await server.as("issuer", { method: "POST", url: "/api/scenarios/board-offset/board-actions", payload: { events: [{ at: "2004-05-04", type: "redeem" }, { at, type: "redeem" }] } });
    expect(redeem.statusCode).toBe(400);
    expect(redeem.json().error.issues[0]).toMatchObject({ path: ["events", 1, "at"], message: expect.stringMatching(/R-X9/) });
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/board-offset/versions" })).json()).toHaveLength(1);
    const saved = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "offset-saved", scenario: { ...crossing, events: [...crossing.events, { at, type: "redeem" }] } } });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.issues[0]).toMatchObject({ path: ["events", crossing.events.length, "at"], message: expect.stringMatching(/R-X9/) });
  });

  it("imports closing prices from CSV as a new version, naming a bad line", async () => {
    await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "priced", scenario: crossing } });
    const ok = await server.as("analyst", { method: "POST", url: "/api/scenarios/priced/prices", headers: { "content-type": "text/csv" }, payload: "date,close\n2004-05-28,3.10\n2004-05-27,3.05\n" });
    expect(ok.json().version).toBe(2);
    const prices = (await server.as("viewer", { method: "GET", url: "/api/scenarios/priced" })).json().scenario.prices;
    expect(prices.slice(-2)).toEqual([{ date: "2004-05-27", close: "3.05" }, { date: "2004-05-28", close: "3.10" }]);
    const bad = await server.as("analyst", { method: "POST", url: "/api/scenarios/priced/prices", headers: { "content-type": "text/csv" }, payload: "date,close\n2004-05-28,-1\n" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(["line", 2, "close"]);
  });
});

describe("server: bad input names the field in the CLI's words", () => {
  const badScenario = { ...crossing, company: { sharesOutstanding: -5 } };
  /** The CLI's message for the same scenario (the library's InputError, which the CLI prints). */
  const cliIssues = () => {
    try {
      parseScenario(badScenario);
    } catch (e) {
      return (e as InputError).issues;
    }
    throw new Error("expected an input error");
  };

  it("POST /api/evaluate", async () => {
    const r = await server.as("viewer", { method: "POST", url: "/api/evaluate", payload: badScenario });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues).toEqual(cliIssues());
    expect(r.json().error.issues[0].path).toEqual(["company", "sharesOutstanding"]);
  });

  it("saving a scenario", async () => {
    const r = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "bad", scenario: badScenario } });
    expect(r.json().error.issues).toEqual(cliIssues());
  });

  it("a bad event is named by its index and field", async () => {
    const events = [...crossing.events, { at: "2004-05-10", type: "acquire", person: "bidder", shares: "many" }];
    const r = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "bad-event", scenario: { ...crossing, events } } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toEqual(["events", events.length - 1, "shares"]);
  });

  it("an analysis option", async () => {
    for (const exerciseRate of ["2", "1.0000000000000000000001"]) {
      const r = await server.as("analyst", { method: "POST", url: "/api/analyses/dilution", payload: { name: "01-bidder-crosses-and-files-13d", exerciseRate } });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.issues[0].path).toEqual(["exerciseRate"]);
    }
  });

  // The request's wrong value was worded as absent ("is missing (it is required)") because the
  // validator did not keep it: a field that is given says what it must be and what it was.
  it("a wrong value that is given is not called missing", async () => {
    const r = await server.as("analyst", { method: "POST", url: "/api/analyses/dilution", payload: { name: "01-bidder-crosses-and-files-13d", principalPartyShares: 1.5 } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0]).toMatchObject({ path: ["principalPartyShares"], message: "must be a whole number; got 1.5" });
    const q = await server.as("viewer", { method: "GET", url: "/api/scenarios/01-bidder-crosses-and-files-13d?version=abc" });
    expect(q.statusCode).toBe(400);
    expect(q.json().error.issues[0].path).toEqual(["version"]);
    expect(q.json().error.issues[0].message).not.toMatch(/missing/);
  });

  it("an empty list where items are needed is called empty (it said 'got a list')", async () => {
    const r = await server.as("analyst", { method: "POST", url: "/api/reader/read", payload: { files: [] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0]).toMatchObject({ path: ["files"], message: "must list at least 1 item(s); got an empty list" });
  });

  it("a plan added from a scenario, or from nothing, says so (it listed every missing term)", async () => {
    const asScenario = await server.as("analyst", { method: "PUT", url: "/api/plans/mine", payload: { terms: "company: {sharesOutstanding: 100}\nevents: []\n" } });
    expect(asScenario.statusCode).toBe(400);
    expect(asScenario.json().error.message).toBe("terms of plan mine: this is a scenario, not a plan terms file; evaluate it with POST /api/evaluate, or save it with POST /api/scenarios");
    const empty = await server.as("analyst", { method: "PUT", url: "/api/plans/mine", payload: { terms: "" } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain("terms of plan mine: this is empty");
  });

  // A register command's `at` that cannot be read (not a time; an offset that is not New York's,
  // R-X9) answered 500 "a bug in rightsplan" (a job: failed as "internal"); it is the user's to fix.
  it("a register command's unreadable `at` is refused naming it, for a command and for a job", async () => {
    for (const at of ["garbage", "2004-04-04T02:30:00-04:00"]) {
      const r = await server.as("agent", { method: "POST", url: "/api/register/transfer", payload: { from: "cede", to: "bidder", shares: 5, at } });
      expect(r.statusCode, at).toBe(400);
      expect(r.json().error).toMatchObject({ code: "invalid-input", issues: [{ path: ["at"] }] });
      // a job's `at` is read before the job starts (server2): a 400, not a job that fails on it
      for (const job of ["distribute", "redeem"]) {
        const j = await server.as("agent", { method: "POST", url: `/api/register/${job}?wait=true`, payload: { at } });
        expect(j.statusCode, `${job} ${at}`).toBe(400);
        expect(j.json().error, `${job} ${at}`).toMatchObject({ code: "invalid-input", issues: [{ path: ["at"] }] });
      }
    }
  });

  // README's example of a refusal had zod's own words ("Invalid input: expected number, received
  // string"), which the server no longer sends; it is now the server's answer, checked here.
  it("README's example of bad input is what the server answers", async () => {
    const example = /`register transfer` with\s+`"shares": "x"`: `(\{"error".*?\}\]\}\})`/s.exec(readFileSync(resolve(repoRoot, "README.md"), "utf8"));
    expect(example, "README's example").not.toBeNull();
    const r = await server.as("agent", { method: "POST", url: "/api/register/transfer", payload: { from: "cede", to: "h001", shares: "x" } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual(JSON.parse(example![1]!));
  });

  it("malformed JSON is a 400 without a stack trace", async () => {
    const r = await server.as("analyst", { method: "POST", url: "/api/analyses/dilution", headers: { "content-type": "application/json" }, payload: "{not json" });
    expect(r.statusCode).toBe(400);
    expect(r.body).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("server: limits and names", () => {
  it("refuses a body over the route's limit with 413", async () => {
    const r = await server.as("admin", { method: "POST", url: "/api/tokens", headers: { "content-type": "application/json" }, payload: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024), role: "viewer" }) });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe("body-too-large");
  });

  it("a name with a path in it never reaches the file system", async () => {
    for (const url of ["/api/scenarios/..%2F..%2Fetc%2Fpasswd", "/api/plans/..%2Fpackage/terms", "/api/plans/net-perceptions/diff/..%2F..%2Fetc"]) {
      const r = await server.as("viewer", { method: "GET", url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.issues[0].message).toContain("lower-case letters, digits and hyphens");
    }
    const planPath = await server.as("viewer", { method: "POST", url: "/api/evaluate", payload: { ...crossing, plan: "../plans/net-perceptions.yaml" } });
    expect(planPath.statusCode).toBe(400);
    expect(planPath.json().error.message).toContain('unknown plan "../plans/net-perceptions.yaml"');
    const filing = await server.as("analyst", { method: "POST", url: "/api/reader/read", payload: { files: [{ name: "../../etc/passwd", content: "x" }] } });
    expect(filing.json().error.issues[0]).toMatchObject({ path: ["files", 0, "name"], message: "a file's name, not a path; got \"../../etc/passwd\"" });
    const init = await server.as("agent", { method: "POST", url: "/api/register/init", payload: { plan: "/etc/passwd" } });
    expect(init.statusCode).toBe(400);
    expect(init.json().error.issues[0].path).toEqual(["plan"]);
  });
});

describe("server: analyses and the reader", () => {
  it("dilution, a chart in SVG and PNG, the memo in HTML and Markdown", async () => {
    const dilution = (await server.as("analyst", { method: "POST", url: "/api/analyses/dilution", payload: { name: "01-bidder-crosses-and-files-13d" } })).json();
    expect(dilution.scenarios.length).toBeGreaterThan(0);
    const svg = await server.as("analyst", { method: "POST", url: "/api/analyses/chart", payload: { scenario: crossing } });
    expect(svg.headers["content-type"]).toBe("image/svg+xml");
    expect(svg.body).toContain("<svg");
    const png = await server.as("analyst", { method: "POST", url: "/api/analyses/chart", payload: { scenario: crossing, format: "png", kind: "dilution" } });
    expect(png.rawPayload.subarray(1, 4).toString()).toBe("PNG");
    const html = await server.as("issuer", { method: "POST", url: "/api/analyses/memo", payload: { name: "01-bidder-crosses-and-files-13d", date: "2004-05-21" } });
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain("<svg");
    const md = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { name: "01-bidder-crosses-and-files-13d", format: "md" } });
    expect(md.headers["content-type"]).toContain("text/markdown");
    const docx = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { name: "01-bidder-crosses-and-files-13d", format: "docx", date: "2004-05-21" } });
    expect(docx.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const heading = { to: "Board of Directors", from: "Counsel to the Company", re: "The bidder's 13D", privileged: true };
    const filed = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { name: "01-bidder-crosses-and-files-13d", format: "docx", date: "2004-05-21", heading } });
    const xml = await (await JSZip.loadAsync(filed.rawPayload)).file("word/document.xml")!.async("string");
    expect(xml).toContain("The bidder&apos;s 13D");
    expect(xml).toContain("Counsel to the Company");
    expect(xml).toContain("PRIVILEGED AND CONFIDENTIAL");
  });

  it("a sweep runs as a job; ?wait=true answers when it has finished", async () => {
    const started = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { name: "01-bidder-crosses-and-files-13d", vary: "events.0.shares=1000000:2000000:500000" } });
    expect(started.statusCode).toBe(202);
    const id = started.json().job.id;
    const done = (await server.as("viewer", { method: "GET", url: `/api/jobs/${id}?wait=true` })).json();
    expect(done).toMatchObject({ state: "done", kind: "sweep", attempts: 1 });
    expect(done.result.points).toHaveLength(3);
    const events = await server.as("viewer", { method: "GET", url: `/api/jobs/${id}/events` });
    expect(events.headers["content-type"]).toBe("text/event-stream");
    expect(events.body).toContain("event: done");
  });

  it("a job that fails says why", async () => {
    const r = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep?wait=true", payload: { name: "01-bidder-crosses-and-files-13d", vary: "company.noSuchField*=1:2:1" } }); // a range the scenario has no value for: found by the job
    expect(r.json().job).toMatchObject({ state: "failed", error: { code: "invalid-input" } });
  });

  it("reads a filing with quotes, and saves the terms read as a plan", async () => {
    const text = readFileSync(resolve(repoRoot, "../shared/seeds/000_208d602dd66c619c.txt"), "utf8");
    const read = (await server.as("analyst", { method: "POST", url: "/api/reader/read", payload: { files: [{ name: "8-A.txt", content: text }] } })).json();
    expect(read.terms.acquiringPersonThresholdPercent.value).toBe("15");
    expect(read.terms.acquiringPersonThresholdPercent.quote).toContain("15%");
    const base64 = Buffer.from(text).toString("base64");
    const saved = await server.as("analyst", { method: "POST", url: "/api/reader/plans", payload: { id: "read-plan", files: [{ name: "8-A.txt", content: base64, encoding: "base64" }] } });
    expect(saved.statusCode).toBe(201);
    expect((await server.as("viewer", { method: "GET", url: "/api/plans/read-plan" })).statusCode).toBe(200);
  });
});

describe("server: the text a PDF or Word filing was read from", () => {
  it("comes with the answer, so that a client can show the passages where they stand (the workbench could not)", async () => {
    const paragraphs = readFileSync(resolve(repoRoot, "../shared/filings/002_yahoo-2001-summary.txt"), "utf8").split("\n\n");
    const word = await wordFileOf(paragraphs);
    const read = (await server.as("analyst", { method: "POST", url: "/api/reader/read", payload: { files: [{ name: "yahoo.docx", content: word.toString("base64"), encoding: "base64" }] } })).json();
    expect(read.documents).toEqual([{ file: "yahoo.docx", format: "docx", offsetsInto: "the text extracted from the Word file", text: expect.stringContaining("EquiServe Trust Company") }]);
    const agent = read.terms.rightsAgent;
    expect(read.documents[0].text.slice(agent.start, agent.end)).toBe(agent.quote);
    // A text file's passages point into the file the client sent: no text comes back.
    const plain = (await server.as("analyst", { method: "POST", url: "/api/reader/read", payload: { files: [{ name: "yahoo.txt", content: paragraphs.join("\n\n") }] } })).json();
    expect(plain.documents).toEqual([{ file: "yahoo.txt", format: "text", offsetsInto: "the file" }]);
  });
});

describe("server: a batch read of filings runs as a job", () => {
  const filings = resolve(repoRoot, "../shared/filings");
  const upload = (name: string) => ({ name, content: readFileSync(resolve(filings, name)).toString("base64"), encoding: "base64" });
  const names = ["001_net-perceptions-amendment3-2006.txt", "002_yahoo-2001-summary.txt", "004_software-spectrum-1996-summary.txt", "006_medicis-1996-amendment1.txt"];

  /** The events of a server-sent event stream: each one's name and data. */
  const eventsOf = (body: string) =>
    body
      .trim()
      .split("\n\n")
      .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1], data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) }));

  it("reads each filing into a row, streams its progress as server-sent events, and gives the table as CSV, Excel or JSON", async () => {
    const started = await server.as("analyst", { method: "POST", url: "/api/reader/table", payload: { files: [...names.map(upload), { name: "empty.txt", content: "" }] } });
    expect(started.statusCode).toBe(202);
    const id = started.json().job.id as string;
    const stream = await server.as("viewer", { method: "GET", url: `/api/jobs/${id}/events` });
    expect(stream.headers["content-type"]).toBe("text/event-stream");
    const events = eventsOf(stream.body);
    expect(events.at(-1)).toMatchObject({ event: "done", data: { state: "done", progress: { done: 5, total: 5 } } });
    const progress = events.filter((e) => e.event === "progress").map((e) => e.data.progress.done as number);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(events.slice(0, -1).every((e) => e.event === "progress")).toBe(true);

    const job = (await server.as("viewer", { method: "GET", url: `/api/jobs/${id}` })).json();
    expect(job.result).toMatchObject({ documents: 5, unreadable: 1 });
    expect(job.result.rows.map((r: { source: string }) => r.source)).toEqual([...names, "empty.txt"]);
    expect(job.result.rows[4].error).toBeTruthy();

    const csv = await server.as("analyst", { method: "GET", url: `/api/reader/table/${id}` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="plans.csv"');
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toMatch(/^source,format,/);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([...names, "empty.txt"]);
    const xlsx = await server.as("analyst", { method: "GET", url: `/api/reader/table/${id}?format=xlsx` });
    expect(xlsx.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const json = await server.as("analyst", { method: "GET", url: `/api/reader/table/${id}?format=json` });
    expect(json.json()).toEqual(job.result.rows);
  });

  it("a table of a job that is not a batch read is not found; a name with a path in it is refused", async () => {
    const sweep = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep?wait=true", payload: { name: "01-bidder-crosses-and-files-13d", vary: "events.0.shares=1000000:2000000:1000000" } });
    expect((await server.as("analyst", { method: "GET", url: `/api/reader/table/${sweep.json().job.id}` })).statusCode).toBe(404);
    const traversal = await server.as("analyst", { method: "POST", url: "/api/reader/table", payload: { files: [{ name: "../../etc/passwd", content: "x" }] } });
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json().error.issues[0].path).toEqual(["files", 0, "name"]);
  });
});

describe("server: the audit trail", () => {
  it("records every write with the token's name, refused ones too", async () => {
    await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "audited", scenario: crossing } });
    await server.as("viewer", { method: "DELETE", url: "/api/scenarios/audited" });
    const trail = (await server.as("admin", { method: "GET", url: "/api/audit" })).json() as { token_name: string; method: string; url: string; status: number }[];
    expect(trail).toContainEqual(expect.objectContaining({ token_name: "analyst-1", method: "POST", url: "/api/scenarios", status: 201 }));
    expect(trail).toContainEqual(expect.objectContaining({ token_name: "viewer-1", method: "DELETE", url: "/api/scenarios/audited", status: 403 }));
  });
});
