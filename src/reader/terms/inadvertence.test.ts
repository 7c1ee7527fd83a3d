import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const period = (text: string) => readTexts([{ file: "t.txt", text }]).terms.inadvertenceDivestBusinessDays?.value;

describe("divestiture period of an inadvertent Acquiring Person", () => {
  it("reads the Business Days to divest, before or after the word 'divest'", () => {
    expect(period("A person that the Board determines became an Acquiring Person inadvertently, and that divests below the threshold within 5 Business Days of that determination, is not an Acquiring Person.")).toBe(5);
    expect(period("certifies that such Person acquired shares inadvertently, and (B) who, within 10 Business Days of being requested by the Board, divests a sufficient number of shares")).toBe(10);
  });
  it("does not read calendar days as Business Days", () => {
    expect(period("if the Board determines the person became such inadvertently and it divests within 10 days")).toBeUndefined();
  });
});
