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
import { dec, formatDecimal, isDecimalString, type Dec } from "../numbers/decimal.js";
import { runScenario, type Run } from "../engine/evaluate.js";
import { answerOf, type Answer } from "../engine/answer.js";
import { personId } from "../engine/state.js";
import { InputError, formatIssue, issuesOf } from "../errors.js";
import type { ParsedScenario } from "../scenario/parse.js";
import { eventSchema, scenarioSchema, type Scenario } from "../scenario/schema.js";
import { newYorkDateOf, parseEventInstant } from "../time/instant.js";
import { addDays, epochDayOf, isIsoDate } from "../time/isoDate.js";
import type { AnalysisOptions } from "./base.js";
import { dilutionOfState, primaryAcquirer, type DilutionKind, type DilutionOptions, type DilutionScenario } from "./dilution.js";

export type VaryMode = "set" | "scale" | "shift";
export type VaryKind = "integer" | "decimal" | "date";
type Segment = string | number;

export interface VarySpec {
  readonly text: string;
  readonly path: readonly Segment[];
  readonly mode: VaryMode;
  readonly kind: VaryKind;
  readonly from: string;
  readonly to: string;
  readonly step: string;
}

export type MetricValue = string | number | boolean | null;

export interface SweepPoint {
  readonly x: string | number;
  readonly metrics: Record<string, MetricValue>;
  /** Whether any Person is an Acquiring Person at this point (always computed, for the summary). */
  readonly acquiring: boolean;
  readonly error?: string;
}

export interface Transition {
  readonly metric: string;
  readonly after: string | number;
  readonly at: string | number;
  readonly from: MetricValue;
  readonly to: MetricValue;
}

export interface SweepSummary {
  /** Where the sweep moves from no Acquiring Person to one (or back), refined to the exact value for whole-number inputs. */
  readonly triggerBoundary: {
    /** The input next to the boundary at which no Person is an Acquiring Person, and the one at which one is. */
    readonly without: string | number;
    readonly with: string | number;
    /** Whether the two are one unit apart (refined by bisection for whole-number inputs). */
    readonly exact: boolean;
    /** rising: Acquiring Person from `with` upwards; falling: up to `with`. */
    readonly direction: "rising" | "falling";
  } | null;
  /** Where each metric changes value between consecutive points (the first 50). */
  readonly transitions: readonly Transition[];
  readonly transitionCount: number;
  /** For numeric metrics: the smallest and largest value and where. */
  readonly ranges: readonly { metric: string; min: MetricValue; minAt: string | number; max: MetricValue; maxAt: string | number }[];
  /** For date inputs and date metrics: the metric's date minus the input's, in calendar days, and at how many points. */
  readonly offsets: readonly { metric: string; days: number; points: number; first: string | number; last: string | number }[];
  readonly errors: number;
  /** The summary in sentences. */
  readonly text: readonly string[];
}

export interface SweepResult {
  readonly param: string;
  readonly mode: VaryMode;
  readonly kind: VaryKind;
  readonly from: string;
  readonly to: string;
  readonly step: string;
  readonly metrics: readonly string[];
  readonly points: readonly SweepPoint[];
  readonly summary: SweepSummary;
  readonly elapsedMs: number;
}

export const MAX_POINTS = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Paths

