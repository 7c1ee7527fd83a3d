/**
 * Dilution of a Triggering Event (src/analysis/dilution.ts) against hand computations: the seed's
 * worked example, the exchange of shared example 08, a flip-in at $1.00 with full and half
 * exercise, an authorised-share shortfall, cash in lieu of fractions, a flip-over and the Selectica
 * reconstruction. The arithmetic is written out in each test.
 */
import { describe, expect, it } from "vitest";
import { dec } from "../src/numbers/decimal.js";
import { dilutionOf, dilutionOfState, type DilutionScenario } from "../src/analysis/dilution.js";
import { metricOf, pointView } from "../src/analysis/sweep.js";
import { formatDilution } from "../src/analysis/format.js";
import { baseRun } from "../src/analysis/base.js";
import { runScenario } from "../src/engine/evaluate.js";
import { answerOf } from "../src/engine/answer.js";
import { expectDecimal, flatCloses, fromData, loaded, pct, project, shared } from "./analysis-support.js";

const S = 27_037_814;
const kind = (scenarios: DilutionScenario[], k: DilutionScenario["kind"]) => {
  const found = scenarios.find((s) => s.kind === k);
  expect(found, `no ${k} scenario`).toBeDefined();
  return found!;
};
const party = (s: DilutionScenario, person: string) => s.parties.find((p) => p.person === person)!;

/** Every analysis moves value between the parties and creates none: the net changes sum to zero. */
function expectConservation(s: DilutionScenario): void {
  const sum = s.parties.reduce((acc, p) => acc.plus(p.netChange ?? "0"), dec(0));
  expect(sum.abs().lt("1e-20"), `net changes sum to ${sum.toString()}`).toBe(true);
}

