/** A term's value in words for tables and listings: lists joined, objects as key=value, null as "none". */
export function termValueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.length ? value.map(termValueText).join("; ") : "none";
  if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${k}=${termValueText(v)}`).join(", ");
  return String(value);
}