function parsePath(text: string): Segment[] {
  if (!/^[A-Za-z0-9_*-]+(\.[A-Za-z0-9_*-]+)*$/.test(text)) throw new InputError(`--vary: "${text}" is not a path such as events.1.shares or prices.*.close`, []);
  return text.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The values at `path` (several where it has `*`); undefined where a segment is missing. */
function valuesAt(root: unknown, path: readonly Segment[]): unknown[] {
  if (path.length === 0) return [root];
  const [head, ...rest] = path;
  if (root === null || typeof root !== "object") return [undefined];
  if (head === "*") {
    const children = Array.isArray(root) ? root : Object.values(root);
    return children.flatMap((c) => valuesAt(c, rest));
  }
  return valuesAt((root as Record<string | number, unknown>)[head], rest);
}

/** A copy of `root` with `f` applied at `path`, sharing every object off the path. */
function updateAt(root: unknown, path: readonly Segment[], f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path;
  if (head === "*") {
    if (Array.isArray(root)) return root.map((c) => updateAt(c, rest, f));
    if (root && typeof root === "object") return Object.fromEntries(Object.entries(root).map(([k, v]) => [k, updateAt(v, rest, f)]));
    throw new InputError(`--vary: * needs a list or an object`, []);
  }
  if (Array.isArray(root)) {
    if (typeof head !== "number" || head >= root.length) throw new InputError(`--vary: no element ${head} in a list of ${root.length}`, []);
    const copy = root.slice();
    copy[head] = updateAt(root[head], rest, f);
    return copy;
  }
  if (root === null || typeof root !== "object") throw new InputError(`--vary: cannot go into ${JSON.stringify(root)} with "${head}"`, []);
  return { ...(root as object), [head]: updateAt((root as Record<string, unknown>)[head as string], rest, f) };
}

// ---------------------------------------------------------------------------------------------
// The input range

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(T.*)$/;

function kindOfValue(value: unknown): VaryKind | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "decimal";
  if (typeof value === "string") {
    if (isIsoDate(value) || (DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)))) return "date";
    if (isDecimalString(value)) return "decimal";
  }
  return undefined;
}

/** Parses `PATH=FROM:TO:STEP` (or `*=`, `+=`) against the scenario whose values it varies. */
export function parseVary(text: string, scenario: Scenario): VarySpec {
  const match = /^(.+?)(\*=|\+=|=)([^:=]+):([^:=]+):([^:=]+)$/.exec(text.trim());
  if (!match) throw new InputError(`--vary "${text}": expected PATH=FROM:TO:STEP, PATH*=FROM:TO:STEP (scale) or PATH+=FROM:TO:STEP (shift)`, []);
  const [, pathText, op, from, to, step] = match;
  const path = parsePath(pathText);
  const mode: VaryMode = op === "*=" ? "scale" : op === "+=" ? "shift" : "set";
  const existing = valuesAt(scenario, path).filter((v) => v !== undefined);
  let kind = existing.length ? kindOfValue(existing[0]) : undefined;
  if (existing.length && kind === undefined) throw new InputError(`--vary: the value at ${pathText} (${JSON.stringify(existing[0])}) is not a number, a decimal or a date`, []);
  if (kind === undefined) {
    const parents = valuesAt(scenario, path.slice(0, -1));
    const settable = parents.length > 0 && parents.every((p) => p !== null && typeof p === "object" && !Array.isArray(p)) && typeof path[path.length - 1] === "string";
    if (mode !== "set" || !settable) throw new InputError(`--vary: there is no value at ${pathText} to ${mode === "set" ? "set" : mode}`, []);
    kind = isIsoDate(from) ? "date" : /^-?\d+$/.test(from) ? "integer" : "decimal";
  }
  const spec: VarySpec = { text, path, mode, kind, from, to, step };
  pointsOf(spec, 0);
  return spec;
}

