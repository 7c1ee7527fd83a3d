/**
 * Numbers and names in the text output, for people: share counts with thousands separators,
 * percentages to 4 places, Persons by name. The JSON output keeps the exact values.
 */
import { D, dec } from "../numbers/decimal.js";
import { thousands } from "../numbers/thousands.js";
export { quantityText } from "../agreement/exercise.js";

/** 27037814 -> "27,037,814". */
export function countText(n: number): string {
  return thousands(n, 0);
}

/**
 * "16.000002810878" -> "16.0000". Cut, not rounded, to 4 places: a Person just below the
 * threshold (14.99999963%) reads 14.9999%, never 15.0000%.
 */
export function percentText(percent: string): string {
  return dec(percent).toDecimalPlaces(4, D.ROUND_DOWN).toFixed(4);
}

/**
 * A finding's whole numbers of five or more digits with thousands separators ("acquires 1892647
 * shares" -> "acquires 1,892,647 shares"); digits after a decimal point, in dates and in times
 * are left as they are.
 */
export function groupedCounts(text: string): string {
  return text.replace(/(?<![\d.:-])\d{5,}(?![\d:-]|\.\d)/g, (digits) => countText(Number(digits)));
}

/** A finding's percentages with more than 4 places, cut to 4 ("16.000002810878% ≥ 15%" -> "16.0000% ≥ 15%"). */
export function shortPercents(text: string): string {
  return text.replace(/(?<![\d.])(\d+\.\d{5,})%/g, (_, p: string) => `${percentText(p)}%`);
}

/** A finding for a terminal: counts grouped, percentages to 4 places. */
export function findingText(text: string): string {
  return shortPercents(groupedCounts(text));
}

/** "Bidder Holdings LLC (bidder)" where the scenario names the Person, else its id. */
export function personText(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name ? `${name} (${id})` : id;
}

/** "acquiringPersonThresholdPercent" -> "acquiring person threshold percent". */
export function termWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase();
}

/**
 * The redemption line: whether the Rights can be redeemed, and whether the window closes
 * or has closed as of the answer's instant; after a redemption, that it happened.
 */
export function redeemableText(redeemable: boolean, status: string, deadline: string | null, asOf: string): string {
  if (status === "redeemed") return `${redeemable} (the Rights have been redeemed)`;
  if (deadline === null) return String(redeemable);
  return `${redeemable} (window ${Date.parse(deadline) <= Date.parse(asOf) ? "closed" : "closes"} ${deadline})`;
}
