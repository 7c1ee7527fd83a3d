/**
 * Exact decimal arithmetic for money, prices and ratios. Binary floats never touch a price:
 * every decimal is a decimal.js value, and answers print as exact strings, a repeating
 * decimal rounded to 12 places (scenario-format.md, "Decimals are strings, exact").
 */
import { Decimal } from "decimal.js";

/** The places to which an answer rounds a decimal that does not terminate sooner. */
export const ANSWER_PLACES = 12;

const PRECISION = 50;

/**
 * The most places a decimal can have and still be known exact. A result that decimal.js had to
 * round keeps 50 significant digits, so its last digit lies at place 50 - (its integer digits):
 * beyond place 25 for every value below 10^25, far above any count (< 2^53, R-X14) or sum of money
 * the engine forms. A value with 25 places or fewer is therefore a terminating decimal, exact.
 */
export const EXACT_PLACES = PRECISION / 2;

export const D = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof D>;

/** A decimal from a scenario or terms value: a string like "1.50" or a number like 15. */
export function dec(value: string | number | Dec): Dec {
  return new D(value);
}

/**
 * The answer's string for a decimal, no trailing zeros: scenario-format.md, "Decimals are
 * strings, exact; a repeating decimal is rounded to 12 places". A terminating decimal is written
 * in full ("1.0000000000001"); one that repeats (decimal.js rounded it at 50 digits, so it has
 * more than EXACT_PLACES places) is rounded half up to 12 places ("1.739333333333").
 */
export function formatDecimal(value: Dec): string {
  return (value.decimalPlaces() <= EXACT_PLACES ? value : value.toDecimalPlaces(ANSWER_PLACES)).toString();
}

/** Whether a string is a plain decimal number ("15", "-0.5", ".01", "4.99"). */
export function isDecimalString(s: string): boolean {
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s.trim());
}

/**
 * One text for one decimal value ("2.50", ".5 ", "2.5" -> "2.5", never exponent notation such as
 * "1e-8"): how scenarios, plans and the register's commands record a decimal, so that nothing
 * echoes how a file or a command line happened to write it.
 */
export function canonicalDecimal(s: string): string {
  return dec(s.trim()).toFixed();
}

/**
 * A decimal argument as one text (canonicalDecimal), as a command records it: a retry under a key
 * that writes the same number another way is the same command. A text that is no plain decimal is
 * kept as it is, for the refusal to quote.
 */
export function decimalArgument(s: string): string {
  return /^(\d+(\.\d*)?|\.\d+)$/.test(s) ? canonicalDecimal(s) : s;
}

/** Whether a string is a decimal from 0 to 1, compared exactly ("1.0000000000000000000001" is more than 1, though Number() reads 1). */
export function isRateString(s: string): boolean {
  return isDecimalString(s) && dec(s.trim()).gte(0) && dec(s.trim()).lte(1);
}
