import { nextBusinessDayOnOrAfter, type BankCalendar } from "./bankCalendar.js";
import { newYorkDateOf, newYorkInstant, type Instant } from "./instant.js";
import { addDays, type IsoDate } from "./isoDate.js";

/** R-T1: the Business Day whose close is the close of business on `date`: `date` itself or the next Business Day. */
export function closeOfBusinessDate(cal: BankCalendar, date: IsoDate): IsoDate {
  return nextBusinessDayOnOrAfter(cal, date);
}

/** R-T1: close of business on `date`, 5:00 P.M. (or `time`, "HH:MM") New York time on {@link closeOfBusinessDate}. */
export function closeOfBusiness(cal: BankCalendar, date: IsoDate, time = "17:00"): Instant {
  return newYorkInstant(closeOfBusinessDate(cal, date), time);
}

/** R-T1: the first close of business at or after `at`: that day's, or the next day's once it has passed. */
export function closeOfBusinessAtOrAfter(cal: BankCalendar, at: Instant, time = "17:00"): Instant {
  const date = newYorkDateOf(at);
  const sameDay = closeOfBusiness(cal, date, time);
  return sameDay >= at ? sameDay : closeOfBusiness(cal, addDays(date, 1), time);
}
