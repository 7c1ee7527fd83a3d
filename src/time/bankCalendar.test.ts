import { describe, it, expect, vi } from "vitest";
import { Temporal } from "temporal-polyfill";
import { bankCalendar, businessDaysCountedText, closedWeekdays, nextBusinessDayOnOrAfter, nthBusinessDayAfter } from "./bankCalendar.js";

/** The `n`-th (1-based; -1 = last) `weekday` (1 = Monday) of `month` in `year`, straight from Temporal. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Temporal.PlainDate {
  if (n === -1) {
    const last = Temporal.PlainYearMonth.from({ year, month }).toPlainDate({ day: 1 }).add({ months: 1 }).subtract({ days: 1 });
    return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
  }
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.add({ days: (weekday - first.dayOfWeek + 7) % 7 + 7 * (n - 1) });
}

/** The weekday banks close for a holiday dated `date`: Sunday → Monday, Saturday → none (R-T3). */
function observed(date: Temporal.PlainDate): Temporal.PlainDate | undefined {
  if (date.dayOfWeek === 6) return undefined;
  return date.dayOfWeek === 7 ? date.add({ days: 1 }) : date;
}

/** The weekday Fed closings of `year` by the statutory rules (5 U.S.C. 6103 and the Fed's observance rule). */
function statutoryClosings(year: number): Set<string> {
  const fixed = (month: number, day: number) => observed(Temporal.PlainDate.from({ year, month, day }));
  const days = [
    fixed(1, 1),
    year >= 1986 ? nthWeekday(year, 1, 1, 3) : undefined,
    nthWeekday(year, 2, 1, 3),
    nthWeekday(year, 5, 1, -1),
    year >= 2021 ? fixed(6, 19) : undefined,
    fixed(7, 4),
    nthWeekday(year, 9, 1, 1),
    nthWeekday(year, 10, 1, 2),
    fixed(11, 11),
    nthWeekday(year, 11, 4, 4),
    fixed(12, 25),
  ];
  return new Set(days.flatMap((d) => (d === undefined ? [] : [d.toString()])));
}

