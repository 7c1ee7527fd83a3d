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

const SCALE = 10n ** 14n;

/**
 * part / whole x 100 as the answer's decimal string: rounded half up to 12 places, no trailing
 * zeros (as formatDecimal(percentOf(part, whole))), in bigint arithmetic for a fast answer over
 * many holders.
 */
export function percentText(part: number, whole: number): string {
  const p = BigInt(part);
  const w = BigInt(whole);
  const scaled = (p * SCALE * 2n + w) / (2n * w);
  const units = scaled / 1_000_000_000_000n;
  const places = (scaled % 1_000_000_000_000n).toString().padStart(12, "0").replace(/0+$/, "");
  return places ? `${units}.${places}` : `${units}`;
}