describe("dilution: the seed's worked example (shared example 07)", () => {
  const { parsed, options } = loaded(shared("07-seed-worked-example.yaml"));
  const a = dilutionOf(parsed, options);

  it("a $15 Right buys 30 shares at $1.00 (R-11a-ii): $15 x 2 / $1.00 = 30", () => {
    const flipIn = kind(a.scenarios, "flip-in");
    expect(flipIn.perRight).toEqual({ pay: "15", receive: "30 common" });
    expect(a.marketPrice).toEqual({ price: "1", basis: "close of 2004-03-01" });
  });

  it("full exercise: 22,037,814 valid Rights x 30 = 661,134,420 new shares for $330,567,210", () => {
    const flipIn = kind(a.scenarios, "flip-in");
    // valid Rights: 27,037,814 - 5,000,000 void (R-7e) = 22,037,814
    expect(flipIn.rightsUsed).toBe(22_037_814);
    expect(flipIn.newShares).toBe(22_037_814 * 30); // 661,134,420
    expect(flipIn.sharesAfter).toBe(S + 661_134_420); // 688,172,234
    expect(flipIn.cashPaidToCompany).toBe(String(22_037_814 * 15)); // 330,567,210
    expect(flipIn.cashInLieu.total).toBe("0"); // 30 is whole: no fractions
    const bidder = party(flipIn, "bidder");
    expect(bidder).toMatchObject({ rightsVoid: true, rightsUsed: 0, sharesBefore: 5_000_000, sharesAfter: 5_000_000 });
    expectDecimal(bidder.percentBefore, pct(5_000_000, S)); // 18.4926...%
    expectDecimal(bidder.percentAfter, pct(5_000_000, 688_172_234)); // 0.7265...%
  });

  it("values: a share worth $1.00 before is worth (27,037,814 x $1 + $330,567,210) / 688,172,234 after; the bidder loses 48.04% (330,567,210 / 688,172,234)", () => {
    const flipIn = kind(a.scenarios, "flip-in");
    const vps = dec(S + 330_567_210).dividedBy(688_172_234); // 357,605,024 / 688,172,234 = 0.51964...
    expectDecimal(flipIn.valuePerShareAfter, vps);
    // the bidder's 5,000,000 shares: $5,000,000 -> 5,000,000 x vps; loss = 5,000,000 x (1 - vps)
    expectDecimal(flipIn.acquirerLossDollars, dec(5_000_000).times(dec(1).minus(vps)), 6);
    // in percent: (1 - vps) x 100 = 330,567,210 / 688,172,234 x 100 = 48.0355...%
    expectDecimal(flipIn.acquirerLossPercent, pct(330_567_210, 688_172_234));
    expect(Number(flipIn.acquirerLossPercent)).toBeCloseTo(48.0355, 4);
    // each other holder pays $15 a Right and gets 30 shares: net 30 x vps - 15 - 1 = +$0.589 a share
    const others = party(flipIn, "all other holders");
    expectDecimal(others.netChange, dec(22_037_814).times(dec(31).times(vps).minus(16)), 6);
    expectConservation(flipIn);
  });

  it("notes that the Rights are not exercisable before a Distribution Date (R-7a), and authorised shares are assumed to suffice (R-11a-iii)", () => {
    const flipIn = kind(a.scenarios, "flip-in");
    expect(flipIn.notes.join(" ")).toMatch(/not exercisable \(R-7a\)/);
    expect(flipIn.authorizedSuffices).toBeNull();
    expect(flipIn.explain.find((e) => e.quantity === "Adjustment Shares per Right")).toMatchObject({ rule: "R-11a-ii", formula: "$15 x 2 / $1", value: "30" });
  });

  it("at an exercise rate of 0.5: floor(22,037,814 x 0.5) = 11,018,907 Rights, 330,567,210 new shares", () => {
    const half = kind(dilutionOf(parsed, { ...options, exerciseRate: "0.5" }).scenarios, "flip-in");
    expect(half.rightsUsed).toBe(11_018_907);
    expect(half.newShares).toBe(11_018_907 * 30);
    expect(half.cashPaidToCompany).toBe(String(11_018_907 * 15));
    // the exercising half gains, the rest of the public loses with the bidder: still zero in all
    expectConservation(half);
  });

  it("a stated price replaces the close: --price 2 makes the value before 5,000,000 x $2", () => {
    const flipIn = kind(dilutionOf(parsed, { ...options, price: "2" }).scenarios, "flip-in");
    expect(party(flipIn, "bidder").valueBefore).toBe("10000000");
    // after: (27,037,814 x 2 + 330,567,210) / 688,172,234 a share
    expectDecimal(flipIn.valuePerShareAfter, dec(S * 2 + 330_567_210).dividedBy(688_172_234));
  });
});

