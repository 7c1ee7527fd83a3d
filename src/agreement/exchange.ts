/**
 * Section 24: "At any time after a person becomes an Acquiring Person and prior to the
 * acquisition by such person or group of fifty percent (50%) or more of the outstanding Common
 * Stock, the Board may exchange the Rights (other than Rights owned by such person or group which
 * have become void), in whole or in part, at an exchange ratio of one share of Common Stock ...
 * per Right (subject to adjustment)."
 */
import { exactRatio, sharesAndFraction, type Fraction } from "../numbers/wholeUnits.js";
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { newYorkDateOf } from "../time/instant.js";
import { standingCrossings, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { addCounts, exactCount } from "../engine/counts.js";
import { recordRightsByHolder } from "./distributionDate.js";
import { rightsExistAt, validRightsOf } from "./voidRights.js";
import { endRights } from "./redemption.js";
import { currentMarketPrice } from "./flipIn.js";
import { judgeDecrease, type Ctx } from "./acquiringPerson.js";

/** R-24, R-11p: the plan's exchange ratio as adjusted for splits. */
export function exchangeRatio(state: State): Dec {
  return dec(state.terms.values.exchangeRatio).times(state.exchangeMultiplier);
}

/** R-24, R-X1: whether a Person has become an Acquiring Person (a crossing that stands, whoever has cured since). */
function hasBecomeAcquiringPerson(state: State): boolean {
  return state.acquiring.size > 0 || standingCrossings(state).length > 0;
}

/** whether the Board may exchange now: after a Person became an Acquiring Person, before one reached 50%. */
export function isExchangeAvailable(state: State): boolean {
  return (state.status === "attached" || state.status === "separated") && hasBecomeAcquiringPerson(state) && !state.exchangeBarred;
}

/** What an exchange takes from one holder and gives it: whole Rights, and shares (a fraction of one is paid in cash, R-14). */
export interface ExchangeTake {
  readonly rights: number;
  /** The whole shares received, and the fraction of a share paid in cash. */
  readonly shares: Dec;
  readonly fraction: Dec;
}

/**
 * R-24, R-7e: an exchange of `portion` of the valid Rights at `ratio` takes `holder`'s valid
 * Rights times `portion`, whole Rights only (void Rights get nothing), for `ratio` shares each.
 * The one place of this arithmetic: the engine's exchange and the dilution analysis use it.
 */
export function exchangeTake(state: State, holder: number | "public", ratio: Fraction, portion: Dec): ExchangeTake {
  const rights = dec(validRightsOf(state, holder)).times(portion).floor().toNumber();
  const { whole, fraction } = sharesAndFraction(ratio, rights);
  return { rights, shares: whole, fraction };
}

/** the Board exchanges `portion` of every holder's valid Rights at `ratio` shares each. */
export function exchange(state: State, ctx: Ctx, ratioGiven?: string, portionGiven?: string): void {
  if (state.status !== "attached" && state.status !== "separated") throw new RuleError("R-24", `the Rights have already ended (${state.status})`);
  if (!rightsExistAt(state, ctx.at)) throw new RuleError("R-24", `no Right exists before the Record Date's close of business (${state.terms.values.recordDate}, R-X7): there is nothing to exchange`);
  if (!hasBecomeAcquiringPerson(state)) throw new RuleError("R-24", "no Person has become an Acquiring Person: the Rights cannot be exchanged yet");
  if (state.exchangeBarred) throw new RuleError("R-24", `an Acquiring Person has owned ${state.terms.values.exchangeBarPercent}% or more of the Common Stock: the Rights can no longer be exchanged`);
  const ratio = ratioGiven === undefined ? exchangeRatio(state) : dec(ratioGiven);
  const portion = dec(portionGiven ?? "1");
  if (!state.ledger) recordRightsByHolder(state, ctx);
  const ledger = state.ledger!;
  const exact = exactRatio(ratio);
  const takes = ledger.rights.map((_, p) => exchangeTake(state, p, exact, portion));
  const publicTake = exchangeTake(state, "public", exact, portion);
  let wholeShares = dec(0);
  let fractions = dec(0);
  for (const { shares, fraction } of [...takes, publicTake]) {
    wholeShares = wholeShares.plus(shares);
    fractions = fractions.plus(fraction);
  }
  const newShares = exactCount(wholeShares, "the new shares of the exchange", "ratio");
  addCounts(state.sharesOutstanding, newShares, "the shares outstanding after the exchange", "ratio");
  if (state.authorizedCommon !== undefined && newShares > state.authorizedCommon - state.sharesOutstanding) {
    throw new RuleError("R-24", `the exchange needs ${newShares} new shares but only ${state.authorizedCommon - state.sharesOutstanding} authorised shares are unissued`, "ratio");
  }
  if (fractions.gt(0)) payFractionsInCash(state, ctx, fractions);
  takes.forEach((take, p) => {
    if (take.rights === 0) return;
    ledger.rights[p] -= take.rights;
    state.ownership.addHeld(p, take.shares.toNumber());
  });
  ledger.publicRights -= publicTake.rights;
  state.sharesOutstanding += newShares;
  state.totals.exchangeShares += newShares;
  const exchanged = takes.reduce((sum, take) => sum + take.rights, publicTake.rights);
  const whole = portion.eq(1);
  if (whole) {
    endRights(state, "exchanged", ctx.at);
    state.exchangedRatio = ratio;
  }
  record(state.trace, ctx.at, ctx.event, "R-24", `the Board exchanges ${whole ? "all" : formatDecimal(portion.times(100)) + "% of"} the valid Rights (${exchanged}) at ${formatDecimal(ratio)} share(s) each: ${newShares} new shares; void Rights get nothing (R-7e)`, {
    rightsExchanged: exchanged,
    ratio: formatDecimal(ratio),
    newShares,
    sharesOutstanding: state.sharesOutstanding,
  });
  record(state.trace, ctx.at, ctx.event, "R-24", "[a term] shares received in the exchange come from the Company's own act, like a repurchase (R-1a-repurchase): they make no one an Acquiring Person by themselves");
  judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
}

/** fractional shares on an exchange or exercise are paid in cash at that fraction of the Current Market Price. */
export function payFractionsInCash(state: State, ctx: Ctx, fractions: Dec): void {
  const date = newYorkDateOf(ctx.at);
  const price = currentMarketPrice(state, date, "R-14").price;
  const cash = fractions.times(price);
  state.totals.cashInLieu = state.totals.cashInLieu.plus(cash);
  record(state.trace, ctx.at, ctx.event, "R-14", `${formatDecimal(fractions)} fractional shares are paid in cash at the Current Market Price $${formatDecimal(price)}: $${cash.toFixed(2)}`, {
    fractionalShares: formatDecimal(fractions),
    cash: formatDecimal(cash),
  });
}
