import { describe, expect, it } from "vitest";
import { canonicalDecimal, dec, decimalArgument, formatDecimal, isDecimalString, isRateString } from "./decimal.js";

describe("formatDecimal", () => {
  it("drops trailing zeros and rounds repeating decimals to 12 places", () => {
    expect(formatDecimal(dec("30.000"))).toBe("30");
    expect(formatDecimal(dec(52.18).dividedBy(30))).toBe("1.739333333333");
    expect(formatDecimal(dec("0.00000001"))).toBe("0.00000001");
  });
  it("writes a terminating decimal in full, however many places (scenario-format.md)", () => {
    expect(formatDecimal(dec("1.0000000000001"))).toBe("1.0000000000001");
    expect(formatDecimal(dec(1).dividedBy(2 ** 20))).toBe("0.00000095367431640625");
    expect(formatDecimal(dec("60.0000000000003").dividedBy(30))).toBe("2.00000000000001");
    expect(formatDecimal(dec(15).dividedBy("1.00000000000005"))).toBe("14.999999999999");
    expect(formatDecimal(dec(100).dividedBy(7).minus(14))).toBe("0.285714285714");
  });
  it("never uses exponent notation for large counts", () => {
    expect(formatDecimal(dec("123456789012345678901234"))).toBe("123456789012345678901234");
  });
});

describe("isDecimalString", () => {
  it("accepts the ways filings and users write decimals, nothing else", () => {
    for (const s of ["15", "1.50", ".01", "-0.5", "4.99"]) expect(isDecimalString(s)).toBe(true);
    for (const s of ["", "1e5", "$15", "1,000", "abc"]) expect(isDecimalString(s)).toBe(false);
  });
});

describe("isRateString", () => {
  it("accepts decimals from 0 to 1 compared exactly, nothing past 1 however little", () => {
    for (const ok of ["0", "1", "0.5", "1.000", " .25 "]) expect(isRateString(ok)).toBe(true);
    for (const bad of ["1.0000000000000000000001", "-0.0000000000000000000001", "2", "half", ""]) expect(isRateString(bad)).toBe(false);
  });
});

describe("canonicalDecimal and decimalArgument", () => {
  it("write one decimal value one way, however it was written", () => {
    for (const s of ["2.50", " 2.5 ", "2.500", "2.5"]) expect(canonicalDecimal(s)).toBe("2.5");
    expect(canonicalDecimal("0.00000001")).toBe("0.00000001");
    for (const s of [".5", "0.50", "0.5"]) expect(decimalArgument(s)).toBe("0.5");
  });
  it("keep an argument that is no plain decimal as written, for the refusal to quote it", () => {
    expect(decimalArgument("half")).toBe("half");
    expect(decimalArgument("-0.5")).toBe("-0.5");
  });
});
