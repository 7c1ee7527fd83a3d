/**
 * Helpers for the analysis tests: scenarios read in place (../shared/examples, examples/) or
 * built here with flat closing prices, and exact comparisons of decimal strings.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { dec } from "../src/numbers/decimal.js";
import { parseScenario, readScenarioFile, type ParsedScenario } from "../src/scenario/parse.js";
import { plansForScenarioFile } from "../src/files/plans.js";
import { BUILT_IN_PLANS, planNamed } from "../src/terms/catalogue.js";
import type { AnalysisOptions } from "../src/analysis/base.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const sharedExamples = resolve(repoRoot, "../shared/examples");

export function shared(name: string): string {
  return resolve(sharedExamples, name);
}

export function project(name: string): string {
  return resolve(repoRoot, name);
}

/** A scenario file read once, with its plan loaded once. */
export function loaded(path: string): { parsed: ParsedScenario; options: AnalysisOptions } {
  const parsed = readScenarioFile(path);
  return { parsed, options: { plan: planNamed(plansForScenarioFile(path, parsed.scenario.plan), parsed.scenario.plan) } };
}

/** A scenario from data, on the built-in plan. */
export function fromData(data: Record<string, unknown>): { parsed: ParsedScenario; options: AnalysisOptions } {
  const parsed = parseScenario(data);
  return { parsed, options: { plan: planNamed(BUILT_IN_PLANS, parsed.scenario.plan) } };
}

/** Closes of `close` on every weekday from `from` for `count` weekdays (Trading Days, R-T4). */
export function flatCloses(from: string, count: number, close: string): { date: string; close: string }[] {
  const out: { date: string; close: string }[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  while (out.length < count) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) out.push({ date: d.toISOString().slice(0, 10), close });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** `actual` (a decimal string) equals `expected` (a decimal string, number or Decimal) to `places` places. */
export function expectDecimal(actual: string | null | undefined, expected: string | number | ReturnType<typeof dec>, places = 9): void {
  expect(actual, `expected a decimal near ${String(expected)}`).not.toBeNull();
  expect(actual).not.toBeUndefined();
  const diff = dec(actual!).minus(dec(expected as string)).abs();
  expect(diff.lte(dec(10).pow(-places)), `${actual} differs from ${String(expected)} by ${diff.toString()}`).toBe(true);
}

/** a / b x 100 as an exact-enough decimal for comparisons. */
export function pct(a: number | bigint, b: number | bigint): ReturnType<typeof dec> {
  return dec(a.toString()).times(100).dividedBy(b.toString());
}
