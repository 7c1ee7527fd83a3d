import { describe, expect, it } from "vitest";
import { BUILT_IN_PLANS, builtInPlanIds, planNamed } from "./catalogue.js";

describe("the built-in plans, each validated when first asked for", () => {
  it("are a catalogue of every built-in plan id", () => {
    expect(BUILT_IN_PLANS.size).toBe(builtInPlanIds().length);
    expect([...BUILT_IN_PLANS.keys()]).toEqual(builtInPlanIds());
    expect([...BUILT_IN_PLANS].map(([id, plan]) => [id, plan.id])).toEqual(builtInPlanIds().map((id) => [id, id]));
  });

  it("give the same frozen plan on every ask, and none for an unknown name", () => {
    const plan = BUILT_IN_PLANS.get("net-perceptions");
    expect(plan).toBe(planNamed(BUILT_IN_PLANS, "net-perceptions"));
    expect(Object.isFrozen(plan!.terms)).toBe(true);
    expect(BUILT_IN_PLANS.has("toString")).toBe(false);
    expect(BUILT_IN_PLANS.get("toString")).toBeUndefined();
  });
});
