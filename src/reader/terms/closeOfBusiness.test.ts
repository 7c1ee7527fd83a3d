import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const close = (text: string) => readTexts([{ file: "t.txt", text }]).terms.closeOfBusinessTime?.value;

describe("close of business", () => {
  it("reads the hour the text gives it, and nothing where it gives none", () => {
    expect(close('"Close of business" on any day means 4:00 P.M. (New York City time) on that day.')).toBe("16:00");
    expect(close('"close of business" on any given date shall mean 5:00 p.m., New York City time, on such date')).toBe("17:00");
    expect(close("at the close of business on June 14, 2001")).toBeUndefined();
  });
});
