/**
 * Section 24 (R-24): "At any time after a person becomes an Acquiring Person and prior to the
 * acquisition by such person or group of fifty percent (50%) or more of the outstanding Common
 * Stock, the Board may exchange the Rights (other than Rights owned by such person or group which
 * have become void), in whole or in part, at an exchange ratio of one share of Common Stock ...
 * per Right (subject to adjustment)."
 */
import { moneyText } from "../terms/words.js";
import { exactRatio, type Fraction } from "../numbers/wholeUnits.js";
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkDateOf } from "../time/instant.js";
import { personId, publicShares, standingCrossings, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { addCounts, exactCount, requireUnissued } from "../engine/counts.js";
import Rational from "fraction.js";
import { recordRightsByHolder } from "./distributionDate.js";
import { rightsExistAt, transfereeVoidOf, validRightsOf } from "./voidRights.js";
import { endRights } from "./redemption.js";
import { currentMarketPrice } from "./flipIn.js";
import { exchangeBarredBy, judgeDecrease, type Ctx } from "./acquiringPerson.js";

/** R-24, R-11p: the plan's exchange ratio as adjusted for splits. */
export function exchangeRatio(state: State): Dec {
  return dec(state.terms.values.exchangeRatio).times(state.exchangeMultiplier);
}

/** R-24, R-X1: whether a Person has become an Acquiring Person (a crossing that stands, whoever has cured since). */
function hasBecomeAcquiringPerson(state: State): boolean {
  return state.acquiring.size > 0 || standingCrossings(state).length > 0;
}

/** R-24: whether the Board may exchange now: after a Person became an Acquiring Person, before one reached 50% (R-13(i): not once the Company did not survive a merger). */
export function isExchangeAvailable(state: State): boolean {
  return (state.status === "attached" || state.status === "separated") && !state.mergedAway && hasBecomeAcquiringPerson(state) && !exchangeBarredBy(state);
}

/** What an exchange takes from one holder and gives it: Rights, and shares (a fraction of one is paid in cash, R-14). */
export interface ExchangeTake {
  /** Whole Rights after the Distribution Date; before it, exactly `portion` of the Rights on the holder's shares (fractions of a Right included). */
  readonly rights: Dec;
  /** The whole shares received, and the fraction of a share paid in cash (R-14). */
  readonly shares: Dec;
  readonly fraction: Dec;
}

/**
 * R-24, R-7e: an exchange of `portion` of the valid Rights at `ratio` takes `holder`'s valid
 * Rights times `portion` (void Rights get nothing), for `ratio` shares each. After the
 * Distribution Date, or in a whole exchange, whole Rights only, as recorded by holder. Before it, a partial one (R-3-attached): the
 * Rights are evidenced by the shares, and the exchange takes exactly `portion` of the Rights its
 * shares carry, fractions of a Right included, so that every share keeps the same Rights per
 * share (see exchange below); no fraction of a Right is cashed here (R-14 deals with those when
 * the Rights separate). The one place of this arithmetic: the engine's exchange and the dilution
 * analysis use it.
 */
export function exchangeTake(state: State, holder: number | "public", ratio: Fraction, portion: Dec): ExchangeTake {
  const rights = state.ledger || portion.eq(1) ? wholeRights(dec(validRightsOf(state, holder)).times(portion)) : exactValidRightsOnShares(state, holder).mul(new Rational(portion.toString()));
  const total = ratio.num.times(rights.n.toString());
  const per = ratio.den.times(rights.d.toString());
  const whole = total.dividedToIntegerBy(per);
  return { rights: dec(rights.n.toString()).dividedBy(rights.d.toString()), shares: whole, fraction: total.minus(whole.times(per)).dividedBy(per) };
}

const wholeRights = (rights: Dec): Rational => new Rational(rights.floor().toFixed(0));

/** R-3-attached, R-7e: a holder's valid Rights while attached, exactly: its shares x Rights per share, less the void Rights it received (none for a void holder). */
function exactValidRightsOnShares(state: State, holder: number | "public"): Rational {
  if (holder !== "public" && state.voidHolders.has(holder)) return new Rational(0);
  const shares = holder === "public" ? publicShares(state) : state.ownership.heldOf(holder);
  return state.rightsPerShare.mul(shares).sub(transfereeVoidOf(state, holder));
}

/**
 * R-24: the exchange is "at an exchange ratio of one share of Common Stock ... per Right (subject
 * to adjustment)": the plan's ratio as adjusted (R-11p, R-X6), not one the Board picks. An event's
 * `ratio` may state it; any other is an R-24 error naming the field (a different ratio needs an
 * amendment first, R-27, R-X12).
 */
function exchangeRatioGiven(state: State, given: string | undefined): Dec {
  const ratio = exchangeRatio(state);
  if (given === undefined || dec(given).eq(ratio)) return ratio;
  throw new RuleError("R-24", `the exchange ratio is the plan's, ${formatDecimal(ratio)} share(s) of Common Stock per Right${ratio.eq(state.terms.values.exchangeRatio) ? "" : ` (${state.terms.values.exchangeRatio} as adjusted by splits, R-11p)`}, not ${given}: another ratio needs an amendment of the exchange ratio first (R-27)`, "ratio");
}

/** R-24: the Board exchanges `portion` of every holder's valid Rights at `ratio` shares each. */
export function exchange(state: State, ctx: Ctx, ratioGiven?: string, portionGiven?: string): void {
  if (state.status !== "attached" && state.status !== "separated") throw new RuleError("R-24", `the Rights have already ended (${state.status})`, "type");
  if (!rightsExistAt(state, ctx.at)) throw new RuleError("R-24", `no Right exists before the Record Date's close of business (${state.terms.values.recordDate}, R-X7): there is nothing to exchange`, "at");
  if (!hasBecomeAcquiringPerson(state)) throw new RuleError("R-24", "no Person has become an Acquiring Person: the Rights cannot be exchanged yet", "at");
  const barred = exchangeBarredBy(state);
  if (barred) throw new RuleError("R-24", `Acquiring Person ${personId(state, barred.person)} has owned ${state.terms.values.exchangeBarPercent}% or more of the Common Stock (since ${formatNewYork(barred.at)}): the Rights can no longer be exchanged`, "at");
  const ratio = exchangeRatioGiven(state, ratioGiven);
  const portion = dec(portionGiven ?? "1");
  // A whole exchange ends the Rights: before the Distribution Date they are first recorded by holder, whole Rights, fractions cashed (R-14).
  if (!state.ledger && portion.eq(1)) recordRightsByHolder(state, ctx);
  const exact = exactRatio(ratio);
  const takes = Array.from({ length: state.ownership.count }, (_, p) => exchangeTake(state, p, exact, portion));
  const publicTake = exchangeTake(state, "public", exact, portion);
  let wholeShares = dec(0);
  let fractions = dec(0);
  let exchanged = dec(0);
  for (const { rights, shares, fraction } of [...takes, publicTake]) {
    wholeShares = wholeShares.plus(shares);
    fractions = fractions.plus(fraction);
    exchanged = exchanged.plus(rights);
  }
  const newShares = exactCount(wholeShares, "the new shares of the exchange", "ratio");
  addCounts(state.sharesOutstanding, newShares, "the shares outstanding after the exchange", "ratio");
  requireUnissued(state, newShares, "the exchange", "R-24", "ratio");
  if (fractions.gt(0)) payFractionsInCash(state, ctx, fractions);
  const ledger = state.ledger;
  if (ledger) {
    takes.forEach((take, p) => (ledger.rights[p] -= take.rights.toNumber()));
    ledger.publicRights -= publicTake.rights.toNumber();
  }
  takes.forEach((take, p) => {
    if (take.shares.gt(0)) state.ownership.addHeld(p, take.shares.toNumber());
  });
  state.sharesOutstanding += newShares;
  state.totals.exchangeShares += newShares;
  const whole = portion.eq(1);
  if (whole) {
    endRights(state, "exchanged", ctx.at);
    state.exchangedRatio = ratio;
  } else if (!ledger) keepAttached(state, ctx, portion);
  record(state.trace, ctx.at, ctx.event, "R-24", `the Board exchanges ${whole ? "all" : formatDecimal(portion.times(100)) + "% of"} the valid Rights (${formatDecimal(exchanged)}) at ${formatDecimal(ratio)} share(s) each: ${newShares} new shares; void Rights get nothing (R-7e)`, {
    rightsExchanged: formatDecimal(exchanged),
    ratio: formatDecimal(ratio),
    newShares,
    sharesOutstanding: state.sharesOutstanding,
  });
  record(state.trace, ctx.at, ctx.event, "R-24", "[a term] shares received in the exchange come from the Company's own act, like a repurchase (R-1a-repurchase): they make no one an Acquiring Person by themselves");
  judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
}

/**
 * R-24 with R-3-attached: a partial exchange before the Distribution Date took `portion` of the
 * Rights every share carried; the Rights left stay attached to the shares, so the Rights per share
 * scale by (1 - portion), exactly, as a split scales them (R-11p, R-X8), and keep moving only with
 * the shares; shares issued from now on, the exchange shares too (R-3-attached: "including shares
 * issued after the Record Date"), carry the new Rights per share. Every share carries the same
 * Rights, so the void Rights on the shares of an Acquiring Person's circle shrink by the portion
 * too: they are ended by the exchange and, being void, get nothing (R-7e), as a whole exchange
 * ends them; the void Rights a holder received from that circle shrink alike (whole Rights: a
 * fraction left is the holder's, valid). Fractions of a Right are cashed when the Rights
 * separate (R-14, recordRightsByHolder), not here.
 */
function keepAttached(state: State, ctx: Ctx, portion: Dec): void {
  const kept = new Rational(1).sub(new Rational(portion.toString()));
  state.rightsPerShare = state.rightsPerShare.mul(kept);
  const scaleVoid = (rights: number) => Number((BigInt(rights) * kept.n) / kept.d);
  state.voidWithPublic = scaleVoid(state.voidWithPublic);
  state.voidWithTransferees.forEach((rights, p) => (state.voidWithTransferees[p] = scaleVoid(rights)));
  for (const transfer of state.voidTransfers) transfer.rights = scaleVoid(transfer.rights);
  record(state.trace, ctx.at, ctx.event, "R-3-attached", `the Rights left stay attached to the shares: Rights per share ${state.rightsPerShare.toFraction()} (x ${kept.toFraction()}, R-24, as R-11p); the exchange shares carry them too; void Rights shrink alike and get nothing (R-7e); fractions of a Right are dealt with when the Rights separate (R-14)`, {
    rightsPerShare: state.rightsPerShare.toFraction(),
  });
}

/** R-14: fractional shares on an exchange, an exercise or a split are paid in cash at that fraction of the Current Market Price, and counted in totals.fractionalSharesCashed. */
export function payFractionsInCash(state: State, ctx: Ctx, fractions: Dec): void {
  const date = newYorkDateOf(ctx.at);
  const price = currentMarketPrice(state, date, "R-14").price;
  const cash = fractions.times(price);
  state.totals.fractionalSharesCashed = state.totals.fractionalSharesCashed.plus(fractions);
  state.totals.cashInLieu = state.totals.cashInLieu.plus(cash);
  record(state.trace, ctx.at, ctx.event, "R-14", `${formatDecimal(fractions)} fractional shares are paid in cash at the Current Market Price of ${moneyText(formatDecimal(price))}: $${cash.toFixed(2)}`, {
    fractionalShares: formatDecimal(fractions),
    cash: formatDecimal(cash),
  });
}