/** The inputs of a sweep: for a date set, ISO dates; otherwise decimals (factors, additions or values). */
function pointsOf(spec: VarySpec, limit = MAX_POINTS): (string | number)[] {
  const { from, to, step, mode, kind } = spec;
  const datesSet = kind === "date" && mode === "set";
  if (datesSet && (!isIsoDate(from) || !isIsoDate(to))) throw new InputError(`--vary: a date sweep goes FROM:TO as ISO dates (2004-02-01:2004-03-31:1), not ${from}:${to}`, []);
  for (const [name, v] of datesSet ? [["step", step]] : [["from", from], ["to", to], ["step", step]]) {
    if (!isDecimalString(v)) throw new InputError(`--vary: ${name} "${v}" is not a number`, []);
  }
  const start = datesSet ? dec(epochDayOf(from)) : dec(from);
  const end = datesSet ? dec(epochDayOf(to)) : dec(to);
  const inc = dec(step);
  if (inc.isZero() || (end.gt(start) && inc.isNeg()) || (end.lt(start) && inc.gt(0))) throw new InputError(`--vary: step ${step} does not lead from ${from} to ${to}`, []);
  if ((kind === "date" || (kind === "integer" && mode !== "scale")) && (!inc.isInteger() || !start.isInteger())) {
    throw new InputError(`--vary: ${kind === "date" ? "dates step in whole days" : "share counts are whole numbers"}: ${from}:${to}:${step}`, []);
  }
  const n = end.minus(start).dividedBy(inc).floor().toNumber() + 1;
  if (n > MAX_POINTS) throw new InputError(`--vary: ${n} points, more than ${MAX_POINTS}`, []);
  const out: (string | number)[] = [];
  for (let i = 0; i < Math.min(n, limit); i++) {
    const v = start.plus(inc.times(i));
    out.push(datesSet ? addDays("1970-01-01", v.toNumber()) : kind === "date" || (kind === "integer" && mode !== "scale") ? v.toNumber() : formatDecimal(v));
  }
  return out;
}

/** The new value at the path for input `x`. */
function applyInput(spec: VarySpec, old: unknown, x: string | number): unknown {
  const { kind, mode } = spec;
  if (kind === "date") {
    if (mode === "set") return x;
    if (mode === "scale") throw new InputError("--vary: a date cannot be scaled; shift it with +=", []);
    const text = String(old);
    const m = DATE_TIME.exec(text);
    return m ? addDays(m[1], Number(x)) + m[2] : addDays(text, Number(x));
  }
  if (mode === "set") return kind === "integer" ? x : typeof old === "number" ? Number(x) : String(x);
  const base = dec(old as string | number);
  const next = mode === "scale" ? base.times(x) : base.plus(x);
  if (kind === "integer") return next.floor().toNumber();
  return typeof old === "number" ? next.toNumber() : formatDecimal(next);
}

// ---------------------------------------------------------------------------------------------
// Checking a point against the scenario schema, where it changed

const headShapes = scenarioSchema.shape as unknown as Record<string, { safeParse(v: unknown): { success: boolean; error?: unknown } }>;

function check(spec: VarySpec, scenario: Scenario): string | undefined {
  const [top, index] = spec.path;
  if (top === "events") {
    const events = index === "*" || index === undefined ? scenario.events.map((e, i) => [i, e] as const) : [[index as number, scenario.events[index as number]] as const];
    for (const [i, event] of events) {
      const r = eventSchema.safeParse(event);
      if (!r.success) return `event ${i}: ${issuesOf(r.error).map(formatIssue).join("; ")}`;
    }
    return undefined;
  }
  const shape = headShapes[top as string];
  if (!shape) return `--vary: the scenario has no field "${top}"`;
  const r = shape.safeParse((scenario as unknown as Record<string, unknown>)[top as string]);
  return r.success ? undefined : `${top}: ${issuesOf(r.error as never).map(formatIssue).join("; ")}`;
}

// ---------------------------------------------------------------------------------------------
// Metrics

/** One point of a sweep as the metrics read it: the engine's run, its answer and its dilution analyses. */
export interface PointView {
  readonly run: Run;
  /** The answer `evaluate` gives for this point (made when first read). */
  readonly answer: Answer;
  /** The dilution analysis of one kind at this point (numbers only), if it applies. */
  readonly dilution: (kind: DilutionKind) => DilutionScenario | undefined;
}

/**
 * A metric of a sweep. Metrics read the answer (the fields `evaluate --json` gives, with the
 * plan's derivative counting in every percentage, R-1d) and the dilution analysis; none
 * re-derives what these already say.
 */
