/** A sweep's summary: transitions, ranges, date offsets and sentences. */
import { dec, formatDecimal, type Dec } from "../../numbers/decimal.js";
import { newYorkDateOf, parseEventInstant } from "../../time/instant.js";
import { epochDayOf } from "../../time/isoDate.js";
import type { VarySpec, SweepPoint, Transition, SweepSummary } from "./types.js";
import { applyInput } from "./range.js";
import { countedText } from "../../numbers/readableText.js";
import type { MetricDef } from "./metrics.js";

export const numericKinds = new Set(["number", "percent", "money"]);

export function daysBetween(a: string, b: string): number {
  const day = (s: string) => epochDayOf(s.length > 10 ? newYorkDateOf(parseEventInstant(s)) : s);
  return day(b) - day(a);
}

export function summarize(spec: VarySpec, points: readonly SweepPoint[], metrics: readonly MetricDef[], boundary: SweepSummary["triggerBoundary"], original: unknown): SweepSummary {
  const transitions: Transition[] = [];
  let transitionCount = 0;
  for (const m of metrics) {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1].metrics[m.name];
      const b = points[i].metrics[m.name];
      if (a === b) continue;
      transitionCount++;
      if (transitions.length < 50) transitions.push({ metric: m.name, after: points[i - 1].x, at: points[i].x, from: a, to: b });
    }
  }
  const ranges: SweepSummary["ranges"][number][] = [];
  for (const m of metrics.filter((m) => numericKinds.has(m.kind))) {
    let min: { v: Dec; x: string | number } | undefined;
    let max: { v: Dec; x: string | number } | undefined;
    for (const p of points) {
      const raw = p.metrics[m.name];
      if (raw === null || typeof raw === "boolean") continue;
      const v = dec(raw);
      if (!min || v.lt(min.v)) min = { v, x: p.x };
      if (!max || v.gt(max.v)) max = { v, x: p.x };
    }
    if (min && max) ranges.push({ metric: m.name, min: formatDecimal(min.v), minAt: min.x, max: formatDecimal(max.v), maxAt: max.x });
  }
  const offsets: SweepSummary["offsets"][number][] = [];
  if (spec.kind === "date") {
    for (const m of metrics.filter((m) => m.kind === "date" || m.kind === "instant")) {
      const byDays = new Map<number, { points: number; first: string | number; last: string | number }>();
      for (const p of points) {
        const v = p.metrics[m.name];
        if (typeof v !== "string") continue;
        const input = inputDate(spec, p.x, original);
        if (input === null) continue;
        const d = daysBetween(input, v);
        const entry = byDays.get(d);
        if (entry) {
          entry.points++;
          entry.last = p.x;
        } else byDays.set(d, { points: 1, first: p.x, last: p.x });
      }
      for (const [days, e] of [...byDays.entries()].sort((a, b) => a[0] - b[0])) offsets.push({ metric: m.name, days, ...e });
    }
  }
  const errors = points.filter((p) => p.error !== undefined).length;
  const text: string[] = [];
  const param = spec.path.join(".");
  if (boundary) {
    const tried = boundary.exact ? "" : " tried";
    text.push(
      boundary.direction === "rising"
        ? `Largest${tried} ${param} with no Acquiring Person: ${boundary.without}; the next${tried}, ${boundary.with}, makes one (R-1a).`
        : `Smallest${tried} ${param} with no Acquiring Person: ${boundary.without}; the one before${tried}, ${boundary.with}, has one (R-1a).`,
    );
  } else if (points.length) {
    text.push(points.every((p) => p.acquiring) ? "Every point has an Acquiring Person." : points.every((p) => !p.acquiring) ? "No point has an Acquiring Person." : "The Acquiring Person status changes more than once across the range.");
  }
  for (const r of ranges) text.push(r.min === r.max ? `${r.metric}: ${r.min} at every point where it applies.` : `${r.metric}: from ${r.min} (at ${r.minAt}) to ${r.max} (at ${r.maxAt}).`);
  const byMetric = new Map<string, typeof offsets>();
  for (const o of offsets) byMetric.set(o.metric, [...(byMetric.get(o.metric) ?? []), o]);
  const offset = (days: number) => (days === 0 ? `on the day of ${param}` : `${countedText(Math.abs(days), "day")} ${days > 0 ? "after" : "before"} ${param}`);
  for (const [metric, list] of byMetric) text.push(`${metric} is ${list.map((o) => `${offset(o.days)} (${countedText(o.points, "point")}, ${o.first}${o.first === o.last ? "" : ` to ${o.last}`})`).join("; ")}.`);
  for (const m of metrics) {
    const nulls = points.filter((p) => p.metrics[m.name] === null && p.error === undefined);
    if (nulls.length && nulls.length < points.length) text.push(`${m.name} is none at ${nulls.length} point(s) (${nulls[0].x}${nulls.length > 1 ? ` to ${nulls[nulls.length - 1].x}` : ""}).`);
  }
  if (errors) text.push(`${errors} point(s) ended with an error (see each point's error).`);
  return { triggerBoundary: boundary, transitions, transitionCount, ranges, offsets, errors, text };
}

/** For a date input, the date (or date-time) that point x gave the path; null for a `*` path shifted. */
export function inputDate(spec: VarySpec, x: string | number, original: unknown): string | null {
  if (spec.mode === "set") return String(x);
  if (spec.path.includes("*") || typeof original !== "string") return null;
  return applyInput(spec, original, x) as string;
}

