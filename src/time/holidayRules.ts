/**
 * date-holidays, loaded on first use: the library carries every country's data and takes about
 * 0.3 s to load, which commands that never count Business Days (and years inside the built table,
 * src/time/holidayData.ts) should not pay.
 */
import { createRequire } from "node:module";
import type HolidaysClass from "date-holidays";

/** Memo of holidayRulesOf, by its calendar's name (each name has one builder). */
const rulesByCalendar = new Map<string, HolidaysClass>();

/** The rules object of the calendar `name`, made once by `build` from the date-holidays class. */
export function holidayRulesOf(name: string, build: (Holidays: typeof HolidaysClass) => HolidaysClass): HolidaysClass {
  let rules = rulesByCalendar.get(name);
  if (rules === undefined) {
    rules = build(createRequire(import.meta.url)("date-holidays") as typeof HolidaysClass);
    rulesByCalendar.set(name, rules);
  }
  return rules;
}
