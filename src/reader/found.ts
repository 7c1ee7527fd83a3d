/**
 * What the reader finds: a term's value with the exact passage of the original file it was read
 * from, that passage's offsets and the reader's confidence. The terms are the plan terms of the
 * engine (src/terms/schema.ts) plus four the plan does not need but an analyst does.
 */
import type { TermName } from "../terms/schema.js";

/** Terms a reader reports beyond the plan's: an NOL plan, grandfathering, the security bought, and whether clause (i) counts business days. */
export const READER_ONLY_TERMS = ["nolPlan", "grandfathered", "security"] as const;
export type ReaderTerm = TermName | (typeof READER_ONLY_TERMS)[number];

/** A place in an original file. */
export interface Passage {
  /** The exact text of the original file between `start` and `end`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A term's value as found in a file. */
export interface Found<T = unknown> extends Passage {
  readonly value: T;
  /** 0..1: how surely the passage states this value. */
  readonly confidence: number;
  readonly file: string;
  /** Further passages a list value was gathered from (exempt persons named in several places). */
  readonly more?: readonly Passage[];
}

/** Terms whose value is a list gathered from every passage that names an item. */
export const LIST_TERMS: ReadonlySet<ReaderTerm> = new Set<ReaderTerm>(["exemptPersons", "grandfatheredPersons", "extraBankClosings"]);
