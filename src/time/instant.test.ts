import { describe, it, expect } from "vitest";
import { Temporal } from "temporal-polyfill";
import { ForeignOffsetError, formatNewYork, InvalidInstantError, NEW_YORK, newYorkDateOf, newYorkInstant, parseCommandInstant, parseEventInstant, isOnceNewYorkClockTime, shiftNewYorkDateTime } from "./instant.js";

const at5pm = (date: string) => formatNewYork(newYorkInstant(date, "17:00"));

describe("newYorkInstant (R-T1, historical DST)", () => {
  it("is the epoch milliseconds of New York wall-clock time", () => {
    expect(newYorkInstant("2004-03-15", "17:00")).toBe(Date.UTC(2004, 2, 15, 22, 0));
    expect(newYorkInstant("2004-07-15", "09:30")).toBe(Date.UTC(2004, 6, 15, 13, 30));
    expect(newYorkInstant("2004-03-15", "17:00")).toBe(newYorkInstant("2004-03-15", "17:00")); // memo
  });
  it("2004: DST began on April 4 (first Sunday of April)", () => {
    expect(at5pm("2004-04-03")).toBe("2004-04-03T17:00:00-05:00");
    expect(at5pm("2004-04-05")).toBe("2004-04-05T17:00:00-04:00");
  });
  it("before 2007: DST ended on the last Sunday of October", () => {
    expect(at5pm("2006-10-27")).toBe("2006-10-27T17:00:00-04:00");
    expect(at5pm("2006-10-30")).toBe("2006-10-30T17:00:00-05:00");
  });
  it("from 2007: second Sunday of March to first Sunday of November", () => {
    expect(at5pm("2007-03-09")).toBe("2007-03-09T17:00:00-05:00");
    expect(at5pm("2007-03-12")).toBe("2007-03-12T17:00:00-04:00");
    expect(at5pm("2007-11-02")).toBe("2007-11-02T17:00:00-04:00");
    expect(at5pm("2007-11-05")).toBe("2007-11-05T17:00:00-05:00");
  });
  it("2011-06-14 17:00 is daylight time", () => {
    expect(at5pm("2011-06-14")).toBe("2011-06-14T17:00:00-04:00");
  });
  it("resolves a skipped time later and a repeated one to its first occurrence", () => {
    expect(formatNewYork(newYorkInstant("2004-04-04", "02:30"))).toBe("2004-04-04T03:30:00-04:00");
    expect(formatNewYork(newYorkInstant("2004-10-31", "01:30"))).toBe("2004-10-31T01:30:00-04:00");
  });
  it("rejects a bad date or time", () => {
    expect(() => newYorkInstant("2004-02-30", "17:00")).toThrow(RangeError);
    expect(() => newYorkInstant("2004-03-15", "5pm")).toThrow(RangeError);
    expect(() => newYorkInstant("2004-03-15", "24:00")).toThrow(RangeError);
    expect(() => newYorkInstant("2004-03-15", "17:00:00")).toThrow(RangeError);
  });
});

describe("parseEventInstant (R-T5)", () => {
  it("reads a bare date as 09:00 New York time", () => {
    expect(formatNewYork(parseEventInstant("2004-03-01"))).toBe("2004-03-01T09:00:00-05:00");
    expect(formatNewYork(parseEventInstant("2004-07-01"))).toBe("2004-07-01T09:00:00-04:00");
  });
  it("reads date-times with New York's offset; Z and any other offset are R-X9 errors naming both readings", () => {
    expect(parseEventInstant("2004-03-20T17:00:00-05:00")).toBe(Date.UTC(2004, 2, 20, 22, 0));
    expect(parseEventInstant("2004-03-20T17:00:00.25-05:00")).toBe(Date.UTC(2004, 2, 20, 22, 0, 0, 250));
    expect(() => parseEventInstant("2004-03-20T23:00+01:00")).toThrow(ForeignOffsetError);
    expect(() => parseEventInstant("2004-03-01T03:00:00Z")).toThrow(/it could mean 2004-02-29T22:00:00-05:00 \(the instant as written\) or 2004-03-01T03:00:00-05:00 \(its clock time in New York\)/);
  });
  it("reads a command's --at in UTC written as Z as written (parseCommandInstant), other offsets as an event's", () => {
    expect(parseCommandInstant("2004-03-20T22:00:00Z")).toBe(Date.UTC(2004, 2, 20, 22, 0));
    expect(parseCommandInstant("2004-03-20T22:00:00.25Z")).toBe(Date.UTC(2004, 2, 20, 22, 0, 0, 250));
    expect(parseCommandInstant("2004-03-20")).toBe(parseEventInstant("2004-03-20"));
    expect(() => parseCommandInstant("2004-03-20T22:00:00+00:00")).toThrow(ForeignOffsetError);
  });
  it("rejects a date-time without an offset, and garbage", () => {
    for (const s of ["2004-03-01T10:00", "2004-03-01T10:00:00", "2004-03-01 10:00Z", "2004-02-30T10:00Z",
      "2004-03-01T25:00Z", "2004-03-01T10:00:60Z", "2004-03-01T10:00:00.1234Z", "2004-03-01T10:00Z[America/New_York]",
      "yesterday", "", "2004-3-1"]) {
      expect(() => parseEventInstant(s), s).toThrow(InvalidInstantError);
    }
  });
  it("says what it expected", () => {
    expect(() => parseEventInstant("2004-03-01T10:00")).toThrow(/a date-time with New York's offset/);
    try {
      parseEventInstant("soon");
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInstantError);
      expect((e as InvalidInstantError).input).toBe("soon");
      expect((e as InvalidInstantError).name).toBe("InvalidInstantError");
    }
  });
});

