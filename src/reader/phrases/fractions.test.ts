import { describe, expect, it } from "vitest";
import { FRACTION, fractionValue } from "./fractions.js";

function fraction(text: string): string | null {
  const m = new RegExp(FRACTION, "i").exec(text);
  return m ? fractionValue(m[0]) : null;
}

describe("fractions of a share", () => {
  it.each([
    ["a unit consisting of one one-thousandth of a share", "0.001"],
    ["one-hundredth of a Preference Share", "0.01"],
    ["one one-hundredth of a share", "0.01"],
    ["1 one-thousandth of a share", "0.001"],
    ["one five-thousandth (subject to adjustment) of one share", "0.0002"],
    ["one ten-thousandth of a share", "0.0001"],
    ["1/1,000th of a share", "0.001"],
    ["1/100 of a share", "0.01"],
    ["one one- thousandth of a share", "0.001"],
    ["one one thousandth of a share", "0.001"],
    ["one-half of a share", "0.5"],
    ["two one-hundredths of a share", "0.02"],
  ])("%s", (text, value) => {
    expect(fraction(text)).toBe(value);
  });
});
