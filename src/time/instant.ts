import { Temporal } from "temporal-polyfill";
import { isIsoDate, isoDateOfEpochDay, type IsoDate } from "./isoDate.js";

/** A point in time, in epoch milliseconds. */
export type Instant = number;

/** The IANA zone of every New York time in the plan (R-T1). */
export const NEW_YORK = "America/New_York";

/** Thrown by {@link parseEventInstant} for a time it cannot read. */
export class InvalidInstantError extends Error {
  override readonly name = "InvalidInstantError";

  constructor(readonly input: string) {
    super(
      `Invalid event time ${JSON.stringify(input)}: expected a date "YYYY-MM-DD" (meaning 09:00 New York time, R-T5) ` +
        `or a date-time with New York's offset, such as "2004-03-20T17:00:00-05:00"`,
    );
  }
}

const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DAY_MS = 86_400_000;

/** Memo of newYorkInstant, by time then date (no key strings built per call). */
const instantsByTimeAndDate = new Map<string, Map<IsoDate, Instant>>();

/**
 * R-T1: the instant at wall-clock `time` ("HH:MM") in New York on `date`, under the IANA rules in force
 * that year. A time skipped by the spring-forward gap is pushed later by the gap; a time repeated at
 * fall-back takes its first (daylight) occurrence (Temporal "compatible"). Memoized.
 */
