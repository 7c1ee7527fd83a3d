import { describe, it, expect } from "vitest";
import { priceSeries, tradingDaysBefore } from "./tradingDays.js";

// NYSE: open on Columbus Day 2003-10-13, closed on Saturday/Sunday 10-11/12
const series = priceSeries([
  { date: "2003-10-14", close: "10.50" },
  { date: "2003-10-08", close: "10.00" },
  { date: "2003-10-13", close: "10.25" },
  { date: "2003-10-09", close: "10" },
  { date: "2003-10-10", close: "10.125" },
]);

describe("priceSeries (R-T4)", () => {
  it("sorts the rows by date, keeping each close with its date", () => {
    expect(series.dates).toEqual(["2003-10-08", "2003-10-09", "2003-10-10", "2003-10-13", "2003-10-14"]);
    expect(series.closes).toEqual(["10.00", "10", "10.125", "10.25", "10.50"]);
  });
  it("throws on a duplicate date", () => {
    expect(() => priceSeries([{ date: "2003-10-08", close: "1" }, { date: "2003-10-09", close: "1" }, { date: "2003-10-08", close: "2" }]))
      .toThrow(/2003-10-08/);
  });
  it("throws on a non-date or a non-decimal close", () => {
    expect(() => priceSeries([{ date: "2003-10-32", close: "1" }])).toThrow(RangeError);
    expect(() => priceSeries([{ date: "2003-10-08", close: "1e3" }])).toThrow(RangeError);
  });
  it("accepts no rows", () => {
    expect(priceSeries([])).toEqual({ dates: [], closes: [] });
  });
});

describe("tradingDaysBefore (R-T4)", () => {
  it("takes the trading days immediately before the date, oldest first, excluding the date", () => {
    expect(tradingDaysBefore(series, "2003-10-14", 3)).toEqual(["2003-10-09", "2003-10-10", "2003-10-13"]);
    expect(tradingDaysBefore(series, "2003-10-13", 2)).toEqual(["2003-10-09", "2003-10-10"]);
  });
  it("works from a date without a price (a weekend) and after the series ends", () => {
    expect(tradingDaysBefore(series, "2003-10-12", 2)).toEqual(["2003-10-09", "2003-10-10"]);
    expect(tradingDaysBefore(series, "2004-01-01", 2)).toEqual(["2003-10-13", "2003-10-14"]);
  });
  it("is undefined when fewer than count trading days precede the date", () => {
    expect(tradingDaysBefore(series, "2003-10-10", 3)).toBeUndefined();
    expect(tradingDaysBefore(series, "2003-10-10", 2)).toEqual(["2003-10-08", "2003-10-09"]);
    expect(tradingDaysBefore(series, "2003-10-08", 1)).toBeUndefined();
    expect(tradingDaysBefore(series, "2003-10-08", 0)).toEqual([]);
  });
  it("agrees with a linear scan", () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ date: `2004-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + Math.floor(i / 12)).padStart(2, "0")}`, close: "1" }));
    const big = priceSeries(rows);
    for (const date of ["2003-12-31", "2004-01-01", "2004-03-05", "2004-06-17", "2004-12-31", "2005-01-01"]) {
      for (const count of [0, 1, 5, 50, 200]) {
        const before = big.dates.filter((d) => d < date);
        expect(tradingDaysBefore(big, date, count), `${date} ${count}`).toEqual(before.length < count ? undefined : before.slice(before.length - count));
      }
    }
  });
  it("rejects a negative or fractional count", () => {
    expect(() => tradingDaysBefore(series, "2003-10-14", -1)).toThrow(RangeError);
    expect(() => tradingDaysBefore(series, "2003-10-14", 1.5)).toThrow(RangeError);
  });
});
