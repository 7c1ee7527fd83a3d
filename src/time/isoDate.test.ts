import { describe, it, expect } from "vitest";
import { Temporal } from "temporal-polyfill";
import { addDays, dayOfWeek, epochDayOf, isIsoDate, isoDateOfEpochDay, isWeekend, yearOf } from "./isoDate.js";

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    for (const s of ["2004-03-15", "2004-02-29", "2000-02-29", "1969-12-31", "0001-01-01", "9999-12-31"]) {
      expect(isIsoDate(s), s).toBe(true);
    }
  });
  it("rejects impossible dates and other shapes", () => {
    for (const s of ["2003-02-29", "1900-02-29", "2004-13-01", "2004-00-10", "2004-04-31", "2004-01-00", "2004-1-5",
      "20040315", "2004-03-15T00:00", " 2004-03-15", "+002004-03-15", "2004/03/15", ""]) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });
});

describe("addDays (R-T2: calendar days)", () => {
  it("counts calendar days across weekends, months, leap days and years", () => {
    expect(addDays("2004-03-03", 10)).toBe("2004-03-13"); // a Saturday stays a Saturday
    expect(addDays("2004-02-28", 1)).toBe("2004-02-29");
    expect(addDays("2003-02-28", 1)).toBe("2003-03-01");
    expect(addDays("2004-12-31", 1)).toBe("2005-01-01");
    expect(addDays("2005-01-01", -1)).toBe("2004-12-31");
    expect(addDays("1970-01-01", -1)).toBe("1969-12-31");
    expect(addDays("2004-03-15", 0)).toBe("2004-03-15");
  });
  it("agrees with Temporal over many days", () => {
    const wrong: string[] = []; // the days it gets wrong, checked once
    let d = Temporal.PlainDate.from("1899-12-25");
    for (let i = 0; i < 60_000; i += 29) {
      if (addDays("1899-12-25", i) !== d.toString()) wrong.push(`addDays("1899-12-25", ${i}) = ${addDays("1899-12-25", i)}, not ${d}`);
      const epochDay = Temporal.PlainDate.from("1970-01-01").until(d).days;
      if (epochDayOf(d.toString()) !== epochDay) wrong.push(`epochDayOf("${d}") = ${epochDayOf(d.toString())}, not ${epochDay}`);
      d = d.add({ days: 29 });
    }
    expect(wrong).toEqual([]);
  });
  it("rejects a non-date", () => {
    expect(() => addDays("2004-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("isoDateOfEpochDay", () => {
  it("inverts epochDayOf", () => {
    expect(isoDateOfEpochDay(0)).toBe("1970-01-01");
    expect(isoDateOfEpochDay(epochDayOf("2004-03-15"))).toBe("2004-03-15");
  });
});

describe("dayOfWeek / isWeekend", () => {
  it("numbers Monday 1 … Sunday 7", () => {
    expect(dayOfWeek("2004-03-15")).toBe(1);
    expect(dayOfWeek("2004-03-13")).toBe(6);
    expect(dayOfWeek("2004-03-14")).toBe(7);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });
  it("agrees with Temporal before and after 1970", () => {
    const wrong: string[] = [];
    let d = Temporal.PlainDate.from("1960-01-01");
    for (let i = 0; i < 4_000; i++) {
      if (dayOfWeek(d.toString()) !== d.dayOfWeek) wrong.push(`${d}: ${dayOfWeek(d.toString())}, not ${d.dayOfWeek}`);
      d = d.add({ days: 1 });
    }
    expect(wrong).toEqual([]);
  });
  it("knows the weekend", () => {
    expect(isWeekend("2004-03-13")).toBe(true);
    expect(isWeekend("2004-03-14")).toBe(true);
    expect(isWeekend("2004-03-12")).toBe(false);
    expect(isWeekend("2004-03-15")).toBe(false);
  });
});

describe("yearOf", () => {
  it("reads the year", () => {
    expect(yearOf("2004-12-31")).toBe(2004);
    expect(yearOf("0999-01-01")).toBe(999);
  });
});
