/**
 * The data-driven cases of test/cases/: each YAML file is a scenario, the rule ids it tests, a
 * hand computation and the expected subset of the answer (support/caseFiles.ts). Each case is
 * evaluated with the library, not the CLI, and compared with check_scenarios.py's semantics
 * (support/subset.ts). Every rule id of rights-plan.md (a bold `R-…` at the start of a bullet
 * line) is tested by at least one case, and every case cites only rule ids that exist there (in
 * this file, so that the cases are read once: reading them is most of its time).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { plansInFolder } from "../src/files/plans.js";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/engine/evaluate.js";
import { InputError } from "../src/errors.js";
import { readCases, traceMismatches } from "./support/caseFiles.js";
import { exitCodeMismatches, subsetMismatches } from "./support/subset.js";

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = resolve(here, "cases");
const specPath = resolve(here, "../../shared/spec/rights-plan.md");
const cases = readCases(casesDir);

describe("test/cases: data-driven cases, one or more per rule", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.name} [${c.rules.join(", ")}]`, () => {
      // A case may name a plan terms file in its own folder (support/caseFiles.ts), as a scenario file may.
      const options = () => ({ plans: plansInFolder(dirname(c.path), c.scenario.plan as string | undefined) });
      if (c.expectInputError !== undefined) {
        let thrown: unknown;
        try {
          evaluate(c.scenario, options());
        } catch (e) {
          thrown = e;
        }
        expect(thrown, "evaluate should throw an InputError").toBeInstanceOf(InputError);
        expect((thrown as Error).message).toContain(c.expectInputError);
        return;
      }
      const answer = evaluate(c.scenario, options());
      // common.md: "errors as data naming event, field and rule".
      const unnamed = answer.errors.filter((e) => !e.field).map((e) => `error of event ${e.event} (${e.rule}) names no field: ${e.message}`);
      const bad = [...subsetMismatches(c.expect, answer), ...exitCodeMismatches(c.expect!, answer), ...traceMismatches(c.expectTrace ?? [], answer.trace), ...unnamed];
      expect(bad, `${c.name}\n${c.description}`).toEqual([]);
    });
  }
});

/**
 * The rule ids of rights-plan.md, in order of first appearance: `- **R-1a-repurchase**`,
 * `- **R-1a Acquiring Person**`, and the first cell of a table row of section 11, `| R-X1 |`.
 */
function ruleIdsOf(markdown: string): string[] {
  const ids = new Set<string>();
  for (const line of markdown.split("\n")) {
    const m = /^\s*[-*]\s+\*\*(R-[A-Za-z0-9-]+)/.exec(line) ?? /^\|\s*(R-[A-Za-z0-9-]+)\s*\|/.exec(line);
    if (m) ids.add(m[1]);
  }
  return [...ids];
}

describe("coverage of rights-plan.md by test/cases", () => {
  const ruleIds = existsSync(specPath) ? ruleIdsOf(readFileSync(specPath, "utf8")) : [];
  const covered = new Map<string, string[]>();
  for (const c of cases) for (const r of c.rules) covered.set(r, [...(covered.get(r) ?? []), c.name]);

  it("reads the rule ids of rights-plan.md", () => {
    expect(existsSync(specPath), `${specPath} is missing`).toBe(true);
    expect(ruleIds).toContain("R-1a");
    expect(ruleIds).toContain("R-1a-repurchase");
    expect(ruleIds).toContain("R-X14");
    expect(ruleIds.length).toBeGreaterThan(30);
  });

  it("has a case for every rule id", () => {
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("cites only rule ids that rights-plan.md defines", () => {
    const known = new Set(ruleIds);
    expect(cases.flatMap((c) => c.rules.filter((r) => !known.has(r)).map((r) => `${c.name}: ${r}`))).toEqual([]);
  });
});
