import { describe, expect, it } from "vitest";
import { BUILT_IN_PLAN_DATA } from "./builtInPlanData.js";
import { BUILT_IN_PLANS, builtInPlanIds, planNamed } from "./catalogue.js";
import { parsePlan } from "./load.js";

describe("the built-in plans, validated when built", () => {
  it("are a catalogue of every built-in plan id", () => {
    expect(BUILT_IN_PLANS.size).toBe(builtInPlanIds().length);
    expect([...BUILT_IN_PLANS.keys()]).toEqual(builtInPlanIds());
    expect([...BUILT_IN_PLANS].map(([id, plan]) => [id, plan.id])).toEqual(builtInPlanIds().map((id) => [id, id]));
  });

  it("are each bundled as a valid plan as it stands, which the engine uses without validating it again", () => {
    for (const id of builtInPlanIds()) {
      const data = structuredClone(BUILT_IN_PLAN_DATA[id]);
      expect(parsePlan(data, `plans/${id}.yaml`)).toStrictEqual(data);
      expect(BUILT_IN_PLANS.get(id)).toStrictEqual(data);
    }
  });

  it("give the same frozen plan on every ask, and none for an unknown name", () => {
    const plan = BUILT_IN_PLANS.get("net-perceptions");
    expect(plan).toBe(planNamed(BUILT_IN_PLANS, "net-perceptions"));
    expect(Object.isFrozen(plan!.terms)).toBe(true);
    expect(BUILT_IN_PLANS.has("toString")).toBe(false);
    expect(BUILT_IN_PLANS.get("toString")).toBeUndefined();
  });
});
