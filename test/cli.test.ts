/**
 * The `rightsplan` command: exit codes, bad input named by event, rule, field and line, help
 * text, plan show, the JSON Schemas. Called in-process through `run` (test/support/cli.ts); a few
 * tests start the built dist/cli/main.js as a user does (`npx rightsplan`), for what only a
 * process shows: the exit code node ends with, and in CI the shared examples through
 * check_scenarios.py.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import { cli, cliProcess, repoRoot as root } from "./support/cli.js";

const shared = resolve(root, "../shared");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-cli-"));

function scenarioFile(name: string, text: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const head = `plan: net-perceptions
company: {sharesOutstanding: 1000000}
persons: [{id: a}]
events:
  - {at: 2004-01-05, type: acquire, person: a, shares: 10000}
`;

describe("rightsplan evaluate", () => {
  // A process per example: run where RIGHTSPLAN_PROCESS_CHECKS=1 (.ci/run sets it); test/shared-examples.test.ts
  // checks the same answers in-process.
  it.runIf(process.env.RIGHTSPLAN_PROCESS_CHECKS === "1")("passes every shared example through check_scenarios.py (as processes)", () => {
    const out = execFileSync("python3", [join(shared, "tools/check_scenarios.py"), join(shared, "examples"), "--cli", `node ${join(root, "dist/cli/main.js")}`], { cwd: root, encoding: "utf8" });
    expect(out.trim().split("\n").pop()).toBe(`scenarios: ${readdirSync(join(shared, "examples")).filter((f) => f.endsWith(".yaml")).length}/9 pass`);
  });

  it("prints an explained timeline by default, citing rules and sections", async () => {
    const r = await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("R-1a §1(a)");
    expect(r.stdout).toContain("Stock Acquisition Date 2004-05-05");
    expect(r.stdout).toMatch(/Distribution Date:\s+2004-05-17T17:00:00-04:00 \(3a-i\)/);
  });

  it("runs every example of the project without errors", async () => {
    for (const f of readdirSync(join(root, "examples")).filter((n) => n.endsWith(".yaml"))) {
      const r = await cli(["evaluate", join("examples", f), "--json"]);
      expect({ f, status: r.status, errors: JSON.parse(r.stdout).errors }).toEqual({ f, status: 0, errors: [] });
    }
  });

  it("answers a negative share count with an error naming the event and field, the earlier events still evaluated, exit 1", async () => {
    const r = await cli(["evaluate", scenarioFile("neg.yaml", head + "  - {at: 2004-01-06, type: dispose, person: a, shares: -5}\n"), "--json"]);
    expect(r.status).toBe(1);
    const answer = JSON.parse(r.stdout);
    expect(answer.errors).toEqual([expect.objectContaining({ event: 1, rule: "scenario-format", field: "shares" })]);
    expect(answer.beneficialOwnership).toEqual([{ person: "a", shares: 10000, percent: "1" }]);
  });

  it("names an unknown field, an unknown person and a sale of more than is held", async () => {
    const answerOf = async (name: string, event: string) => JSON.parse((await cli(["evaluate", scenarioFile(name, head + event), "--json"])).stdout);
    const unknownField = await answerOf("f.yaml", "  - {at: 2004-01-06, type: dispose, person: a, shares: 5, colour: red}\n");
    expect(unknownField.errors[0]).toMatchObject({ event: 1, field: "colour" });
    const unknownPerson = await answerOf("p.yaml", "  - {at: 2004-01-06, type: acquire, person: zed, shares: 5}\n");
    expect(unknownPerson.errors[0]).toMatchObject({ event: 1, field: "person" });
    expect(unknownPerson.errors[0].message).toContain('unknown person "zed"');
    const oversold = await answerOf("o.yaml", "  - {at: 2004-01-06, type: dispose, person: a, shares: 10001}\n");
    expect(oversold.errors[0]).toMatchObject({ event: 1, rule: "R-1d", field: "shares" });
  });

  it("refuses a redemption after the window with R-23 and exits 1; the text output lists the error", async () => {
    const r = await cli(["evaluate", join(shared, "examples/09-error-redeem-after-window.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("event 2 (R-23, Section 23, field at)");
  });

  it("exits 2 with a message naming the line for malformed YAML, and for an invalid head", async () => {
    const bad = await cli(["evaluate", scenarioFile("bad.yaml", "plan: net-perceptions\ncompany: {sharesOutstanding: 10\n")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not valid YAML or JSON.*line 3/s);
    const head2 = await cli(["evaluate", scenarioFile("head.yaml", "plan: net-perceptions\ncompany: {sharesOutstanding: -1}\n")]);
    expect(head2.status).toBe(2);
    expect(head2.stderr).toContain("company.sharesOutstanding");
    expect((await cli(["evaluate", join(scratch, "missing.yaml")])).stderr).toContain("cannot read");
  });

  it("evaluates as of an earlier instant with --as-of", async () => {
    const r = JSON.parse((await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml", "--json", "--as-of", "2004-05-04T12:00:00-04:00"])).stdout);
    expect(r.stockAcquisitionDate).toBeNull();
    expect(r.acquiringPersons).toEqual(["bidder"]);
    expect((await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml", "--as-of", "yesterday"])).status).toBe(2);
  });

  it("reads a JSON scenario of thousands of trades and prints the answer and the timeline in full", async () => {
    const persons = Array.from({ length: 300 }, (_, i) => ({ id: `h${i}` }));
    // 3,000 purchases from January 5 to 14, then 2,000 sales of half as many shares from January 20 to 29
    const january = (day: number) => `2004-01-${String(day).padStart(2, "0")}`;
    const events = Array.from({ length: 5000 }, (_, i) => (i < 3000 ? { at: january(5 + (i % 10)), type: "acquire", person: `h${i % 300}`, shares: 20 } : { at: january(20 + (i % 10)), type: "dispose", person: `h${i % 300}`, shares: 10 }));
    const file = scenarioFile("many.json", JSON.stringify({ company: { sharesOutstanding: 10_000_000 }, persons, events }));
    const json = await cli(["evaluate", file, "--json"]);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(JSON.stringify(evaluate(JSON.parse(readFileSync(file, "utf8"))), null, 2) + "\n");
    const text = (await cli(["evaluate", file])).stdout.split("\n");
    expect(text.filter((l) => l.includes(" R-1d §1(d) "))).toHaveLength(5000);
    expect(text.at(-2)).toMatch(/^ {2}Each valid Right: +pays \$15/);
  });
});

describe("rightsplan plan show", () => {
  it("prints the terms in force with their sources, by date", async () => {
    const now = await cli(["plan", "show"]);
    expect(now.stdout).toContain("net-perceptions@2003-12-22");
    expect(now.stdout).toMatch(/distributionTenderOfferProng\): less-than-all\n\s+Amendment No. 1/);
    const before = await cli(["plan", "show", "net-perceptions", "--as-of", "2003-12-21", "--json"]);
    const terms = JSON.parse(before.stdout);
    expect(terms.version).toBe("net-perceptions@2001-06-01");
    expect(terms.values.distributionTenderOfferProng).toBe("any-offer");
    expect(terms.sources.purchasePrice).toContain("$15 per Unit");
  });

  it("names an unknown plan", async () => {
    const r = await cli(["plan", "show", "no-such-plan"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown plan "no-such-plan"');
  });
});

describe("help and schemas", () => {
  it("has --help on every command", async () => {
    for (const args of [[], ["evaluate"], ["plan"], ["plan", "show"], ["schema"], ["rules"]]) {
      const r = await cli([...args, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Usage: rightsplan");
    }
  });

  it("prints help and the version as a process, exit 0", () => {
    const help = cliProcess(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: rightsplan");
    expect(cliProcess(["--version"]).stdout).toBe("0.1.0\n");
  });

  it("publishes JSON Schemas generated from the zod schemas (npm run schemas keeps them current)", async () => {
    for (const kind of ["plan", "scenario"]) {
      const published = JSON.parse(readFileSync(join(root, `schemas/${kind}.schema.json`), "utf8"));
      expect(JSON.parse((await cli(["schema", kind])).stdout)).toEqual(published);
    }
  });
});
