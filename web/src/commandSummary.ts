/**
 * A register command's answer as the line under its form: each plain field with its name, counts
 * with separators, sums of money in dollars, what an exercise delivered and what the command
 * warns of (the answers of src/register/exercise.ts, redeem.ts, distribute.ts, exchange.ts,
 * importOcf.ts).
 */
import { decimal, dollars } from "./format.js";

/** The fields that are sums of money, in dollars as decimal strings: everything else is a count, a ratio or a word. */
const MONEY = new Set(["paid", "cashInLieu", "price", "cash"]);

interface Delivery {
  readonly security: string;
  readonly quantity: string;
}

const isDeliveries = (v: unknown): v is Delivery[] => Array.isArray(v) && v.every((d) => d && typeof d === "object" && "security" in d && "quantity" in d);

export function commandSummary(result: unknown): string {
  if (!result || typeof result !== "object") return String(result ?? "");
  return Object.entries(result)
    .flatMap(([k, v]): string[] => {
      if (k === "warnings" && Array.isArray(v)) return v.map((w) => `warning: ${String(w)}`);
      if (isDeliveries(v)) return v.length ? [`${k} ${v.map((d) => (d.security === "cash" ? dollars(d.quantity) : `${decimal(d.quantity, 6)} ${d.security}`)).join(" and ")}`] : [];
      if (v === null || typeof v === "object") return [];
      if (typeof v === "number") return [`${k} ${v.toLocaleString("en-US")}`];
      if (MONEY.has(k) && typeof v === "string") return [`${k} ${dollars(v)}`];
      return [`${k} ${v}`];
    })
    .join(", ");
}
