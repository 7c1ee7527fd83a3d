import { describe, expect, it } from "vitest";
import { DATE, dateValue, TIME, timeValue } from "./dates.js";

function date(text: string): string | null {
  const m = new RegExp(DATE, "i").exec(text);
  return m ? dateValue(m[0]) : null;
}

describe("dates", () => {
  it.each([
    ["the close of business on June 14, 2011", "2011-06-14"],
    ["on June 14,2011 (the", "2011-06-14"],
    ["5:00 p.m. ET, on Aug. 01, 2020", "2020-08-01"],
    ["effective as of August 22, 2006", "2006-08-22"],
    ["the fourteenth day of June, 2011", "2011-06-14"],
    ["this 12th day of October 2007", "2007-10-12"],
    ["on the first day of July, two thousand eleven", "2011-07-01"],
    ["June fourteenth, two thousand eleven", "2011-06-14"],
    ["dated as of September 21, 2004", "2004-09-21"],
    ["Dec. 31, 2014", "2014-12-31"],
    ["filed 2000-05-02", "2000-05-02"],
    ["on 6/14/2011", "2011-06-14"],
    ["the thirty-first day of December, nineteen hundred and ninety-six", "1996-12-31"],
  ])("%s", (text, value) => {
    expect(date(text)).toBe(value);
  });
  it("refuses dates that do not exist and month names inside words", () => {
    expect(date("February 30, 2004")).toBeNull();
    expect(date("Marketing 10, 2000")).toBeNull();
  });
});

describe("times", () => {
  it.each([
    ["5:00 P.M. (New York City time)", "17:00"],
    ["5:00 p.m. ET", "17:00"],
    ["the close of business", "17:00"],
    ["9:30 a.m., New York time", "09:30"],
    ["noon", "12:00"],
    ["5:00 p.m. (Toronto time)", "17:00"],
    ["5:00 p.m. (Vancouver time)", "20:00"],
    ["4:30 p.m. Central time", "17:30"],
  ])("%s on New York's clock", (text, value) => {
    const m = new RegExp(TIME, "i").exec(text);
    expect(m && timeValue(m[0])).toBe(value);
  });
});
