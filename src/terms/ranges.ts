/**
 * The values a term may take (issue 8: "every term has a range"). A range says in words what it
 * allows, so that a refusal can name the term, the value and what would have been accepted; a
 * relation ties a term to another (the Final Expiration Date comes after the Record Date).
 */
import { dec } from "../numbers/decimal.js";
import { termValueText } from "./valueText.js";
import { thousands } from "../numbers/thousands.js";

export interface Range<T> {
  /** What is allowed, in words: "more than 0 and less than 100". */
  readonly text: string;
  readonly allows: (value: T) => boolean;
  /** The same bounds as JSON Schema keywords, for editors (whole numbers only). */
  readonly jsonSchema?: Readonly<Record<string, number>>;
}

/** A bound on a term that depends on another term's value. */
export interface Relation<T, Terms> {
  /** The other term's name (a string: the names are known only once every term is declared). */
  readonly other: string;
  /** What is allowed, in words, naming the other term: "after the Record Date (recordDate)". */
  readonly text: string;
  readonly allows: (value: T, terms: Terms) => boolean;
}

interface Bounds {
  readonly above?: string;
  readonly atLeast?: string;
  readonly below?: string;
  readonly atMost?: string;
}

/** The bounds in words: "more than 0 and less than 100". */
function boundsText(b: Bounds): string {
  const low = b.above !== undefined ? `more than ${b.above}` : b.atLeast !== undefined ? `at least ${b.atLeast}` : "";
  const high = b.below !== undefined ? `less than ${b.below}` : b.atMost !== undefined ? `at most ${b.atMost}` : "";
  return [low, high].filter(Boolean).join(" and ");
}

/** An exact decimal within bounds; `unit` says what it counts ("a percent of the Common Stock outstanding"). */
export function decimalRange(bounds: Bounds, unit?: string): Range<string> {
  return {
    text: `${boundsText(bounds)}${unit ? ` (${unit})` : ""}`,
    allows: (value) => {
      const v = dec(value);
      return (bounds.above === undefined || v.greaterThan(bounds.above))
        && (bounds.atLeast === undefined || v.greaterThanOrEqualTo(bounds.atLeast))
        && (bounds.below === undefined || v.lessThan(bounds.below))
        && (bounds.atMost === undefined || v.lessThanOrEqualTo(bounds.atMost));
    },
  };
}

/** A whole number from `min` to `max`; `unit` names what it counts ("calendar days"). */
export function countRange(min: number, max: number, unit: string): Range<number> {
  return {
    text: `a whole number of ${unit} from ${thousands(min)} to ${thousands(max)}`,
    allows: (value) => value >= min && value <= max,
    jsonSchema: { minimum: min, maximum: max },
  };
}

/** Any value of the term's shape: the shape is the whole range (a date, a yes or no, one of a list). */
export function anyOf<T>(text: string): Range<T> {
  return { text, allows: () => true };
}

/** Text that says something: not empty, not only spaces. */
export const someText: Range<string> = { text: "a non-empty text", allows: (value) => value.trim().length > 0 };

/** The range, or null meaning "none". */
export function orNone<T>(range: Range<T>): Range<T | null> {
  return { text: `none (null) or ${range.text}`, allows: (value) => value === null || range.allows(value) };
}

/** A list in which no item appears twice. */
export function listWithoutRepeats<T>(item: string): Range<readonly T[]> {
  return {
    text: `a list of ${item}, none listed twice`,
    allows: (values) => new Set(values.map((v) => JSON.stringify(v))).size === values.length,
  };
}

/** "acquiringPersonThresholdPercent (Acquiring Person threshold) 150 is out of range: allowed is more than 0 and less than 100". */
export function outOfRange(term: string, value: unknown, allowed: string): string {
  return `${term} ${termValueText(value)} is out of range: allowed is ${allowed}`;
}
