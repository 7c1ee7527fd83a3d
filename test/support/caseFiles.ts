/**
 * Data-driven test cases (OpenFisca style): YAML files under test/cases/ that each hold a scenario
 * (scenario-format.md), the rule ids it tests, a hand computation of the expected answer and the
 * expected subset of the `evaluate` answer.
 *
 * ```yaml
 * rules: [R-3a, R-T3]                 # rule ids of rights-plan.md that this case tests
 * description: the hand computation, citing the rules
 * scenario: {...}                     # exactly as in scenario-format.md
 * expect: {...}                       # a subset of the answer (subset.ts, check_scenarios.py semantics)
 * expectTrace:                        # optional: each must match some trace finding
 *   - {rule: R-1a, event: 1, contains: "Acquiring Person", at: "2004-03-01T09:00:00-05:00"}
 * expectInputError: "starts at or above"   # optional, instead of `expect`: evaluate must throw an
 *                                          # InputError whose message contains this text
 * ```
 *
 * A case's scenario may name a plan terms file (`plan: ./plans/my-plan.yaml`, scenario-format.md),
 * read from the case's folder as the CLI reads it from a scenario's; plan files live in folders
 * named `plans`, which hold no cases.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { subsetMismatches } from "./subset.js";

const traceExpectationSchema = z
  .object({
    rule: z.string().min(1),
    event: z.number().int().nullable().optional(),
    contains: z.string().optional(),
    at: z.string().optional(),
  })
  .strict();
export type TraceExpectation = z.output<typeof traceExpectationSchema>;

const caseSchema = z
  .object({
    rules: z.array(z.string().regex(/^R-[A-Za-z0-9-]+$/)).min(1),
    description: z.string().min(1),
    scenario: z.record(z.string(), z.unknown()),
    expect: z.record(z.string(), z.unknown()).optional(),
    expectTrace: z.array(traceExpectationSchema).optional(),
    expectInputError: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => (c.expect === undefined) !== (c.expectInputError === undefined), { message: "a case has either `expect` or `expectInputError`" });

export type Case = z.output<typeof caseSchema> & {
  /** Absolute path of the case file. */
  readonly path: string;
  /** Path relative to the cases folder, the test's name. */
  readonly name: string;
};

/** The folders of plan terms files that cases name (`plan: ./plans/x.yaml`): no case is in them. */
export const PLAN_FOLDER = "plans";

/** Every `*.yaml` / `*.yml` file under `dir`, recursively, sorted, outside the cases' plan folders. */
export function yamlFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== PLAN_FOLDER) walk(path);
      } else if (/\.ya?ml$/.test(entry)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** Reads and checks one case file; throws with the file's name when it is not a valid case. */
export function readCase(path: string, root: string): Case {
  const data: unknown = parseYaml(readFileSync(path, "utf8"));
  const parsed = caseSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${relative(root, path)} is not a valid case file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { ...parsed.data, path, name: relative(root, path) };
}

/** Every case under `root`. */
export function readCases(root: string): Case[] {
  return yamlFilesUnder(root).map((path) => readCase(path, root));
}

interface Finding {
  readonly at: string;
  readonly event: number | null;
  readonly rule: string;
  readonly finding: string;
}

/** The trace expectations that no finding of `trace` matches (same rule, event, instant, and text containing `contains`). */
export function traceMismatches(expected: readonly TraceExpectation[], trace: readonly Finding[]): string[] {
  return expected
    .filter(
      (e) =>
        !trace.some(
          (f) =>
            f.rule === e.rule &&
            (e.event === undefined || f.event === e.event) &&
            (e.contains === undefined || f.finding.includes(e.contains)) &&
            (e.at === undefined || subsetMismatches(e.at, f.at).length === 0),
        ),
    )
    .map((e) => `trace: no finding ${JSON.stringify(e)}`);
}