export function newYorkInstant(date: IsoDate, time: string): Instant {
  let byDate = instantsByTimeAndDate.get(time);
  if (byDate === undefined) {
    if (!WALL_CLOCK_TIME.test(time)) throw new RangeError(`Expected a time "HH:MM", got ${JSON.stringify(time)}`);
    byDate = new Map();
    instantsByTimeAndDate.set(time, byDate);
  }
  let t = byDate.get(date);
  if (t === undefined) {
    if (!isIsoDate(date)) throw new RangeError(`Expected an ISO date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
    t = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: NEW_YORK, plainTime: time }).epochMilliseconds;
    byDate.set(date, t);
  }
  return t;
}

/**
 * R-T1 with R-X9: whether New York's clocks show wall-clock `time` ("HH:MM") on `date` exactly once:
 * not in the hour skipped when daylight saving time begins (02:30 on 2012-03-11 never happened) nor
 * in the hour repeated when it ends (01:30 on 2012-11-04 happened twice), where a term's time of day
 * would name no instant or two. `date` and `time` must be well formed.
 */
export function isOnceNewYorkClockTime(date: IsoDate, time: string): boolean {
  const wall = Temporal.PlainDate.from(date).toPlainDateTime(Temporal.PlainTime.from(time));
  const earlier = wall.toZonedDateTime(NEW_YORK, { disambiguation: "earlier" }).epochMilliseconds;
  return earlier === wall.toZonedDateTime(NEW_YORK, { disambiguation: "later" }).epochMilliseconds;
}

/**
 * Whether `text` is a date-time this module reads: "YYYY-MM-DDTHH:MM", seconds optional, at most
 * milliseconds, with an offset or "Z", naming a real calendar date and clock time (no "24:00", no
 * 60th second). Whether the offset is New York's is checked when it is read (R-X9).
 */
export function isOffsetDateTimeText(text: string): boolean {
  const match = OFFSET_DATE_TIME.exec(text);
  return match !== null && isIsoDate(match[1] ?? "");
}

/**
 * R-T5: the instant of an event's `at`. A bare date "YYYY-MM-DD" is 09:00 New York time that day; a
 * date-time must carry New York's offset at that instant ("2004-03-20T17:00:00-05:00", seconds
 * optional, at most milliseconds): any other, "Z" (UTC) included, is an R-X9 error naming both
 * readings ({@link ForeignOffsetError}). Throws {@link InvalidInstantError} for anything else.
 */
export function parseEventInstant(at: string): Instant {
  return parsedInstants(at);
}

/**
 * The instant of a command's `--at` (the register's, the server's): as an event's, except that "Z"
 * is UTC as written, a form an operator types on purpose (a log's timestamp), where a scenario's
 * facts are New York's (R-X9).
 */
export function parseCommandInstant(at: string): Instant {
  return parsedCommandInstants(at);
}

/** A function remembered for its last 100,000 arguments: scenarios repeat the same few thousand dates and instants. */
function boundedMemo<K, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= 100_000) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

const parsedInstants = boundedMemo((at: string) => parseInstantText(at, false));
const parsedCommandInstants = boundedMemo((at: string) => parseInstantText(at, true));

function parseInstantText(at: string, utcAsWritten: boolean): Instant {
  if (isIsoDate(at)) return newYorkInstant(at, "09:00");
  const match = OFFSET_DATE_TIME.exec(at);
  if (match === null || !isIsoDate(match[1] ?? "")) throw new InvalidInstantError(at);
  const t = Temporal.Instant.from(at).epochMilliseconds;
  if (match[5] === "Z" ? !utcAsWritten : offsetMsOf(match[5]!) !== newYorkOffsetSpan(t).offsetMs) throw new ForeignOffsetError(at, t);
  return t;
}

/** An offset "-04:00" in milliseconds. */
function offsetMsOf(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
}

/**
 * R-X9: a date-time whose offset is not New York's at the instant it names (02:30 -04:00 on the
 * morning the clocks go forward): the instant as written, or the New York wall-clock time
 * written? An input error that names both readings (or the one instant, when they coincide),
 * never a silent choice. "Z" (UTC) is such an offset in a scenario; a command's `--at` takes it as written (parseCommandInstant).
 */
export class ForeignOffsetError extends Error {
  override readonly name = "ForeignOffsetError";
  readonly rule = "R-X9";
  /** The instants it could mean, earliest first: as written, and its clock time read in New York (the same when they coincide). */
  readonly readings: readonly [Instant, Instant];

  constructor(
    readonly input: string,
    instant: Instant,
  ) {
    const wall = Temporal.PlainDateTime.from(input.replace(/(Z|[+-]\d{2}:\d{2})$/, ""));
    const clock = newYorkReadingOf(wall);
    super(`the time ${JSON.stringify(input)} has an offset that is not New York's at that instant (R-X9): ${readings(wall, instant, clock)}`);
    this.readings = [Math.min(instant, clock.instant), Math.max(instant, clock.instant)];
  }
}

/** The two readings of a date-time with a foreign offset (R-X9), or the one instant when they are the same. */
function readings(wall: Temporal.PlainDateTime, instant: Instant, clock: { instant: Instant; exists: boolean }): string {
  const asWritten = formatNewYork(instant);
  const gap = clock.exists ? "" : `${wall.toString()} does not exist there that day: the clocks went forward`;
  if (clock.instant === instant) return `as written it is ${asWritten}, and so is its clock time read in New York${gap && ` (${gap})`}; write ${asWritten}`;
  const clockReading = clock.exists ? `${formatNewYork(clock.instant)} (its clock time in New York)` : `${wall.toString()} New York time, a clock time that does not exist there that day (the clocks went forward), hence ${formatNewYork(clock.instant)}`;
  return `it could mean ${asWritten} (the instant as written) or ${clockReading}; write one of them`;
}

/** A wall-clock time read as New York time: the instant, and whether that clock time exists there (else the clocks skipped it). */
function newYorkReadingOf(wall: Temporal.PlainDateTime): { instant: Instant; exists: boolean } {
  const zoned = wall.toZonedDateTime(NEW_YORK);
  return { instant: zoned.epochMilliseconds, exists: zoned.toPlainDateTime().equals(wall) };
}

/**
 * A date-time with an offset, `days` calendar days later at the same New York clock time (R-T2),
 * with New York's offset on the new date (R-T1): "2004-03-30T10:00:00-05:00" + 7 days is
 * "2004-04-06T10:00:00-04:00", the clocks having gone forward on 2004-04-04. The text keeps its form;
 * only the offset may change. "Z", an offset that is not New York's to begin with, and a clock time
 * that does not exist on the new date (the spring-forward gap) keep the offset as written, so that
 * reading the result still names them (R-X9) rather than choosing silently.
 */
export function shiftNewYorkDateTime(text: string, days: number): string {
  const match = OFFSET_DATE_TIME.exec(text);
  if (match === null || !isIsoDate(match[1] ?? "")) throw new InvalidInstantError(text);
  const shifted = Temporal.PlainDate.from(match[1]!).add({ days }).toString() + text.slice(10);
  const offset = match[5]!;
  if (offset === "Z" || !hasNewYorkOffset(text, offset)) return shifted;
  // the offset written is still New York's (at the fall-back hour, one of its two): keep it
  if (hasNewYorkOffset(shifted, offset)) return shifted;
  const reading = newYorkReadingOf(Temporal.PlainDateTime.from(shifted.slice(0, -offset.length)));
  if (!reading.exists) return shifted;
  return shifted.slice(0, -offset.length) + formatNewYork(reading.instant).slice(-6);
}

function hasNewYorkOffset(text: string, offset: string): boolean {
  return offsetMsOf(offset) === newYorkOffsetSpan(Temporal.Instant.from(text).epochMilliseconds).offsetMs;
}

/**
 * `t` as New York wall-clock time with New York's offset at that instant, e.g.
 * "2004-03-15T17:00:00-05:00": seconds always, milliseconds only when nonzero, never "Z". The
 * offset comes from the IANA data (memoized per span between transitions), so formatting a
 * million instants stays cheap.
 */
export function formatNewYork(t: Instant): string {
  return formattedInstants(t);
}

const formattedInstants = boundedMemo(formatInstant);

function formatInstant(t: Instant): string {
  const offsetMs = newYorkOffsetSpan(t).offsetMs;
  const wall = new Date(t + offsetMs).toISOString();
  const minutes = Math.abs(offsetMs) / 60_000;
  const offset = `${offsetMs < 0 ? "-" : "+"}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return `${t % 1000 === 0 ? wall.slice(0, 19) : wall.slice(0, 23)}${offset}`;
}

/** A stretch of time [from, until) over which New York keeps one UTC offset. */
interface OffsetSpan {
  readonly from: Instant;
  readonly until: Instant;
  readonly offsetMs: number;
}

/** Memo of newYorkOffsetSpan (a function of the instant and the IANA data): the spans looked up so far, sorted by `from`, disjoint; about two a year. */
const offsetSpans: OffsetSpan[] = [];

/** The span of constant New York offset that contains `t`: from the memo, else from the IANA data via Temporal. */
function newYorkOffsetSpan(t: Instant): OffsetSpan {
  let lo = 0;
  let hi = offsetSpans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsetSpans[mid]!.from <= t) lo = mid + 1;
    else hi = mid;
  }
  const candidate = offsetSpans[lo - 1];
  if (candidate !== undefined && t < candidate.until) return candidate;
  const here = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(NEW_YORK);
  // "previous" looks strictly before its instant: ask from 1 ms on so that a transition at t itself
  // counts (IANA transitions fall on whole seconds).
  const justAfter = Temporal.Instant.fromEpochMilliseconds(t + 1).toZonedDateTimeISO(NEW_YORK);
  const span: OffsetSpan = {
    from: justAfter.getTimeZoneTransition("previous")?.epochMilliseconds ?? -Infinity,
    until: here.getTimeZoneTransition("next")?.epochMilliseconds ?? Infinity,
    offsetMs: here.offsetNanoseconds / 1_000_000,
  };
  offsetSpans.splice(lo, 0, span);
  return span;
}

/**
 * The New York calendar date at instant `t`: the UTC date of `t` shifted by New York's offset at `t`,
 * the offset coming from the IANA data and memoized per span between transitions.
 */
export function newYorkDateOf(t: Instant): IsoDate {
  return isoDateOfEpochDay(Math.floor((t + newYorkOffsetSpan(t).offsetMs) / DAY_MS));
}