describe("dilution: exchange 1:1 (shared example 08)", () => {
  const { parsed, options } = loaded(shared("08-exchange-after-flip-in.yaml"));
  const a = dilutionOf(parsed, options);

  it("analyses the state just before the scenario's own exchange (event 2)", () => {
    expect(a.base).toMatch(/just before event 2 \(exchange/);
    expect(a.sharesOutstanding).toBe(S);
  });

  it("a 4,100,000-share Acquiring Person of 27,037,814 shares exchanged 1:1 drops from 15.164% to 8.204%", () => {
    const ex = kind(a.scenarios, "exchange");
    // 27,037,814 - 4,100,000 void = 22,937,814 valid Rights, 1 share each (R-24, R-7e)
    expect(ex.newShares).toBe(22_937_814);
    expect(ex.sharesAfter).toBe(49_975_628);
    expect(ex.acquirer).toMatchObject({ person: "bidder", sharesBefore: 4_100_000, sharesAfter: 4_100_000 });
    expectDecimal(ex.acquirer!.percentBefore, pct(4_100_000, S)); // 15.163947795484
    expectDecimal(ex.acquirer!.percentAfter, pct(4_100_000, 49_975_628)); // 8.203998957252
    expect(dec(ex.acquirer!.percentBefore!).toFixed(3)).toBe("15.164");
    expect(dec(ex.acquirer!.percentAfter!).toFixed(3)).toBe("8.204");
    // the same number the engine reaches by running the exchange (shared/examples/08 expects 49,975,628)
    expect(ex.check).toEqual({ engineSharesOutstanding: 49_975_628, matches: true });
  });

  it("values at the close of 2004-03-04 ($1.78): no cash comes in, so value per share = 27,037,814 x 1.78 / 49,975,628", () => {
    const ex = kind(a.scenarios, "exchange");
    expect(a.marketPrice).toEqual({ price: "1.78", basis: "close of 2004-03-04" });
    const vps = dec(S).times("1.78").dividedBy(49_975_628);
    expectDecimal(ex.valuePerShareAfter, vps);
    // bidder's loss: 1 - 27,037,814 / 49,975,628 = 22,937,814 / 49,975,628 = 45.898%
    expectDecimal(ex.acquirerLossPercent, pct(22_937_814, 49_975_628));
    expectConservation(ex);
  });

  it("gives the closed form v / (v + 2(1 - v)) and the halving shorthand v / 2 for comparison", () => {
    const ex = kind(a.scenarios, "exchange");
    const v = dec(4_100_000).dividedBy(S);
    const closed = ex.explain.find((e) => e.quantity.endsWith("closed form"))!;
    expectDecimal(String(closed.value), v.dividedBy(v.plus(dec(2).times(dec(1).minus(v)))).times(100));
    const shorthand = ex.explain.find((e) => e.quantity.endsWith("shorthand"))!;
    expectDecimal(String(shorthand.value), v.dividedBy(2).times(100));
  });

  it("the flip-in that the Board could have let run instead: 17.2479... shares a Right", () => {
    const fi = kind(a.scenarios, "flip-in");
    // CMP 52.18 / 30 = 1.739333...; 15 x 2 / (52.18 / 30) = 900 / 52.18 = 45000 / 2609 shares a Right
    expectDecimal(fi.perRight.receive.split(" ")[0], dec(45000).dividedBy(2609));
    // each holder's shares are floored: public 22,937,814 x 45000 / 2609 = 395,631,134.53...
    const exact = (22_937_814n * 45_000n) / 2609n;
    expect(fi.newShares).toBe(Number(exact));
    expect(a.notApplicable).toEqual([{ kind: "flip-over", rule: "R-13", reason: "no Section 13 Event has occurred" }]);
  });
});

describe("dilution: a flip-in at $1.00 with full exercise, and R-14 fractions", () => {
  // 1,000,000 shares; bidder buys 150,000 (15%); holder 1,001; closes flat at $2.40, so CMP 2.4 and
  // 15 x 2 / 2.4 = 12.5 Adjustment Shares a Right
  const { parsed, options } = fromData({
    plan: "net-perceptions",
    asOf: "2004-03-20T17:00:00-05:00",
    company: { sharesOutstanding: 1_000_000 },
    persons: [{ id: "bidder" }, { id: "holder" }],
    holdings: [{ person: "holder", shares: 1001 }],
    prices: flatCloses("2004-01-05", 55, "2.40"),
    events: [
      { at: "2004-03-01", type: "acquire", person: "bidder", shares: 150_000 },
      { at: "2004-03-02", type: "announce", by: "company", subject: "bidder" },
    ],
  });
  const fi = kind(dilutionOf(parsed, options).scenarios, "flip-in");

  it("holder: 1,001 x 12.5 = 12,512.5 shares; public: 848,999 x 12.5 = 10,612,487.5", () => {
    expect(party(fi, "holder")).toMatchObject({ rightsUsed: 1001, sharesReceived: 12_512, fractionalShares: "0.5" });
    expect(party(fi, "all other holders")).toMatchObject({ rightsUsed: 848_999, sharesReceived: 10_612_487, fractionalShares: "0.5" });
    expect(fi.newShares).toBe(12_512 + 10_612_487); // 10,624,999
    expect(fi.cashPaidToCompany).toBe(String((1001 + 848_999) * 15)); // 850,000 Rights x $15
  });

  it("cash in lieu (R-14) in total: (0.5 + 0.5) x the Current Market Price $2.40 = $2.40", () => {
    expect(fi.cashInLieu).toMatchObject({ fractionalShares: "1", price: "2.4", total: "2.4" });
    expect(party(fi, "holder").cashInLieu).toBe("1.2");
    // value per share after: (1,000,000 x 2.40 + 12,750,000 - 2.40) / 11,624,999
    expectDecimal(fi.valuePerShareAfter, dec(2_400_000 + 12_750_000).minus("2.4").dividedBy(1_000_000 + 10_624_999));
    expectConservation(fi);
  });

  it("at $1.00: 30 shares a Right and the same arithmetic", () => {
    const { parsed: p1, options: o1 } = fromData({ ...(parsed.scenario as unknown as Record<string, unknown>), prices: flatCloses("2004-01-05", 55, "1.00") });
    const at1 = kind(dilutionOf(p1, o1).scenarios, "flip-in");
    expect(at1.perRight.receive).toBe("30 common");
    expect(at1.newShares).toBe(850_000 * 30); // 25,500,000
    expect(at1.cashInLieu.total).toBe("0");
    // bidder: 150,000 of 1,000,000 = 15% -> 150,000 of 26,500,000 = 0.566%
    expectDecimal(at1.acquirer!.percentAfter, pct(150_000, 26_500_000));
    // value: (1,000,000 x $1 + $12,750,000) / 26,500,000 = $0.518867...; bidder loses 1 - 0.5188 = 48.11%
    expectDecimal(at1.acquirerLossPercent, dec(1).minus(dec(13_750_000).dividedBy(26_500_000)).times(100));
  });
});

describe("dilution: an authorised-share shortfall (R-11a-iii)", () => {
  // 30,000,000 authorised, 27,037,814 outstanding: 2,962,186 available. Flat $2.00: 15 shares a Right.
  const { parsed, options } = fromData({
    plan: "net-perceptions",
    company: { sharesOutstanding: S, authorizedCommon: 30_000_000 },
    persons: [{ id: "bidder" }],
    prices: flatCloses("2004-01-05", 40, "2.00"),
    events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 4_100_000 }],
  });
  const fi = kind(dilutionOf(parsed, options).scenarios, "flip-in");

  it("needs 22,937,814 x 15 = 344,067,210 shares: short by 344,067,210 - 2,962,186 = 341,105,024", () => {
    expect(fi.newShares).toBe(344_067_210);
    expect(fi.authorizedAvailable).toBe(30_000_000 - S);
    expect(fi.authorizedSuffices).toBe(false);
    expect(fi.authorizedShortfall).toBe(341_105_024);
    expect(fi.newCommonShares).toBe(2_962_186);
    expect(fi.commonEquivalents).toBe(341_105_024);
  });

  it("the Spread per Right is 15 x $2 - $15 = $15; owed on every Right exercised: 22,937,814 x $15", () => {
    expect(fi.spreadPerRight).toBe("15");
    expect(fi.substituteValueOwed).toBe(String(22_937_814 * 15));
    // the engine agrees on the shortfall and the Spread
    const run = runScenario(parsed, options);
    expect(answerOf(run.state, run.asOf, run.errors).flipIn).toMatchObject({ authorizedShortfall: 341_105_024, spreadPerRight: "15" });
    expect(fi.notes.join(" ")).toMatch(/falls 341,105,024 shares short \(R-11a-iii\)/);
  });
});

