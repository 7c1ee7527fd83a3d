import { EVERY_AMENDMENT_IN_FORCE } from "../cli/asOf.js";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../files/plans.js";
import { TERM_NAMES } from "../terms/declarations.js";
import { newYorkInstant } from "../time/instant.js";
import { formatDifferences, planDifferences } from "./diff.js";

const builtIn = loadPlan("net-perceptions");
const tenPercent = loadPlan(resolve(import.meta.dirname, "../../test/fixtures/plans/ten-percent-passive.yaml"));
const later = EVERY_AMENDMENT_IN_FORCE;

describe("planDifferences", () => {
  it("lists the terms that differ with both values and which way the second plan moves", () => {
    const diff = planDifferences(builtIn, tenPercent, later, { a: "net-perceptions", b: "ten-percent-passive.yaml", asOf: null });
    const byTerm = Object.fromEntries(diff.differences.map((d) => [d.term, d]));
    expect(byTerm.acquiringPersonThresholdPercent).toMatchObject({ category: "Trigger", a: { value: "15" }, b: { value: "10" }, change: "lower" });
    expect(byTerm.passiveInvestorThresholdPercent).toMatchObject({ change: "only B has one" });
    expect(byTerm.qualifiedOffer).toMatchObject({ change: "A has it, B does not" });
    expect(byTerm.exemptPersons?.change).toBe("B adds name=Widget Employees Pension Trust");
    expect(byTerm.termYears).toMatchObject({ a: { value: "10" }, b: { value: "3" }, change: "lower" });
    expect(byTerm.finalExpiration?.change).toBe("later");
    expect(byTerm.flipInMultiple).toBeUndefined();
    expect(diff.same + diff.differences.length - 1).toBe(TERM_NAMES.length);
    expect(byTerm.acquiringPersonThresholdPercent?.a.source).toContain("15% or more");
  });

  it("compares the terms in force at the instant asked", () => {
    const at2002 = planDifferences(builtIn, builtIn, newYorkInstant("2002-01-01", "12:00"), { a: "x", b: "y", asOf: "2002-01-01" });
    expect(at2002.differences).toEqual([]);
    expect(at2002.a.version).toBe("net-perceptions@2001-06-01");
  });

  it("prints the differences by category", () => {
    const text = formatDifferences(planDifferences(builtIn, tenPercent, later, { a: "net-perceptions", b: "ten.yaml", asOf: null }));
    expect(text).toMatch(/^A: net-perceptions \(net-perceptions@2003-12-22\)\nB: ten\.yaml \(acme-widgets-2010@2010-03-15\)/);
    expect(text).toContain("Trigger:");
    expect(text).toMatch(/acquiringPersonThresholdPercent\s+A 15 \| B 10 \(lower\)|acquiringPersonThresholdPercent\s+A 15\s+\|\s+B 10\s+\(lower\)/);
  });
});
