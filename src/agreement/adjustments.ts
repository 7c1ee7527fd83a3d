/**
 * Section 11 adjustments: Common Stock splits and dividends (R-11p) and Preferred dividends and
 * splits (R-11a-i). "The number and kind of shares and the purchase price of the shares covered by
 * each Right and the number of Rights outstanding are subject to adjustment in the event of a
 * dividend, subdivision, combination or reclassification of the Series A Preferred Stock ... so
 * that the holder of any Right exercised after such time shall be entitled to receive the
 * aggregate number and kind of shares ... as if such Right had been exercised immediately prior."
 */
import Fraction from "fraction.js";
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { rightsFractionText } from "../numbers/readableText.js";
import { newYorkDateOf } from "../time/instant.js";
import { rightsExistAt, rightsOutstanding } from "./voidRights.js";
import { publicShares, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { exactCount, requireUnissued } from "../engine/counts.js";
import { warnUnvaluedCash } from "../engine/warnings.js";
import { judgeDecrease, type Ctx } from "./acquiringPerson.js";
import { exchangeRatio, payFractionsInCash } from "./exchange.js";
import { hasCurrentMarketPrice, qualifiedTransactionBase } from "./flipIn.js";

/**
 * R-11p: a split, reverse split or stock dividend of the Common Stock scales every holding and
 * right to acquire. Each holding becomes whole shares; the fractions are paid in cash (R-X8, as
 * R-14) and the shares outstanding are the whole shares. Ratios follow the split's stated terms,
 * never the rounded counts (R-X8): before the Distribution Date the Rights per share are divided
 * by the ratio (1-for-2 makes exactly 2), the exchange ratio and Adjustment Shares already fixed
 * are multiplied by it [standard form]. After the Distribution Date the number of Rights stays
 * and a Right gets what it would have got (R-X6); the Rights per share still divide, for the
 * shares issued with Rights afterwards (R-3-separation), so that a stake (an option's shares
 * scaled by the split) carries the same Rights whether it became shares before the split or
 * after. Before the Record Date's close of business no Right exists to adjust: the dividend is
 * one Right for each share outstanding then (R-X7). Its date is the ex-date for R-11d.
 */
export function splitCommon(state: State, ctx: Ctx, ratioText: string): void {
  const ratio = dec(ratioText);
  const before = state.sharesOutstanding;
  exactCount(ratio.times(before).floor(), "the shares outstanding after the split", "ratio");
  const wholeOf = (shares: number) => ratio.times(shares).floor().toNumber();
  const wholeAfter = wholeSharesAfter(state, wholeOf);
  // R-X8: the shares outstanding are the whole shares; a reverse split that leaves none would leave no Common Stock and no Right (R-11p keeps their number).
  if (wholeAfter === 0) throw new RuleError("R-X8", `the reverse split ${ratio.toFixed()}:1 would turn every holding of the ${before} shares into a fraction of a share, leaving no whole share outstanding: refused`, "ratio");
  // R-11a-iii: a split or stock dividend adds shares from the authorised but unissued ones, as an issue does.
  requireUnissued(state, wholeAfter - before, `the ${ratio.gte(1) ? "split or stock dividend" : "reverse split"} ${formatDecimal(ratio)}:1`, "R-11a-iii", "ratio");
  let fractions = dec(0);
  const wholeShares = (shares: number) => {
    if (shares === 0) return 0;
    const whole = wholeOf(shares);
    fractions = fractions.plus(ratio.times(shares).minus(whole));
    return whole;
  };
  const rightsIssued = rightsExistAt(state, ctx.at);
  const rightsBefore = rightsIssued && !state.ledger ? rightsOutstanding(state) : null;
  const publicAfter = wholeShares(publicShares(state));
  state.ownership.scale(wholeShares, (options) => ratio.times(options).floor().toNumber());
  const after = state.ownership.namedHeld + publicAfter;
  state.sharesOutstanding = after;
  // R-11p before the Distribution Date; after it (R-X6) the Rights Certificates stay as they are, but a
  // share issued from now on with Rights (R-3-separation: the Board's decision, options) carries the
  // Rights of the part of a share of the Distribution Date it stands for: 1/ratio of what it did.
  if (rightsIssued) state.rightsPerShare = state.rightsPerShare.div(new Fraction(ratio.toString()));
  if (rightsIssued) state.exchangeMultiplier = state.exchangeMultiplier.times(ratio);
  if (state.flipIn) state.flipIn.sharesPerRight = state.flipIn.sharesPerRight.times(ratio);
  state.splits.push({ date: newYorkDateOf(ctx.at), at: ctx.at, event: ctx.event, ratio });
  record(state.trace, ctx.at, ctx.event, "R-11p", `Common Stock ${ratio.gte(1) ? "split or dividend" : "reverse split"} ${formatDecimal(ratio)}:1: ${before} shares become ${after} whole shares${!rightsIssued ? "; no Rights are issued before the Record Date's close of business, then one for each share (R-X7)" : state.ledger ? `; the Rights Certificates are unchanged, what each Right gets scales by the ratio (R-X6); a share issued with Rights from now on carries ${state.rightsPerShare.toFraction()} (R-3-separation)` : `; Rights per share ${state.rightsPerShare.toFraction()} (divided by the stated ratio, R-X8)`}; exchange ratio ${formatDecimal(exchangeRatio(state))}`, {
    ratio: formatDecimal(ratio),
    sharesBefore: before,
    sharesAfter: after,
    rightsPerShare: state.rightsPerShare.toFraction(),
  });
  if (fractions.gt(0)) payFractionalShares(state, ctx, fractions);
  if (rightsBefore !== null) explainRightsAfterSplit(state, ctx, rightsBefore, fractions);
  scaleOffers(state, ctx, ratio);
  judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
}

/**
 * R-11p keeps the number of Rights attached to the shares, but only whole shares are outstanding after a split
 * (R-X8): the Rights a fractional share paid in cash would have carried go with it, and the whole Rights
 * outstanding leave out the fraction of a Right holders' shares carry in parts until the Distribution Date
 * pays it in cash (R-14). Traced where the count moves.
 */
function explainRightsAfterSplit(state: State, ctx: Ctx, rightsBefore: number, fractionalShares: Dec): void {
  const rightsAfter = rightsOutstanding(state);
  if (rightsAfter === rightsBefore) return;
  const exact = new Fraction(state.sharesOutstanding).mul(state.rightsPerShare);
  const onCashedShares = new Fraction(fractionalShares.toString()).mul(state.rightsPerShare);
  const inParts = exact.sub(exact.floor());
  const parts = [
    ...(onCashedShares.n > 0n ? [`the ${formatDecimal(fractionalShares)} fractional shares paid in cash carried ${rightsFractionText(onCashedShares.toFraction())}, which end with them (R-X8)`] : []),
    ...(inParts.n > 0n ? [`${rightsFractionText(inParts.toFraction())} is held in parts on holders' shares, not a whole Right: paid in cash when the Rights separate (R-14)`] : []),
  ];
  record(state.trace, ctx.at, ctx.event, "R-11p", `Rights outstanding ${rightsBefore} before the split, ${rightsAfter} after: R-11p keeps their number on the shares outstanding, but ${parts.join("; ")}`, { rightsBefore, rightsAfter });
}

/** R-X8: the whole shares outstanding after a split: each holding (the public's as one) becomes `wholeOf` its shares. */
function wholeSharesAfter(state: State, wholeOf: (shares: number) => number): number {
  let after = wholeOf(publicShares(state));
  for (let p = 0; p < state.ownership.count; p++) after += wholeOf(state.ownership.heldOf(p));
  return after;
}

/**
 * R-11p: "Holdings and rights to acquire scale with the split", and so do the share counts of an
 * open tender offer: the shares it seeks (R-3a(ii)) and R-11a-ii(C)'s shares outstanding at its
 * commencement, so that the 85% of a Qualified Transaction compares shares of one kind (45% of
 * the shares after a 2-for-1 split is not 90% of those at commencement). Likewise every offer's
 * price per share, open or closed, is divided by the ratio (as R-11d divides a close before the
 * ex-date): R-11a-ii(B) compares an amended price with the one the directors found fair, and R-13d
 * a merger's price per share with "the price paid in that offer", each per share of today's stock
 * ($4.00 before a 2-for-1 split is $2.00 after it).
 */
function scaleOffers(state: State, ctx: Ctx, ratio: Dec): void {
  const scale = (shares: number) => ratio.times(shares).floor().toNumber();
  const perShare = (price: string | undefined) => (price === undefined ? undefined : dec(price).dividedBy(ratio).toString());
  for (const offer of state.offers.values()) {
    offer.price = perShare(offer.price);
    offer.qualifiedPrice = perShare(offer.qualifiedPrice);
    const price = offer.price === undefined ? "" : ` at $${formatDecimal(dec(offer.price))} a share of today's stock`;
    if (offer.status !== "open") {
      if (price) record(state.trace, ctx.at, ctx.event, "R-11p", `offer ${offer.id} (${offer.status}) was${price} (R-13d compares prices per share)`);
      continue;
    }
    const bases = offer.qualifiedTransactionBases;
    offer.qualifiedTransactionBases = { none: scale(bases.none), directorOfficers: scale(bases.directorOfficers), stockPlans: scale(bases.stockPlans), both: scale(bases.both) };
    if (offer.sharesSought !== undefined) offer.sharesSought = scale(offer.sharesSought);
    record(state.trace, ctx.at, ctx.event, "R-11p", `open offer ${offer.id} now ${offer.sharesSought === undefined ? "seeks all the shares" : `seeks ${offer.sharesSought} shares`}${price}; its shares outstanding at commencement (R-11a-ii(C)), less those the text in force excludes, are ${qualifiedTransactionBase(state, offer)} of today's shares`);
  }
}

/** R-X8, R-14: the fractions of a share the split left are paid in cash at the Current Market Price (payFractionsInCash counts them), or, without one, counted and named in a warning. */
function payFractionalShares(state: State, ctx: Ctx, fractions: Dec): void {
  record(state.trace, ctx.at, ctx.event, "R-X8", `the split leaves ${formatDecimal(fractions)} fractional shares: they are not issued but paid in cash (R-14)`, { fractionalShares: formatDecimal(fractions) });
  if (hasCurrentMarketPrice(state, newYorkDateOf(ctx.at))) return payFractionsInCash(state, ctx, fractions);
  state.totals.fractionalSharesCashed = state.totals.fractionalSharesCashed.plus(fractions);
  warnUnvaluedCash(state, ctx, `the cash for the ${formatDecimal(fractions)} fractional shares of the split is not in totals.cashInLieu: the Current Market Price needs the closes of the ${state.terms.values.currentMarketPriceTradingDays} Trading Days before ${newYorkDateOf(ctx.at)} (R-14, R-11d)`);
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
