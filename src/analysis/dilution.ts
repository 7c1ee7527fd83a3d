/**
 * Dilution of a Triggering Event: what a flip-in (R-11a-ii), an exchange or a flip-over
 * does to each party, from the engine's state. Pure: state in, numbers out. Shares are
 * integers, money and prices exact decimals; every number carries the rule and the formula that
 * produced it (`explain`).
 *
 * The value model (stated in every answer): P is the market price of the Common Stock (the latest
 * close on or before the as-of date unless the user states one). Before, a share is worth P. After,
 *
 *     value per share = (shares before x P + cash paid on exercise - cash paid in lieu of fractions)
 *                       / shares after,
 *
 * a party's holding is worth its shares times that, and its net change adds the cash it received
 * in lieu of fractions and subtracts what it paid to exercise. The Rights themselves carry
 * no separate value. The changes of all parties sum to zero: the pill moves value, it creates none.
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import type { State } from "../engine/state.js";
import { isExchangeAvailable } from "../agreement/exchange.js";
import { exchangeBarredBy } from "../agreement/acquiringPerson.js";
import { formatNewYork, newYorkDateOf, type Instant } from "../time/instant.js";
import type { ParsedScenario } from "../scenario/parse.js";
import { baseRun, type AnalysisOptions, type BaseRun } from "./base.js";
import { marketPrice } from "./price.js";
import { type DilutionKind, VALUE_MODEL, type DilutionOptions, type DilutionScenario, type DilutionAnalysis } from "./dilution/types.js";
import type { Context } from "./dilution/context.js";
import { flipInDilution } from "./dilution/flipIn.js";
import { exchangeDilution } from "./dilution/exchange.js";
import { flipOverDilution } from "./dilution/flipOver.js";

export * from "./dilution/types.js";
export { holdersOf, primaryAcquirer } from "./dilution/holders.js";

function live(state: State): boolean {
  return state.status === "attached" || state.status === "separated";
}

/** Parses R, a fraction between 0 and 1. */
export function exerciseRateOf(text: string | undefined): Dec {
  const rate = dec(text ?? "1");
  if (rate.isNaN() || rate.lt(0) || rate.gt(1)) throw new RangeError(`the exercise rate must be between 0 and 1, not ${text}`);
  return rate;
}

/**
 * The dilution analyses of `state` (the state of the Rights at `asOf`): each kind that applies,
 * and why the others do not. `cut` names the scenario's own exchange, if the state is the one before it.
 */
export function dilutionOfState(
  state: State,
  asOf: Instant,
  options: DilutionOptions = {},
  exchangeEvent?: { ratio?: string; portion?: string },
  how: { readonly kinds?: readonly DilutionKind[]; readonly lite?: boolean } = {},
): Omit<DilutionAnalysis, "asOf" | "base" | "errors"> {
  const date = newYorkDateOf(asOf);
  const price = marketPrice(state, date, options.price);
  const rate = exerciseRateOf(options.exerciseRate);
  const questions: string[] = [];
  if (price === null) questions.push(`No closing price on or before ${date} in the scenario: values need a market price (give --price).`);
  const ctx: Context = { state, date, price, rate, options, questions, lite: how.lite ?? false };
  const wanted = (kind: DilutionKind) => !how.kinds || how.kinds.includes(kind);
  const scenarios: DilutionScenario[] = [];
  const notApplicable: DilutionAnalysis["notApplicable"] = [];
  const ended = live(state) ? null : `the Rights have ended (${state.status})`;
  if (ended) notApplicable.push({ kind: "flip-in", rule: "R-7a", reason: ended });
  else if (!state.flipIn) notApplicable.push({ kind: "flip-in", rule: "R-11a-ii", reason: "no Section 11(a)(ii) Event has occurred" });
  else if (state.flipOver) notApplicable.push({ kind: "flip-in", rule: "R-13", reason: "a Section 13 Event has occurred: a valid Right now buys the Principal Party's common stock instead" });
  else if (wanted("flip-in")) scenarios.push(flipInDilution(ctx));
  if (ended) notApplicable.push({ kind: "exchange", rule: "R-24", reason: ended });
  else if (!isExchangeAvailable(state)) notApplicable.push(state.mergedAway ? { kind: "exchange", rule: "R-13", reason: "the Company did not survive the merger: no Board is left to exchange the Rights" } : { kind: "exchange", rule: "R-24", reason: exchangeBarredBy(state) ? "an Acquiring Person reached the exchange bar: the Rights can no longer be exchanged" : "no Person has become an Acquiring Person" });
  else if (wanted("exchange")) scenarios.push(exchangeDilution(ctx, options.exchangeRatio ?? exchangeEvent?.ratio, options.exchangePortion ?? exchangeEvent?.portion));
  if (ended) notApplicable.push({ kind: "flip-over", rule: "R-13", reason: ended });
  else if (!state.flipOver) notApplicable.push({ kind: "flip-over", rule: "R-13", reason: "no Section 13 Event has occurred" });
  else if (wanted("flip-over")) scenarios.push(flipOverDilution(ctx));
  return {
    baseAsOf: formatNewYork(asOf),
    planVersion: state.terms.version,
    company: state.terms.values.company,
    sharesOutstanding: state.sharesOutstanding,
    thresholdPercent: state.terms.values.acquiringPersonThresholdPercent,
    marketPrice: price && { price: formatDecimal(price.price), basis: price.basis },
    exerciseRate: formatDecimal(rate),
    valueModel: VALUE_MODEL,
    scenarios,
    notApplicable,
    openQuestions: questions,
  };
}

/** The dilution analysis of a scenario: the state before its first exchange, exercise or redemption (base.ts). */
export function dilutionOf(parsed: ParsedScenario, options: AnalysisOptions & DilutionOptions, runs: BaseRun = baseRun(parsed, options)): DilutionAnalysis {
  const { final, base, cut } = runs;
  const exchangeEvent = cut?.event.type === "exchange" ? { ratio: cut.event.ratio, portion: cut.event.portion } : undefined;
  const result = dilutionOfState(base.state, base.asOf, options, exchangeEvent);
  if (cut?.event.type === "exchange") {
    const exchange = result.scenarios.find((s) => s.kind === "exchange");
    const last = runs.counted[runs.counted.length - 1];
    if (exchange && last.index === cut.index && options.exchangeRatio === undefined && options.exchangePortion === undefined && final.errors.length === 0) {
      exchange.check = { engineSharesOutstanding: final.state.sharesOutstanding, matches: final.state.sharesOutstanding === exchange.sharesAfter };
    }
  }
  return {
    asOf: formatNewYork(final.asOf),
    ...result,
    base: cut ? `the state just before event ${cut.index} (${cut.type}, ${formatNewYork(cut.at)})` : `the state as of ${formatNewYork(final.asOf)}`,
    errors: final.errors,
  };
}
