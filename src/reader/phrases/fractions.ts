/**
 * Fractions of a share: "one one-thousandth", "one-hundredth", "1 one-thousandth", "one
 * five-thousandth", "one ten-thousandth", "1/1,000th", "1/100" (and the damaged "one- thousandth").
 */
import { dec } from "../../numbers/decimal.js";
import { cardinalValue, NUMBER_OR_SCALE_WORD, ordinalValue } from "./numbers.js";

/** Denominators that are no ordinals. */
const HALF_AND_QUARTER: Readonly<Record<string, number>> = { half: 2, halve: 2, quarter: 4 };
const SCALE_HEADS = new Set(["hundredth", "thousandth", "millionth"]);

/** A fraction in words or digits (see the module comment). */
export const FRACTION = `(?:(?<![A-Za-z])(?:(?:${NUMBER_OR_SCALE_WORD}|\\d+)\\s+)?(?:${NUMBER_OR_SCALE_WORD}\\s*-\\s*|${NUMBER_OR_SCALE_WORD}\\s+)?(?:hundredth|thousandth|millionth|half|halve|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?(?![A-Za-z])|\\d+\\s*\\/\\s*\\d{1,3}(?:,\\d{3})*(?:st|nd|rd|th)?(?![\\d,]))`;

function tokenValue(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : cardinalValue(token);
}

/** The value of a FRACTION phrase as a decimal string ("0.001"), or null when it is not a fraction. */
export function fractionValue(text: string): string | null {
  const digits = /^(\d+)\s*\/\s*(\d{1,3}(?:,\d{3})*)/.exec(text.trim());
  if (digits) return dec(digits[1]!).dividedBy(digits[2]!.replace(/,/g, "")).toString();
  const match = /^(?:(\S+)\s+)?(?:(\S+?)(\s*-\s*|\s+))?([a-z]+?)s?$/i.exec(text.trim().toLowerCase());
  if (!match) return null;
  const [, first, second, joiner, head] = match;
  const denominator = HALF_AND_QUARTER[head!] ?? ordinalValue(head!);
  if (!Number.isFinite(denominator) || denominator < 2) return null;
  let numerator = 1;
  let multiplier = 1;
  const plural = /s$/i.test(text.trim()) && head !== "halve";
  if (second !== undefined && (joiner!.includes("-") || first !== undefined || SCALE_HEADS.has(head!) && !plural)) {
    multiplier = tokenValue(second);
    if (first !== undefined) numerator = tokenValue(first);
  } else if (second !== undefined) numerator = tokenValue(second);
  else if (first !== undefined) numerator = tokenValue(first);
  if (!Number.isFinite(numerator) || !Number.isFinite(multiplier) || numerator <= 0 || multiplier <= 0) return null;
  if (!SCALE_HEADS.has(head!) && multiplier !== 1) return null;
  return dec(numerator).dividedBy(multiplier * denominator).toString();
}
