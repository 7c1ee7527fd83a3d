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
