import { describe, expect, it } from "vitest";
import { dec } from "./decimal.js";
import { exactRatio, fractionOfUnit, wholeUnits } from "./wholeUnits.js";

describe("wholeUnits", () => {
  it("counts 3 x 40/3 shares as 40 whole shares, though 40/3 is carried to 50 digits", () => {
    const perRight = dec(30).dividedBy("2.25");
    expect(perRight.times(3).floor().toNumber()).toBe(39); // what rounding first would give
    const { whole, fraction } = wholeUnits(exactRatio(perRight), 3);
    expect(whole.toNumber()).toBe(40);
    expect(fraction.num.isZero()).toBe(true);
  });

  it("leaves the fraction of a unit exactly: 3 x 18.75 = 56 and 1/4; 7 x 1/3 thousandth of Preferred = 2 thousandths and 1/3 of one", () => {
    const shares = wholeUnits(exactRatio(dec("18.75")), 3);
    expect([shares.whole.toNumber(), fractionOfUnit(shares.fraction).toNumber()]).toEqual([56, 0.25]);
    const preferred = wholeUnits(exactRatio(dec(1).dividedBy(3000)), 7, dec("0.001"));
    expect(preferred.whole.toString()).toBe("0.002");
    expect([preferred.fraction.num.toNumber(), preferred.fraction.den.toNumber()]).toEqual([1, 3]);
  });
});
