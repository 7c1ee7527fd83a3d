/** The input range of a sweep: `PATH=FROM:TO:STEP` (or `*=`, `+=`) parsed, its points, and the value each point gives the path. */
import { dec, formatDecimal, isDecimalString, type Dec } from "../../numbers/decimal.js";
import { InputError } from "../../errors.js";
import type { Scenario } from "../../scenario/schema.js";
import { addDays, epochDayOf, isIsoDate } from "../../time/isoDate.js";
import { isOffsetDateTimeText, shiftNewYorkDateTime } from "../../time/instant.js";
import { type VaryMode, type VaryKind, type VarySpec, MAX_POINTS } from "./types.js";
import { parsePath, valuesAt } from "./paths.js";

export const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(T.*)$/;

export function kindOfValue(value: unknown): VaryKind | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "decimal";
  if (typeof value === "string") {
    if (isIsoDate(value) || (DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)))) return "date";
    if (isDecimalString(value)) return "decimal";
  }
  return undefined;
}

/** `PATH=FROM:TO:STEP` (or `*=`, `+=`) split into its parts, before any scenario is read; any other text is an input error saying the form. */
export function varyParts(text: string): [path: string, op: string, from: string, to: string, step: string] {
  const match = /^(.+?)(\*=|\+=|=)([^:=]+):([^:=]+):([^:=]+)$/.exec(text.trim());
  if (!match) throw new InputError(`--vary "${text}": expected PATH=FROM:TO:STEP, PATH*=FROM:TO:STEP (scale) or PATH+=FROM:TO:STEP (shift)`, []);
  const [, pathText, op, from, to, step] = match as unknown as [string, string, string, string, string, string];
  return [pathText, op, from, to, step];
}

/** Parses `PATH=FROM:TO:STEP` (or `*=`, `+=`) against the scenario whose values it varies. */
export function parseVary(text: string, scenario: Scenario): VarySpec {
  const [pathText, op, from, to, step] = varyParts(text);
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
export function pointsOf(spec: VarySpec, limit = MAX_POINTS): (string | number)[] {
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
  if (kind === "integer" && mode === "set" && (start.abs().gt(Number.MAX_SAFE_INTEGER) || end.abs().gt(Number.MAX_SAFE_INTEGER))) {
    throw new InputError(`--vary: share counts past 9,007,199,254,740,991 cannot be counted exactly (R-X14), and are refused rather than rounded: ${from}:${to}:${step}`, []);
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

/** R-X14: a scaled share count is used only when whole; a fraction refuses the point, never rounded. */
function wholeShares(spec: VarySpec, base: Dec, x: string | number, next: Dec): number {
  if (next.isInteger()) return next.toNumber();
  throw new InputError(`${spec.path.join(".")}: ${base.toFixed()} x ${x} is ${formatDecimal(next)} shares, not a whole number; share counts are never rounded (R-X14): choose factors that give whole shares`, []);
}

/** The new value at the path for input `x`. */
export function applyInput(spec: VarySpec, old: unknown, x: string | number): unknown {
  const { kind, mode } = spec;
  if (kind === "date") {
    if (mode === "set") return x;
    if (mode === "scale") throw new InputError("--vary: a date cannot be scaled; shift it with +=", []);
    const text = String(old);
    // a date-time keeps its New York clock time, its offset following the clocks (R-T1, R-X9)
    if (isOffsetDateTimeText(text)) return shiftNewYorkDateTime(text, Number(x));
    const m = DATE_TIME.exec(text);
    return m ? addDays(m[1], Number(x)) + m[2] : addDays(text, Number(x));
  }
  if (mode === "set") return kind === "integer" ? x : typeof old === "number" ? Number(x) : String(x);
  const base = dec(old as string | number);
  const next = mode === "scale" ? base.times(x) : base.plus(x);
  if (kind === "integer") return wholeShares(spec, base, x, next);
  return typeof old === "number" ? next.toNumber() : formatDecimal(next);
}
