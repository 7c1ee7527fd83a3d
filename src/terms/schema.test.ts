import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { declarationOf, TERM_NAMES } from "./declarations.js";
import { loadPlan } from "../files/plans.js";
import { parsePlan } from "./load.js";

const builtIn = loadPlan("net-perceptions");

/** The built-in plan as data, with `edit` applied to it. */
function edited(edit: (plan: { terms: Record<string, { value: unknown; source: string }>; amendments: { changes: Record<string, unknown> }[] }) => void): unknown {
  const plan = structuredClone(builtIn) as unknown as Parameters<typeof edit>[0];
  edit(plan);
  return plan;
}

function issuesOf(data: unknown) {
  try {
    parsePlan(data, "edited.yaml");
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues;
  }
  return expect.unreachable("the plan was accepted") as never;
}

describe("every term has a range", () => {
  it.each([
    ["acquiringPersonThresholdPercent", "150", "acquiringPersonThresholdPercent (Acquiring Person threshold) 150 is out of range: allowed is more than 0 and less than 100"],
    ["purchasePrice", "0", "purchasePrice (Purchase Price) 0 is out of range: allowed is more than 0 (dollars per Unit)"],
    ["flipInMultiple", "0", "flipInMultiple (flip-in multiple) 0 is out of range: allowed is at least 1 and at most 10"],
    ["flipOverMultiple", "-2", "flipOverMultiple (flip-over multiple) -2 is out of range: allowed is at least 1 and at most 10"],
    ["redemptionPrice", "-0.01", "redemptionPrice (Redemption Price) -0.01 is out of range: allowed is at least 0"],
    ["exchangeRatio", 0, "exchangeRatio (exchange ratio) 0 is out of range"],
    ["unitFraction", "2", "unitFraction (Unit as a fraction of a share) 2 is out of range: allowed is more than 0 and at most 1"],
    ["redemptionDaysAfterStockAcquisition", 5000, "a whole number of calendar days from 0 to 3,650"],
    ["currentMarketPriceTradingDays", 0, "currentMarketPriceTradingDays (Trading Days of the Current Market Price) 0 is out of range"],
    ["company", " ", "company (Company)   is out of range: allowed is a non-empty text"],
    ["extraBankClosings", ["2004-01-02", "2004-01-02"], "none listed twice"],
  ])("refuses %s = %j, naming the term, the value and the allowed range", (name, value, message) => {
    const issues = issuesOf(edited((p) => (p.terms[name]!.value = value)));
    expect(issues).toEqual([{ code: "out_of_range", path: ["terms", name, "value"], message: expect.stringContaining(message) }]);
  });

  it("refuses a Final Expiration Date before the Record Date, and an amendment that puts the exchange bar under the threshold", () => {
    expect(issuesOf(edited((p) => (p.terms.finalExpiration!.value = { date: "2001-06-01", time: "17:00" })))).toEqual([
      { code: "out_of_range", path: ["terms", "finalExpiration", "value"], message: "finalExpiration (Final Expiration Date) date=2001-06-01, time=17:00 is out of range: allowed is after the Record Date (recordDate is 2001-06-14)" },
    ]);
    const issues = issuesOf(edited((p) => (p.amendments[0]!.changes.exchangeBarPercent = { value: "10", source: "test" })));
    expect(issues.map((i) => i.path.join("."))).toEqual(["amendments.0.changes.exchangeBarPercent.value"]);
    expect(issues[0]!.message).toContain("above the Acquiring Person threshold (acquiringPersonThresholdPercent is 15)");
  });

  it("accepts the values at the edges of each range", () => {
    expect(() => parsePlan(edited((p) => {
      p.terms.redemptionPrice!.value = "0";
      p.terms.flipInMultiple!.value = "1";
      p.terms.unitFraction!.value = "1";
      p.terms.acquiringPersonThresholdPercent!.value = "4.99";
    }), "edges.yaml")).not.toThrow();
  });
});

describe("standard forms", () => {
  it("lets a plan file omit every term that has one, and says so in the term's source", () => {
    const omitted = TERM_NAMES.filter((name) => declarationOf(name).standard);
    const plan = parsePlan(edited((p) => {
      for (const name of omitted) delete p.terms[name];
      p.amendments = [];
    }), "short.yaml");
    expect(plan.terms.redemptionPrice).toEqual({ value: "0.01", source: "not in the plan file: standard-form default (R-23)" });
    expect(plan.terms.finalExpiration.value).toEqual({ date: "2011-06-01", time: "17:00" });
    expect(plan.terms.grandfatherDate.value).toBe("2001-06-01");
    expect(plan.terms.section13dExceptions.value).toEqual([]);
    expect(Object.keys(plan.terms)).toEqual(TERM_NAMES);
  });

  it("derives a standard form from the terms the file gives (the 13(d) exception of a plan with a Qualified Offer)", () => {
    const plan = parsePlan(edited((p) => delete p.terms.section13dExceptions), "qo.yaml");
    expect(plan.terms.section13dExceptions).toEqual({ value: ["qualified-offer"], source: "not in the plan file: standard-form default for a plan with a Qualified Offer (R-13d)" });
  });

  it("still requires the terms with no standard form", () => {
    const paths = issuesOf(edited((p) => delete p.terms.purchasePrice)).map((i) => i.path.join("."));
    expect(paths).toEqual(["terms.purchasePrice"]);
  });
});
