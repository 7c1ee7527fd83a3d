/**
 * POST /api/evaluate answers exactly what `rightsplan evaluate FILE --json` prints, byte for byte,
 * for every shared example (../shared/examples, read in place), sent as YAML and as JSON. The CLI
 * runs in this process (test/support/cli.ts): test/cli-bundle.test.ts checks that the built
 * command, as a process, prints the same bytes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { testServer, type TestServer } from "./support/server.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = resolve(repoRoot, "../shared/examples");

/** What the CLI prints (exit 1, a scenario that breaks a rule, still prints the answer). */
async function cliAnswer(file: string, asOf?: string): Promise<string> {
  return (await cli(["evaluate", file, "--json", ...(asOf ? ["--as-of", asOf] : [])])).stdout;
}

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe("POST /api/evaluate is the CLI's evaluate --json", () => {
  const files = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith(".yaml")).sort() : [];
  it("has the shared examples to compare", () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    it(file, async () => {
      const path = join(examplesDir, file);
      const expected = await cliAnswer(path);
      const yaml = readFileSync(path, "utf8");
      const asYaml = await server.as("viewer", { method: "POST", url: "/api/evaluate", headers: { "content-type": "application/yaml" }, payload: yaml });
      expect(asYaml.statusCode).toBe(200);
      expect(asYaml.body).toBe(expected);
      const asJson = await server.as("viewer", { method: "POST", url: "/api/evaluate", payload: parseYaml(yaml) });
      expect(asJson.body).toBe(expected);
    });
  }

  // A bad event (R-X11) is named in the answer with its line and column in the file; the server
  // named it without them (not the CLI's bytes) until the worker placed it in the body's text.
  it("a scenario with a bad event, as YAML and as JSON: the error names its line and column, as the CLI's does", async () => {
    const scenario = parseYaml(readFileSync(resolve(repoRoot, "test/cases/readings/invalid-events-the-first-in-time-stops.yaml"), "utf8")).scenario;
    const dir = mkdtempSync(join(tmpdir(), "rightsplan-bad-event-"));
    for (const [type, text] of [["application/yaml", stringifyYaml(scenario)], ["application/json", JSON.stringify(scenario, null, 1)]] as const) {
      const file = join(dir, type === "application/json" ? "s.json" : "s.yaml");
      writeFileSync(file, text);
      const expected = await cliAnswer(file);
      expect(expected).toMatch(/events\[3\]\.shares \(line \d+, column \d+\)/);
      const r = await server.as("viewer", { method: "POST", url: "/api/evaluate", headers: { "content-type": type }, payload: text });
      expect(r.body, type).toBe(expected);
    }
  });

  it("as of an instant, as --as-of", async () => {
    const path = join(examplesDir, files[0]!);
    const asOf = "2004-03-02T12:00:00-05:00";
    const r = await server.as("viewer", { method: "POST", url: `/api/evaluate?asOf=${encodeURIComponent(asOf)}`, headers: { "content-type": "application/yaml" }, payload: readFileSync(path, "utf8") });
    expect(r.body).toBe(await cliAnswer(path, asOf));
  });

  it("an unreadable asOf is refused naming the field", async () => {
    const r = await server.as("viewer", { method: "POST", url: "/api/evaluate?asOf=tomorrow", payload: {} });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toEqual(["asOf"]);
  });

  // R-X9: an offset that is not New York's, or a clock time in the spring-forward gap, is the
  // user's input to fix (400 naming asOf), as in `evaluate --as-of`; it answered 500.
  for (const asOf of ["2004-04-04T02:30:00-04:00", "2004-03-01T12:00:00+01:00"]) {
    it(`an asOf with an offset that is not New York's (${asOf}) is refused naming the field`, async () => {
      const payload = readFileSync(join(examplesDir, files[0]!), "utf8");
      const name = `offset-${asOf.slice(-6, -3).replace("+", "plus").replace("-", "minus")}`;
      await server.as("analyst", { method: "POST", url: "/api/scenarios", payload: { name, scenario: parseYaml(payload) } });
      const query = `asOf=${encodeURIComponent(asOf)}`;
      for (const [method, url] of [["POST", `/api/evaluate?${query}`], ["GET", `/api/scenarios/${name}/evaluate?${query}`], ["GET", `/api/plans/net-perceptions/describe?${query}`], ["GET", `/api/plans/net-perceptions?${query}`], ["GET", `/api/plans/net-perceptions/diff/selectica-2009?${query}`]] as const) {
        const r = await server.as("viewer", { method, url, headers: { "content-type": "application/yaml" }, payload: method === "POST" ? payload : undefined });
        expect(r.statusCode, url).toBe(400);
        expect(r.json().error.issues[0].path).toEqual(["asOf"]);
        expect(r.json().error.issues[0].message).toMatch(/R-X9/);
        expect(r.json().error.message, url).not.toContain("--as-of");
      }
    });
  }
});