export interface MetricDef {
  readonly name: string;
  readonly kind: "number" | "percent" | "money" | "instant" | "date" | "boolean" | "text";
  readonly description: string;
  readonly get: (point: PointView) => MetricValue;
}

/** A Person's Beneficial Ownership in the answer: the row, or a zero one for a named Person who owns nothing; undefined for an unknown id. */
function ownershipOf({ run, answer }: PointView, id: string): { shares: number; percent: string } | undefined {
  if (run.state.personIndex[id] === undefined) return undefined;
  return answer.beneficialOwnership.find((o) => o.person === id) ?? { shares: 0, percent: "0" };
}

function dilutionMetric(kind: "flip-in" | "exchange", field: "percentAfter" | "lossPercent"): MetricDef["get"] {
  return ({ dilution }) => dilution(kind)?.acquirer?.[field] ?? null;
}

export const METRICS: readonly MetricDef[] = [
  { name: "acquiringPersons", kind: "text", description: "the Acquiring Persons (R-1a), comma-separated", get: ({ answer }) => answer.acquiringPersons.join(",") },
  { name: "triggered", kind: "boolean", description: "whether a Section 11(a)(ii) Event occurred (R-11a-ii)", get: ({ answer }) => answer.flipIn !== null },
  { name: "stockAcquisitionDate", kind: "date", description: "the Stock Acquisition Date (R-1ff)", get: ({ answer }) => answer.stockAcquisitionDate },
  { name: "distributionDate", kind: "instant", description: "the Distribution Date, occurred or scheduled (R-3a)", get: ({ answer }) => answer.distributionDate },
  { name: "distributionDateProng", kind: "text", description: "3a-i or 3a-ii (R-3a)", get: ({ answer }) => answer.distributionDateProng },
  { name: "redemptionDeadline", kind: "instant", description: "the end of the redemption window (R-23)", get: ({ answer }) => answer.redemptionDeadline },
  { name: "status", kind: "text", description: "attached, separated, redeemed, exchanged or expired", get: ({ answer }) => answer.status },
  { name: "exercisable", kind: "boolean", description: "whether a valid Right can be exercised (R-7a)", get: ({ answer }) => answer.exercisable },
  { name: "redeemable", kind: "boolean", description: "whether the Board may still redeem (R-23)", get: ({ answer }) => answer.redeemable },
  { name: "exchangeAvailable", kind: "boolean", description: "whether the Board may exchange (R-24)", get: ({ answer }) => answer.exchangeAvailable },
  { name: "flipIn.currentMarketPrice", kind: "money", description: "the Current Market Price on the flip-in date (R-11d)", get: ({ answer }) => answer.flipIn?.currentMarketPrice ?? null },
  { name: "flipIn.sharesPerRight", kind: "number", description: "Adjustment Shares per Right (R-11a-ii)", get: ({ answer }) => answer.flipIn?.sharesPerRight ?? null },
  { name: "flipIn.spreadPerRight", kind: "money", description: "the Spread per Right (R-11a-iii)", get: ({ answer }) => answer.flipIn?.spreadPerRight ?? null },
  { name: "voidRights", kind: "number", description: "void Rights (R-7e)", get: ({ answer }) => answer.voidRights },
  { name: "rightsOutstanding", kind: "number", description: "Rights outstanding", get: ({ answer }) => answer.rightsOutstanding },
  { name: "sharesOutstanding", kind: "number", description: "shares of Common Stock outstanding", get: ({ answer }) => answer.sharesOutstanding },
  { name: "acquirerPercent", kind: "percent", description: "the primary Acquiring Person's Beneficial Ownership, % (R-1d)", get: (point) => { const p = primaryAcquirer(point.run.state); return p === null ? null : ownershipOf(point, personId(point.run.state, p))?.percent ?? null; } },
  { name: "acquirerPercentAfterExchange", kind: "percent", description: "the primary Acquiring Person's % after an exchange at the plan's ratio (R-24)", get: dilutionMetric("exchange", "percentAfter") },
  { name: "acquirerPercentAfterFlipIn", kind: "percent", description: "the primary Acquiring Person's % after full exercise of the valid Rights (R-11a-ii)", get: dilutionMetric("flip-in", "percentAfter") },
  { name: "acquirerLossPercent", kind: "percent", description: "the primary Acquiring Person's loss of value on a flip-in, % (value model)", get: dilutionMetric("flip-in", "lossPercent") },
  { name: "acquirerLossPercentExchange", kind: "percent", description: "the primary Acquiring Person's loss of value on an exchange, % (value model)", get: dilutionMetric("exchange", "lossPercent") },
  { name: "errors", kind: "number", description: "the number of errors", get: ({ answer }) => answer.errors.length },
];

