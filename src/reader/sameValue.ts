/** Whether two term values say the same: strings alike up to case and spacing, lists alike as sets, decimals alike as numbers. */
import { isDecimalString } from "../numbers/decimal.js";
import { dec } from "../numbers/decimal.js";

function canonical(value: unknown): unknown {
  if (typeof value === "string") return isDecimalString(value) ? dec(value.trim()).toString() : value.toLowerCase().replace(/\s+/g, " ").trim();
  if (Array.isArray(value)) return value.map(canonical).map((v) => JSON.stringify(v)).sort();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
