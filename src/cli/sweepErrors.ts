/**
 * A sweep's points that end in an error, for the text output: the distinct causes with how many
 * points each stopped, so that "5 point(s) ended with an error" says why without --json. Causes
 * differ only in their numbers and dates from point to point (the varied input), so they are
 * grouped with those left out and shown by their first point's words.
 */
import type { SweepPoint } from "../analysis/sweep.js";

const SHOWN = 10;

/** "Why points ended with an error:" and a line per cause, most frequent first; nothing when every point answered. */
export function sweepErrorCauses(points: readonly SweepPoint[]): string[] {
  const causes = new Map<string, { example: string; count: number }>();
  for (const p of points) {
    if (p.error === undefined) continue;
    const key = p.error.replace(/\d+/g, "#");
    const cause = causes.get(key) ?? { example: p.error, count: 0 };
    cause.count++;
    causes.set(key, cause);
  }
  if (causes.size === 0) return [];
  const sorted = [...causes.values()].sort((a, b) => b.count - a.count);
  const lines = ["", "Why points ended with an error (points: cause, in the words of the first such point):"];
  for (const c of sorted.slice(0, SHOWN)) lines.push(`  ${c.count}: ${c.example}`);
  if (sorted.length > SHOWN) lines.push(`  ... and ${sorted.length - SHOWN} other cause(s): use --json for every point's error`);
  return lines;
}

/** 1 when every point ends in an error (the sweep answered nothing), else 0. */
export function sweepExitCode(points: readonly SweepPoint[]): number {
  return points.length > 0 && points.every((p) => p.error !== undefined) ? 1 : 0;
}
