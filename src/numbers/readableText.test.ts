import { describe, expect, it } from "vitest";
import { countedText, decimalText, rightsFractionText, findingText, groupedCounts, groupedDollars, percentText, shortPercents } from "./readableText.js";

describe("numbers in text for people", () => {
  it("counts a thing in the singular for one, the plural otherwise, with thousands separators", () => {
    expect(countedText(1, "holder")).toBe("1 holder");
    expect(countedText(0, "payment")).toBe("0 payments");
    expect(countedText(1200, "day")).toBe("1,200 days");
  });

  it("writes a number of Rights given as a fraction in words", () => {
    expect(["2/3", "4/11", "1", "1 1/3", "2"].map(rightsFractionText)).toEqual(["2/3 of a Right", "4/11 of a Right", "1 Right", "1 1/3 Rights", "2 Rights"]);
  });

  it("writes an exact decimal with thousands separators in its whole part only", () => {
    expect(["8703", "2050000.25", "1.666", "0", "999", "1234567.0001"].map(decimalText)).toEqual(["8,703", "2,050,000.25", "1.666", "0", "999", "1,234,567.0001"]);
  });

  it("groups whole numbers of five or more digits, not dates, times, decimals or short numbers", () => {
    expect(groupedCounts("bidder acquires 1892647 shares; beneficially owns 4100000 of 27037814")).toBe("bidder acquires 1,892,647 shares; beneficially owns 4,100,000 of 27,037,814");
    expect(groupedCounts("on 2004-03-01 at 09:00, $1.739333333333 x 2004 = 17.247987734764")).toBe("on 2004-03-01 at 09:00, $1.739333333333 x 2004 = 17.247987734764");
  });

  it("cuts percentages past 4 places to 4, never rounding up to the threshold", () => {
    expect(percentText("14.99999963")).toBe("14.9999");
    expect(shortPercents("owns 15.163947795484% ≥ 15%")).toBe("owns 15.1639% ≥ 15%");
    expect(findingText("owns 4100000 of 27037814 (15.163947795484%)")).toBe("owns 4,100,000 of 27,037,814 (15.1639%)");
  });

  it("groups the whole dollars of an amount, keeping its cents and places", () => {
    expect(groupedDollars("redeems 22837814 valid Rights at $0.01 each ($228378.14)")).toBe("redeems 22837814 valid Rights at $0.01 each ($228,378.14)");
    expect(groupedDollars("$1000 a Unit, $999, $1.739333333333, $344067210 and $12345678901234567890.5")).toBe("$1,000 a Unit, $999, $1.739333333333, $344,067,210 and $12,345,678,901,234,567,890.5");
    expect(groupedDollars("already $3,493,609.99")).toBe("already $3,493,609.99");
    expect(findingText("all 22837814 valid Rights at $0.01 each ($228378.14)")).toBe("all 22,837,814 valid Rights at $0.01 each ($228,378.14)");
  });
});
