/**
 * The bounds terms put on each other (the Final Expiration Date after the Record Date, the
 * exchange bar above the threshold), checked on every version of a plan: as adopted and after
 * each amendment. A value outside its own range is refused as such, not compared.
 */
import { declarationOf, TERM_NAMES, termTitle, type TermName, type TermValues } from "./declarations.js";
import { outOfRange } from "./ranges.js";
import { termValueText } from "./valueText.js";

export interface RelationBreach {
  readonly term: TermName;
  /** The term it is compared with. */
  readonly other: TermName;
  readonly message: string;
}

/** The terms of `values` that break their relation to another term, each with a sentence saying so. */
export function relationBreaches(values: TermValues): RelationBreach[] {
  return TERM_NAMES.flatMap((term) => {
    const { relation } = declarationOf(term);
    if (!relation) return [];
    const other = relation.other as TermName;
    const comparable = isInRange(term, values[term]) && isInRange(other, values[other]);
    if (!comparable || relation.allows(values[term], values)) return [];
    return [{ term, other, message: outOfRange(termTitle(term), values[term], `${relation.text} (${other} is ${termValueText(values[other])})`) }];
  });
}

/** Whether a value has its term's shape and lies in its range (a value that does not is refused as such, never compared). */
function isInRange(term: TermName, value: unknown): boolean {
  const { shape, range } = declarationOf(term);
  const parsed = shape.safeParse(value);
  return parsed.success && range.allows(parsed.data as never);
}
