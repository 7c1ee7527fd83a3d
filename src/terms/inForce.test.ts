import { describe, expect, it } from "vitest";
import { parsePlan } from "./load.js";
import { loadPlan } from "../files/plans.js";
import { termsInForce } from "./inForce.js";
import { newYorkInstant } from "../time/instant.js";
import { InputError } from "../errors.js";

const plan = loadPlan("net-perceptions");

describe("termsInForce (R-T6)", () => {
  it("applies Amendment No. 1 from 00:00 New York time on 2003-12-22", () => {
    const before = termsInForce(plan, newYorkInstant("2003-12-21", "23:59"));
    const after = termsInForce(plan, newYorkInstant("2003-12-22", "00:00"));
    expect(before.version).toBe("net-perceptions@2001-06-01");
    expect(before.values.distributionTenderOfferProng).toBe("any-offer");
    expect(before.values.qualifiedTransaction).toBeNull();
    expect(after.version).toBe("net-perceptions@2003-12-22");
    expect(after.values.distributionTenderOfferProng).toBe("less-than-all");
    expect(after.values.qualifiedTransaction).toEqual({ percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true });
    expect(after.sources.qualifiedTransaction).toContain("Amendment No. 1");
  });

  it("keeps the seed's numbers with their sources", () => {
    const { values, sources } = termsInForce(plan, newYorkInstant("2004-01-01", "12:00"));
    expect(values.purchasePrice).toBe("15");
    expect(values.redemptionPrice).toBe("0.01");
    expect(values.finalExpiration).toEqual({ date: "2011-06-14", time: "17:00" });
    expect(sources.acquiringPersonThresholdPercent).toContain("15% or more");
  });
});

describe("parsePlan", () => {
  it("reports every invalid term with its path", () => {
    const broken = structuredClone(plan) as unknown as { terms: Record<string, { value: unknown }> };
    broken.terms.purchasePrice.value = "fifteen";
    delete (broken.terms as Record<string, unknown>).recordDate;
    try {
      parsePlan(broken, "broken.yaml");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const paths = (e as InputError).issues.map((i) => i.path.join("."));
      expect(paths).toContain("terms.purchasePrice.value");
      expect(paths).toContain("terms.recordDate");
    }
  });
});
