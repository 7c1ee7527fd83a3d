/**
 * Section 11 adjustments: Common Stock splits and dividends (R-11p) and Preferred dividends and
 * splits (R-11a-i). "The number and kind of shares and the purchase price of the shares covered by
 * each Right and the number of Rights outstanding are subject to adjustment in the event of a
 * dividend, subdivision, combination or reclassification of the Series A Preferred Stock ... so
 * that the holder of any Right exercised after such time shall be entitled to receive the
 * aggregate number and kind of shares ... as if such Right had been exercised immediately prior."
 */
import Fraction from "fraction.js";
import { dec, formatDecimal } from "../numbers/decimal.js";
import { newYorkDateOf } from "../time/instant.js";
import { publicShares, type State } from "../engine/state.js";
import { record } from "../engine/trace.js";
import { exactCount } from "../engine/counts.js";
import { judgeDecrease, type Ctx } from "./acquiringPerson.js";

/**
 * R-11p: a split, reverse split or stock dividend of the Common Stock scales every holding and
 * right to acquire (fractions of a share paid in cash, R-14). Before the Distribution Date the
 * Rights per share change by (shares before / shares after) so the number of Rights is unchanged;
 * the exchange ratio follows the shares; Adjustment Shares already fixed follow them too
 * [standard form]. Its date is the ex-date for R-11d.
 */
export function splitCommon(state: State, ctx: Ctx, ratioText: string): void {
  const ratio = dec(ratioText);
  const before = state.sharesOutstanding;
  exactCount(ratio.times(before).floor(), "the shares outstanding after the split", "ratio");
  const scaled = (shares: number) => ratio.times(shares).floor().toNumber();
  const publicAfter = scaled(publicShares(state));
  state.ownership.scale(scaled);
  const after = state.ownership.namedHeld + publicAfter;
  state.sharesOutstanding = after;
  if (!state.ledger) state.rightsPerShare = state.rightsPerShare.mul(new Fraction(before, after));
  state.exchangeMultiplier = state.exchangeMultiplier.times(after).dividedBy(before);
  if (state.flipIn) state.flipIn.sharesPerRight = state.flipIn.sharesPerRight.times(ratio);
  state.splits.push({ date: newYorkDateOf(ctx.at), ratio });
  record(state.trace, ctx.at, ctx.event, "R-11p", `Common Stock ${ratio.gte(1) ? "split or dividend" : "reverse split"} ${formatDecimal(ratio)}:1: ${before} shares become ${after}${state.ledger ? "; the Rights Certificates are unchanged" : `; Rights per share ${state.rightsPerShare.toFraction()}, the number of Rights unchanged`}; exchange ratio ${formatDecimal(dec(state.terms.values.exchangeRatio).times(state.exchangeMultiplier))}`, {
    ratio: formatDecimal(ratio),
    sharesBefore: before,
    sharesAfter: after,
    rightsPerShare: state.rightsPerShare.toFraction(),
  });
  judgeDecrease(state, ctx, [...state.acquiring.keys()]);
}

/** R-11a-i: a Preferred split multiplies the Units per Right and divides the Purchase Price per Unit, the price per Right unchanged. */
export function splitPreferred(state: State, ctx: Ctx, ratioText: string): void {
  const ratio = dec(ratioText);
  state.unitsMultiplier = state.unitsMultiplier.times(ratio);
  const units = dec(state.terms.values.unitsPerRight).times(state.unitsMultiplier);
  record(state.trace, ctx.at, ctx.event, "R-11a-i", `Preferred split ${formatDecimal(ratio)}:1: each Right now buys ${formatDecimal(units)} Units at $${formatDecimal(dec(state.terms.values.purchasePrice).dividedBy(state.unitsMultiplier))} per Unit, the same aggregate price`, {
    unitsPerRight: formatDecimal(units),
  });
}
