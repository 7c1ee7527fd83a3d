import { describe, expect, it } from "vitest";
import { fedHolidaysFromRules } from "./bankCalendar.js";
import { FED_HOLIDAY_DATA, NYSE_HOLIDAY_DATA } from "./holidayData.js";
import { holidaysOfYear, type HolidayTable } from "./holidayTable.js";
import { nyseHolidaysFromRules } from "./marketCalendar.js";

const YEARS = Array.from({ length: 2060 - 1980 + 1 }, (_, i) => 1980 + i);

describe.each([
  ["Fed (R-T3)", FED_HOLIDAY_DATA, fedHolidaysFromRules],
  ["NYSE (R-X10)", NYSE_HOLIDAY_DATA, nyseHolidaysFromRules],
] as const)("the built %s holiday table", (_, table: HolidayTable, fromRules) => {
  it("holds every year from 1980 to 2060 and no other", () => {
    expect(Object.keys(table).map(Number)).toEqual(YEARS);
  });

  it("equals what the rules over date-holidays give, year by year (else run npm run holidays)", () => {
    for (const year of YEARS) expect([...holidaysOfYear(table, year)!], String(year)).toEqual([...fromRules(year)]);
  });
});

describe("holidaysOfYear", () => {
  it("is undefined for a year outside the table, so the rules are asked", () => {
    expect(holidaysOfYear(FED_HOLIDAY_DATA, 1979)).toBeUndefined();
    expect(holidaysOfYear(NYSE_HOLIDAY_DATA, 2061)).toBeUndefined();
  });
});
