/** One point of a sweep: the scenario with the input set, run by the engine, and its metrics. */
import { runScenario, type Run } from "../../engine/evaluate.js";
import type { ParsedScenario } from "../../scenario/parse.js";
import type { Scenario } from "../../scenario/schema.js";
import type { VarySpec, MetricValue, SweepPoint, SweepOptions } from "./types.js";
import { updateAt } from "./paths.js";
import { applyInput } from "./range.js";
import { check } from "./check.js";
import { type MetricDef, pointView } from "./metrics.js";

export interface Evaluated {
  readonly run?: Run;
  readonly error?: string;
}

export function evaluatePoint(parsed: ParsedScenario, spec: VarySpec, x: string | number, options: SweepOptions): Evaluated {
  let scenario: Scenario;
  try {
    scenario = updateAt(parsed.scenario, spec.path, (old) => applyInput(spec, old, x)) as Scenario;
  } catch (e) {
    return { error: (e as Error).message };
  }
  const invalid = check(spec, scenario);
  if (invalid) return { error: invalid };
  try {
    // The engine's options only: the sweep's onProgress counts points, not a point's events (it
    // was told each point's events too, so a sweep's progress jumped back to "2 of 2").
    return { run: runScenario({ scenario, badEvent: parsed.badEvent }, { asOf: options.asOf, plan: options.plan }) };
  } catch (e) {
    return { error: (e as Error).message.split("\n").join(" ") };
  }
}

export function pointFrom(x: string | number, ev: Evaluated, metrics: readonly MetricDef[], options: SweepOptions): SweepPoint {
  if (!ev.run) return { x, metrics: Object.fromEntries(metrics.map((m) => [m.name, null])), acquiring: false, error: ev.error };
  const run = ev.run;
  const point = pointView(run, options);
  const values: Record<string, MetricValue> = {};
  for (const m of metrics) {
    try {
      values[m.name] = m.get(point);
    } catch (e) {
      values[m.name] = null;
      void e;
    }
  }
  return { x, metrics: values, acquiring: run.state.acquiring.size > 0, ...(run.errors.length ? { error: run.errors.map((e) => `event ${e.event} (${e.rule}): ${e.message}`).join("; ") } : {}) };
}
