/**
 * Sweeps (src/analysis/sweep.ts) against hand computations on shared example 01: the largest
 * purchase that does not trigger, the Distribution Date as a function of the announcement date,
 * the Acquiring Person's dilution as a function of the price, the shares outstanding, invalid
 * points, and 10,000 points.
 */
import { describe, expect, it } from "vitest";
import { dec } from "../src/numbers/decimal.js";
import { parseVary, sweep, metricOf } from "../src/analysis/sweep.js";
import { formatSweep } from "../src/analysis/format.js";
import { expectDecimal, flatCloses, fromData, loaded, pct, shared } from "./analysis-support.js";

const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
const S = 27_037_814;

describe("sweep: the largest purchase that does not trigger", () => {
  it("15% of 27,037,814 is 4,055,672.1: after 3,000,000 the bidder can buy 1,055,672 and not 1,055,673 (R-1a)", () => {
    // a coarse grid (step 1,000) finds the bracket; bisection finds the exact boundary
    const r = sweep(parsed, "events.1.shares=1000000:1100000:1000", { ...options, metrics: ["acquiringPersons", "ownership.bidder"] });
    expect(r.points).toHaveLength(101);
    expect(r.summary.triggerBoundary).toEqual({ without: 1_055_672, with: 1_055_673, exact: true, direction: "rising" });
    expect(r.summary.text[0]).toBe("Largest events.1.shares with no Acquiring Person: 1055672; the next, 1055673, makes one (R-1a).");
    const at = (x: number) => r.points.find((p) => p.x === x)!;
    expect(at(1_055_000).metrics.acquiringPersons).toBe("");
    expect(at(1_056_000).metrics.acquiringPersons).toBe("bidder");
    expectDecimal(at(1_056_000).metrics["ownership.bidder"] as string, pct(4_056_000, S));
  });

  it("a sweep of one point: 1,055,673 bought after 3,000,000 (4,055,673 of 27,037,814, the first count at or above 15%) makes an Acquiring Person, and the heading says '1 point' (analysis2)", () => {
    const r = sweep(parsed, "events.1.shares=1055673:1055673:1", { ...options, metrics: ["acquiringPersons"] });
    expect(r.points.map((p) => p.metrics.acquiringPersons)).toEqual(["bidder"]);
    expect(formatSweep(r, "s.yaml").split("\n")[0]).toMatch(/from 1055673 to 1055673 by 1: 1 point in \d+ ms$/);
  });

  it("does not mutate the parsed scenario (each point is a copy of the path it changes)", () => {
    const before = JSON.stringify(parsed);
    sweep(parsed, "events.1.shares=1:3:1", options);
    sweep(parsed, "prices.*.close*=0.5:1:0.5", options);
    expect(JSON.stringify(parsed)).toBe(before);
  });

  it("falls as the shares outstanding grow: the bidder's 4,100,000 is 15% or more while 1,500 x S <= 410,000,000 x ... i.e. S <= 27,333,333", () => {
    // 4,100,000 x 100 >= 15 x S  <=>  S <= 27,333,333.3
    const r = sweep(parsed, "company.sharesOutstanding=27300000:27400000:1000", { ...options, metrics: ["acquiringPersons"] });
    expect(r.summary.triggerBoundary).toEqual({ without: 27_333_334, with: 27_333_333, exact: true, direction: "falling" });
  });
});

describe("sweep: the Distribution Date as a function of the announcement date (R-3a(i), R-T1, R-T2)", () => {
  const r = sweep(parsed, "events.2.at=2004-02-27:2004-03-10:1", { ...options, metrics: ["stockAcquisitionDate", "distributionDate"] });
  const dd = (date: string) => r.points.find((p) => p.x === date)!.metrics.distributionDate;

  it("close of business on the 10th day after, or the next Business Day's", () => {
    expect(dd("2004-03-01")).toBe("2004-03-11T17:00:00-05:00"); // Thursday
    expect(dd("2004-03-02")).toBe("2004-03-12T17:00:00-05:00"); // Friday
    expect(dd("2004-03-03")).toBe("2004-03-15T17:00:00-05:00"); // the 13th is a Saturday
    expect(dd("2004-03-04")).toBe("2004-03-15T17:00:00-05:00"); // the 14th is a Sunday
    expect(dd("2004-03-05")).toBe("2004-03-15T17:00:00-05:00");
    expect(dd("2004-03-09")).toBe("2004-03-19T17:00:00-05:00");
    expect(dd("2004-03-10")).toBe("2004-03-22T17:00:00-05:00"); // the 20th is a Saturday
  });

  it("an announcement before the crossing on 2004-03-01 makes no Stock Acquisition Date (R-1ff)", () => {
    expect(r.points.filter((p) => p.metrics.stockAcquisitionDate === null).map((p) => p.x)).toEqual(["2004-02-27", "2004-02-28", "2004-02-29"]);
    expect(dd("2004-02-29")).toBeNull();
  });

  it("summarises the offsets in calendar days: 10 on weekdays, 11 or 12 across a weekend", () => {
    const offsets = r.summary.offsets.filter((o) => o.metric === "distributionDate").map((o) => [o.days, o.points]);
    // 03-01..03-10: d + 10 is a weekday for 03-01, 02, 05, 06(Sat->16 Tue), 07, 08, 09: 7 points at 10 days;
    // 03-03 and 03-10 (-> Saturday, +2), 03-04 (-> Sunday, +1)
    expect(offsets).toEqual([
      [10, 7],
      [11, 1],
      [12, 2],
    ]);
    expect(r.summary.text.join(" ")).toMatch(/distributionDate is none at 3 point\(s\) \(2004-02-27 to 2004-02-29\)/);
  });
});

