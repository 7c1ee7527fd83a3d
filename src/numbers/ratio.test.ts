import { describe, expect, it } from "vitest";
import { isAtLeastPercent, percentOf, percentText, ratioOf } from "./ratio.js";
import { formatDecimal } from "./decimal.js";

describe("ratioOf", () => {
  it("reads decimal percents exactly", () => {
    expect(ratioOf("15")).toEqual({ num: 15, den: 1 });
    expect(ratioOf("4.99")).toEqual({ num: 499, den: 100 });
  });
});

describe("isAtLeastPercent", () => {
  it("is exact at the seed's 15% edge (rights-plan.md §10)", () => {
    expect(isAtLeastPercent(4055673, 27037814, ratioOf("15"))).toBe(true);
    expect(isAtLeastPercent(4055672, 27037814, ratioOf("15"))).toBe(false);
  });
  it("falls back to bigint when products pass 2^53", () => {
    const outstanding = 9_000_000_000_000;
    expect(isAtLeastPercent(449_100_000_000, outstanding, ratioOf("4.99"))).toBe(true);
    expect(isAtLeastPercent(449_099_999_999, outstanding, ratioOf("4.99"))).toBe(false);
  });
});

describe("percentOf", () => {
  it("gives the answer's 12-place percent", () => {
    expect(formatDecimal(percentOf(4100000, 27037814))).toBe("15.163947795484");
  });
});

describe("percentText", () => {
  it("writes a terminating percent in full and rounds a repeating one to 12 places", () => {
    expect(percentText(1, 2 ** 20)).toBe("0.000095367431640625");
    expect(percentText(157287, 2 ** 20)).toBe("15.000057220458984375");
    expect(percentText(1, 3)).toBe("33.333333333333");
    expect(percentText(2, 3)).toBe("66.666666666667");
    expect(percentText(3, 8)).toBe("37.5");
    expect(percentText(0, 7)).toBe("0");
  });
  it("equals the exact percent rounded half up to 12 places", () => {
    for (const [part, whole] of [[4100000, 27037814], [4055673, 27037814], [1, 3], [2, 3], [50, 100], [0, 7], [27037814, 27037814], [123456789, 987654321]]) {
      expect(percentText(part, whole)).toBe(formatDecimal(percentOf(part, whole)));
    }
  });
});
