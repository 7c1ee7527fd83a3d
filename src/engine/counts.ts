/**
 * R-X14: counts are exact. Share and Right counts are integers, kept exactly up to
 * 9,007,199,254,740,991 (2^53 - 1); a count the events would push past it is refused, never
 * rounded.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { RuleError } from "./trace.js";

/** `value` (a whole number) as a count, or an R-X14 error naming `what` and the input `field`. */
export function exactCount(value: Dec, what: string, field?: string): number {
  if (value.gt(Number.MAX_SAFE_INTEGER)) {
    throw new RuleError("R-X14", `${what} would be ${value.toFixed(0)}, above 9,007,199,254,740,991, the largest count kept exactly: refused, never rounded`, field);
  }
  return value.toNumber();
}

/** R-X14: `count` + `added` as an exact count. */
export function addCounts(count: number, added: number | Dec, what: string, field?: string): number {
  return exactCount(dec(count).plus(added), what, field);
}
