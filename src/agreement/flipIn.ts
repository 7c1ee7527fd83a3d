/**
 * Section 11(a)(ii) as amended (R-11a-ii, R-11a-iii) and Section 11(d) (R-11d).
 *
 * "In the event any Person shall ... become an Acquiring Person, unless the event causing such
 * Person to become an Acquiring Person (A) is a transaction set forth in Section 13(a) hereof, (B)
 * is an acquisition ... pursuant to a tender offer ... for all outstanding shares ... [that the
 * independent directors find fair] (a "Qualified Offer"), or (C) is an acquisition ... pursuant to
 * a tender offer ... for all outstanding shares ... the consummation of which ... results in such
 * Person becoming the Beneficial Owner of ... at least 85% of the shares ... outstanding at the
 * time of commencement ... (a "Qualified Transaction") ... each holder of a Right ... shall
 * thereafter have the right to receive ... such number of shares of Common Stock as shall equal
 * the result obtained by (x) multiplying the then current Purchase Price by the then number of one
 * one-thousandths of a share of Preferred Stock for which a Right was exercisable immediately
 * prior to the first occurrence of a Section 11(a)(ii) Event, and (y) dividing that product ... by
 * 50% of the Current Market Price ... per share of Common Stock on the date of such first
 * occurrence (such number of shares, the "Adjustment Shares")."
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { isAtLeastPercent, ratioOf } from "../numbers/ratio.js";
import { newYorkDateOf, type Instant } from "../time/instant.js";
import type { IsoDate } from "../time/isoDate.js";
import { tradingDaysBefore } from "../time/tradingDays.js";
import { personId, standingCrossings, type AcquiringVia, type Offer, type QualifiedTransactionBases, type Split, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { refreshVoidHolders, restoreTransferredRights, rightsExistAt, rightsOutstanding, voidRights } from "./voidRights.js";
import type { Ctx } from "./acquiringPerson.js";
import { termsWith } from "../terms/inForce.js";
import type { TermValues } from "../terms/schema.js";
import type { Person } from "../scenario/schema.js";

/** The Purchase Price for one Right: Purchase Price per Unit x Units per Right (both as adjusted, R-11a-i), under `values` (default: the text in force). */
export function exercisePrice(state: State, values: TermValues = state.terms.values): Dec {
  return dec(values.purchasePrice).times(values.unitsPerRight);
}

/**
 * R-T6: "each event is judged under the text in force at its instant": the terms of the text in
 * force at `at`, an instant not after now (an event redone after a cure, R-1a-inadvertent, is
 * judged under the text of its own instant, not of the cure's).
 */
function valuesAt(state: State, at: Instant): TermValues {
  const applied = state.termLayers.slice(0, state.layersApplied);
  const inForce = applied.filter((layer) => layer.start <= at);
  return inForce.length === applied.length ? state.terms.values : termsWith(state.plan, inForce).values;
}

/** R-11d: whether the scenario has the closes the Current Market Price on `date` needs. */
export function hasCurrentMarketPrice(state: State, date: IsoDate): boolean {
  return tradingDaysBefore(state.prices, date, state.terms.values.currentMarketPriceTradingDays) !== undefined;
}

/**
 * R-11d: the average of the daily closes over the 30 consecutive Trading Days immediately before
 * `date` (its own close excluded), closes before a split's ex-date divided by its ratio. Fewer
 * closes than that is a missing input, never a guess. `splits`: the splits made by then (default:
 * all so far; a Section 11(a)(ii) Event redone after a cure counts those before its own instant).
 */
export function currentMarketPrice(state: State, date: IsoDate, rule: "R-11d" | "R-14" = "R-11d", made: readonly Split[] = state.splits): { price: Dec; from: IsoDate; to: IsoDate; splits: readonly Split[] } {
  const count = state.terms.values.currentMarketPriceTradingDays;
  const days = tradingDaysBefore(state.prices, date, count);
  if (!days) {
    const have = tradingDaysBefore(state.prices, date, 0)!.length + state.prices.dates.filter((d) => d < date).length;
    throw new RuleError(rule, `the Current Market Price on ${date} needs closes for the ${count} Trading Days before it; the scenario has ${have}`, "prices");
  }
  const first = state.prices.dates.indexOf(days[0]);
  let sum = dec(0);
  days.forEach((day, i) => {
    let close = dec(state.prices.closes[first + i]);
    for (const split of made) if (day < split.date && split.date <= date) close = close.dividedBy(split.ratio);
    sum = sum.plus(close);
  });
  const splits = made.filter((split) => days[0] < split.date && split.date <= date);
  return { price: sum.dividedBy(count), from: days[0], to: days[days.length - 1], splits };
}

