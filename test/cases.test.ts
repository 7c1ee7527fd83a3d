/**
 * The data-driven cases of test/cases/: each YAML file is a scenario, the rule ids it tests, a
 * hand computation and the expected subset of the answer (support/caseFiles.ts). Each case is
 * evaluated with the library, not the CLI, and compared with check_scenarios.py's semantics
 * (support/subset.ts).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/engine/evaluate.js";
import { InputError } from "../src/errors.js";
import { readCases, traceMismatches } from "./support/caseFiles.js";
import { exitCodeMismatches, subsetMismatches } from "./support/subset.js";

const casesDir = resolve(dirname(fileURLToPath(import.meta.url)), "cases");
const cases = readCases(casesDir);

describe("test/cases: data-driven cases, one or more per rule", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.name} [${c.rules.join(", ")}]`, () => {
      if (c.expectInputError !== undefined) {
        let thrown: unknown;
        try {
          evaluate(c.scenario);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, "evaluate should throw an InputError").toBeInstanceOf(InputError);
        expect((thrown as Error).message).toContain(c.expectInputError);
        return;
      }
      const answer = evaluate(c.scenario);
      const bad = [...subsetMismatches(c.expect, answer), ...exitCodeMismatches(c.expect!, answer), ...traceMismatches(c.expectTrace ?? [], answer.trace)];
      expect(bad, `${c.name}\n${c.description}`).toEqual([]);
    });
  }
});
