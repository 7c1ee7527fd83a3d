import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const counting = (text: string) => readTexts([{ file: "t.txt", text }]).terms.derivativeCounting?.value;

describe("shares a person has the right to acquire", () => {
  it("counts them in its ownership only, or in the shares outstanding too", () => {
    expect(counting("Shares that a person has the right to acquire count in its beneficial ownership but not in the shares outstanding.")).toBe("numerator-only");
    expect(counting("Shares that a person has the right to acquire count both in its beneficial ownership and in the shares outstanding, as under Rule 13d-3(d)(1)(i).")).toBe("numerator-and-denominator");
  });
});