describe("sweep: the Acquiring Person's dilution as a function of the price", () => {
  it("flat closes of P: Adjustment Shares 15 x 2 / P; the exchange leaves 8.204% whatever the price", () => {
    const r = sweep(parsed, "prices.*.close=1:3:0.5", { ...options, metrics: ["flipIn.sharesPerRight", "acquirerPercentAfterExchange", "acquirerPercentAfterFlipIn", "acquirerLossPercent"] });
    expect(r.points.map((p) => p.metrics["flipIn.sharesPerRight"])).toEqual(["30", "20", "15", "12", "10"]);
    for (const p of r.points) expectDecimal(p.metrics.acquirerPercentAfterExchange as string, pct(4_100_000, 49_975_628));
    // at $2: 15 Adjustment Shares a Right; 22,937,814 x 15 = 344,067,210 new shares: 4,100,000 / 371,105,024
    const at2 = r.points.find((p) => p.x === "2")!;
    expectDecimal(at2.metrics.acquirerPercentAfterFlipIn as string, pct(4_100_000, S + 344_067_210));
    // value at P = $2: (27,037,814 x 2 + 22,937,814 x 15) / 371,105,024 a share; loss 1 - that / 2
    const vps = dec(S * 2 + 22_937_814 * 15).dividedBy(S + 344_067_210);
    expectDecimal(at2.metrics.acquirerLossPercent as string, dec(1).minus(vps.dividedBy(2)).times(100));
    expect(r.summary.ranges.find((x) => x.metric === "flipIn.sharesPerRight")).toMatchObject({ min: "10", minAt: "3", max: "30", maxAt: "1" });
  });

  it("scales the price history (*=): the Current Market Price scales with it, 52.18 / 30 x factor", () => {
    const r = sweep(parsed, "prices.*.close*=0.5:1:0.5", { ...options, metrics: ["flipIn.currentMarketPrice"] });
    expectDecimal(r.points[0].metrics["flipIn.currentMarketPrice"] as string, dec("52.18").dividedBy(30).times("0.5"));
    expectDecimal(r.points[1].metrics["flipIn.currentMarketPrice"] as string, dec("52.18").dividedBy(30));
  });

  it("shifts a date (+=) by whole days", () => {
    const r = sweep(parsed, "events.2.at+=0:4:2", { ...options, metrics: ["stockAcquisitionDate"] });
    expect(r.points.map((p) => [p.x, p.metrics.stockAcquisitionDate])).toEqual([
      [0, "2004-03-03"],
      [2, "2004-03-05"],
      [4, "2004-03-07"],
    ]);
  });
});

describe("sweep: shifting a date-time across a change of New York's clocks", () => {
  it("keeps the New York clock time and takes New York's offset on the new date (R-T1, R-X9), so no point is an input error", () => {
    // The bidder's crossing at 10:00 EST on Tuesday 2004-03-30 shifted by 0..7 days: the clocks went
    // forward on Sunday 2004-04-04, so from that day on 10:00 New York time is 10:00-04:00. Writing
    // the old offset (-05:00) on those days names 11:00 EDT, an offset not New York's (R-X9).
    const data = JSON.parse(JSON.stringify(parsed.scenario)) as Record<string, any>;
    delete data.asOf;
    data.events[1].at = "2004-03-30T10:00:00-05:00";
    data.events[2].at = "2004-04-08";
    const { parsed: p, options: o } = fromData(data);
    const r = sweep(p, "events.1.at+=0:7:1", { ...o, metrics: ["acquiringPersons", "stockAcquisitionDate"] });
    expect(r.points.map((x) => x.error)).toEqual(Array(8).fill(undefined));
    expect(r.points.every((x) => x.metrics.acquiringPersons === "bidder" && x.metrics.stockAcquisitionDate === "2004-04-08")).toBe(true);
    expect(r.summary.transitions).toEqual([]);
  });
});