describe("dilution: cash in lieu on an exchange at 1.5 (R-24, R-14)", () => {
  // bidder 4,100,001 (void); holder 1,001 x 1.5 = 1,501.5: 1,501 shares and 0.5 x $2.40 = $1.20;
  // public 27,037,814 - 4,100,001 - 1,001 = 22,936,812 x 1.5 = 34,405,218
  const { parsed, options } = fromData({
    plan: "net-perceptions",
    company: { sharesOutstanding: S },
    persons: [{ id: "bidder" }, { id: "holder" }],
    holdings: [{ person: "holder", shares: 1001 }],
    prices: flatCloses("2004-01-05", 50, "2.40"),
    events: [
      { at: "2004-03-01", type: "acquire", person: "bidder", shares: 4_100_001 },
      { at: "2004-03-02", type: "announce", by: "company", subject: "bidder" },
      // the exchange is at the plan's ratio; the Board raises it first, before the Distribution Date.
      { at: "2004-03-05", type: "amend", id: "ratio-1-5", changes: { exchangeRatio: "1.5" } },
      { at: "2004-03-15", type: "exchange", ratio: "1.5" },
    ],
  });
  const ex = kind(dilutionOf(parsed, options).scenarios, "exchange");

  it("uses the Board's ratio of the scenario's exchange and totals the cash in lieu: $1.20", () => {
    expect(ex.perRight.receive).toBe("1.5 common");
    expect(party(ex, "holder")).toMatchObject({ sharesReceived: 1501, fractionalShares: "0.5", cashInLieu: "1.2" });
    expect(party(ex, "all other holders").sharesReceived).toBe(34_405_218);
    expect(ex.newShares).toBe(34_405_218 + 1501); // 34,406,719
    expect(ex.cashInLieu.total).toBe("1.2");
    expect(ex.check).toEqual({ engineSharesOutstanding: S + 34_406_719, matches: true });
    expectConservation(ex);
  });
});

