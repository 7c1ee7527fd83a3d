/**
 * Section 13 (R-13, R-13d): "In the event that, at any time following the Stock Acquisition Date,
 * (i) the Company engages in a merger ... in which the Company is not the surviving corporation
 * (other than with an entity which acquired the shares pursuant to a Qualified Offer [or, as
 * amended, a Qualified Transaction]), (ii) the Company engages in a merger ... in which the Company
 * is the surviving corporation and the Common Stock of the Company is changed or exchanged or
 * (iii) 50% or more of the Company's assets, cash flow or earning power is sold or transferred,
 * each holder of a Right (except Rights which have previously been voided ...) shall thereafter
 * have the right to receive, upon exercise, common stock of the acquiring company having a value
 * equal to two times the exercise price of the Right."
 */
import { dec, formatDecimal } from "../numbers/decimal.js";
import { formatNewYork, type Instant } from "../time/instant.js";
import { personId, type Offer, type State } from "../engine/state.js";
import { warnAssumption } from "../engine/warnings.js";
import { record, RuleError } from "../engine/trace.js";
import { exercisePrice } from "./flipIn.js";
import type { Ctx } from "./acquiringPerson.js";
import type { ScenarioEvent } from "../scenario/schema.js";

type Merger = Extract<ScenarioEvent, { type: "merger" }>;
type AssetSale = Extract<ScenarioEvent, { type: "asset-sale" }>;

/** A Section 13 Event can happen only while the Rights live and after a Stock Acquisition Date. */
function canOccur(state: State, ctx: Ctx): boolean {
  if (state.status !== "attached" && state.status !== "separated") {
    record(state.trace, ctx.at, ctx.event, "R-13", `the Rights have ended (${state.status}): no Section 13 Event`);
    return false;
  }
  if (!state.stockAcquisition) {
    record(state.trace, ctx.at, ctx.event, "R-13", "there has been no Stock Acquisition Date: no Section 13 Event can occur");
    return false;
  }
  return true;
}

/**
 * R-13d: the closed offer for all the shares that was a Qualified Offer (or, as amended, a
 * Qualified Transaction) of the counterparty, or else of a Person of whom the counterparty is an
 * Affiliate ("a Person (or its wholly owned subsidiary)"), if any.
 */
function qualifyingOfferOf(state: State, counterparty: number): Offer | undefined {
  const exceptions = state.terms.values.section13dExceptions;
  const qualifying = [...state.offers.values()].filter((o) => o.status === "closed" && o.closedVia !== undefined && o.closedVia !== "acquisition" && exceptions.includes(o.closedVia));
  return qualifying.find((o) => o.bidder === counterparty) ?? qualifying.find((o) => state.ownership.circles.affiliated(o.bidder, counterparty));
}

/**
 * R-13d: a merger with an Affiliate of the offer's bidder counts as one with its wholly owned
 * subsidiary; the scenario says only that they are Affiliates, so the answer says what it assumed.
 */
function warnIfSubsidiaryAssumed(state: State, ctx: Ctx, offer: Offer, counterparty: number): void {
  if (offer.bidder === counterparty) return;
  const message = `${personId(state, counterparty)}, the merger's counterparty, is taken for a wholly owned subsidiary of ${personId(state, offer.bidder)}, which bought through offer ${offer.id}: the scenario says only that they are Affiliates`;
  warnAssumption(state, ctx, "R-13d", "assumed-wholly-owned", message);
}

/** R-13 (i)/(ii) with the R-13d exception. */
export function merger(state: State, ctx: Ctx, event: Merger, counterparty: number | undefined): void {
  if (event.companySurvives && !event.commonExchanged) {
    record(state.trace, ctx.at, ctx.event, "R-13", "the Company survives and its Common Stock is neither changed nor exchanged: no Section 13 Event");
    return;
  }
  if (!canOccur(state, ctx)) return;
  const clause = event.companySurvives ? "(ii)" : "(i)";
  const offer = counterparty === undefined ? undefined : qualifyingOfferOf(state, counterparty);
  if (offer) {
    if (event.consideration === undefined) throw new RuleError("R-13d", `the merger's consideration per share is needed to compare it with offer ${offer.id}'s price`, "consideration");
    if (offer.price === undefined) throw new RuleError("R-13d", `tender offer ${offer.id} gave no price per share: the R-13d exception needs it to compare with the merger's $${event.consideration} (add price to the tender-offer event)`, "counterparty");
    const form = event.considerationForm ?? "cash";
    const samePrice = dec(event.consideration).gte(offer.price);
    if (samePrice && form === offer.considerationForm) {
      warnIfSubsidiaryAssumed(state, ctx, offer, counterparty!);
      record(state.trace, ctx.at, ctx.event, "R-13d", `a merger ${clause} with the Person who bought through ${offer.closedVia} ${offer.id}${offer.bidder === counterparty ? "" : ` (its subsidiary ${personId(state, counterparty!)})`}, at $${event.consideration} in ${form} (offer: $${offer.price} in ${offer.considerationForm}): no Section 13 Event`);
      return;
    }
    record(state.trace, ctx.at, ctx.event, "R-13d", `the merger pays $${event.consideration} in ${form}, not at least the offer's $${offer.price} in ${offer.considerationForm}: the exception does not apply`);
  }
  section13Event(state, ctx, `a merger ${clause}`, event.principalPartyPrice);
}

