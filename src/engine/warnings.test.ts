import { describe, expect, it } from "vitest";
import { BUILT_IN_PLANS, planNamed } from "../terms/catalogue.js";
import type { Plan } from "../terms/schema.js";
import { evaluate } from "./evaluate.js";

/** The built-in plan with its Purchase Price assumed (as `read --out` marks a placeholder) and Amendment No. 1 reading it. */
function planWithAssumedPrice(amendmentReadsIt: boolean): Plan {
  const plan = structuredClone(planNamed(BUILT_IN_PLANS, "net-perceptions"));
  plan.terms.purchasePrice = { ...plan.terms.purchasePrice, assumed: "placeholder: the filing gives no Purchase Price" };
  if (amendmentReadsIt) plan.amendments[0].changes.purchasePrice = { value: "15", source: "Amendment No. 1 (test)" };
  return plan;
}

const scenario = (asOf: string) => ({ plan: "net-perceptions", asOf, company: { sharesOutstanding: 1000 }, persons: [{ id: "holder" }], events: [{ at: "2002-01-02", type: "acquire", person: "holder", shares: 10 }] });

describe("R-X13: terms assumed rather than read", () => {
  it("warns once for each assumed term in force, naming it and the reason", () => {
    const answer = evaluate(scenario("2003-01-02"), { plan: planWithAssumedPrice(false) });
    expect(answer.errors).toEqual([]);
    expect(answer.warnings).toEqual([{ event: null, rule: "R-X13", code: "assumed-term", message: expect.stringContaining("purchasePrice") }]);
    expect(answer.warnings[0].message).toContain("placeholder: the filing gives no Purchase Price");
    // The finding cites the section declaring the Purchase Price (Section 7), not R-X13's own 7(a) reading of events outside the plan's life.
    expect(answer.trace.filter((f) => f.rule === "R-X13" && f.finding.includes("purchasePrice")).map((f) => f.section)).toEqual(["7 (term assumed, R-X13)"]);
  });

  it("says nothing once an amendment in force gives the term from the text", () => {
    expect(evaluate(scenario("2003-01-02"), { plan: planWithAssumedPrice(true) }).warnings).toHaveLength(1);
    expect(evaluate(scenario("2004-01-02"), { plan: planWithAssumedPrice(true) }).warnings).toEqual([]);
  });

  it("a plan whose terms were all read gives no warning", () => {
    expect(evaluate(scenario("2003-01-02")).warnings).toEqual([]);
  });
});