describe("dilution: a flip-over (project example 04)", () => {
  const { parsed, options } = loaded(project("examples/04-flip-over-merger.yaml"));

  it("2.5 Principal Party shares a Right for $15: 22,037,814 valid Rights -> 55,094,535 shares, $330,567,210 to the Principal Party", () => {
    const a = dilutionOf(parsed, { ...options, principalPartyShares: 100_000_000 });
    expect(a.base).toMatch(/before event 3 \(exercise/);
    // the Company did not survive the merger: no exchange is left to analyse (R-13(i))
    expect(a.notApplicable.map((n) => [n.kind, n.rule])).toEqual([["flip-in", "R-13"], ["exchange", "R-13"]]);
    const fo = kind(a.scenarios, "flip-over");
    // Rights: holder-1 1,000; public 27,037,814 - 5,000,000 - 1,000 = 22,036,814; acquirer's void
    expect(fo.rightsUsed).toBe(22_037_814);
    expect(fo.newShares).toBe(2_500 + 55_092_035);
    expect(fo.cashPaidTo).toBe("principal-party");
    expect(fo.cashPaidOnExercise).toBe(String(22_037_814 * 15));
    // the Principal Party's 100,000,000 holders: 100% -> 100,000,000 / 155,094,535
    expectDecimal(fo.acquirer!.percentAfter, pct(100_000_000, 155_094_535));
    // their value: $12 a share before; after (1,200,000,000 + 330,567,210) / 155,094,535
    const vps = dec(1_200_000_000 + 330_567_210).dividedBy(155_094_535);
    expectDecimal(fo.valuePerShareAfter, vps);
    expectDecimal(fo.acquirerLossPercent, dec(1).minus(vps.dividedBy(12)).times(100));
    expectConservation(fo);
  });

  it("the text cites R-13 for a flip-over's Spread, not the flip-in's R-11a-iii: 2.5 x $12 - $15 = $15", () => {
    const text = formatDilution(dilutionOf(parsed, { ...options, principalPartyShares: 100_000_000 }), "04");
    expect(text).toContain("  Spread per Right (R-13): $15.00");
    expect(text).not.toContain("Spread per Right (R-11a-iii)");
  });

  it("without the Principal Party's share count, it says what it cannot measure", () => {
    const a = dilutionOf(parsed, options);
    const fo = kind(a.scenarios, "flip-over");
    expect(fo.acquirer).toBeNull();
    expect(fo.newShares).toBe(55_094_535);
    expect(a.openQuestions.join(" ")).toMatch(/--principal-party-shares/);
  });
});

describe("dilution: the Selectica reconstruction (plans/selectica-2009.yaml)", () => {
  const { parsed, options } = loaded(project("examples/08-selectica-2009-exchange.yaml"));
  const a = dilutionOf(parsed, options);
  const ex = kind(a.scenarios, "exchange");
  // 28,407,299 shares; Versata (with Trilogy) 1,903,290 = 6.7%; 1:1 exchange of the other 26,504,009 Rights
  const v = dec(1_903_290).dividedBy(28_407_299);

  it("the plan in force is the NOL amendment's: 4.99%, and Versata's crossing from 5.1% to 6.7% is a Triggering Event", () => {
    expect(a.planVersion).toBe("selectica-2009@2008-11-17");
    expect(a.thresholdPercent).toBe("4.99");
    expect(ex.acquirer!.members.sort()).toEqual(["trilogy", "versata"]);
    expect(party(ex, "versata").rightsVoid).toBe(true);
  });

  it("reproduces the drop from about 6.7% to about 3.4%: 1,903,290 / 54,911,308 = 3.466%", () => {
    expect(ex.newShares).toBe(28_407_299 - 1_903_290); // 26,504,009
    expect(ex.sharesAfter).toBe(54_911_308);
    expectDecimal(ex.acquirer!.percentBefore, pct(1_903_290, 28_407_299));
    expectDecimal(ex.acquirer!.percentAfter, pct(1_903_290, 54_911_308));
    expect(dec(ex.acquirer!.percentBefore!).toFixed(1)).toBe("6.7");
    expect(dec(ex.acquirer!.percentAfter!).toFixed(2)).toBe("3.47");
    // v / (v + 2(1 - v)) for v = 6.7%: 0.067 / 1.933 = 3.4661%
    expectDecimal(ex.acquirer!.percentAfter, v.dividedBy(v.plus(dec(2).times(dec(1).minus(v)))).times(100));
    expect(ex.check).toEqual({ engineSharesOutstanding: 54_911_308, matches: true });
  });

  it("explains the gap to the courts' 3.3%: halving 6.7% gives 3.35%, 0.116 points below the exact 3.466%", () => {
    const shorthand = ex.explain.find((e) => e.quantity.endsWith("shorthand"))!;
    expectDecimal(String(shorthand.value), v.times(50)); // v / 2 in percent
    expect(dec(String(shorthand.value)).toFixed(2)).toBe("3.35");
    expect(shorthand.formula).toMatch(/0\.1161% below the exact figure/);
  });

  it("the engine's own evaluation ends with the Rights exchanged and Versata at 3.466%, no longer an Acquiring Person", () => {
    const run = runScenario(parsed, options);
    const answer = answerOf(run.state, run.asOf, run.errors);
    expect(answer.errors).toEqual([]);
    expect(answer.status).toBe("exchanged");
    expect(answer.acquiringPersons).toEqual([]);
    expectDecimal(answer.beneficialOwnership.find((o) => o.person === "versata")!.percent, pct(1_903_290, 54_911_308));
  });

  it("a grandfathered holder's purchase is a crossing whatever its size (R-1a-grandfather): the 0.5% allowance is not expressible", () => {
    const small = { ...(parsed.scenario as unknown as Record<string, unknown>), events: [{ at: "2008-12-19", type: "acquire", person: "versata", shares: 1 }] };
    const { parsed: p, options: o } = fromData(small);
    const run = runScenario(p, { ...o, plan: options.plan });
    // 1,448,774 shares = 5.1% + 1 share, within Selectica's 5.6% cap, yet an Acquiring Person here
    expect([...run.state.acquiring.keys()].length).toBeGreaterThan(0);
  });
});

describe("dilution: the sweeps' exchange percentage is the exchange analysis's", () => {
  it.each([shared("01-open-market-crossing.yaml"), shared("08-exchange-after-flip-in.yaml"), project("examples/08-selectica-2009-exchange.yaml"), project("examples/05-split-then-exchange.yaml")])("%s", (path) => {
    const { parsed, options } = loaded(path);
    const runs = baseRun(parsed, options);
    const full = dilutionOfState(runs.base.state, runs.base.asOf).scenarios.find((s) => s.kind === "exchange");
    expect(metricOf("acquirerPercentAfterExchange").get(pointView(runs.base, {}))).toBe(full?.acquirer?.percentAfter ?? null);
  });
});

describe("dilution: when nothing applies", () => {
  it("before any crossing: no flip-in, no exchange, no flip-over, each with its rule", () => {
    const { parsed, options } = fromData({ plan: "net-perceptions", company: { sharesOutstanding: 1000 }, persons: [{ id: "a" }], events: [{ at: "2004-01-05", type: "acquire", person: "a", shares: 10 }] });
    const a = dilutionOf(parsed, options);
    expect(a.scenarios).toEqual([]);
    expect(a.notApplicable).toEqual([
      { kind: "flip-in", rule: "R-11a-ii", reason: "no Section 11(a)(ii) Event has occurred" },
      { kind: "exchange", rule: "R-24", reason: "no Person has become an Acquiring Person" },
      { kind: "flip-over", rule: "R-13", reason: "no Section 13 Event has occurred" },
    ]);
    expect(a.marketPrice).toBeNull();
    expect(a.openQuestions.join(" ")).toMatch(/give --price/);
  });

  it("after a redemption (shared example 06): the analysis is of the state before it", () => {
    const { parsed, options } = loaded(shared("06-redeem-in-window.yaml"));
    const a = dilutionOf(parsed, options);
    expect(a.base).toMatch(/before event 2 \(redeem/);
    expect(a.scenarios.map((s) => s.kind)).toEqual(["flip-in", "exchange"]);
  });
});

describe("dilution: the explanations of a flip-in after a later split add up (R-11p, R-X6, R-11a-iii)", () => {
  it("shows the split's factor in the Adjustment Shares and values the Spread at the event's price: 15 x 2 / 2 x 2 = 30; $30 - $15 = $15", () => {
    // test case exercise/split-after-distribution-keeps-the-spread: flat $2 closes, the bidder crosses on 2004-03-01
    // (15 Adjustment Shares a Right, worth $30), a 2-for-1 split on 2004-03-15 doubles them to 30 of today's shares,
    // each worth half as much: the Spread stays $30 - $15 = $15 (not 30 x $2 - $15 = $45)
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      company: { sharesOutstanding: 1000000, authorizedCommon: 2500000 },
      persons: [{ id: "bidder" }, { id: "alice" }],
      holdings: [{ person: "alice", shares: 1000 }],
      prices: flatCloses("2004-01-02", 55, "2.00"),
      events: [
        { at: "2004-03-01", type: "acquire", person: "bidder", shares: 200000 },
        { at: "2004-03-02", type: "announce", by: "company", subject: "bidder" },
        { at: "2004-03-15", type: "split", ratio: "2" },
        { at: "2004-03-16", type: "exercise", holder: "alice", rights: 10 },
      ],
    });
    const flipIn = kind(dilutionOf(parsed, options).scenarios, "flip-in");
    const explained = (q: string) => flipIn.explain.find((e) => e.quantity === q)!;
    expect(explained("Adjustment Shares per Right")).toMatchObject({ formula: "$15 x 2 / $2 x 2 (the split of 2004-03-15 since the event, R-11p, R-X6)", value: "30" });
    expect(explained("Spread per Right")).toMatchObject({ formula: "$30 (the Adjustment Shares at the event's $2, before later splits) - $15", value: "15" });
    expect(flipIn.spreadPerRight).toBe("15");
  });
});