/**
 * R-11p, R-X6: the splits made after the event at `ctx` (an instant before now only when a cure
 * redoes an earlier crossing as the first occurrence, R-1a-inadvertent): the Adjustment Shares a
 * Right got at the event scale by each, as they would have when it was made (splitCommon).
 * Events at one instant apply in file order (R-T5).
 */
function splitsSince(state: State, ctx: { at: Instant; event: number | null }): { before: Split[]; after: Split[] } {
  const isAfter = (split: Split) => split.at > ctx.at || (split.at === ctx.at && ctx.event !== null && split.event > ctx.event);
  return { before: state.splits.filter((split) => !isAfter(split)), after: state.splits.filter(isAfter) };
}

/**
 * R-11a-ii(C): the shares outstanding now (an offer's commencement), less those beneficially owned
 * by the insiders `excluded` picks: their own and their Affiliates', not those of a group partner
 * (a bidder with a voting agreement would otherwise shrink its own base).
 */
function sharesOutstandingLess(state: State, excluded: (person: Person) => boolean): number {
  let shares = 0;
  const counted = new Set<number>();
  for (const p of state.insiders) {
    if (!excluded(state.persons[p])) continue;
    for (const q of state.ownership.circles.affiliatesOf(p)) {
      if (counted.has(q)) continue;
      counted.add(q);
      shares += state.ownership.heldOf(q);
    }
  }
  return state.sharesOutstanding - shares;
}

/**
 * R-11a-ii(C), at an offer's commencement: "the shares outstanding when the offer commenced",
 * less those then owned by director-officers, stock plans or both. Which to exclude is not fixed
 * here: the offer's close is judged under the text in force then (R-T6), which may be a later text
 * than the one in force at commencement (an offer commenced under the 2001 text, without a
 * Qualified Transaction, that closes under Amendment No. 1).
 */
export function qualifiedTransactionBases(state: State): QualifiedTransactionBases {
  return {
    none: state.sharesOutstanding,
    directorOfficers: sharesOutstandingLess(state, (person) => Boolean(person.directorOfficer)),
    stockPlans: sharesOutstandingLess(state, (person) => Boolean(person.stockPlan)),
    both: sharesOutstandingLess(state, (person) => Boolean(person.directorOfficer || person.stockPlan)),
  };
}

/** R-11a-ii(C): `offer`'s shares outstanding at commencement, less the exclusions of the text in force now. */
export function qualifiedTransactionBase(state: State, offer: Offer): number {
  const qt = state.terms.values.qualifiedTransaction;
  const bases = offer.qualifiedTransactionBases;
  if (qt?.excludeDirectorOfficers) return qt.excludeStockPlans ? bases.both : bases.directorOfficers;
  return qt?.excludeStockPlans ? bases.stockPlans : bases.none;
}

/**
 * R-11a-ii(B): a Qualified Offer is "a tender or exchange offer for all outstanding shares of
 * Common Stock at a price and on terms" that the independent directors determine to be fair, not
 * inadequate and in the stockholders' best interests. The determination covers the offer as it
 * then stood: an amendment to less than all the shares, or to a price below the one found fair,
 * leaves an offer the Board never found fair, and it is no longer a Qualified Offer (a new
 * determination may qualify it again). A higher price for all the shares is still not inadequate.
 */
export function qualificationAfterAmendment(state: State, ctx: Ctx, offer: Offer): void {
  if (!offer.qualified) return;
  const cutBack = !offer.allShares;
  const lowered = offer.qualifiedPrice !== undefined && offer.price !== undefined && dec(offer.price).lessThan(offer.qualifiedPrice);
  if (!cutBack && !lowered) return;
  offer.qualified = false;
  const why = cutBack ? "is no longer for all the shares" : `now pays $${offer.price}, less than the $${offer.qualifiedPrice} the independent directors found fair`;
  record(state.trace, ctx.at, ctx.event, "R-11a-ii", `offer ${offer.id} ${why}: it can no longer be a Qualified Offer`);
}

/**
 * R-11a-ii (B) and (C): how the close of `offer` made `p` an Acquiring Person. (B) needs the
 * Board's determination before consummation and an offer still for all the shares; (C) the
 * amended text and 85% of the shares outstanding at commencement (as reduced).
 */
export function offerVia(state: State, offer: Offer, p: number): AcquiringVia {
  if (!offer.allShares) return "acquisition";
  if (offer.qualified && state.terms.values.qualifiedOffer) return "qualified-offer";
  const qt = state.terms.values.qualifiedTransaction;
  if (qt && isAtLeastPercent(state.ownership.ownedOf(p), qualifiedTransactionBase(state, offer), ratioOf(qt.percent))) return "qualified-transaction";
  return "acquisition";
}

