/**
 * The server examined as an outside client, round 2 (server2): what round 1 left. Each case failed
 * before its fix: a bad inline scenario given to `register apply` named its fields only in the
 * message; PUT of an existing plan answered 201; a sweep with an unreadable `vary`, and a
 * distribution with an unreadable `at`, were started as jobs that failed; a wrong method on a real
 * path was 404; deep YAML was refused as "Maximum call stack size exceeded"; the Markdown memo kept
 * raw HTML from the scenario's title; `?version=1e3` was read as version 1000.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "./support/server.js";
import { parseYamlText } from "../src/terms/load.js";
import JSZip from "jszip";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = (file: string) => parseYaml(readFileSync(resolve(repoRoot, "examples", file), "utf8")) as Record<string, any>;

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
}, 120_000);
afterAll(() => server?.close());

describe("server round 2: bad input is 400 naming the field, before any work", () => {
  it("register apply: a bad inline scenario's issues name its fields (as the CLI's errors do)", async () => {
    expect((await server.as("agent", { method: "POST", url: "/api/register/init", payload: {} })).statusCode).toBe(200);
    const scenario = { ...example("register-pill.yaml"), company: { sharesOutstanding: "many" } };
    const r = await server.as("agent", { method: "POST", url: "/api/register/apply", payload: { scenario } });
    expect(r.statusCode).toBe(400);
    const { error } = r.json();
    expect(error.code).toBe("bad-scenario");
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues.map((i: { path: unknown[] }) => i.path.join("."))).toContain("company.sharesOutstanding");
    for (const issue of error.issues) expect(Object.keys(issue).sort()).toEqual(expect.arrayContaining(["code", "message", "path"]));
    // the message is the headline; the fields are in issues, not listed twice
    expect(error.message).not.toContain("\n");
  }, 120_000);

  // The CLI refuses a holder not on the register with exit 1 (a refusal by the register's state, as
  // the hand-worked sessions transfers-after-distribution and new-shares record), so the server's
  // 409 stays; what it lacked was the field: issues name the option that gave the unknown holder.
  it("a holder not on the register is refused (409, as the CLI's exit 1) naming the field that gave it", async () => {
    const csv = readFileSync(resolve(repoRoot, "examples/holders.csv"), "utf8");
    expect((await server.as("agent", { method: "POST", url: "/api/register/import-holders?wait=true", payload: { csv, sharesOutstanding: 10000000 } })).json().job.state).toBe("done");
    for (const [command, payload, field] of [
      ["transfer", { from: "cede", to: "nobody", shares: 1, at: "2004-06-01T09:00:00-04:00" }, "to"],
      ["transfer", { from: "nobody", to: "cede", shares: 1, at: "2004-06-01T09:00:00-04:00" }, "from"],
      ["issue", { holder: "nobody", shares: 1, at: "2004-06-01T09:00:00-04:00" }, "holder"],
      ["exercise", { holder: "nobody", rights: 1, certify: true, at: "2004-06-01T09:00:00-04:00" }, "holder"],
    ] as const) {
      const r = await server.as("agent", { method: "POST", url: `/api/register/${command}`, payload });
      expect(r.statusCode, command).toBe(409);
      expect(r.json().error, command).toMatchObject({ code: "unknown-holder", issues: [{ code: "unknown-holder", path: [field] }] });
      expect(r.json().error.message).toContain('holder "nobody" is not on the register');
    }
  }, 120_000);

  it("a sweep's unreadable vary or unknown metric is 400 naming the field, not a job that fails", async () => {
    const scenario = example("01-bidder-crosses-and-files-13d.yaml");
    const jobsBefore = (await server.as("analyst", { method: "GET", url: "/api/jobs" })).json().length;
    const bad = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { scenario, vary: "garbage" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0]).toMatchObject({ path: ["vary"] });
    expect(bad.json().error.issues[0].message).toContain("PATH=FROM:TO:STEP");
    const metric = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { scenario, vary: "company.sharesOutstanding=1000:2000:500", metrics: ["nope"] } });
    expect(metric.statusCode).toBe(400);
    expect(metric.json().error.issues[0]).toMatchObject({ path: ["metrics", 0] });
    expect((await server.as("analyst", { method: "GET", url: "/api/jobs" })).json().length).toBe(jobsBefore);
    // a readable sweep is still a job
    const good = await server.as("analyst", { method: "POST", url: "/api/analyses/sweep", payload: { scenario, vary: "company.sharesOutstanding=10000000:10000001:1", metrics: ["status"] } });
    expect(good.statusCode).toBe(202);
  }, 120_000);

  it("a register job's unreadable at is 400 naming at, not a job that fails", async () => {
    for (const command of ["distribute", "redeem", "exchange"]) {
      const r = await server.as("agent", { method: "POST", url: `/api/register/${command}`, payload: { at: "next tuesday" } });
      expect(r.statusCode, command).toBe(400);
      expect(r.json().error.issues[0], command).toMatchObject({ path: ["at"] });
    }
    // and an exchange's portion, a distribution's value of a Right, by the command's own checks
    for (const [command, payload, field] of [
      ["exchange", { portion: "half" }, "portion"],
      ["exchange", { portion: "1.5" }, "portion"],
      ["distribute", { rightValue: "thirty cents" }, "rightValue"],
    ] as const) {
      const r = await server.as("agent", { method: "POST", url: `/api/register/${command}`, payload });
      expect(r.statusCode, `${command} ${JSON.stringify(payload)}`).toBe(400);
      expect(r.json().error.issues[0], command).toMatchObject({ path: [field] });
    }
  }, 120_000);

  it("?version is a whole number written in digits: 1e3, 1.0, 0x1 and 01 are refused naming version", async () => {
    const saved = await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name: "versioned", scenario: example("01-bidder-crosses-and-files-13d.yaml") } });
    expect(saved.statusCode).toBe(201);
    expect((await server.as("viewer", { method: "GET", url: "/api/scenarios/versioned?version=1" })).json().version).toBe(1);
    for (const v of ["1e3", "1.0", "0x1", "01", "-1", "99999999999999999999"]) {
      for (const url of [`/api/scenarios/versioned?version=${v}`, `/api/scenarios/versioned/evaluate?version=${v}`]) {
        const r = await server.as("viewer", { method: "GET", url });
        expect(r.statusCode, url).toBe(400);
        expect(r.json().error.issues[0], url).toMatchObject({ path: ["version"] });
      }
    }
  }, 120_000);
});

describe("server round 2: answers as HTTP says", () => {
  it("PUT /api/plans/:id answers 201 when it adds a plan and 200 when it replaces one", async () => {
    const terms = (await server.as("viewer", { method: "GET", url: "/api/plans/net-perceptions/terms" })).json();
    const payload = { terms: { ...terms, id: "replaced-plan" } };
    expect((await server.as("analyst", { method: "PUT", url: "/api/plans/replaced-plan", payload })).statusCode).toBe(201);
    const again = await server.as("analyst", { method: "PUT", url: "/api/plans/replaced-plan", payload });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: "replaced-plan", name: terms.name, builtIn: false });
  }, 120_000);

  it("a wrong method on a path of the API is 405 with Allow; a path of none is 404", async () => {
    for (const [method, url, allow] of [
      ["DELETE", "/api/plans", "GET, HEAD"],
      ["POST", "/api/plans/net-perceptions", "GET, HEAD, PUT"],
      ["GET", "/api/register/transfer", "POST"],
      ["PUT", "/api/scenarios", "GET, HEAD, POST"],
      ["POST", "/openapi.json", "GET, HEAD"],
    ] as const) {
      const r = await server.as("admin", { method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(405);
      expect(r.headers.allow, `${method} ${url}`).toBe(allow);
      expect(r.json().error.code).toBe("method-not-allowed");
    }
    expect((await server.as("admin", { method: "GET", url: "/api/nothing-here" })).statusCode).toBe(404);
    expect((await server.as("admin", { method: "GET", url: "/api/plans/a/b/c" })).statusCode).toBe(404);
  }, 120_000);
});

describe("server round 2: deep YAML and the Markdown memo", () => {
  it("YAML nested too deeply to read is refused in words, as deep JSON is", async () => {
    // block mappings nested past what the yaml library's stack holds
    const block = Array.from({ length: 1400 }, (_, i) => " ".repeat(i) + "k:").join("\n");
    expect(() => parseYamlText(block, "the body")).toThrow(/^the body is nested too deeply: its lists and objects go deeper than the YAML reader can follow/);
    // flow collections are counted before the yaml library reads them: the second such text read by
    // one process ended it ("FATAL ERROR: RegExpCompiler Allocation failed - process out of memory"),
    // so each is sent twice, to a route that reads it on the main thread and to one on a worker
    const deep = "events: " + "[".repeat(100_000) + "]".repeat(100_000);
    expect(() => parseYamlText(deep, "the body")).toThrow(/^the body is nested too deeply: its lists and objects go more than 256 levels deep/);
    for (let i = 0; i < 2; i++) {
      const r = await server.as("viewer", { method: "POST", url: "/api/evaluate", headers: { "content-type": "application/yaml" }, payload: deep });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.message).toContain("nested too deeply");
      expect(r.json().error.message).not.toContain("Maximum call stack");
      const plan = await server.as("analyst", { method: "PUT", url: "/api/plans/deep-plan", payload: { terms: deep } });
      expect(plan.statusCode).toBe(400);
      expect(plan.json().error.message).toContain("nested too deeply");
    }
    // 256 levels are read (and refused as no scenario, in the CLI's words); brackets in quotes and comments are no collections
    const quoted = `title: "${"[".repeat(5000)}" # ${"{".repeat(5000)}\nevents: ${"[".repeat(256)}${"]".repeat(256)}\n`;
    expect(parseYamlText(quoted, "the body")).toMatchObject({ title: "[".repeat(5000) });
    expect((await server.as("viewer", { method: "GET", url: "/api/health" })).statusCode).toBe(200);
  }, 120_000);

  it("the Markdown memo shows raw HTML in a scenario's title as text, as the HTML memo does", async () => {
    const title = `<script>alert("x")</script> \\<img src=x onerror=alert(1)> & Co.`;
    const scenario = { ...example("01-bidder-crosses-and-files-13d.yaml"), title };
    const md = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { scenario, format: "md", date: "2004-05-21" } });
    expect(md.statusCode).toBe(200);
    expect(md.body).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md.body).toContain("\\<script>");
    // the DOCX, laid out from the Markdown, says the title as written: no escape left in it
    const docx = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { scenario, format: "docx", date: "2004-05-21" } });
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file("word/document.xml")!.async("string");
    expect(xml).toContain("&lt;script&gt;alert(");
    expect(xml).toContain(" \\&lt;img src=x");
    expect(xml).not.toContain("\\\\");
    const html = await server.as("analyst", { method: "POST", url: "/api/analyses/memo", payload: { scenario, format: "html", date: "2004-05-21" } });
    expect(html.body).not.toMatch(/<script>alert/);
  }, 120_000);
});
