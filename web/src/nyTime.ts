/**
 * Dates and times as people type them (a date and a New York wall-clock time) and as the scenario
 * format stores them (ISO with the New York offset of that day). The conversion is the engine's
 * own (src/time/instant.ts), so the form and the engine never disagree about daylight saving.
 */
import { formatNewYork, newYorkInstant, parseEventInstant } from "../../src/time/instant.js";

/** "2004-05-03" + "10:30" → "2004-05-03T10:30:00-04:00" (a bare date stays a bare date: 9:00 A.M.). */
export function atOf(date: string, time: string): string {
  if (!time) return date;
  return formatNewYork(newYorkInstant(date, time));
}

/** The date and the New York time an `at` names ("" time for a bare date). */
export function partsOf(at: string): { date: string; time: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return { date: at, time: "" };
  try {
    const ny = formatNewYork(parseEventInstant(at));
    return { date: ny.slice(0, 10), time: ny.slice(11, 16) };
  } catch {
    return { date: at.slice(0, 10), time: "" };
  }
}

/** The instant of an `at`, or null when it is not one (yet). */
export function instantOf(at: string): number | null {
  try {
    return parseEventInstant(at);
  } catch {
    return null;
  }
}

export const formatInstant = formatNewYork;

const HOUR = 3_600_000;

/**
 * What a New York wall-clock time typed for `date` means when the clocks change that day (R-T1; the
 * engine reads it as Temporal's "compatible"): a time the spring-forward gap skips is the time an hour
 * later, a time the fall-back repeats is its first (daylight) occurrence. Null for any other time.
 */
export function wallClockNote(date: string, time: string): string | null {
  if (!date || !time) return null;
  let instant: number;
  try {
    instant = newYorkInstant(date, time);
  } catch {
    return null;
  }
  const taken = formatNewYork(instant);
  if (taken.slice(11, 16) !== time) return `New York skips ${time} on ${date} (the clocks go forward an hour): taken as ${taken.slice(11, 16)}, daylight time (${taken.slice(19)})`;
  const hourLater = formatNewYork(instant + HOUR);
  if (hourLater.slice(0, 16) === taken.slice(0, 16)) return `${time} comes twice in New York on ${date} (the clocks go back an hour): taken as the first, daylight time (${taken.slice(19)}); for the second, write ${hourLater} in the YAML`;
  return null;
}