/**
 * R-11a-ii: `p` became an Acquiring Person other than through an exception: a Section 11(a)(ii)
 * Event. The first occurrence fixes the Adjustment Shares at the Current Market Price of its date
 * and voids the Acquiring Persons' Rights (R-7e).
 */
export function section11aiiEvent(state: State, ctx: Ctx | { at: Instant; event: number | null }, p: number): void {
  // Ended by its instant: an event redone after a cure (R-1a-inadvertent) happened while the Rights were live.
  if (state.status !== "attached" && state.status !== "separated" && (state.ended === undefined || state.ended.at <= ctx.at)) {
    record(state.trace, ctx.at, ctx.event, "R-11a-ii", `the Rights have ended (${state.status}): no Section 11(a)(ii) Event`);
    return;
  }
  if (state.flipIn) {
    record(state.trace, ctx.at, ctx.event, "R-11a-ii", `a later Section 11(a)(ii) Event: the Adjustment Shares stay those of the first occurrence (${state.flipIn.date})`);
    return;
  }
  const date = newYorkDateOf(ctx.at);
  const { before, after } = splitsSince(state, ctx);
  const cmp = currentMarketPrice(state, date, "R-11d", before);
  // R-11a-ii: "the Purchase Price x Units per Right just before the event", under the text then in force.
  const values = valuesAt(state, ctx.at);
  const price = exercisePrice(state, values);
  const multiple = dec(values.flipInMultiple);
  const atEvent = price.times(multiple).dividedBy(cmp.price);
  const sharesPerRight = after.reduce((shares, split) => shares.times(split.ratio), atEvent);
  state.flipIn = { person: p, at: ctx.at, date, event: ctx.event ?? -1, currentMarketPrice: cmp.price, sharesPerRight, adjustmentSharesValue: atEvent.times(cmp.price), exercisePrice: price };
  record(state.trace, ctx.at, ctx.event, "R-11d", `Current Market Price on ${date}: average close of the ${state.terms.values.currentMarketPriceTradingDays} Trading Days ${cmp.from} to ${cmp.to}${cmp.splits.map((split) => `, closes before the ex-date ${split.date} divided by ${formatDecimal(split.ratio)}`).join("")} = $${formatDecimal(cmp.price)}`, {
    currentMarketPrice: formatDecimal(cmp.price),
    from: cmp.from,
    to: cmp.to,
  });
  record(state.trace, ctx.at, ctx.event, "R-11a-ii", `Section 11(a)(ii) Event: each valid Right now buys $${formatDecimal(price)} x ${formatDecimal(multiple)} / $${formatDecimal(cmp.price)} = ${formatDecimal(sharesPerRight)} Adjustment Shares of Common Stock for $${formatDecimal(price)}`, {
    person: personId(state, p),
    purchasePrice: formatDecimal(price),
    currentMarketPrice: formatDecimal(cmp.price),
    sharesPerRight: formatDecimal(atEvent),
  });
  if (after.length) {
    record(state.trace, ctx.at, ctx.event, "R-11p", `the Common Stock has split since the event (${after.map((split) => `${formatDecimal(split.ratio)}:1 on ${split.date}`).join(", ")}): the Adjustment Shares scale as each split scaled them, so a Right gets what it would have got: ${formatDecimal(sharesPerRight)} of today's shares (R-X6)`, {
      sharesPerRight: formatDecimal(sharesPerRight),
    });
  }
  record(state.trace, ctx.at, ctx.event, "R-triggering", `a Triggering Event has occurred (Section 11(a)(ii))`);
  for (const [acquirer, circle] of circlesVoidedSince(state, ctx.at)) state.voidBy.set(acquirer, circle);
  refreshVoidHolders(state);
  const beforeIssue = !rightsExistAt(state, ctx.at);
  const voided = beforeIssue ? `void from their issue at the Record Date's close of business (R-X7): ${voidRights(state)} Rights on their present shares` : `void: ${voidRights(state)} Rights`;
  record(state.trace, ctx.at, ctx.event, "R-7e", `the Rights of every Acquiring Person and its Affiliates and Associates are ${voided}`, { voidRights: voidRights(state) });
  judgeAuthorizedShares(state, ctx);
}

/**
 * R-11a-iii: where authorised and unissued Common Stock cannot cover the exercise of every valid
 * Right, the Board must substitute value (cash, equity, debt or property, or a lower Purchase
 * Price) so that each holder still receives the Spread. Judged at the event, then again whenever
 * the answer changes (rejudgeAuthorizedShares); `found`: the coverage already worked out.
 */
