/**
 * Prices an analysis uses: the market price of its value model (the latest close on or before the
 * as-of date, unless the user states one) and the Current Market Price of R-11d where the plan
 * pays fractions in cash.
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import type { State } from "../engine/state.js";
import { RuleError } from "../engine/trace.js";
import { currentMarketPrice } from "../agreement/flipIn.js";
import type { IsoDate } from "../time/isoDate.js";

export interface MarketPrice {
  readonly price: Dec;
  /** "close of 2004-03-04", or "stated (--price)". */
  readonly basis: string;
  /** The date of the close used, when it is one. */
  readonly date: IsoDate | null;
}

/**
 * The value model's market price: `stated` if given, else the latest close on or before `date`,
 * made comparable with today's shares by dividing it by the ratio of every split whose ex-date
 * falls after it and on or before `date` (R-11p: closes are given unadjusted). Null when the
 * scenario has no close by then.
 */
export function marketPrice(state: State, date: IsoDate, stated?: string): MarketPrice | null {
  if (stated !== undefined) return { price: dec(stated), basis: "stated (--price)", date: null };
  const { dates, closes } = state.prices;
  let i = dates.length - 1;
  while (i >= 0 && dates[i] > date) i--;
  if (i < 0) return null;
  let price = dec(closes[i]);
  for (const split of state.splits) if (dates[i] < split.date && split.date <= date) price = price.dividedBy(split.ratio);
  return { price, basis: `close of ${dates[i]}${price.eq(closes[i]) ? "" : " adjusted for splits (R-11p)"}`, date: dates[i] };
}

/** R-14's price for fractions: the Current Market Price on `date` (R-11d), or null with the reason when the closes are missing. */
export function fractionPrice(state: State, date: IsoDate): { price: Dec; from: IsoDate; to: IsoDate } | { price: null; reason: string } {
  try {
    return currentMarketPrice(state, date, "R-14");
  } catch (e) {
    if (e instanceof RuleError) return { price: null, reason: e.message };
    throw e;
  }
}

/** "$1,234.5" style amounts for explanations; exact, at most 12 places. */
export function money(value: Dec): string {
  const [int, frac] = formatDecimal(value).replace("-", "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.isNeg() ? "-" : ""}$${grouped}${frac ? "." + frac : ""}`;
}

/** "27,037,814" for share counts in explanations. */
export function count(n: number | Dec): string {
  const [int, frac] = (typeof n === "number" ? String(n) : formatDecimal(n)).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
}
