/**
 * What-if sweeps: re-evaluate a scenario over a range of one input and report the outcome per
 * point. Pure: a parsed scenario and a plan in, results out (no file is read).
 *
 * `--vary PATH=FROM:TO:STEP` sets the value at PATH (a path into the scenario such as
 * `events.1.shares`, `company.sharesOutstanding`, `events.0.at` or `prices.*.close`, `*` meaning
 * every element); `PATH*=FROM:TO:STEP` multiplies the value there by each factor (`prices.*.close*=0.5:2:0.1`
 * scales the whole price history); `PATH+=FROM:TO:STEP` adds to it (days for a date). Dates step in
 * calendar days. The scenario is parsed once and the plan loaded once; each point is a copy of
 * the parsed scenario that shares everything but the path it changes (the original is never
 * mutated), checked against the scenario schema where it changed, then run by the engine.
 */
import type { ParsedScenario } from "../scenario/parse.js";
import type { VarySpec, SweepPoint, SweepResult, SweepOptions } from "./sweep/types.js";
import { valuesAt } from "./sweep/paths.js";
import { parseVary, pointsOf } from "./sweep/range.js";
import { metricOf, DEFAULT_METRICS, type MetricDef } from "./sweep/metrics.js";
import { InputError } from "../errors.js";
import { evaluatePoint, pointFrom } from "./sweep/point.js";
import { triggerBoundary } from "./sweep/boundary.js";
import { summarize } from "./sweep/summary.js";

export * from "./sweep/types.js";
export { parseVary } from "./sweep/range.js";
export { METRICS, DEFAULT_METRICS, metricOf, pointView, type MetricDef, type PointView } from "./sweep/metrics.js";

/**
 * A metric the sweep can report for this scenario: `ownership.ID` and `shares.ID` must name one of
 * its Persons (a misspelt id would otherwise be an empty column, as if the Person owned nothing).
 */
function metricOfScenario(name: string, parsed: ParsedScenario): MetricDef {
  const person = /^(?:ownership|shares)\.(.+)$/.exec(name)?.[1];
  const ids = parsed.scenario.persons.map((p) => p.id);
  if (person !== undefined && !ids.includes(person)) {
    throw new InputError(`metric "${name}": the scenario has no Person "${person}"; its Persons are ${ids.join(", ") || "none"}`, []);
  }
  return metricOf(name);
}

/** Runs the sweep of `vary` over `parsed` (see the module comment). */
export function sweep(parsed: ParsedScenario, vary: string | VarySpec, options: SweepOptions): SweepResult {
  const started = performance.now();
  const spec = typeof vary === "string" ? parseVary(vary, parsed.scenario) : vary;
  const metrics = (options.metrics?.length ? options.metrics : DEFAULT_METRICS).map((name) => metricOfScenario(name, parsed));
  const xs = pointsOf(spec);
  const every = options.progressEvery ?? Math.max(1, Math.floor(xs.length / 200));
  const points: SweepPoint[] = [];
  xs.forEach((x, i) => {
    points.push(pointFrom(x, evaluatePoint(parsed, spec, x, options), metrics, options));
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === xs.length)) options.onProgress(i + 1, xs.length);
  });
  const boundary = triggerBoundary(parsed, spec, points, options);
  return {
    param: spec.path.join("."),
    mode: spec.mode,
    kind: spec.kind,
    from: spec.from,
    to: spec.to,
    step: spec.step,
    metrics: metrics.map((m) => m.name),
    points,
    summary: summarize(spec, points, metrics, boundary, valuesAt(parsed.scenario, spec.path)[0]),
    elapsedMs: performance.now() - started,
  };
}
