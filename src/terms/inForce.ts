/**
 * The terms in force at an instant (R-T6): the original terms plus every amendment whose
 * effective date has begun (00:00 New York time), later amendments overriding earlier ones.
 */
import { newYorkInstant, type Instant } from "../time/instant.js";
import type { Amendment, Plan, SourcedChanges, TermName, TermValues } from "./schema.js";

export interface TermsInForce {
  readonly values: TermValues;
  /** The reference behind each value in force. */
  readonly sources: Readonly<Record<TermName, string>>;
  /** R-X13: the terms in force assumed rather than read from the plan's text (`assumed:`), with why. */
  readonly assumed: ReadonlyMap<TermName, string>;
  /** `<plan>@<date>`: the latest amendment in force, else the agreement's date. */
  readonly version: string;
}

/** The instant an amendment's text starts to apply: 00:00 New York time on its effective date (R-T6). */
export function amendmentStart(amendment: Pick<Amendment, "effective">): Instant {
  return newYorkInstant(amendment.effective, "00:00");
}

/** The plan's amendments in the order they take effect (stable for equal dates). */
export function amendmentsInOrder(plan: Plan): Amendment[] {
  return plan.amendments
    .map((amendment, index) => ({ amendment, index }))
    .sort((a, b) => amendmentStart(a.amendment) - amendmentStart(b.amendment) || a.index - b.index)
    .map((x) => x.amendment);
}

/** The original terms with the given changes laid over them, in order: each term's value, source and, when assumed rather than read (R-X13), why. */
export function applyChanges(plan: Plan, changes: readonly SourcedChanges[]): Pick<TermsInForce, "values" | "sources" | "assumed"> {
  const values = {} as Record<TermName, unknown>;
  const sources = {} as Record<TermName, string>;
  const assumed = new Map<TermName, string>();
  for (const layer of [plan.terms as SourcedChanges, ...changes]) {
    for (const [name, term] of Object.entries(layer) as [TermName, { value: unknown; source: string; assumed?: string } | undefined][]) {
      if (!term) continue;
      values[name] = term.value;
      sources[name] = term.source;
      if (term.assumed === undefined) assumed.delete(name);
      else assumed.set(name, term.assumed);
    }
  }
  return { values: values as TermValues, sources, assumed };
}

/**
 * The terms of `plan` with the given amendments (in effect order) in force: values, sources and
 * version. scenario-format.md: the version is "the effective date of the latest amendment in force,
 * or the agreement's date when none is"; an amendment dated before the agreement it amends (R-X13:
 * applied, with a warning) makes no version older than the agreement: the text it forms applies
 * from the agreement's date (R-T6).
 */
export function termsWith(plan: Plan, inForce: readonly Pick<Amendment, "changes" | "effective">[]): TermsInForce {
  const { values, sources, assumed } = applyChanges(plan, inForce.map((a) => a.changes));
  const agreementDate = plan.terms.agreementDate.value;
  const latest = inForce[inForce.length - 1]?.effective;
  return { values, sources, assumed, version: `${plan.id}@${latest !== undefined && latest > agreementDate ? latest : agreementDate}` };
}

/** The terms of `plan` in force at instant `at` (R-T6). */
export function termsInForce(plan: Plan, at: Instant): TermsInForce {
  return termsWith(plan, amendmentsInOrder(plan).filter((a) => amendmentStart(a) <= at));
}