/** `ownership.ID` (percent) and `shares.ID` name one Person's Beneficial Ownership. */
export function metricOf(name: string): MetricDef {
  const found = METRICS.find((m) => m.name === name);
  if (found) return found;
  const person = /^(ownership|shares)\.([a-z0-9-]+)$/.exec(name);
  if (person) {
    const [, what, id] = person;
    return what === "ownership"
      ? { name, kind: "percent", description: `${id}'s Beneficial Ownership, % (R-1d)`, get: (point) => ownershipOf(point, id)?.percent ?? null }
      : { name, kind: "number", description: `${id}'s Beneficial Ownership, shares (R-1d)`, get: (point) => ownershipOf(point, id)?.shares ?? null };
  }
  throw new InputError(`unknown metric "${name}": one of ${METRICS.map((m) => m.name).join(", ")}, ownership.ID or shares.ID`, []);
}

export const DEFAULT_METRICS = ["acquiringPersons", "stockAcquisitionDate", "distributionDate", "status", "exercisable", "flipIn.sharesPerRight", "acquirerPercentAfterExchange"];

// ---------------------------------------------------------------------------------------------
// The sweep

export interface SweepOptions extends AnalysisOptions, DilutionOptions {
  readonly metrics?: readonly string[];
  /** Called every `progressEvery` points and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /** Find the exact trigger boundary of a whole-number input by bisection (default true). */
  readonly refine?: boolean;
}

interface Evaluated {
  readonly run?: Run;
  readonly error?: string;
}

function evaluatePoint(parsed: ParsedScenario, spec: VarySpec, x: string | number, options: SweepOptions): Evaluated {
  let scenario: Scenario;
  try {
    scenario = updateAt(parsed.scenario, spec.path, (old) => applyInput(spec, old, x)) as Scenario;
  } catch (e) {
    return { error: (e as Error).message };
  }
  const invalid = check(spec, scenario);
  if (invalid) return { error: invalid };
  try {
    return { run: runScenario({ scenario, badEvent: parsed.badEvent }, options) };
  } catch (e) {
    return { error: (e as Error).message.split("\n").join(" ") };
  }
}

/** The view of a run the metrics read: its answer and dilution analyses, each made once and only if read. */
export function pointView(run: Run, options: DilutionOptions): PointView {
  let answer: Answer | undefined;
  const dilutions = new Map<DilutionKind, DilutionScenario | undefined>();
  return {
    run,
    get answer() {
      return (answer ??= answerOf(run.state, run.asOf, run.errors));
    },
    dilution(kind) {
      if (!dilutions.has(kind)) dilutions.set(kind, dilutionOfState(run.state, run.asOf, options, undefined, { kinds: [kind], lite: true }).scenarios[0]);
      return dilutions.get(kind);
    },
  };
}

