import { describe, expect, it } from "vitest";
import { runScenario } from "../engine/evaluate.js";
import { parseScenario } from "../scenario/parse.js";
import { loadPlan } from "../files/plans.js";
import { dec } from "../numbers/decimal.js";
import { count, marketPrice, money } from "./price.js";
import { dollars, percent, shares } from "./format.js";

const plan = loadPlan("net-perceptions");

function stateWith(prices: { date: string; close: string }[], events: unknown[] = []) {
  const parsed = parseScenario({ plan: "net-perceptions", company: { sharesOutstanding: 1000 }, prices, events, asOf: "2004-03-31" });
  return runScenario(parsed, { plan }).state;
}

describe("marketPrice: the value model's P", () => {
  const state = stateWith([
    { date: "2004-03-01", close: "2.00" },
    { date: "2004-03-03", close: "2.50" },
  ]);

  it("is the latest close on or before the date", () => {
    expect(marketPrice(state, "2004-03-02")).toMatchObject({ basis: "close of 2004-03-01", date: "2004-03-01" });
    expect(marketPrice(state, "2004-03-03")!.price.toString()).toBe("2.5");
    expect(marketPrice(state, "2004-02-27")).toBeNull();
  });

  it("is the stated price when one is given", () => {
    expect(marketPrice(state, "2004-02-27", "1.25")).toMatchObject({ basis: "stated (--price)", date: null });
  });

  it("divides a close before a split's ex-date by its ratio (R-11p)", () => {
    const split = stateWith([{ date: "2004-03-01", close: "3.00" }], [{ at: "2004-03-10", type: "split", ratio: "2" }]);
    const p = marketPrice(split, "2004-03-15")!;
    expect(p.price.toString()).toBe("1.5");
    expect(p.basis).toBe("close of 2004-03-01 adjusted for splits (R-11p)");
    expect(marketPrice(split, "2004-03-09")!.price.toString()).toBe("3");
  });
});

describe("number formats", () => {
  it("groups thousands and keeps exact decimals in explanations", () => {
    expect(money(dec("344067210"))).toBe("$344,067,210");
    expect(money(dec("-1234.5"))).toBe("-$1,234.5");
    expect(count(27037814)).toBe("27,037,814");
    expect(count(dec("1501.5"))).toBe("1,501.5");
  });

  it("rounds to cents and places only in tables", () => {
    expect(dollars("3493609.988939566429")).toBe("$3,493,609.99");
    expect(dollars("-0.001")).toBe("$0.00");
    expect(dollars(null)).toBe("—");
    expect(percent("15.163947795484")).toBe("15.1639%");
    expect(shares(4100000)).toBe("4,100,000");
  });
});
