/**
 * Exact decimal arithmetic for money, prices and ratios. Binary floats never touch a price:
 * every decimal is a decimal.js value, and answers print as exact strings, a repeating
 * decimal rounded to 12 places (scenario-format.md, "Decimals are strings, exact").
 */
import { Decimal } from "decimal.js";

export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof D>;

/** The places to which an answer rounds a decimal that does not terminate sooner. */
export const ANSWER_PLACES = 12;

/** A decimal from a scenario or terms value: a string like "1.50" or a number like 15. */
export function dec(value: string | number | Dec): Dec {
  return new D(value);
}

/** The answer's string for a decimal: at most 12 places, no trailing zeros ("30", "1.739333333333"). */
export function formatDecimal(value: Dec): string {
  return value.toDecimalPlaces(ANSWER_PLACES).toString();
}

/** Whether a string is a plain decimal number ("15", "-0.5", ".01", "4.99"). */
export function isDecimalString(s: string): boolean {
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s.trim());
}
