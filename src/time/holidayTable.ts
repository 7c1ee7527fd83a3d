/**
 * R-T3, R-X10: the holidays of a range of years as data (src/time/holidayData.ts, written by
 * scripts/bundle-holidays.mjs from the date-holidays rules), so that ordinary dates need no
 * holiday library at start-up (issue 8 item 8).
 */
import type { IsoDate } from "./isoDate.js";

/** Year → the holidays of that year as [date, name] pairs; a year outside the table is absent. */
export type HolidayTable = Readonly<Record<number, readonly (readonly [IsoDate, string])[]>>;

/** The holidays of `year` (date → name) from `table`; undefined when the table does not hold the year. */
export function holidaysOfYear(table: HolidayTable, year: number): ReadonlyMap<IsoDate, string> | undefined {
  const holidays = table[year];
  return holidays === undefined ? undefined : new Map(holidays);
}
