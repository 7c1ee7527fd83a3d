/**
 * "fractional Common Stock on exercise or exchange is paid in cash at the same fraction of
 * its Current Market Price"; Preferred in multiples of 1/1000, smaller fractions in cash. What a
 * Right buys is a ratio of decimals (the Purchase Price x 2 over an average of closes: $30 / $2.25
 * = 40/3 shares), carried to 50 significant digits. Multiplying that rounded figure by the Rights
 * exercised can fall a hair short of a whole number (3 x 13.333... = 39.999...) and cost the
 * holder a share; so the count is taken from the ratio itself. The engine's exercise and the
 * register's both count this way.
 */
import { dec, type Dec } from "./decimal.js";

/**
 * The largest denominator the ratio is looked for under. The true denominator is at most the sum of
 * 30 closes in cents (far below it), and the 50-digit figure lies within 10^-46 of the true ratio,
 * so the nearest fraction with a denominator under 10^18 is the ratio itself.
 */
const LARGEST_DENOMINATOR = dec(10).pow(18);

/** `rights` x `perRight` in whole `unit`s (whole shares, or thousandths of Preferred) and the fraction of one unit left over, exactly. */
export function wholeUnits(perRight: Dec, rights: number, unit: Dec): { whole: Dec; fraction: { num: Dec; den: Dec } } {
  const [num, den] = perRight.dividedBy(unit).toFraction(LARGEST_DENOMINATOR);
  const total = num.times(rights);
  const units = total.dividedToIntegerBy(den);
  return { whole: units.times(unit), fraction: { num: total.minus(units.times(den)), den } };
}

/** The fraction of a unit left over, as a decimal. */
export const fractionOfUnit = (fraction: { num: Dec; den: Dec }): Dec => fraction.num.dividedBy(fraction.den);
