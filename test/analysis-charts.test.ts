/**
 * Charts (src/analysis/charts.ts): the SVG names its series, draws the threshold and marks the
 * plan's dates with their rules; the PNG is a PNG of the chart's size. The pictures themselves
 * were looked at (docs/ownership.png, docs/dilution.png).
 */
import { describe, expect, it } from "vitest";
import { dilutionChartOption, ownershipChartOption, renderChart, renderSvg, svgToPng, sweepChartOption, DEFAULT_SIZE } from "../src/analysis/charts.js";
import { dilutionOf } from "../src/analysis/dilution.js";
import { sweep } from "../src/analysis/sweep.js";
import { ownershipTimeline } from "../src/analysis/timeline.js";
import { fromData, loaded, project, shared } from "./analysis-support.js";

/** The text of every <text> element of an SVG, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("ownership over time: the scale stops at 100% (shared example 04)", () => {
  it("a bidder at 77.67% (21,000,000 of 27,037,814) is drawn on a 0-100% scale, not one that runs to 125%", () => {
    const { parsed, options } = loaded(shared("04-qualified-transaction.yaml"));
    const option = ownershipChartOption(ownershipTimeline(parsed, options)) as { yAxis: { max: number } };
    expect(option.yAxis.max).toBe(100);
    expect(texts(renderSvg(ownershipChartOption(ownershipTimeline(parsed, options))))).not.toContain("125%");
  });
});

describe("ownership over time (shared example 01)", () => {
  const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
  const timeline = ownershipTimeline(parsed, options);

  it("has a point per event instant, the start and the as-of instant, each the engine's own answer", () => {
    expect(timeline.points.map((p) => [p.iso, p.owners.bidder.shares])).toEqual([
      ["2004-02-02T09:00:00-05:00", 0],
      ["2004-02-02T09:00:00-05:00", 3_000_000],
      ["2004-03-01T09:00:00-05:00", 4_100_000],
      ["2004-03-03T09:00:00-05:00", 4_100_000],
      ["2004-03-20T17:00:00-05:00", 4_100_000],
    ]);
    expect(timeline.points.every((p) => p.thresholdPercent === "15")).toBe(true);
  });

  it("marks the flip-in, the Stock Acquisition Date, the Distribution Date and the redemption deadline with their rules", () => {
    expect(timeline.marks.map((m) => [m.kind, m.iso, m.rule])).toEqual([
      ["flip-in", "2004-03-01T09:00:00-05:00", "R-11a-ii"],
      ["stock-acquisition-date", "2004-03-03T09:00:00-05:00", "R-1ff"],
      ["distribution-date", "2004-03-15T17:00:00-05:00", "R-3a"],
      ["redemption-deadline", "2004-03-15T17:00:00-05:00", "R-23"],
    ]);
  });

  it("the SVG names the series and the axes, draws the 15% line and labels the dates", () => {
    const svg = renderSvg(ownershipChartOption(timeline));
    const t = texts(svg);
    expect(t).toContain("Beneficial ownership over time — Net Perceptions, Inc.");
    expect(t).toContain("bidder");
    expect(t).toContain("Acquiring Person threshold 15% (R-1a)");
    expect(t).toContain("Beneficial ownership (% of shares outstanding)");
    expect(t).toContain("Date (New York time)");
    expect(t).toContain("15%");
    expect(t).toContain("2004-03-03 Stock Acquisition Date (R-1ff)");
    expect(t).toContain("2004-03-15 Distribution Date (R-3a(i)) = Redemption deadline (R-23)");
    expect(t).toContain("2004-03-01 Flip-in event (R-11a-ii)");
    expect(t.some((x) => x.startsWith("bidder 15.16%"))).toBe(true);
  });

  it("leaves out marks far beyond the as-of date and says so (no Stock Acquisition Date: the window runs to the Final Expiration)", () => {
    const { parsed: p7, options: o7 } = loaded(shared("07-seed-worked-example.yaml"));
    const t7 = ownershipTimeline(p7, o7);
    expect(t7.omitted.map((m) => m.kind)).toEqual(["redemption-deadline"]);
    expect(texts(renderSvg(ownershipChartOption(t7))).join(" ")).toMatch(/not shown: Redemption deadline: Final Expiration \(R-23\) 2011-06-14/);
  });

  it("renders a PNG twice the SVG's size, on white, with the DejaVu fonts", () => {
    const png = renderChart(ownershipChartOption(timeline), "ownership.png") as Buffer;
    expect(pngSize(png)).toEqual({ width: DEFAULT_SIZE.width * 2, height: DEFAULT_SIZE.height * 2 });
    expect(() => renderChart(ownershipChartOption(timeline), "ownership.jpg")).toThrow(/\.svg or \.png/);
  });

  it("follows an amendment of the threshold (R-T6, R-27): the line steps from 15% to 20%", () => {
    const data = { ...(parsed.scenario as unknown as Record<string, unknown>), events: [...parsed.scenario.events.slice(0, 1), { at: "2004-02-10", type: "amend", id: "raise", changes: { acquiringPersonThresholdPercent: "20" } }, ...parsed.scenario.events.slice(1)] };
    const { parsed: pa, options: oa } = fromData(data);
    const t = ownershipTimeline(pa, oa);
    expect(t.points.map((p) => p.thresholdPercent)).toEqual(["15", "15", "20", "20", "20", "20"]);
    expect(t.marks).toEqual([]); // 4,100,000 is 15.16% < 20%: no Acquiring Person, nothing to mark
    expect(t.omitted.map((m) => m.kind)).toEqual(["redemption-deadline"]);
    expect(texts(renderSvg(ownershipChartOption(t)))).toContain("Acquiring Person threshold 20% (R-1a)");
  });

  it("uses the threshold in force: 4.99% after Selectica's NOL amendment", () => {
    const { parsed: ps, options: os } = loaded(project("examples/08-selectica-2009-exchange.yaml"));
    const t = ownershipTimeline(ps, os);
    expect(new Set(t.points.map((p) => p.thresholdPercent))).toEqual(new Set(["4.99"]));
    expect(t.marks.map((m) => m.kind)).toEqual(["flip-in", "exchange"]);
    const svg = renderSvg(ownershipChartOption(t));
    expect(texts(svg)).toContain("Acquiring Person threshold 4.99% (R-1a)");
    expect(texts(svg).join(" ")).toMatch(/2009-01-02 Exchange \(R-24\)/);
  });
});

describe("dilution bars (shared example 08)", () => {
  const { parsed, options } = loaded(shared("08-exchange-after-flip-in.yaml"));
  const svg = renderSvg(dilutionChartOption(dilutionOf(parsed, options)));
  const t = texts(svg);

  it("names the series and the parties, labels the bars and draws the threshold", () => {
    for (const name of ["Before", "After flip-in (R-11a-ii)", "After exchange (R-24)", "all other holders", "15% threshold (R-1a)", "% of shares outstanding", "Holder"]) expect(t).toContain(name);
    expect(t).toContain("bidder");
    expect(t).toContain("(Rights void, R-7e)");
    expect(t).toContain("15.16%");
    expect(t).toContain("8.20%");
    expect(t.join(" ")).toMatch(/exchange: bidder 15\.16% → 8\.20%, value −45\.90%/);
  });

  it("renders to PNG", () => {
    expect(pngSize(svgToPng(svg)).width).toBe(DEFAULT_SIZE.width * 2);
  });
});

describe("sweep curves", () => {
  const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));

  it("draws the metric against the input with the trigger boundary marked", () => {
    const r = sweep(parsed, "events.1.shares=1000000:1100000:5000", { ...options, metrics: ["acquirerPercentAfterExchange"] });
    const t = texts(renderSvg(sweepChartOption(r)));
    expect(t).toContain("Sweep of events.1.shares: acquirerPercentAfterExchange");
    expect(t).toContain("acquirerPercentAfterExchange (%)");
    expect(t).toContain("events.1.shares (shares)");
    expect(t).toContain("Acquiring Person from 1055673 (R-1a)");
  });

  it("draws dates against dates", () => {
    const r = sweep(parsed, "events.2.at=2004-03-01:2004-03-10:1", { ...options, metrics: ["distributionDate"] });
    const t = texts(renderSvg(sweepChartOption(r)));
    expect(t).toContain("distributionDate (New York date)");
    expect(t).toContain("events.2.at (date)");
    expect(t).toContain("2004-03-15");
  });
});

describe("ownership over time: end labels of lines that end at the same height (analysis2)", () => {
  it("puts 'q 11.00%' and 'r 11.00%' one above the other, not one over the other", () => {
    // q holds 12% then sells to 11%; r holds 5% then buys to 11%: different lines, the same end
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      company: { sharesOutstanding: 1_000_000 },
      persons: [{ id: "q" }, { id: "r" }],
      holdings: [{ person: "q", shares: 120_000 }, { person: "r", shares: 50_000 }],
      events: [
        { at: "2004-03-02", type: "dispose", person: "q", shares: 10_000 },
        { at: "2004-03-03", type: "acquire", person: "r", shares: 60_000 },
      ],
    });
    const svg = renderSvg(ownershipChartOption(ownershipTimeline(parsed, options)));
    const at = (label: string) => {
      const m = new RegExp(`<text[^>]*transform="translate\\(([\\d.]+) ([\\d.]+)\\)"[^>]*>${label}</text>`).exec(svg);
      expect(m, label).not.toBeNull();
      return { x: Number(m![1]), y: Number(m![2]) };
    };
    const q = at("q 11.00%");
    const r = at("r 11.00%");
    expect(q.x).toBe(r.x);
    expect(Math.abs(q.y - r.y)).toBeGreaterThanOrEqual(10);
  });
});

describe("ownership over time: an instant sits on its New York date (R-T1; analysis2)", () => {
  it("draws a purchase at 9 P.M. New York time on 2004-03-03 before the tick of 2004-03-04 (2 A.M. UTC)", () => {
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      company: { sharesOutstanding: 1_000_000 },
      persons: [{ id: "r" }],
      events: [{ at: "2004-03-03T21:00:00-05:00", type: "acquire", person: "r", shares: 60_000 }],
    });
    const option = ownershipChartOption(ownershipTimeline(parsed, options)) as { series: { name: string; data: [number, number][] }[] };
    const r = option.series.find((s) => s.name === "r")!;
    const bought = r.data.find(([, percent]) => percent === 6)!;
    // the x axis's ticks are UTC midnights labelled with their date: 2004-03-03 21:00 New York time is drawn at 21:00 of the tick 2004-03-03
    expect(bought[0]).toBe(Date.parse("2004-03-03T21:00:00Z"));
    expect(bought[0]).toBeLessThan(Date.parse("2004-03-04T00:00:00Z"));
    // the workbench's tooltip reads it as the axis does, whatever the browser's time zone
    const axis = (option as unknown as { xAxis: { axisPointer: { label: { formatter: (p: { value: number }) => string } } } }).xAxis;
    expect(axis.axisPointer.label.formatter({ value: bought[0] })).toBe("2004-03-03 21:00");
  });
});

describe("sweep curves: a date metric that stays on one date (analysis2)", () => {
  it("labels the date axis once a day: the Stock Acquisition Date 2004-03-03 at every point is not read '2004-03-02, 2004-03-02, ..., 2004-03-03, 2004-03-03'", () => {
    // shared example 01: bidder crosses on 2004-03-01 and files its 13D on 2004-03-03 (R-1ff); a 1-share sale moved over 2004-03-04..06 changes nothing
    const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
    const withSale = { scenario: { ...parsed.scenario, events: [...parsed.scenario.events, { at: "2004-03-04", type: "dispose", person: "bidder", shares: 1 }] } } as typeof parsed;
    const r = sweep(withSale, `events.${parsed.scenario.events.length}.at=2004-03-04:2004-03-06:1`, { ...options, metrics: ["stockAcquisitionDate"] });
    expect(r.points.map((p) => p.metrics.stockAcquisitionDate)).toEqual(["2004-03-03", "2004-03-03", "2004-03-03"]);
    const dates = texts(renderSvg(sweepChartOption(r))).filter((t) => /^\d{4}-\d\d-\d\d$/.test(t));
    // the x axis runs 2004-03-04 to 2004-03-06; the y axis around 2004-03-03 gives each of its dates once
    expect(dates.filter((d) => d === "2004-03-03")).toHaveLength(1);
    expect(dates.filter((d) => d === "2004-03-02")).toHaveLength(1);
  });
});

describe("ownership over time: no date of the Rights after they ended (R-23; analysis2)", () => {
  it("shared example 06: redeemed on 2004-03-05, so the Distribution Date and the window's close of 2004-03-12 are not marked as scheduled", () => {
    // Stock Acquisition Date 2004-03-02: both would be close of business on the 10th day, 2004-03-12 (R-3a(i), R-23); the redemption on 2004-03-05 ends the Rights first
    const { parsed, options } = loaded(shared("06-redeem-in-window.yaml"));
    const t = ownershipTimeline(parsed, options);
    expect(t.marks.map((m) => [m.kind, m.iso.slice(0, 10)])).toEqual([
      ["flip-in", "2004-03-01"],
      ["stock-acquisition-date", "2004-03-02"],
      ["redemption", "2004-03-05"],
    ]);
    expect(t.omitted).toEqual([]);
    expect(texts(renderSvg(ownershipChartOption(t))).join(" ")).not.toMatch(/scheduled/);
  });
});

describe("sweep curves: a date and an instant on one date axis (analysis2)", () => {
  it("draws the Stock Acquisition Date (a date) and the Distribution Date (an instant) together, not the first alone", () => {
    // shared example 01, the 13D moved over 2004-03-02..04: the Stock Acquisition Date is its date (R-1ff), the Distribution Date close of business 10 days later (R-3a(i))
    const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
    const r = sweep(parsed, "events.2.at=2004-03-02:2004-03-04:1", { ...options, metrics: ["stockAcquisitionDate", "distributionDate"] });
    const option = sweepChartOption(r) as { series: { name: string }[] };
    expect(option.series.map((s) => s.name)).toEqual(["stockAcquisitionDate", "distributionDate"]);
    expect(texts(renderSvg(sweepChartOption(r)))).toContain("Sweep of events.2.at: stockAcquisitionDate, distributionDate");
  });
});

describe("ownership over time: a long mark label stays on the plot (analysis2)", () => {
  it("shared example 01 as of 2004-03-10: the Distribution Date and the window's close (both 2004-03-15, scheduled) say '(scheduled)' once, on two lines", () => {
    const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
    const t = texts(renderSvg(ownershipChartOption(ownershipTimeline(parsed, { ...options, asOf: "2004-03-10T17:00:00-05:00" }))));
    expect(t).toContain("2004-03-15 Distribution Date (R-3a(i)) =");
    expect(t).toContain("Redemption deadline (R-23) (scheduled)");
    expect(t.join(" ").match(/\(scheduled\)/g)).toHaveLength(1);
  });
});
