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

/** Whether part / whole > otherPart / otherWhole, exactly. */
export function isGreaterShare(part: number, whole: number, otherPart: number, otherWhole: number): boolean {
  const left = part * otherWhole;
  const right = otherPart * whole;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left > right;
  return BigInt(part) * BigInt(otherWhole) > BigInt(otherPart) * BigInt(whole);
}

/** part / whole as an exact percent, for answers and trace values. */
export function percentOf(part: number | bigint, whole: number | bigint): Dec {
  return dec(part.toString()).times(100).dividedBy(whole.toString());
}

const SCALE = 10n ** 14n;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The places of part x 100 / whole when it terminates (the reduced denominator is 2^a x 5^b: then
 * max(a, b) places), or undefined when it repeats.
 */
function terminatingPlaces(hundredfold: bigint, whole: bigint): number | undefined {
  if (whole === 0n) return undefined;
  let den = whole / gcd(hundredfold, whole);
  let twos = 0;
  let fives = 0;
  for (; den % 2n === 0n; den /= 2n) twos++;
  for (; den % 5n === 0n; den /= 5n) fives++;
  return den === 1n ? Math.max(twos, fives) : undefined;
}

/** A non-negative integer scaled by 10^places as a decimal string without trailing zeros. */
function placesText(scaled: bigint, places: number): string {
  const unit = 10n ** BigInt(places);
  const decimals = places > 0 ? (scaled % unit).toString().padStart(places, "0").replace(/0+$/, "") : "";
  return decimals ? `${scaled / unit}.${decimals}` : `${scaled / unit}`;
}

/**
 * part / whole x 100 as the answer's decimal string (scenario-format.md: "exact; a repeating
 * decimal is rounded to 12 places"): in full when it terminates (1 share of 1,048,576 is
 * 0.0095367431640625%), else rounded half up to 12 places, no trailing zeros; in bigint
 * arithmetic for a fast answer over many holders.
 */
export function percentText(part: number, whole: number): string {
  const p = BigInt(part) * 100n;
  const w = BigInt(whole);
  const places = terminatingPlaces(p, w);
  if (places !== undefined && places > 12) return placesText((p * 10n ** BigInt(places)) / w, places);
  return placesText((p * SCALE * 2n / 100n + w) / (2n * w), 12);
}
