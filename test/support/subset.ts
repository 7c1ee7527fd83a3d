/**
 * Subset comparison of an expected answer with an `evaluate` answer, with the semantics of
 * /work/shared/tools/check_scenarios.py (the shared examples' checker), so that a data-driven case
 * passes here exactly when it would pass there:
 *
 * - objects: every expected key must match the answer's (a missing key is `<missing>`);
 * - `acquiringPersons`: compared as sets of ids (sorted lists);
 * - `beneficialOwnership`: each expected row matches the answer's row for the same person;
 * - `errors`: the multisets of (event, rule) must be equal (messages are not compared);
 * - other lists: same length, element by element;
 * - `null` and booleans: identical;
 * - an ISO date-time string: the same instant AND the same offset string (last 6 characters);
 * - an ISO date (`YYYY-MM-DD`): the answer's first 10 characters;
 * - a decimal (string or number): within 1e-9 x max(1, |expected|), compared as exact Decimals;
 * - anything else: equal.
 */
import { Decimal } from "decimal.js";

/** A decimal as Python's `Decimal(str(x))` reads it, or null. */
function num(x: unknown): Decimal | null {
  if (typeof x === "number") return Number.isFinite(x) ? new Decimal(String(x)) : null;
  if (typeof x !== "string") return null;
  const s = x.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  return new Decimal(s);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An ISO date-time (Python's `fromisoformat` after `Z` → `+00:00`), as epoch milliseconds for an
 * aware one or as a wall-clock key for a naive one; null when `x` is not one.
 */
function inst(x: unknown): { aware: boolean; key: number } | null {
  if (typeof x !== "string" || !x.includes("T")) return null;
  const m = DATE_TIME.exec(x);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = "0", frac = "0", offset] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, "0").slice(0, 3)));
  if (Number.isNaN(wall)) return null;
  if (offset === undefined) return { aware: false, key: wall };
  if (offset === "Z") return { aware: true, key: wall };
  const sign = offset[0] === "-" ? -1 : 1;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return { aware: true, key: wall - sign * minutes * 60_000 };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function show(x: unknown): string {
  const text = x === undefined ? "undefined" : JSON.stringify(x);
  return text.length > 80 ? text.slice(0, 80) : text;
}

const MISSING = "<missing>";

/** The mismatches between `expected` (a subset) and `got`, one message per mismatch; empty when it matches. */
export function subsetMismatches(expected: unknown, got: unknown, path = ""): string[] {
  const bad: string[] = [];
  same(expected, got, path, bad);
  return bad;
}

function same(exp: unknown, got: unknown, path: string, bad: string[]): void {
  if (isPlainObject(exp)) {
    if (!isPlainObject(got)) {
      bad.push(`${path}: expected object, got ${show(got)}`);
      return;
    }
    for (const [k, v] of Object.entries(exp)) same(v, k in got && got[k] !== undefined ? got[k] : MISSING, `${path}.${k}`, bad);
    return;
  }
  if (Array.isArray(exp)) {
    if (path.endsWith("acquiringPersons")) {
      const e = exp.map(String).sort();
      const g = Array.isArray(got) ? got.map(String).sort() : null;
      if (!g || g.length !== e.length || g.some((x, i) => x !== e[i])) bad.push(`${path}: expected ${show(exp)}, got ${show(got)}`);
      return;
    }
    if (path.endsWith("beneficialOwnership")) {
      const rows = new Map<unknown, unknown>();
      if (Array.isArray(got)) for (const r of got) if (isPlainObject(r)) rows.set(r.person, r);
      for (const e of exp) {
        const person = isPlainObject(e) ? e.person : undefined;
        same(e, rows.get(person) ?? MISSING, `${path}[${String(person)}]`, bad);
      }
      return;
    }
    if (path.endsWith("errors")) {
      const key = (r: unknown) => (isPlainObject(r) ? `${r.event === null || r.event === undefined ? -1 : Number(r.event)}|${String(r.rule)}` : "?");
      const e = exp.map(key).sort();
      const g = Array.isArray(got) ? got.map(key).sort() : null;
      if (!g || g.length !== e.length || g.some((x, i) => x !== e[i])) bad.push(`${path}: expected ${JSON.stringify(e)}, got ${g ? JSON.stringify(g) : show(got)}`);
      return;
    }
    if (!Array.isArray(got) || got.length !== exp.length) {
      bad.push(`${path}: expected ${exp.length} items, got ${show(got)}`);
      return;
    }
    exp.forEach((a, i) => same(a, got[i], `${path}[${i}]`, bad));
    return;
  }
  if (exp === null || typeof exp === "boolean") {
    if (got !== exp) bad.push(`${path}: expected ${JSON.stringify(exp)}, got ${show(got)}`);
    return;
  }
  const expInstant = inst(exp);
  if (typeof exp === "string" && expInstant) {
    const g = inst(got);
    const sameInstant = g !== null && g.aware === expInstant.aware && g.key === expInstant.key;
    if (!sameInstant || (typeof got === "string" && got.slice(-6) !== exp.slice(-6))) bad.push(`${path}: expected ${exp}, got ${show(got)}`);
    return;
  }
  if (typeof exp === "string" && exp.length === 10 && exp[4] === "-" && num(exp) === null) {
    if (!(typeof got === "string" && got.slice(0, 10) === exp)) bad.push(`${path}: expected ${exp}, got ${show(got)}`);
    return;
  }
  const e = num(exp);
  if (e !== null) {
    const g = typeof got === "boolean" ? null : num(got);
    const tolerance = new Decimal("1e-9").times(Decimal.max(1, e.abs()));
    if (g === null || g.minus(e).abs().gt(tolerance)) bad.push(`${path}: expected ${String(exp)}, got ${show(got)}`);
    return;
  }
  if (exp !== got) bad.push(`${path}: expected ${show(exp)}, got ${show(got)}`);
}

/**
 * check_scenarios.py's exit-code rule, for an answer from the library (the CLI exits non-zero
 * exactly when `errors` is not empty): an expectation with errors needs an answer with errors; an
 * expectation that does not mention `errors` needs an answer without any.
 */
export function exitCodeMismatches(expected: Record<string, unknown>, got: { errors?: readonly unknown[] }): string[] {
  const answered = (got.errors ?? []).length > 0;
  const wanted = Array.isArray(expected.errors) && expected.errors.length > 0;
  if (wanted && !answered) return ["exit code 0 despite errors"];
  if (!("errors" in expected) && answered) return [`exit code 1: unexpected errors ${JSON.stringify(got.errors).slice(0, 300)}`];
  return [];
}
