/**
 * Two plans compared term by term, as a governance analyst compares a new pill with market
 * practice: the terms in force at an instant that differ, grouped by what they govern, each
 * with both values, their sources and which way the second plan moves from the first; and the
 * plan's life in years, the figure analysts quote first.
 */
import { dec } from "../numbers/decimal.js";
import { termsInForce } from "../terms/inForce.js";
import type { Plan } from "../terms/schema.js";
import { declarationOf, TERM_NAMES, type TermName } from "../terms/declarations.js";
import { DIFF_GROUPS, type DiffGroup } from "../terms/declare.js";
import { epochDayOf } from "../time/isoDate.js";
import type { Instant } from "../time/instant.js";
import { termValueText } from "../terms/valueText.js";
import { sameValue } from "./sameValue.js";

/** The terms of each group `diff` prints, as each term declares its group, in the Agreement's order. */
const CATEGORIES: readonly [DiffGroup, readonly TermName[]][] = DIFF_GROUPS.map((group) => [group, TERM_NAMES.filter((name) => declarationOf(name).diffGroup === group)]);

export interface Side {
  readonly value: unknown;
  readonly source: string;
}

export interface Difference {
  readonly term: TermName | "termYears";
  readonly category: string;
  readonly a: Side;
  readonly b: Side;
  /** How B stands against A ("lower", "later", "B only", "adds X"). */
  readonly change: string;
}

export interface PlanDiff {
  readonly a: { readonly ref: string; readonly version: string };
  readonly b: { readonly ref: string; readonly version: string };
  readonly asOf: string | null;
  readonly differences: readonly Difference[];
  /** How many terms are the same. */
  readonly same: number;
}

/** Which way `b` moves from `a`. */
function changeOf(a: unknown, b: unknown): string {
  if (a === null || a === undefined) return "only B has one";
  if (b === null || b === undefined) return "only A has one";
  if (typeof a === "boolean") return b ? "B has it, A does not" : "A has it, B does not";
  if (Array.isArray(a) && Array.isArray(b)) {
    const added = b.filter((x) => !a.some((y) => sameValue(x, y))).map(termValueText);
    const dropped = a.filter((x) => !b.some((y) => sameValue(x, y))).map(termValueText);
    return [added.length ? `B adds ${added.join("; ")}` : "", dropped.length ? `B drops ${dropped.join("; ")}` : ""].filter(Boolean).join(", ");
  }
  const numeric = (v: unknown) => (typeof v === "number" || (typeof v === "string" && /^-?\d*\.?\d+$/.test(v)) ? dec(String(v)) : null);
  const [na, nb] = [numeric(a), numeric(b)];
  if (na && nb) return nb.greaterThan(na) ? "higher" : "lower";
  const date = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : typeof v === "object" && v && "date" in v ? String((v as { date: string }).date) : null);
  const [da, db] = [date(a), date(b)];
  if (da && db && da !== db) return db > da ? "later" : "earlier";
  return "differs";
}

/** Years from the plan's date to its final expiration, to one decimal. */
function termYears(agreementDate: string, expiration: string): string {
  return dec(epochDayOf(expiration) - epochDayOf(agreementDate)).dividedBy("365.25").toDecimalPlaces(1).toString();
}

export function planDifferences(a: Plan, b: Plan, at: Instant, refs: { a: string; b: string; asOf: string | null }): PlanDiff {
  const ta = termsInForce(a, at);
  const tb = termsInForce(b, at);
  const differences: Difference[] = [];
  let same = 0;
  for (const [category, terms] of CATEGORIES) {
    for (const term of terms) {
      const [va, vb] = [ta.values[term], tb.values[term]];
      if (sameValue(va, vb)) {
        same++;
        continue;
      }
      differences.push({ term, category, a: { value: va, source: ta.sources[term] }, b: { value: vb, source: tb.sources[term] }, change: changeOf(va, vb) });
    }
  }
  const [ya, yb] = [termYears(ta.values.agreementDate, ta.values.finalExpiration.date), termYears(tb.values.agreementDate, tb.values.finalExpiration.date)];
  if (ya !== yb) {
    const derived = "years from agreementDate to finalExpiration";
    differences.unshift({ term: "termYears", category: "Parties and dates", a: { value: ya, source: derived }, b: { value: yb, source: derived }, change: changeOf(ya, yb) });
  }
  return { a: { ref: refs.a, version: ta.version }, b: { ref: refs.b, version: tb.version }, asOf: refs.asOf, differences, same };
}

export function formatDifferences(diff: PlanDiff): string {
  const when = diff.asOf ? `in force on ${diff.asOf}` : "with every amendment in force";
  const out = [`A: ${diff.a.ref} (${diff.a.version})`, `B: ${diff.b.ref} (${diff.b.version})`, `Terms ${when}: ${diff.differences.length} differ, ${diff.same} the same.`];
  const width = Math.max(8, ...diff.differences.map((d) => d.term.length));
  for (const [category] of CATEGORIES) {
    const rows = diff.differences.filter((d) => d.category === category);
    if (!rows.length) continue;
    out.push("", `${category}:`);
    for (const d of rows) {
      out.push(`  ${d.term.padEnd(width)}  A ${termValueText(d.a.value)}  |  B ${termValueText(d.b.value)}  (${d.change})`);
    }
  }
  return out.join("\n");
}
