/**
 * The standard form of rights agreements of the era (rights-plan.md, the "[standard form]"
 * rules): the value a plan file takes for a term its text does not give, with the rule that
 * says so, as each term declares it (src/terms/sections/). Some terms have no standard form (a
 * price, a name): those get a placeholder that says it is one. A few defaults follow from terms
 * the text does give (the expiry from the plan's date, the 13(d) exception from a Qualified Offer).
 */
import { declarationOf, TERM_NAMES, type TermName } from "../terms/declarations.js";
import type { Known } from "../terms/declare.js";

export type { Known } from "../terms/declare.js";

export interface Default {
  readonly value: unknown;
  /** Why this value: the standard-form rule, or that it is a placeholder. */
  readonly reason: string;
  /** A placeholder stands in for a term that has no standard form; the plan works but says what it does not know. */
  readonly placeholder?: boolean;
}

/** The default of one term: its standard form, else what the reader falls back on. */
function defaultOf(name: TermName, known: Known): Default {
  const { standard, readerFallback } = declarationOf(name);
  if (standard) return { value: standard.value(known), reason: standard.reason(known) };
  const fallback = readerFallback!;
  const value = { value: fallback.value(known), reason: fallback.reason(known) };
  return fallback.placeholder ? { ...value, placeholder: true } : value;
}

/** The default of each term, given what the text does say. */
export function standardForm(known: Known): { [K in TermName]: Default } {
  return Object.fromEntries(TERM_NAMES.map((name) => [name, defaultOf(name, known)])) as { [K in TermName]: Default };
}
