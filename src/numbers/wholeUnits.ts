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

/** A non-negative rational num/den, both whole decimals. */
export interface Fraction {
  readonly num: Dec;
  readonly den: Dec;
}

/** The exact ratio behind a figure carried to 50 digits (a whole number is its own). Costly for a repeating figure: work it out once per figure, not per holder. */
export function exactRatio(figure: Dec): Fraction {
  if (figure.isInteger()) return { num: figure, den: dec(1) };
  const [num, den] = figure.toFraction(LARGEST_DENOMINATOR);
  return { num, den };
}

/** `count` x `ratio` in whole `unit`s (whole shares, or thousandths of Preferred) and the fraction of one unit left over, exactly. */
export function wholeUnits(ratio: Fraction, count: number, unit: Dec = dec(1)): { whole: Dec; fraction: Fraction } {
  const total = ratio.num.times(count);
  const perUnit = ratio.den.times(unit);
  const units = total.dividedToIntegerBy(perUnit);
  return { whole: units.times(unit), fraction: { num: total.minus(units.times(perUnit)), den: perUnit } };
}

/** `count` x `ratio` shares: the whole shares and the fraction of a share left over. */
export function sharesAndFraction(ratio: Fraction, count: number): { whole: Dec; fraction: Dec } {
  const { whole, fraction } = wholeUnits(ratio, count);
  return { whole, fraction: fractionOfUnit(fraction) };
}

/** A fraction of a unit as a decimal. */
export const fractionOfUnit = (fraction: Fraction): Dec => fraction.num.dividedBy(fraction.den);
