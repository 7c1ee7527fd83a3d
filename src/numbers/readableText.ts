/**
 * Numbers in text for people (the CLI's text answers, the memo): share counts with thousands
 * separators, percentages cut to 4 places. The JSON answers keep the exact values.
 */
import { D, dec } from "./decimal.js";
import { thousands } from "./thousands.js";

/** 27037814 -> "27,037,814". */
export function countText(n: number): string {
  return thousands(n, 0);
}

/** A number of Rights written as a fraction, in words: "2/3" -> "2/3 of a Right", "1" -> "1 Right", "1 1/3" -> "1 1/3 Rights", "2" -> "2 Rights". */
export function rightsFractionText(fraction: string): string {
  if (/^\d+\/\d+$/.test(fraction)) return `${fraction} of a Right`;
  return `${fraction} Right${fraction === "1" ? "" : "s"}`;
}

/** An exact decimal string with thousands separators in its whole part: "8703" -> "8,703", "2050000.25" -> "2,050,000.25", "1.666" -> "1.666". */
export function decimalText(text: string): string {
  const [whole, places] = text.split(".");
  return `${countText(Number(whole))}${places === undefined ? "" : `.${places}`}`;
}

/** (1, "holder") -> "1 holder"; (1200, "payment") -> "1,200 payments". */
export function countedText(n: number, word: string): string {
  return `${countText(n)} ${word}${n === 1 ? "" : "s"}`;
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

/** A finding's dollar amounts with thousands separators in their whole dollars ("$228378.14" -> "$228,378.14"); the cents and further places as they are. */
export function groupedDollars(text: string): string {
  return text.replace(/\$(\d{4,})(?![\d,])/g, (_, whole: string) => `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`);
}

/** A finding for a terminal: counts and dollars grouped, percentages to 4 places. */
export function findingText(text: string): string {
  return shortPercents(groupedDollars(groupedCounts(text)));
}
