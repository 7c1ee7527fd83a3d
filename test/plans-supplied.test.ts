/**
 * Issue 8 item 6: the engine reads no file. The caller supplies the plans (a catalogue, by
 * default the built-in plans); a scenario file's plan path is read by the edge, inside the
 * scenario's folder only.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluate, evaluateParsed } from "../src/engine/evaluate.js";
import { InputError } from "../src/errors.js";
import { plansForScenarioFile } from "../src/files/plans.js";
import { readScenarioFile } from "../src/scenario/parse.js";
import { BUILT_IN_PLANS, withPlans } from "../src/terms/catalogue.js";
import { parsePlan } from "../src/terms/load.js";
import { flatCloses, repoRoot } from "./analysis-support.js";

/** The built-in plan's data with an Acquiring Person threshold of `percent`. */
function planData(percent: string): Record<string, unknown> {
  const data = parseYaml(readFileSync(join(repoRoot, "plans/net-perceptions.yaml"), "utf8")) as { terms: Record<string, { value: unknown }> };
  data.terms.acquiringPersonThresholdPercent.value = percent;
  return data;
}

/** A bidder that buys 12% of the Company, on the plan named `plan`. */
function scenario(plan: string) {
  return {
    plan,
    company: { sharesOutstanding: 1_000_000 },
    persons: [{ id: "bidder" }],
    prices: flatCloses("2004-01-02", 40, "2.00"),
    events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 120_000 }],
  };
}

/** A folder holding `plan.yaml` (threshold `percent`) and `scenario.yaml` naming it. */
function folderWithPlan(percent: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rightsplan-plans-"));
  writeFileSync(join(dir, "plan.yaml"), stringify(planData(percent)));
  writeFileSync(join(dir, "scenario.yaml"), stringify(scenario("./plan.yaml")));
  return join(dir, "scenario.yaml");
}

function evaluateFile(path: string) {
  const parsed = readScenarioFile(path);
  return evaluateParsed(parsed, { plans: plansForScenarioFile(path, parsed.scenario.plan) });
}

describe("plans supplied by the caller", () => {
  it("evaluates against the catalogue given: two plans of the same name in one process do not interfere", () => {
    const ten = withPlans(BUILT_IN_PLANS, [["house-plan", parsePlan(planData("10"), "ten")]]);
    const twenty = withPlans(BUILT_IN_PLANS, [["house-plan", parsePlan(planData("20"), "twenty")]]);
    for (let round = 0; round < 2; round++) {
      expect(evaluate(scenario("house-plan"), { plans: ten }).acquiringPersons).toEqual(["bidder"]);
      expect(evaluate(scenario("house-plan"), { plans: twenty }).acquiringPersons).toEqual([]);
    }
  });

  it("reads a scenario's plan file in the scenario's folder: two files named plan.yaml do not interfere", () => {
    const ten = folderWithPlan("10");
    const twenty = folderWithPlan("20");
    for (let round = 0; round < 2; round++) {
      expect(evaluateFile(ten).acquiringPersons).toEqual(["bidder"]);
      expect(evaluateFile(twenty).acquiringPersons).toEqual([]);
    }
  });

  it("never reads a file itself: a plan path not in the catalogue is an unknown plan", () => {
    expect(() => evaluate(scenario("./plan.yaml"))).toThrow(InputError);
    expect(() => evaluate(scenario("./plan.yaml"))).toThrow(/unknown plan "\.\/plan\.yaml"/);
  });

  it("shares the built-in plans between evaluations frozen, so that none can change them", () => {
    const plan = BUILT_IN_PLANS.get("net-perceptions")!;
    expect(Object.isFrozen(plan.terms.acquiringPersonThresholdPercent)).toBe(true);
  });
});

describe("a scenario's plan path stays in the scenario's folder", () => {
  const scenarioIn = (dir: string) => join(dir, "scenario.yaml");

  it("refuses a path that climbs out of the folder, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "rightsplan-confine-"));
    expect(() => plansForScenarioFile(scenarioIn(dir), "../../etc/passwd")).toThrow(/plan "\.\.\/\.\.\/etc\/passwd" is outside the scenario's folder/);
  });

  it("refuses an absolute path", () => {
    const dir = mkdtempSync(join(tmpdir(), "rightsplan-confine-"));
    expect(() => plansForScenarioFile(scenarioIn(dir), "/etc/passwd")).toThrow(/plan "\/etc\/passwd" is outside the scenario's folder/);
  });

  it("refuses a link that leads out of the folder", () => {
    const outside = mkdtempSync(join(tmpdir(), "rightsplan-outside-"));
    writeFileSync(join(outside, "plan.yaml"), stringify(planData("10")));
    const dir = mkdtempSync(join(tmpdir(), "rightsplan-confine-"));
    symlinkSync(join(outside, "plan.yaml"), join(dir, "plan.yaml"));
    expect(() => plansForScenarioFile(scenarioIn(dir), "plan.yaml")).toThrow(/plan "plan\.yaml" is outside the scenario's folder/);
  });

  it("reads a plan file in a subfolder, and names a missing one", () => {
    const dir = mkdtempSync(join(tmpdir(), "rightsplan-confine-"));
    mkdirSync(join(dir, "plans"));
    writeFileSync(join(dir, "plans", "house.yaml"), stringify(planData("10")));
    expect(plansForScenarioFile(scenarioIn(dir), "plans/house.yaml").get("plans/house.yaml")?.terms.acquiringPersonThresholdPercent.value).toBe("10");
    expect(() => plansForScenarioFile(scenarioIn(dir), "plans/missing.yaml")).toThrow(/unknown plan "plans\/missing\.yaml"/);
  });
});
