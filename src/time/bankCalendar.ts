import { holidayRulesOf } from "./holidayRules.js";
import type HolidaysClass from "date-holidays";
import { FED_HOLIDAY_DATA } from "./holidayData.js";
import { holidaysOfYear } from "./holidayTable.js";
import { addDays, dayOfWeek, isIsoDate, isWeekend, yearOf, type IsoDate } from "./isoDate.js";

/** R-T3: which days are Business Days, and why a day is not. */
export interface BankCalendar {
  /** Whether `date` is a Business Day: not a Saturday, Sunday, Fed holiday (as observed) or extra closing. */
  isBusinessDay(date: IsoDate): boolean;
  /**
   * The Fed holiday or extra closing on `date`: a holiday's own date carries its name even on a
   * weekend, the Monday after a Sunday holiday is "<name> (observed)", extra closings are "Extra
   * closing"; undefined for any other day.
   */
  holidayName(date: IsoDate): string | undefined;
}

const MLK_DAY = "Martin Luther King Jr. Day";

/**
 * R-T3: the Federal Reserve holidays, keyed by the date-holidays "US" rule that dates them (the
 * library's reference key; its English names are no key: Labor Day is "Labour Day" there).
 */
const FED_HOLIDAYS_BY_RULE: ReadonlyMap<string, string> = new Map([
  ["01-01 and if sunday then next monday if saturday then previous friday", "New Year's Day"],
  ["3rd monday in January", MLK_DAY],
  ["3rd monday in February", "Washington's Birthday"],
  ["monday before 06-01", "Memorial Day"],
  ["06-19 and if sunday then next monday if saturday then previous friday since 2021", "Juneteenth"],
  ["07-04 and if sunday then next monday if saturday then previous friday", "Independence Day"],
  ["1st monday in September", "Labor Day"],
  ["2nd monday in October", "Columbus Day"],
  ["11-11", "Veterans Day"],
  ["4th thursday in November", "Thanksgiving Day"],
  ["12-25 and if sunday then next monday if saturday then previous friday", "Christmas Day"],
]);

/** date-holidays's US rules (loaded on first use). */
function usHolidayRules(): HolidaysClass {
  return holidayRulesOf("US", (Holidays) => new Holidays("US"));
}
/**
 * R-T3: the Fed holidays of `year` (date → name), with the Monday each Sunday one closes, as
 * date-holidays dates them (loaded on first call). The years of src/time/holidayData.ts come from
 * here (`npm run holidays`; a test checks the table against this).
 *
 * date-holidays gives the holidays' own dates; the observed-date rule is ours, because the library's
 * "substitute" days disagree with the Fed in 1990–2030: it moves a Saturday holiday to the Friday before
 * (e.g. 2004-12-24, 2010-12-31 for New Year's Day 2011, 2017-11-10, 2021-06-18), where the Fed closes
 * nothing. It also lists MLK Day before 1986. Dates come from `getHolidays(year)`, not `isHoliday()`,
 * which can miss holidays depending on the process time zone (TZ=UTC). Before 1978 the dates are
 * today's rules, not history's (Veterans Day was the 4th Monday of October in 1971–1977).
 */
export function fedHolidaysFromRules(year: number): ReadonlyMap<IsoDate, string> {
  const found = new Map<IsoDate, string>();
  for (const holiday of usHolidayRules().getHolidays(year)) {
    const name = FED_HOLIDAYS_BY_RULE.get(holiday.rule);
    if (name === undefined || holiday.substitute === true || (name === MLK_DAY && year < 1986)) continue;
    const date = holiday.date.slice(0, 10);
    found.set(date, name);
    if (dayOfWeek(date) === 7) found.set(addDays(date, 1), `${name} (observed)`);
  }
  return found;
}

