/** What every remedy's analysis is given: the state, the date, the market price, the exercise rate; and R-14's price for fractions. */
import { formatDecimal, type Dec } from "../../numbers/decimal.js";
import type { State } from "../../engine/state.js";
import { fractionPrice, type MarketPrice } from "../price.js";
import type { DilutionOptions } from "./types.js";
import { type Computed, fmt } from "./rows.js";

export interface Context {
  readonly state: State;
  readonly date: string;
  readonly price: MarketPrice | null;
  readonly rate: Dec;
  readonly options: DilutionOptions;
  readonly questions: string[];
  /** For sweeps: numbers only, no explanations or notes. */
  readonly lite: boolean;
}

export type FractionPrice = ReturnType<typeof fractionPrice>;

/** R-14's price, looked up once and only when needed. */
export function lazyFractionPrice(ctx: Context): { get: () => FractionPrice; price: () => Dec | null } {
  let fp: FractionPrice | undefined;
  const get = () => (fp ??= fractionPrice(ctx.state, ctx.date));
  return { get, price: () => get().price };
}

export function cashInLieuFacts(c: Computed, fp: FractionPrice, date: string) {
  return {
    fractionalShares: formatDecimal(c.fractions),
    price: fp.price === null ? null : formatDecimal(fp.price),
    priceBasis: fp.price === null ? `no Current Market Price on ${date}: ${fp.reason}` : `Current Market Price on ${date} (R-11d: closes ${fp.from} to ${fp.to})`,
    total: fmt(c.cashInLieu),
  };
}