describe("dilution: the exchange's closed form with 2 Rights a share after a 1-for-2 reverse split (R-11p, R-24; analysis2)", () => {
  // 1,000,000 shares become 500,000 on 2004-01-05, each carrying 2 Rights; the exchange ratio becomes 1 x 1/2 = 0.5 a Right (R-11p).
  // bidder buys 80,000 (16%) on 2004-03-01: 160,000 void Rights; 840,000 valid Rights x 0.5 = 420,000 new shares; 80,000 / 920,000 = 8.695652173913%.
  // Closed form with k = 2 Rights a share: 0.16 / (0.16 + (1 + 2 x 0.5) x 0.84) = 0.16 / 1.84, the same; shorthand 0.16 / (1 + 1) = 8%.
  // Taking one Right a share gave 0.16 / (0.16 + 1.5 x 0.84) = 11.267605633803%, beside a table saying 8.6957%.
  const { parsed, options } = fromData({
    plan: "net-perceptions",
    company: { sharesOutstanding: 1_000_000 },
    persons: [{ id: "bidder" }],
    prices: flatCloses("2004-01-15", 30, "2.00"),
    events: [
      { at: "2004-01-05", type: "split", ratio: "0.5" },
      { at: "2004-03-01", type: "acquire", person: "bidder", shares: 80_000 },
    ],
  });
  const ex = kind(dilutionOf(parsed, options).scenarios, "exchange");

  it("gives the table's figure, 80,000 / 920,000", () => {
    expect(ex.newShares).toBe(420_000);
    expectDecimal(ex.acquirer!.percentAfter, pct(80_000, 920_000));
    const closed = ex.explain.find((e) => e.quantity.endsWith("closed form"))!;
    expectDecimal(String(closed.value), pct(80_000, 920_000));
    expect(closed.formula).toContain("k = 2 (every other share carrying k valid Rights, R-11p)");
    const shorthand = ex.explain.find((e) => e.quantity.endsWith("shorthand"))!;
    expectDecimal(String(shorthand.value), "8");
  });
});

