import { describe, expect, it } from "vitest";
import { marketClosedReason } from "./marketCalendar.js";

describe("R-X10: the days the New York Stock Exchange was closed", () => {
  it.each([
    ["2004-04-09", "Good Friday"],
    ["2004-01-19", "Martin Luther King Jr. Day"],
    ["2004-07-05", "Independence Day"],
    ["2004-12-24", "Christmas Day"],
    ["2004-06-11", "Reagan"],
    ["2001-09-12", "September 11"],
    ["2004-03-06", "Saturday"],
    ["2004-03-07", "Sunday"],
    ["2023-06-19", "Juneteenth"],
  ])("%s is closed (%s)", (date, why) => {
    expect(marketClosedReason(date)).toContain(why);
  });

  it.each([
    ["2003-10-13", "Columbus Day, a bank holiday"],
    ["2004-11-11", "Veterans Day, a bank holiday"],
    ["2010-12-31", "the Friday before a Saturday New Year's Day"],
    ["1997-01-20", "MLK Day before the NYSE closed for it (1998)"],
    ["2021-06-18", "the Friday before Juneteenth 2021, before the NYSE closed for it (2022)"],
    ["2004-03-01", "an ordinary Monday"],
  ])("%s is open (%s)", (date) => {
    expect(marketClosedReason(date)).toBeUndefined();
  });
});