describe("bankCalendar (R-T3)", () => {
  const cal = bankCalendar();

  it("closes exactly on weekends and the Fed holidays of 1990–2030, by the statutory rule", () => {
    const wrong: string[] = []; // the days the calendar gets wrong, checked once (15,000 days)
    for (let year = 1990; year <= 2030; year++) {
      const closings = statutoryClosings(year);
      expect(closings.size, String(year)).toBeGreaterThanOrEqual(8);
      for (let d = Temporal.PlainDate.from({ year, month: 1, day: 1 }); d.year === year; d = d.add({ days: 1 })) {
        const date = d.toString();
        const open = d.dayOfWeek < 6 && !closings.has(date);
        if (cal.isBusinessDay(date) !== open) wrong.push(`${date}: isBusinessDay should be ${open}`);
        if (closings.has(date) && cal.holidayName(date) === undefined) wrong.push(`${date}: a closing without a holiday name`);
        if (open && cal.holidayName(date) !== undefined) wrong.push(`${date}: a business day with a holiday name`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("closes for Columbus Day and Veterans Day, which the stock market does not", () => {
    expect(cal.isBusinessDay("2003-10-13")).toBe(false);
    expect(cal.holidayName("2003-10-13")).toBe("Columbus Day");
    expect(cal.isBusinessDay("2003-11-11")).toBe(false);
    expect(cal.holidayName("2003-11-11")).toBe("Veterans Day");
  });

  it("stays open on Good Friday, Lincoln's Birthday, the day after Thanksgiving, Christmas Eve, Election Day", () => {
    for (const date of ["2004-04-09", "2004-02-12", "2004-11-26", "2003-12-24", "2004-11-02"]) {
      expect(cal.isBusinessDay(date), date).toBe(true);
      expect(cal.holidayName(date), date).toBeUndefined();
    }
  });

  it("closes nothing for a Saturday holiday and the Monday for a Sunday one", () => {
    expect(cal.isBusinessDay("2004-12-24")).toBe(true); // Christmas 2004 was a Saturday
    expect(cal.isBusinessDay("2010-12-31")).toBe(true); // New Year's Day 2011 was a Saturday
    expect(cal.isBusinessDay("2017-11-10")).toBe(true); // Veterans Day 2017 was a Saturday
    expect(cal.isBusinessDay("2021-06-18")).toBe(true); // Juneteenth 2021 was a Saturday
    expect(cal.isBusinessDay("2005-12-26")).toBe(false);
    expect(cal.holidayName("2005-12-26")).toBe("Christmas Day (observed)");
    expect(cal.holidayName("2005-12-25")).toBe("Christmas Day");
    expect(cal.isBusinessDay("2012-11-12")).toBe(false);
    expect(cal.isBusinessDay("2022-06-20")).toBe(false);
    expect(cal.holidayName("2022-06-20")).toBe("Juneteenth (observed)");
  });

  it("knows Juneteenth only from 2021 and MLK Day only from 1986", () => {
    expect(cal.isBusinessDay("2020-06-19")).toBe(true);
    expect(cal.isBusinessDay("2023-06-19")).toBe(false);
    expect(cal.isBusinessDay("1985-01-21")).toBe(true);
    expect(cal.isBusinessDay("1986-01-20")).toBe(false);
    expect(cal.holidayName("1986-01-20")).toBe("Martin Luther King Jr. Day");
  });

  it("uses our names", () => {
    expect(cal.holidayName("2004-09-06")).toBe("Labor Day");
    expect(cal.holidayName("2004-02-16")).toBe("Washington's Birthday");
    expect(cal.holidayName("2004-11-25")).toBe("Thanksgiving Day");
  });

  it("adds the plan's extra closings", () => {
    const withMourning = bankCalendar(["2004-06-11"]);
    expect(cal.isBusinessDay("2004-06-11")).toBe(true);
    expect(withMourning.isBusinessDay("2004-06-11")).toBe(false);
    expect(withMourning.holidayName("2004-06-11")).toBe("Extra closing");
    expect(withMourning.isBusinessDay("2004-06-10")).toBe(true);
    expect(() => bankCalendar(["2004-06-31"])).toThrow(RangeError);
  });

  it("rejects a non-date", () => {
    expect(() => cal.isBusinessDay("2004-02-30")).toThrow(RangeError);
  });

  it("does not depend on the process time zone", async () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = tz;
        vi.resetModules();
        const fresh = (await import("./bankCalendar.js")).bankCalendar();
        for (const date of ["2003-11-11", "2003-10-13", "2005-12-26", "2022-06-20", "2004-01-01"]) {
          expect(fresh.isBusinessDay(date), `${tz} ${date}`).toBe(false);
        }
        for (const date of ["2003-11-10", "2003-11-12", "2004-12-24", "2004-12-31"]) {
          expect(fresh.isBusinessDay(date), `${tz} ${date}`).toBe(true);
        }
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("nthBusinessDayAfter", () => {
  const cal = bankCalendar();

  it("skips Thanksgiving", () => {
    expect(nthBusinessDayAfter(cal, "2004-11-19", 10)).toBe("2004-12-06");
  });
  it("skips Presidents' Day", () => {
    expect(nthBusinessDayAfter(cal, "2004-02-10", 10)).toBe("2004-02-25");
  });
  it("skips Columbus Day and Veterans Day 2003", () => {
    expect(nthBusinessDayAfter(cal, "2003-10-10", 1)).toBe("2003-10-14");
    // Oct 14..31 has 14 business days, Nov 3..7 five more, then Nov 10, (11 closed), 12
    expect(nthBusinessDayAfter(cal, "2003-10-10", 21)).toBe("2003-11-12");
  });
  it("counts from a Saturday or a holiday without counting it", () => {
    expect(nthBusinessDayAfter(cal, "2004-03-13", 1)).toBe("2004-03-15");
    expect(nthBusinessDayAfter(cal, "2004-03-13", 10)).toBe("2004-03-26");
    expect(nthBusinessDayAfter(cal, "2004-09-06", 1)).toBe("2004-09-07");
    expect(nthBusinessDayAfter(cal, "2004-03-15", 1)).toBe("2004-03-16");
  });
  it("takes a count of 0 as the date itself, and rejects a negative or fractional count", () => {
    expect(nthBusinessDayAfter(cal, "2004-03-13", 0)).toBe("2004-03-13");
    expect(() => nthBusinessDayAfter(cal, "2004-03-15", -1)).toThrow(RangeError);
    expect(() => nthBusinessDayAfter(cal, "2004-03-15", 1.5)).toThrow(RangeError);
  });
});

describe("nextBusinessDayOnOrAfter", () => {
  const cal = bankCalendar();

  it("keeps a Business Day and moves past weekends and holidays", () => {
    expect(nextBusinessDayOnOrAfter(cal, "2004-03-15")).toBe("2004-03-15");
    expect(nextBusinessDayOnOrAfter(cal, "2004-03-13")).toBe("2004-03-15");
    expect(nextBusinessDayOnOrAfter(cal, "2004-12-25")).toBe("2004-12-27");
    expect(nextBusinessDayOnOrAfter(cal, "2005-12-24")).toBe("2005-12-27");
    expect(nextBusinessDayOnOrAfter(bankCalendar(["2005-12-27"]), "2005-12-24")).toBe("2005-12-28");
  });
});

describe("closedWeekdays and businessDaysCountedText", () => {
  const cal = bankCalendar(["2004-06-11"]);

  it("names the weekdays a count left out, after the first day up to the last", () => {
    expect(closedWeekdays(cal, "2003-10-10", "2003-11-12")).toEqual(["2003-10-13 Columbus Day", "2003-11-11 Veterans Day"]);
    expect(closedWeekdays(cal, "2004-06-10", "2004-06-14")).toEqual(["2004-06-11 Extra closing"]);
    expect(closedWeekdays(cal, "2004-11-11", "2004-11-12")).toEqual([]);
  });
  it("says what a count of Business Days did not count, weekends first", () => {
    expect(businessDaysCountedText(cal, "2004-03-01", "2004-03-15")).toBe("weekends not counted");
    expect(businessDaysCountedText(cal, "2004-11-01", "2004-11-15")).toBe("weekends and 2004-11-11 Veterans Day not counted");
    expect(businessDaysCountedText(cal, "2003-10-10", "2003-11-12")).toBe("weekends, 2003-10-13 Columbus Day and 2003-11-11 Veterans Day not counted");
  });
});
