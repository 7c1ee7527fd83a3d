import { describe, expect, it } from "vitest";
import { sameValue } from "./sameValue.js";

describe("sameValue", () => {
  it("compares names up to case and spacing, decimals as numbers, lists as sets and objects by value", () => {
    expect(sameValue("AMERICAN STOCK TRANSFER & TRUST COMPANY", "American Stock Transfer  & Trust Company")).toBe(true);
    expect(sameValue("15.00", "15")).toBe(true);
    expect(sameValue(["qualified-transaction", "qualified-offer"], ["qualified-offer", "qualified-transaction"])).toBe(true);
    expect(sameValue({ date: "2011-06-14", time: "17:00" }, { time: "17:00", date: "2011-06-14" })).toBe(true);
    expect(sameValue("15", "20")).toBe(false);
    expect(sameValue(null, [])).toBe(false);
  });

  it("reads a decimal with spaces around it as the decimal (a terms file may quote ' 2 '), rather than throwing", () => {
    expect(sameValue(" 2 ", "2.00")).toBe(true);
    expect(sameValue(" 2 ", "3")).toBe(false);
  });
});