function judgeAuthorizedShares(state: State, ctx: { at: Instant; event: number | null }, found = coverage(state)): void {
  const flipIn = state.flipIn!;
  const { needed, available, shortfall } = found;
  if (available === undefined) {
    record(state.trace, ctx.at, ctx.event, "R-11a-iii", `authorised Common Stock not given: assumed to cover the ${needed.toString()} Adjustment Shares of every valid Right`);
    return;
  }
  flipIn.authorizedShortfall = shortfall;
  if (shortfall === undefined) {
    record(state.trace, ctx.at, ctx.event, "R-11a-iii", `authorised Common Stock covers the ${needed.toString()} Adjustment Shares (${available} available)`);
    return;
  }
  record(state.trace, ctx.at, ctx.event, "R-11a-iii", `authorised Common Stock falls ${shortfall} shares short of the ${needed.toString()} Adjustment Shares: the Board must substitute value so that each Right still receives the Spread of $${formatDecimal(spreadPerRight(state))}`, {
    needed: needed.toString(),
    available,
    shortfall,
    spreadPerRight: formatDecimal(spreadPerRight(state)),
  });
}

/** R-11a-iii: the Adjustment Shares every valid Right needs now, the authorised shares not outstanding (if given) and the shortfall (undefined when covered). */
function coverage(state: State): { needed: Dec; available?: number; shortfall?: number } {
  const needed = dec(rightsOutstanding(state) - voidRights(state)).times(state.flipIn!.sharesPerRight).floor();
  if (state.authorizedCommon === undefined) return { needed };
  const available = state.authorizedCommon - state.sharesOutstanding;
  return { needed, available, shortfall: needed.lte(available) ? undefined : needed.minus(available).toNumber() };
}

/**
 * R-11a-iii after the Section 11(a)(ii) Event: every event can change what the authorised but
 * unissued shares must cover (a split or an issue, an option's exercise, an exchange, a
 * repurchase changes the shares; a later Acquiring Person's crossing, or a cure, the valid Rights):
 * "where authorised but unissued ... Common Stock cannot cover every exercise" is a question about
 * every exercise still to come, not only about the day of the event. Judged again, and recorded,
 * when the answer changes. Once the Rights have ended (redeemed, exchanged, expired) no exercise
 * is to come: the finding stays as it was.
 */
export function rejudgeAuthorizedShares(state: State, ctx: { at: Instant; event: number | null }): void {
  const flipIn = state.flipIn;
  if (!flipIn || state.authorizedCommon === undefined || (state.status !== "attached" && state.status !== "separated")) return;
  const now = coverage(state);
  if (now.shortfall !== flipIn.authorizedShortfall) judgeAuthorizedShares(state, ctx, now);
}

/** R-11a-iii: the Spread, the Adjustment Shares' value less the Purchase Price (unchanged by a later split, R-X6). */
export function spreadPerRight(state: State): Dec {
  const flipIn = state.flipIn!;
  return flipIn.adjustmentSharesValue.minus(flipIn.exercisePrice);
}

/**
 * R-7e, R-X1: for each Person that has been an Acquiring Person at or after `at` by a crossing that
 * stands, the Persons whose Rights it beneficially owned at `at` or later while it was one: "any
 * Rights beneficially owned by ... an Acquiring Person or an Associate or Affiliate" become void
 * upon the event, and stay void when its group later ends. Measured from `at`, not from now: a
 * cure that makes a later crossing the first occurrence (R-1a-inadvertent) voids the Rights that
 * crossing's Acquiring Person owned then, whatever agreements have ended since.
 */
function circlesVoidedSince(state: State, at: Instant): Map<number, number[]> {
  const voided = new Map<number, number[]>();
  for (const { person, episode } of standingCrossings(state)) {
    if (episode.endedAt !== undefined && episode.endedAt < at) continue;
    const members = new Set(voided.get(person));
    episode.circles.forEach((circle, i) => {
      const next = episode.circles[i + 1];
      if (next === undefined || next.at > at) for (const q of circle.members) members.add(q);
    });
    voided.set(person, [...members]);
  }
  return voided;
}

/**
 * R-1a-inadvertent: `p` never was an Acquiring Person, so a flip-in it caused never occurred. If
 * another Person's crossing stands (R-X1: even one that has since fallen below), the earliest is
 * now the first occurrence.
 */
export function undoFlipInBy(state: State, ctx: { at: Instant; event: number | null }, p: number): void {
  if (state.flipIn?.person !== p) return;
  state.flipIn = undefined;
  state.voidBy.clear();
  record(state.trace, ctx.at, ctx.event, "R-11a-ii", `no Section 11(a)(ii) Event occurred through ${personId(state, p)}`);
  const next = standingCrossings(state).find(({ episode }) => episode.via === "acquisition");
  // The void holders are recomputed once, from the event that stands: Rights a holder still void
  // passed on since stay void with the transferee (R-7e); those of holders now valid are valid again.
  if (next) section11aiiEvent(state, { at: next.episode.since, event: next.episode.event }, next.person);
  else refreshVoidHolders(state);
  restoreTransferredRights(state);
}
