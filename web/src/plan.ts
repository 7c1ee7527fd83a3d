/** A plan as the Plans page shows it: its terms in force at a date, by section (GET /api/plans/:id). */
import { getJson, query } from "./api.js";

/** GET /api/plans/:id: the terms in force (at ?asOf), by section, each with its source. */
export interface PlanShown {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly version: string;
  readonly sections: readonly { section: string; terms: readonly { term: string; value: unknown; source: string; assumed?: string }[] }[];
  readonly amendments: readonly { id: string; name?: string; date: string; effective: string; terms: readonly string[] }[];
}

export const planAt = (id: string, asOf?: string) => getJson<PlanShown>(`/api/plans/${encodeURIComponent(id)}${query({ asOf })}`);

/** A term of one plan at two dates: its value at each (undefined where the plan had no such term then) and the source in force at the later. */
export interface TermChange {
  readonly term: string;
  readonly a: unknown;
  readonly b: unknown;
  readonly source: string;
}

/** The terms whose value differs between two dates of one plan: those in force at either date, in the later date's order, then those only at the earlier. */
export function termsChangedBetween(at: PlanShown, later: PlanShown): TermChange[] {
  const termsOf = (p: PlanShown) => new Map(p.sections.flatMap((s) => s.terms).map((t) => [t.term, t]));
  const [before, after] = [termsOf(at), termsOf(later)];
  const names = [...new Set([...after.keys(), ...before.keys()])];
  return names
    .map((term) => ({ term, a: before.get(term)?.value, b: after.get(term)?.value, source: (after.get(term) ?? before.get(term))!.source }))
    .filter((r) => JSON.stringify(r.a) !== JSON.stringify(r.b));
}
