/**
 * R-X14: counts are exact. Share and Right counts are integers, kept exactly up to
 * 9,007,199,254,740,991 (2^53 - 1); a count the events would push past it is refused, never
 * rounded.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { RuleError } from "./trace.js";
import type { RuleId } from "../agreement/rules.js";
import type { State } from "./state.js";

/** `value` (a whole number) as a count, or an R-X14 error naming `what` and the input `field`. */
export function exactCount(value: Dec, what: string, field: string): number {
  if (value.gt(Number.MAX_SAFE_INTEGER)) {
    throw new RuleError("R-X14", `${what} would be ${value.toFixed(0)}, above 9,007,199,254,740,991, the largest count kept exactly: refused, never rounded`, field);
  }
  return value.toNumber();
}

/** R-X14: `count` + `added` as an exact count. */
export function addCounts(count: number, added: number | Dec, what: string, field: string): number {
  return exactCount(dec(count).plus(added), what, field);
}

/**
 * New shares come only from authorised but unissued Common Stock (R-11a-iii: "authorized but
 * unissued"): an issue, an option's exercise, a split or stock dividend (R-11p) or an exchange
 * that needs more is refused under `rule`, naming `field`. Without `authorizedCommon` the
 * authorised shares are assumed to suffice (scenario-format.md).
 */
export function requireUnissued(state: State, newShares: number, what: string, rule: RuleId, field: string): void {
  if (state.authorizedCommon === undefined || newShares <= state.authorizedCommon - state.sharesOutstanding) return;
  throw new RuleError(rule, `${what} needs ${newShares} new shares but only ${state.authorizedCommon - state.sharesOutstanding} authorised shares are unissued (${state.authorizedCommon} authorised)`, field);
}
