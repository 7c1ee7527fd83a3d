/**
 * Issue 8 item 11: one rule, one implementation. The sweeps' metrics are the answer's fields (the
 * plan's derivative counting included, R-1d), and the exchange analysis gives each holder what
 * the engine's exchange gives it (R-24).
 */
import { describe, expect, it } from "vitest";
import { sweep } from "../src/analysis/sweep.js";
import { dilutionOf } from "../src/analysis/dilution.js";
import { evaluate } from "../src/engine/evaluate.js";
import { flatCloses, fromData } from "./analysis-support.js";

/** `a` holds 100 of 1,000 shares and an option on 50 more, under a plan that counts options in the denominator too. */
const withOption = {
  plan: "net-perceptions",
  company: { sharesOutstanding: 1000 },
  persons: [{ id: "a" }],
  events: [
    { at: "2004-01-05", type: "amend", id: "count-options", changes: { derivativeCounting: "numerator-and-denominator" } },
    { at: "2004-01-06", type: "acquire", person: "a", shares: 100 },
    { at: "2004-01-07", type: "option", person: "a", shares: 50 },
  ],
};

describe("sweep metrics read the answer", () => {
  it("ownership.ID is the answer's percentage, over the denominator the plan counts (R-1d)", () => {
    const answer = evaluate(withOption);
    const owned = answer.beneficialOwnership.find((o) => o.person === "a")!;
    expect(owned.shares).toBe(150);
    const { parsed, options } = fromData(withOption);
    const r = sweep(parsed, "events.1.shares=100:100:1", { ...options, metrics: ["ownership.a", "shares.a", "sharesOutstanding", "acquiringPersons"] });
    expect(r.points[0]!.metrics).toEqual({ "ownership.a": owned.percent, "shares.a": 150, sharesOutstanding: 1000, acquiringPersons: "" });
    expect(owned.percent).not.toBe("15"); // 150 / 1,050, not 150 / 1,000
  });
});

describe("the exchange analysis is the engine's exchange", () => {
  it("gives every holder the shares the engine's exchange gives it, fractions and all (R-24, R-14)", () => {
    const scenario = {
      plan: "net-perceptions",
      company: { sharesOutstanding: 1001 },
      persons: [{ id: "bidder" }, { id: "holder" }],
      holdings: [{ person: "holder", shares: 133 }],
      prices: flatCloses("2004-01-02", 40, "2.00"),
      events: [
        { at: "2004-03-01", type: "acquire", person: "bidder", shares: 160 },
        // the exchange is at the plan's ratio, here amended before any Distribution Date.
        { at: "2004-03-01T12:00:00-05:00", type: "amend", id: "ratio-0-7", changes: { exchangeRatio: "0.7" } },
        { at: "2004-03-02", type: "exchange", ratio: "0.7", portion: "0.5" },
      ],
    };
    const answer = evaluate(scenario);
    expect(answer.errors).toEqual([]);
    const analysis = dilutionOf(fromData(scenario).parsed, fromData(scenario).options);
    const exchange = analysis.scenarios.find((s) => s.kind === "exchange")!;
    expect(exchange.check).toEqual({ engineSharesOutstanding: answer.sharesOutstanding, matches: true });
    const holder = exchange.parties.find((p) => p.person === "holder")!;
    expect(holder.sharesAfter).toBe(answer.beneficialOwnership.find((o) => o.person === "holder")!.shares);
  });
});