describe("sweep: input checks", () => {
  it("reports an invalid point as an error naming the field and goes on", () => {
    const r = sweep(parsed, "events.1.shares=-10:10:10", { ...options, metrics: ["acquiringPersons"] });
    expect(r.points.map((p) => p.error === undefined)).toEqual([false, false, true]);
    expect(r.points[0].error).toMatch(/^event 1: shares/);
    expect(r.summary.errors).toBe(2);
  });

  it("refuses a scaled share count that is not whole (R-X14: counts are never rounded) at that point, and goes on", () => {
    // 1,100,000 x 0.5 = 550,000 shares; x 0.5000001 = 550,000.11 and x 0.5000002 = 550,000.22 are no share counts
    const r = sweep(parsed, "events.1.shares*=0.5:0.5000002:0.0000001", { ...options, metrics: ["ownership.bidder"] });
    expect(r.points.map((p) => p.error)).toEqual([
      undefined,
      "events.1.shares: 1100000 x 0.5000001 is 550000.11 shares, not a whole number; share counts are never rounded (R-X14): choose factors that give whole shares",
      "events.1.shares: 1100000 x 0.5000002 is 550000.22 shares, not a whole number; share counts are never rounded (R-X14): choose factors that give whole shares",
    ]);
    expectDecimal(r.points[0].metrics["ownership.bidder"] as string, pct(3_550_000, S));
  });

  it("refuses malformed specs, unknown paths and metrics", () => {
    expect(() => parseVary("events.1.shares", parsed.scenario)).toThrow(/PATH=FROM:TO:STEP/);
    expect(() => parseVary("events.1.shares=1:10:0", parsed.scenario)).toThrow(/step 0 does not lead/);
    expect(() => parseVary("events.1.shares=1:10:0.5", parsed.scenario)).toThrow(/whole numbers/);
    expect(() => parseVary("events.9.shares=1:10:1", parsed.scenario)).toThrow(/no value at events\.9\.shares to set/);
    expect(() => parseVary("events.1.at=2004-03-01:2004-03-10:0.5", parsed.scenario)).toThrow(/whole days/);
    expect(() => metricOf("colour")).toThrow(/unknown metric "colour"/);
    expect(parseVary("company.authorizedCommon=30000000:40000000:1000000", parsed.scenario)).toMatchObject({ kind: "integer", mode: "set" });
  });
});

describe("sweep: 1,000 points over shared example 01", () => {
  it("runs each point through the engine and finds the boundary", () => {
    const calls: [number, number][] = [];
    const r = sweep(parsed, "events.1.shares=1000000:1099900:100", { ...options, metrics: ["acquiringPersons", "distributionDate", "acquirerPercentAfterExchange"], onProgress: (done, total) => calls.push([done, total]) });
    expect(r.points).toHaveLength(1_000);
    // points done of all the points, every 5th (1,000 / 200), never a point's own events
    expect(calls).toEqual(Array.from({ length: 200 }, (_, i) => [5 * (i + 1), 1_000]));
    expect(r.summary.triggerBoundary).toEqual({ without: 1_055_672, with: 1_055_673, exact: true, direction: "rising" });
  });
});

describe("sweep: a date metric's offset from the date swept, in words (analysis2)", () => {
  it("says '1 day after', 'on the day of' and '1 day before', each with '1 point'", () => {
    // bidder crosses on 2004-03-01 (160,000 of 1,000,000, 16%), the Company announces it on 2004-03-02: Stock Acquisition Date 2004-03-02 (R-1ff);
    // a sale of 1 share (still 15.9999%) moved from 2004-03-01 to 2004-03-03 changes nothing, so the date is 1 day after, the same day, 1 day before it
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      company: { sharesOutstanding: 1_000_000 },
      persons: [{ id: "bidder" }],
      prices: flatCloses("2004-01-15", 30, "2.00"),
      events: [
        { at: "2004-03-01", type: "acquire", person: "bidder", shares: 160_000 },
        { at: "2004-03-02", type: "announce", by: "company", subject: "bidder" },
        { at: "2004-03-01", type: "dispose", person: "bidder", shares: 1 },
      ],
    });
    const r = sweep(parsed, "events.2.at=2004-03-01:2004-03-03:1", { ...options, metrics: ["stockAcquisitionDate"] });
    expect(r.points.map((p) => p.metrics.stockAcquisitionDate)).toEqual(["2004-03-02", "2004-03-02", "2004-03-02"]);
    expect(r.summary.text).toContain("stockAcquisitionDate is 1 day before events.2.at (1 point, 2004-03-03); on the day of events.2.at (1 point, 2004-03-02); 1 day after events.2.at (1 point, 2004-03-01).");
  });
});
