import { Temporal } from "temporal-polyfill";

/** A calendar date, "YYYY-MM-DD". ISO dates compare correctly with `<` and `>`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH = new Temporal.PlainDate(1970, 1, 1);
/** Memo of epochDayOf, by its one input. */
const epochDays = new Map<IsoDate, number>();
/** Memo of isoDateOfEpochDay, by its one input. */
const datesByEpochDay = new Map<number, IsoDate>();
/** Memo of isIsoDate: the strings found valid. */
const validDates = new Set<string>();

/** Whether `s` is exactly "YYYY-MM-DD" and names a real calendar date. Memoized for valid dates. */
export function isIsoDate(s: string): boolean {
  if (validDates.has(s)) return true;
  if (!isCalendarDate(s)) return false;
  validDates.add(s);
  return true;
}

function isCalendarDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
}

/** Days from 1970-01-01 to `date` (negative before). Throws a RangeError if `date` is not an IsoDate. Memoized. */
export function epochDayOf(date: IsoDate): number {
  let day = epochDays.get(date);
  if (day === undefined) {
    if (!isIsoDate(date)) throw new RangeError(`Expected an ISO date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
    day = EPOCH.until(date).days;
    epochDays.set(date, day);
  }
  return day;
}

/** The date `day` days after 1970-01-01. Throws a RangeError outside years 0000–9999. Memoized. */
export function isoDateOfEpochDay(day: number): IsoDate {
  let date = datesByEpochDay.get(day);
  if (date === undefined) {
    date = EPOCH.add({ days: day }).toString();
    if (!ISO_DATE.test(date)) throw new RangeError(`Date ${date} is outside years 0000–9999`);
    datesByEpochDay.set(day, date);
  }
  return date;
}

/** R-T2: the date `n` calendar days after `date` (before it if `n` is negative), whatever day of the week that is. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return isoDateOfEpochDay(epochDayOf(date) + n);
}

/** ISO day of the week of `date`: 1 = Monday … 7 = Sunday (1970-01-01, epoch day 0, was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return ((((epochDayOf(date) + 3) % 7) + 7) % 7) + 1;
}

/** Whether `date` is a Saturday or a Sunday (R-T3). */
export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** The year of `date`. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
