/**
 * R-X10: the days the New York Stock Exchange was closed: Saturdays, Sundays, its holidays and
 * its one-off closings. R-T4 counts as Trading Days the dates that have a close; this calendar
 * only lets the engine warn about a close dated on a day the market did not trade.
 *
 * The holidays are NYSE Rule 7.2's, dated by date-holidays from rules of our own (the library has
 * no exchange calendars): Good Friday closes the market; Columbus Day and Veterans Day, bank
 * holidays, do not. A holiday on a Sunday closes the Monday after; one on a Saturday closes the
 * Friday before, except New Year's Day (the year-end Friday stays open).
 */
import { holidayRulesOf } from "./holidayRules.js";
import type HolidaysClass from "date-holidays";
import { NYSE_HOLIDAY_DATA } from "./holidayData.js";
import { holidaysOfYear } from "./holidayTable.js";
import { isWeekend, yearOf, type IsoDate } from "./isoDate.js";

const NYSE_HOLIDAY_RULES: readonly (readonly [string, string])[] = [
  ["01-01 and if sunday then next monday", "New Year's Day"],
  ["3rd monday in January since 1998", "Martin Luther King Jr. Day"],
  ["3rd monday in February", "Washington's Birthday"],
  ["easter -2", "Good Friday"],
  ["monday before 06-01", "Memorial Day"],
  ["06-19 and if sunday then next monday if saturday then previous friday since 2022", "Juneteenth"],
  ["07-04 and if sunday then next monday if saturday then previous friday", "Independence Day"],
  ["1st monday in September", "Labor Day"],
  ["4th thursday in November", "Thanksgiving Day"],
  ["12-25 and if sunday then next monday if saturday then previous friday", "Christmas Day"],
];

/** Days the exchange closed outside its holiday rules (national mourning, the 2001 attacks, a hurricane). */
const NYSE_SPECIAL_CLOSINGS: ReadonlyMap<IsoDate, string> = new Map([
  ["1994-04-27", "national day of mourning for President Nixon"],
  ["2001-09-11", "closed after the September 11 attacks"],
  ["2001-09-12", "closed after the September 11 attacks"],
  ["2001-09-13", "closed after the September 11 attacks"],
  ["2001-09-14", "closed after the September 11 attacks"],
  ["2004-06-11", "national day of mourning for President Reagan"],
  ["2007-01-02", "national day of mourning for President Ford"],
  ["2012-10-29", "closed for Hurricane Sandy"],
  ["2012-10-30", "closed for Hurricane Sandy"],
  ["2018-12-05", "national day of mourning for President George H. W. Bush"],
  ["2025-01-09", "national day of mourning for President Carter"],
]);

/** The exchange's holiday rules, given to date-holidays (loaded on first use). */
function nyseHolidayRules(): HolidaysClass {
  return holidayRulesOf("NYSE", (Holidays) => {
    const rules = new Holidays();
    for (const [rule, name] of NYSE_HOLIDAY_RULES) rules.setHoliday(rule, { name: { en: name }, type: "public" });
    return rules;
  });
}

/** Memo of nyseHolidaysOf, by its one input, the year. */
const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/**
 * The NYSE holidays of `year` (date → name), as date-holidays dates them from our rules (loaded on
 * first call). The years of src/time/holidayData.ts come from here (`npm run holidays`; a test checks the table against this).
 */
export function nyseHolidaysFromRules(year: number): ReadonlyMap<IsoDate, string> {
  return new Map(nyseHolidayRules().getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
}

/** The NYSE holidays of `year`, as the market observed them: from the built table in its years, else from the rules. Memoized per year. */
function nyseHolidaysOf(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = holidaysOfYear(NYSE_HOLIDAY_DATA, year) ?? nyseHolidaysFromRules(year);
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** R-X10: why the New York Stock Exchange was closed on `date`, or undefined if it was open. */
export function marketClosedReason(date: IsoDate): string | undefined {
  if (isWeekend(date)) return "a Saturday or Sunday";
  const holiday = nyseHolidaysOf(yearOf(date)).get(date);
  if (holiday !== undefined) return `an NYSE holiday (${holiday})`;
  const special = NYSE_SPECIAL_CLOSINGS.get(date);
  return special === undefined ? undefined : `a day the NYSE was closed (${special})`;
}