function pointFrom(x: string | number, ev: Evaluated, metrics: readonly MetricDef[], options: SweepOptions): SweepPoint {
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

/** Runs the sweep of `vary` over `parsed` (see the module comment). */
export function sweep(parsed: ParsedScenario, vary: string | VarySpec, options: SweepOptions): SweepResult {
  const started = performance.now();
  const spec = typeof vary === "string" ? parseVary(vary, parsed.scenario) : vary;
  const metrics = (options.metrics?.length ? options.metrics : DEFAULT_METRICS).map(metricOf);
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

/**
 * Where the sweep crosses from no Acquiring Person to one (or back): the last point without and
 * the first with, refined by bisection for a whole-number input when it crosses exactly once (the
 * crossing is then assumed monotone between the two points).
 */
function triggerBoundary(parsed: ParsedScenario, spec: VarySpec, points: readonly SweepPoint[], options: SweepOptions): SweepSummary["triggerBoundary"] {
  const ok = points.filter((p) => p.error === undefined);
  const crossings: number[] = [];
  for (let i = 1; i < ok.length; i++) if (ok[i].acquiring !== ok[i - 1].acquiring) crossings.push(i);
  if (crossings.length !== 1) return null;
  const i = crossings[0];
  const rising = ok[i].acquiring;
  let [without, withIt] = rising ? [ok[i - 1].x, ok[i].x] : [ok[i].x, ok[i - 1].x];
  let exact = Math.abs(Number(ok[i].x) - Number(ok[i - 1].x)) === 1 && spec.kind === "integer" && spec.mode !== "scale";
  if (!exact && spec.kind === "integer" && spec.mode !== "scale" && options.refine !== false) {
    let lo = Number(without);
    let hi = Number(withIt);
    const acquiringAt = (x: number) => {
      const run = evaluatePoint(parsed, spec, x, options).run;
      return run && run.errors.length === 0 ? run.state.acquiring.size : undefined;
    };
    while (Math.abs(hi - lo) > 1) {
      const mid = Math.trunc((lo + hi) / 2);
      const a = acquiringAt(mid);
      if (a === undefined) break;
      if (a > 0) hi = mid;
      else lo = mid;
    }
    if (Math.abs(hi - lo) === 1) {
      [without, withIt] = [lo, hi];
      exact = true;
    }
  }
  return { without, with: withIt, exact, direction: rising ? "rising" : "falling" };
}

const numericKinds = new Set(["number", "percent", "money"]);

function daysBetween(a: string, b: string): number {
  const day = (s: string) => epochDayOf(s.length > 10 ? newYorkDateOf(parseEventInstant(s)) : s);
  return day(b) - day(a);
}

function summarize(spec: VarySpec, points: readonly SweepPoint[], metrics: readonly MetricDef[], boundary: SweepSummary["triggerBoundary"], original: unknown): SweepSummary {
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
  for (const [metric, list] of byMetric) text.push(`${metric} is ${list.map((o) => `${o.days} days after ${param} (${o.points} points, ${o.first}${o.first === o.last ? "" : ` to ${o.last}`})`).join("; ")}.`);
  for (const m of metrics) {
    const nulls = points.filter((p) => p.metrics[m.name] === null && p.error === undefined);
    if (nulls.length && nulls.length < points.length) text.push(`${m.name} is none at ${nulls.length} point(s) (${nulls[0].x}${nulls.length > 1 ? ` to ${nulls[nulls.length - 1].x}` : ""}).`);
  }
  if (errors) text.push(`${errors} point(s) ended with an error (see each point's error).`);
  return { triggerBoundary: boundary, transitions, transitionCount, ranges, offsets, errors, text };
}

/** For a date input, the date (or date-time) that point x gave the path; null for a `*` path shifted. */
function inputDate(spec: VarySpec, x: string | number, original: unknown): string | null {
  if (spec.mode === "set") return String(x);
  if (spec.path.includes("*") || typeof original !== "string") return null;
  return applyInput(spec, original, x) as string;
}
