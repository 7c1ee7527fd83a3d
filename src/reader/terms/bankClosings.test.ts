import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const closings = (text: string) => readTexts([{ file: "t.txt", text }]).terms.extraBankClosings?.value;

describe("one-off bank closings", () => {
  it("reads the dates banks are treated as closed", () => {
    expect(closings("In addition to the Federal Reserve holidays, banks in New York are treated as closed on October 29, 2012 and October 30, 2012.")).toEqual(["2012-10-29", "2012-10-30"]);
    expect(closings("September 11, 2001, September 12, 2001 and September 13, 2001 are not Business Days.")).toBeUndefined();
    expect(closings("For this Agreement, Business Days do not include days that are not Business Days on September 11, 2001, September 12, 2001 and September 13, 2001.")).toEqual(["2001-09-11", "2001-09-12", "2001-09-13"]);
  });
});