/** Memo of fedHolidaysOf, by its one input, the year. */
const fedHolidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/** R-T3: the Fed holidays of `year`: from the built table in its years, else from the rules. Memoized per year. */
function fedHolidaysOf(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = fedHolidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = holidaysOfYear(FED_HOLIDAY_DATA, year) ?? fedHolidaysFromRules(year);
    fedHolidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** R-T3: the New York bank calendar (Fed holidays, weekends) plus the plan's one-off `extraClosings`. */
export function bankCalendar(extraClosings: readonly IsoDate[] = []): BankCalendar {
  for (const date of extraClosings) {
    if (!isIsoDate(date)) throw new RangeError(`Extra closing: expected an ISO date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
  }
  const extra: ReadonlySet<IsoDate> = new Set(extraClosings);
  return {
    isBusinessDay: (date) => !isWeekend(date) && !extra.has(date) && !fedHolidaysOf(yearOf(date)).has(date),
    holidayName: (date) => fedHolidaysOf(yearOf(date)).get(date) ?? (extra.has(date) ? "Extra closing" : undefined),
  };
}

/** Memo of nthBusinessDayAfter: per calendar (calendars never change), then `n`, then date. */
const nthBusinessDays = new WeakMap<BankCalendar, Map<number, Map<IsoDate, IsoDate>>>();

/**
 * R-T3: the `n`-th Business Day strictly after `date` (`date` itself never counts). A count of 0
 * (a plan term may set one) is `date` itself, whose close of business then follows R-T1. Memoized.
 */
export function nthBusinessDayAfter(cal: BankCalendar, date: IsoDate, n: number): IsoDate {
  if (n === 0) return date;
  let byN = nthBusinessDays.get(cal);
  if (byN === undefined) {
    byN = new Map();
    nthBusinessDays.set(cal, byN);
  }
  let byDate = byN.get(n);
  if (byDate === undefined) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Expected a whole number of Business Days ≥ 0, got ${n}`);
    byDate = new Map();
    byN.set(n, byDate);
  }
  let day = byDate.get(date);
  if (day === undefined) {
    day = date;
    for (let counted = 0; counted < n; ) {
      day = addDays(day, 1);
      if (cal.isBusinessDay(day)) counted++;
    }
    byDate.set(date, day);
  }
  return day;
}

/** R-T3: the weekdays after `after` up to `through` that are not Business Days, each with its name ("2004-11-11 Veterans Day"). */
export function closedWeekdays(cal: BankCalendar, after: IsoDate, through: IsoDate): string[] {
  const closed: string[] = [];
  for (let day = addDays(after, 1); day <= through; day = addDays(day, 1)) {
    if (!isWeekend(day) && !cal.isBusinessDay(day)) closed.push(`${day} ${cal.holidayName(day) ?? "closed"}`);
  }
  return closed;
}

/** What a count of Business Days left out: "weekends not counted", "weekends and 2004-11-11 Veterans Day not counted". */
export function businessDaysCountedText(cal: BankCalendar, after: IsoDate, through: IsoDate): string {
  const skipped = ["weekends", ...closedWeekdays(cal, after, through)];
  return `${skipped.slice(0, -1).join(", ")}${skipped.length > 1 ? " and " : ""}${skipped.at(-1)} not counted`;
}

/** How a plan term counts a period's days: calendar days (R-T2) or Business Days (R-T3). */
export type DayKind = "calendar" | "business";

/**
 * The `n`-th day after `date` as a plan term counts it: "10 days following" is `date` plus 10
 * (R-T2), "the tenth business day after" is the tenth Business Day after it (R-T3).
 */
export function dayAfter(cal: BankCalendar, date: IsoDate, n: number, kind: DayKind): IsoDate {
  return kind === "business" ? nthBusinessDayAfter(cal, date, n) : addDays(date, n);
}

/** The `n`-th day of a plan term's period in words: "10th day", "10th Business Day". */
export function nthDayText(n: number, kind: DayKind): string {
  return `${n}th ${kind === "business" ? "Business Day" : "day"}`;
}

/** R-T3: `date` if it is a Business Day, else the next Business Day. */
export function nextBusinessDayOnOrAfter(cal: BankCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!cal.isBusinessDay(day)) day = addDays(day, 1);
  return day;
}
