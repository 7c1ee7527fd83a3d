/**
 * Percent tests on share counts without rounding: "15% or more" is shares x 100 x den >= num x
 * outstanding, in integers (bigint when a product would pass 2^53). Used on the hot path, so it
 * avoids decimal objects.
 */
import { dec, type Dec } from "./decimal.js";

/** A non-negative rational p/q held as two safe integers. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** The exact ratio of a decimal string such as "15", "4.99" or "0.5". */
export function ratioOf(value: string | Dec): Ratio {
  const [num, den] = dec(value).toFraction();
  return { num: num.toNumber(), den: den.toNumber() };
}

/** Whether part / whole x 100 >= percent (R-1a's "15% or more"). */
export function isAtLeastPercent(part: number, whole: number, percent: Ratio): boolean {
  const left = part * 100 * percent.den;
  const right = percent.num * whole;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left >= right;
  return BigInt(part) * 100n * BigInt(percent.den) >= BigInt(percent.num) * BigInt(whole);
}

/** part / whole as an exact percent, for answers and trace values. */
export function percentOf(part: number | bigint, whole: number | bigint): Dec {
  return dec(part.toString()).times(100).dividedBy(whole.toString());
}