describe("formatNewYork", () => {
  it("always shows seconds and New York's offset, never Z", () => {
    expect(formatNewYork(Date.UTC(2004, 2, 15, 22, 0))).toBe("2004-03-15T17:00:00-05:00");
    expect(formatNewYork(Date.UTC(2004, 6, 15, 4, 0))).toBe("2004-07-15T00:00:00-04:00");
  });
  it("shows milliseconds only when nonzero", () => {
    expect(formatNewYork(Date.UTC(2004, 2, 15, 22, 0, 0, 500))).toBe("2004-03-15T17:00:00.500-05:00");
    expect(formatNewYork(Date.UTC(1969, 11, 31, 23, 59, 59, 1))).toBe("1969-12-31T18:59:59.001-05:00");
  });
  it("round-trips through parseEventInstant", () => {
    const start = Date.UTC(2003, 0, 1);
    const wrong: string[] = []; // the instants that do not come back, checked once
    for (let t = start; t < Date.UTC(2009, 0, 1); t += 29 * 3_600_000 + 13 * 60_000 + 17_001) {
      if (parseEventInstant(formatNewYork(t)) !== t) wrong.push(`${formatNewYork(t)}: ${parseEventInstant(formatNewYork(t))}, not ${t}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("newYorkDateOf", () => {
  const viaTemporal = (t: number) => Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(NEW_YORK).toPlainDate().toString();
  /** The instants whose New York date is not Temporal's, with both dates: checked with one expect, not one per instant. */
  const disagreements = (instants: readonly number[]) => instants.filter((t) => newYorkDateOf(t) !== viaTemporal(t)).map((t) => `${t}: ${newYorkDateOf(t)}, Temporal ${viaTemporal(t)}`);

  it("is the New York date, not the UTC date", () => {
    expect(newYorkDateOf(Date.UTC(2004, 2, 16, 3, 0))).toBe("2004-03-15"); // 22:00 EST
    expect(newYorkDateOf(Date.UTC(2004, 2, 16, 5, 0))).toBe("2004-03-16"); // 00:00 EST
    expect(newYorkDateOf(Date.UTC(2004, 6, 16, 3, 59, 59, 999))).toBe("2004-07-15"); // 23:59:59.999 EDT
    expect(newYorkDateOf(Date.UTC(2004, 6, 16, 4, 0))).toBe("2004-07-16");
  });
  it("is right at and around every transition, whatever order instants are asked in", () => {
    let zdt = Temporal.ZonedDateTime.from("1880-01-01T00:00[America/New_York]");
    const edges: number[] = [];
    for (;;) {
      const next = zdt.getTimeZoneTransition("next");
      if (next === null || next.year > 2040) break;
      const t = next.epochMilliseconds;
      edges.push(t - 1, t, t + 1, t - 3_600_000, t + 3_600_000);
      zdt = next;
    }
    edges.reverse();
    expect(disagreements(edges)).toEqual([]);
  });
  it("agrees with Temporal over a sweep of instants, 1850–2040", () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const from = Date.UTC(1850, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    const instants = Array.from({ length: 5_000 }, () => Math.floor(from + random() * (to - from)));
    for (let t = Date.UTC(2004, 0, 1); t < Date.UTC(2005, 0, 1); t += 47 * 60_000) instants.push(t);
    expect(disagreements(instants)).toEqual([]);
  });
});

describe("R-X9: an offset that is not New York's at that instant", () => {
  it("refuses 02:30 -04:00 on the morning the clocks went forward, naming both readings", () => {
    expect(() => parseEventInstant("2004-04-04T02:30:00-04:00")).toThrow(ForeignOffsetError);
    expect(() => parseEventInstant("2004-04-04T02:30:00-04:00")).toThrow(/2004-04-04T01:30:00-05:00 \(the instant as written\).*2004-04-04T02:30:00 New York time, a clock time that does not exist/);
  });

  it("names the one instant when both readings are the same (02:30 -05:00 on the morning the clocks went forward)", () => {
    expect(() => parseEventInstant("2004-04-04T02:30:00-05:00")).toThrow(
      'the time "2004-04-04T02:30:00-05:00" has an offset that is not New York\'s at that instant (R-X9): as written it is 2004-04-04T03:30:00-04:00, and so is its clock time read in New York (2004-04-04T02:30:00 does not exist there that day: the clocks went forward); write 2004-04-04T03:30:00-04:00',
    );
  });

  it("refuses a winter offset in summer, naming the New York clock-time reading", () => {
    expect(() => parseEventInstant("2004-07-01T17:00:00-05:00")).toThrow(/2004-07-01T18:00:00-04:00 \(the instant as written\) or 2004-07-01T17:00:00-04:00 \(its clock time in New York\)/);
  });

  it("accepts New York's offset on either side of a change", () => {
    expect(parseEventInstant("2004-10-31T01:30:00-05:00")).toBe(Date.parse("2004-10-31T06:30:00Z"));
    expect(parseEventInstant("2004-10-31T01:30:00-04:00")).toBe(Date.parse("2004-10-31T05:30:00Z"));
  });
});

describe("shiftNewYorkDateTime: days later at the same New York clock time (R-T1, R-T2, R-X9)", () => {
  it("takes New York's offset on the new date across a change of the clocks", () => {
    expect(shiftNewYorkDateTime("2004-03-30T10:00:00-05:00", 7)).toBe("2004-04-06T10:00:00-04:00");
    expect(shiftNewYorkDateTime("2004-10-29T17:00-04:00", 3)).toBe("2004-11-01T17:00-05:00");
    expect(shiftNewYorkDateTime("2004-04-06T10:00:00-04:00", -7)).toBe("2004-03-30T10:00:00-05:00");
    expect(shiftNewYorkDateTime("2004-03-01T17:00:00-05:00", 2)).toBe("2004-03-03T17:00:00-05:00");
  });

  it("keeps the offset written when it cannot follow New York's clock: Z, a foreign offset, a skipped clock time, a repeated one", () => {
    expect(shiftNewYorkDateTime("2004-03-30T15:00:00Z", 7)).toBe("2004-04-06T15:00:00Z");
    expect(shiftNewYorkDateTime("2004-03-30T10:00:00+01:00", 7)).toBe("2004-04-06T10:00:00+01:00");
    expect(shiftNewYorkDateTime("2004-04-03T02:30:00-05:00", 1)).toBe("2004-04-04T02:30:00-05:00");
    expect(shiftNewYorkDateTime("2004-10-30T01:30:00-04:00", 1)).toBe("2004-10-31T01:30:00-04:00");
    expect(shiftNewYorkDateTime("2004-11-01T01:30:00-05:00", -1)).toBe("2004-10-31T01:30:00-05:00");
  });
});

describe("isOnceNewYorkClockTime (R-T1, R-X9)", () => {
  it("is false in the hour skipped when daylight saving time begins and in the hour repeated when it ends", () => {
    expect(isOnceNewYorkClockTime("2012-03-11", "02:30")).toBe(false);
    expect(isOnceNewYorkClockTime("2004-04-04", "02:00")).toBe(false);
    expect(isOnceNewYorkClockTime("2012-11-04", "01:30")).toBe(false);
    expect(isOnceNewYorkClockTime("2004-10-31", "01:00")).toBe(false);
  });

  it("is true just outside those hours and on any other day", () => {
    for (const [date, time] of [["2012-03-11", "01:59"], ["2012-03-11", "03:00"], ["2012-11-04", "00:59"], ["2012-11-04", "02:00"], ["2012-03-12", "02:30"], ["2011-06-14", "17:00"]]) {
      expect(isOnceNewYorkClockTime(date!, time!)).toBe(true);
    }
  });
});
