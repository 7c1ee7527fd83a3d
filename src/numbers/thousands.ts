/**
 * Numbers with thousands separators, as en-US writes them ("27,037,814"), without Intl for whole
 * numbers: the first use of Intl's number format costs a process about 25 ms of start-up (issue 8
 * item 8), and `evaluate` formats counts in its plan's ranges and its timeline.
 */

/** 27037814 -> "27,037,814"; a number that is not a safe whole number is formatted by Intl, to `maximumFractionDigits` places (3 by default). */
export function thousands(n: number, maximumFractionDigits?: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n.toLocaleString("en-US", maximumFractionDigits === undefined ? undefined : { maximumFractionDigits });
}