describe("dilution: the acquirer's loss is given to the answer's 12 places (scenario-format.md; analysis2)", () => {
  // 150,000 of 1,000,000 shares at $1.00, exchanged 1:1: 850,000 new shares; value per share 1,000,000 / 1,850,000;
  // bidder's loss 1 - 1,000,000 / 1,850,000 = 850 / 1,850 = 45.945945...%, which the loss summed from 12-place values gave as 45.945945945945946
  const { parsed, options } = fromData({ plan: "net-perceptions", company: { sharesOutstanding: 1_000_000 }, persons: [{ id: "bidder" }], prices: flatCloses("2004-01-15", 30, "1.00"), events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 150_000 }] });
  const a = dilutionOf(parsed, options);

  it("reads 45.945945945946 on the exchange, and no loss has more than 12 places", () => {
    expect(kind(a.scenarios, "exchange").acquirerLossPercent).toBe("45.945945945946");
    for (const s of a.scenarios) expect(dec(s.acquirerLossPercent!).decimalPlaces()).toBeLessThanOrEqual(12);
  });
});

describe("dilution: the flip-over's workings name the Principal Party's holders in good English (analysis2)", () => {
  it("reads \"principal party's holders' loss\" and \"... ownership\", not \"holders's\"", () => {
    const { parsed, options } = loaded(project("examples/04-flip-over-merger.yaml"));
    const fo = kind(dilutionOf(parsed, { ...options, principalPartyShares: 100_000_000 }).scenarios, "flip-over");
    const quantities = fo.explain.map((e) => e.quantity);
    expect(quantities).toContain("principal party's holders' loss");
    expect(quantities).toContain("principal party's holders' ownership");
    expect(quantities.join(" ")).not.toContain("holders's");
  });
});