/**
 * R-13(i): in a merger or consolidation in which the Company "does not survive" it ceases to
 * exist, and with it its Common Stock, its Preferred and its Board: no later event can be about
 * them. What survives is a Right that flipped over: "each holder of a Right ... shall thereafter
 * have the right to receive, upon exercise, common stock of the acquiring company", so only the
 * exercise of such Rights can follow (the Final Expiration Date still ends them, R-7a).
 */
export function mergedAway(state: State, ctx: Ctx): void {
  state.mergedAway = { at: ctx.at, event: ctx.event };
  record(state.trace, ctx.at, ctx.event, "R-13", `the Company does not survive the merger: its shares cease to exist; ${state.flipOver ? "the Rights that are not void remain rights to the Principal Party's common stock" : "no Section 13 Event gave the Rights anything else to buy"}`);
}

/** R-13(i): an event after the Company ceased to exist is a rule break naming the merger (see mergedAway). */
export function requireCompanyExists(state: State, type: string): void {
  const gone = state.mergedAway;
  if (!gone || (type === "exercise" && state.flipOver)) return;
  const what = type === "exercise" ? "a Right that did not flip over (no Section 13 Event) has nothing left to buy" : `no ${type} of or about its shares can follow`;
  throw new RuleError("R-13", `the Company did not survive the merger of event ${gone.event} (${formatNewYork(gone.at)}): ${what}`, "type");
}

/** R-13 (iii): a sale of 50% or more of the assets, cash flow or earning power; no R-13d exception. */
export function assetSale(state: State, ctx: Ctx, event: AssetSale): void {
  if (dec(event.fraction).lt("0.5")) {
    record(state.trace, ctx.at, ctx.event, "R-13", `a sale of ${formatDecimal(dec(event.fraction).times(100))}% of the assets, less than 50%: no Section 13 Event`);
    return;
  }
  if (!canOccur(state, ctx)) return;
  section13Event(state, ctx, `a sale of ${formatDecimal(dec(event.fraction).times(100))}% of the assets (iii)`, event.principalPartyPrice);
}

function section13Event(state: State, ctx: Ctx, what: string, principalPartyPrice: string | undefined): void {
  if (principalPartyPrice === undefined) throw new RuleError("R-13", "a Section 13 Event needs the Principal Party's Current Market Price (principalPartyPrice)", "principalPartyPrice");
  if (state.flipOver) {
    record(state.trace, ctx.at, ctx.event, "R-13", `a later Section 13 transaction: the Rights already flipped over on ${state.flipOver.at}`);
    return;
  }
  const price = exercisePrice(state);
  const ppp = dec(principalPartyPrice);
  const multiple = dec(state.terms.values.flipOverMultiple);
  const sharesPerRight = price.times(multiple).dividedBy(ppp);
  state.flipOver = { at: ctx.at, event: ctx.event, principalPartyPrice: ppp, sharesPerRight, exercisePrice: price };
  record(state.trace, ctx.at, ctx.event, "R-13", `Section 13 Event, ${what}: each valid Right buys $${formatDecimal(price)} x ${formatDecimal(multiple)} / $${formatDecimal(ppp)} = ${formatDecimal(sharesPerRight)} shares of the Principal Party's common stock`, {
    principalPartyPrice: formatDecimal(ppp),
    sharesPerRight: formatDecimal(sharesPerRight),
  });
  record(state.trace, ctx.at, ctx.event, "R-triggering", "a Triggering Event has occurred (Section 13)");
}

/**
 * R-13 with R-1a-inadvertent: a Section 13 Event happens only "at any time after the Stock
 * Acquisition Date". When a cure leaves no Stock Acquisition Date standing at or before the
 * transaction (its Person "never was an Acquiring Person"), the flip-over never occurred.
 */
export function undoFlipOverWithoutStockAcquisition(state: State, ctx: { at: Instant; event: number | null }): void {
  const flipOver = state.flipOver;
  if (!flipOver || (state.stockAcquisition && state.stockAcquisition.at <= flipOver.at)) return;
  state.flipOver = undefined;
  record(state.trace, ctx.at, ctx.event, "R-13", `no Stock Acquisition Date stands before the transaction of event ${flipOver.event}: no Section 13 Event occurred, and a Right again gets what it got before it`);
}
