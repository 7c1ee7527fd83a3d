/**
 * Comparing two scenarios: the fields in which they differ, and the first finding where their
 * evaluations part (the earliest point at which the two stories stop being the same).
 */
import type { AnalysisOptions } from "../analysis/base.js";
import { evaluateParsed } from "../engine/evaluate.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { ScenarioSource } from "./tasks.js";
import { readScenario } from "./worker.js";

export interface FieldDifference {
  readonly path: string;
  readonly a: unknown;
  readonly b: unknown;
}

export interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly fields: FieldDifference[];
  readonly firstDifference: { readonly index: number; readonly a: unknown; readonly b: unknown } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The leaves in which `a` and `b` differ, with dotted paths ("events.2.shares"); a missing side is null. */
export function fieldDifferences(a: unknown, b: unknown, path: readonly (string | number)[] = []): FieldDifference[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => fieldDifferences(a[i], b[i], [...path, i])).flat();
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => fieldDifferences(a[k], b[k], [...path, k]));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: path.join("."), a: a ?? null, b: b ?? null }];
}

/** The index of the first finding that differs between two traces (a missing finding differs), or null. */
export function firstTraceDifference(a: readonly unknown[], b: readonly unknown[]): { index: number; a: unknown; b: unknown } | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return { index: i, a: a[i] ?? null, b: b[i] ?? null };
  }
  return null;
}

export function compareScenarios(a: ScenarioSource, b: ScenarioSource, optionsOf: (parsed: ParsedScenario) => AnalysisOptions): Comparison {
  const [pa, pb] = [readScenario(a), readScenario(b)];
  const [ta, tb] = [evaluateParsed(pa, optionsOf(pa)).trace, evaluateParsed(pb, optionsOf(pb)).trace];
  return { a: a.origin, b: b.origin, fields: fieldDifferences(pa.scenario, pb.scenario), firstDifference: firstTraceDifference(ta, tb) };
}
