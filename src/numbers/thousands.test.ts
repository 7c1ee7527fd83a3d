import { describe, expect, it } from "vitest";
import { thousands } from "./thousands.js";

describe("thousands", () => {
  it("puts a comma between each three digits of a whole number, as en-US does", () => {
    for (const n of [0, 7, 999, 1000, 27037814, -1234567, Number.MAX_SAFE_INTEGER]) expect(thousands(n)).toBe(n.toLocaleString("en-US"));
    expect(thousands(1500000)).toBe("1,500,000");
  });
  it("formats a number that is not a safe whole number as Intl does, with the places asked for", () => {
    expect(thousands(1234.5678)).toBe("1,234.568");
    expect(thousands(1234.5678, 0)).toBe("1,235");
    expect(thousands(2 ** 60)).toBe((2 ** 60).toLocaleString("en-US"));
  });
});
