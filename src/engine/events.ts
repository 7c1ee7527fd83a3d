/**
 * One handler per event type of scenario-format.md. A handler changes the facts (holdings,
 * agreements, offers) and hands the consequences to the rules in src/agreement and
 * src/ownership, which record their findings.
 */
import type { ScenarioEvent } from "../scenario/schema.js";
import { newYorkDateOf } from "../time/instant.js";
import { announce, determineInadvertence, judgeAcquisition, judgeDecrease, judgeExchangeBar, meetsThreshold, recordPosition, type Ctx } from "../agreement/acquiringPerson.js";
import { deferDistribution, startClockIfNowQualifying, startClocksOfOffersNowQualifying, startTenderClock } from "../agreement/distributionDate.js";
import { offerVia, qualificationAfterAmendment, qualifiedTransactionBase, qualifiedTransactionBases, rejudgeAuthorizedShares } from "../agreement/flipIn.js";
import { moveVoidRights, rightsOnShares } from "../agreement/voidRights.js";
import { redeem } from "../agreement/redemption.js";
import { exchange } from "../agreement/exchange.js";
import { exercise, requireWholePreferred } from "../agreement/exercise.js";
import { assetSale, merger, mergedAway, requireCompanyExists } from "../agreement/flipOver.js";
import { splitCommon, splitPreferred } from "../agreement/adjustments.js";
import { amend } from "../agreement/amendment.js";
import { endAgreement, startAgreement } from "../ownership/groups.js";
import { personId, publicShares, type Offer, type State } from "./state.js";
import { record, RuleError } from "./trace.js";
import { addCounts, requireUnissued } from "./counts.js";
import { warnIfOutsidePlanLife, warnMoreThanSought } from "./warnings.js";

type Handler<T extends ScenarioEvent["type"]> = (state: State, ctx: Ctx, event: Extract<ScenarioEvent, { type: T }>) => void;
type Handlers = { [T in ScenarioEvent["type"]]: Handler<T> };

/**
 * The index of a Person an event names; an unknown id is an input error naming the field. `company`
 * is reserved for the Company (scenario-format.md), which cannot be listed in persons: the error
 * says how to model what the Company does in a Person's role instead.
 */
function person(state: State, id: string, field: string): number {
  const p = state.personIndex[id];
  if (p === undefined && id === "company") {
    throw new RuleError("scenario-format", `"company" is the Company, which cannot be the ${field} of this event: name a person instead (for the Company's own offer or holding, a person with exempt: true, which R-1a and R-3a treat as the Company, a Subsidiary or an employee benefit plan)`, field);
  }
  if (p === undefined) throw new RuleError("scenario-format", `unknown person "${id}": add it to persons`, field);
  return p;
}

/** The index of the Person a trade names: as parseScenario found it, else looked up. */
function trader(state: State, ctx: Ctx, id: string): number {
  const known = state.traders === undefined ? -1 : state.traders[ctx.event];
  return known >= 0 ? known : person(state, id, "person");
}

function offer(state: State, id: string): Offer {
  const found = state.offers.get(id);
  if (!found) throw new RuleError("scenario-format", `unknown tender offer "${id}"`, "offer");
  return found;
}

/**
 * R-3a(ii): an offer for less than all the shares says how many it seeks; one for all of them
 * seeks every share its bidder does not own. A `sharesSought` beside `allShares: true` may say so
 * (that many or more: the count outstanding, say); fewer says two things at once and is refused
 * rather than ignored (an all-shares offer cut back is `allShares: false` with its number).
 */
function requireSharesSoughtMatches(state: State, bidder: number, allShares: boolean, sharesSought: number | undefined, how: "commenced" | "amended"): void {
  const offer = how === "commenced" ? "an offer for" : "an offer amended to";
  if (!allShares && sharesSought === undefined) throw new RuleError("R-3a", `${offer} less than all the shares must say how many it seeks (sharesSought)`, "sharesSought");
  const notOwned = state.sharesOutstanding - state.ownership.ownedOf(bidder);
  if (allShares && sharesSought !== undefined && sharesSought < notOwned) {
    throw new RuleError("R-3a", `${offer} all the shares seeks every share its bidder does not own (${notOwned}): sharesSought ${sharesSought} is fewer and would be ignored (an offer for less than all the shares is allShares: false)`, "sharesSought");
  }
}

function openOffer(state: State, id: string, rule: "R-3a" | "R-11a-ii"): Offer {
  const found = offer(state, id);
  if (found.status !== "open") throw new RuleError(rule, `tender offer ${id} has already ${found.status === "closed" ? "closed" : "been withdrawn"}`, "offer");
  return found;
}

/**
 * `shares` pass from one holder to another, their void Rights with them while attached (R-7e);
 * returns the Persons whose ownership fell and those whose ownership grew, for the rules to judge.
 */
function transferShares(state: State, from: number | "public", to: number | "public", shares: number): { lowered: readonly number[]; gained: readonly number[] } {
  moveVoidRights(state, from, to, shares);
  return {
    lowered: from === "public" ? [] : state.ownership.addHeld(from, -shares),
    gained: to === "public" ? [] : state.ownership.addHeld(to, shares),
  };
}

function takeFromPublic(state: State, shares: number): void {
  const available = publicShares(state);
  if (shares > available) throw new RuleError("R-1d", `the public holds only ${available} shares; ${shares} cannot be bought from it`, "shares");
}

/** R-11a-iii: an issue or an option's exercise adds shares from the authorised but unissued ones. */
function issueNewShares(state: State, shares: number): void {
  requireUnissued(state, shares, "the issue", "R-11a-iii", "shares");
  state.sharesOutstanding = addCounts(state.sharesOutstanding, shares, "the shares outstanding", "shares");
}

function takeFromHolder(state: State, holder: number, shares: number, field: string): void {
  const held = state.ownership.heldOf(holder);
  if (shares > held) throw new RuleError("R-1d", `${personId(state, holder)} holds ${held} shares and cannot part with ${shares}`, field);
}

/**
 * New shares carry Rights while attached; after the Distribution Date only where the Board so
 * decides (R-3-separation); once the Rights have ended none: "the moment the Board orders [a
 * redemption], the Rights end" (R-23), exchanged Rights "end" (R-24), expired ones too (R-7a).
 */
function rightsForNewShares(state: State, ctx: Ctx, holder: number | undefined, shares: number, withRights: boolean | undefined): void {
  if (state.status !== "attached" && state.status !== "separated") {
    if (withRights) throw new RuleError(ENDED_BY[state.status], `the Rights have ended (${state.status}): no Rights can be issued with the ${shares} new shares`, "withRights");
    record(state.trace, ctx.at, ctx.event, ENDED_BY[state.status], `the Rights have ended (${state.status}): the ${shares} new shares carry none`);
    return;
  }
  if (!state.distributed) {
    if (state.ledger) addLedgerRights(state, holder, rightsOnShares(state, shares));
    record(state.trace, ctx.at, ctx.event, "R-3-attached", `${shares} new shares carry their Rights (${state.rightsPerShare.toFraction()} per share)`);
    return;
  }
  if (withRights) addLedgerRights(state, holder, rightsOnShares(state, shares));
  record(state.trace, ctx.at, ctx.event, "R-3-separation", withRights ? `the Board issues Rights with the ${shares} new shares` : `${shares} shares issued after the Distribution Date carry no Rights`);
}

/** The rule that ended the Rights, by the status it left. */
const ENDED_BY = { redeemed: "R-23", exchanged: "R-24", expired: "R-7a" } as const;

function addLedgerRights(state: State, holder: number | undefined, rights: number): void {
  if (holder === undefined) state.ledger!.publicRights += rights;
  else state.ledger!.rights[holder] += rights;
}

export const HANDLERS: Handlers = {
  acquire(state, ctx, e) {
    const p = trader(state, ctx, e.person);
    takeFromPublic(state, e.shares);
    moveVoidRights(state, "public", p, e.shares);
    const gained = state.ownership.addHeld(p, e.shares);
    recordPosition(state, ctx, p, e.shares);
    judgeAcquisition(state, ctx, gained);
  },
  dispose(state, ctx, e) {
    const p = trader(state, ctx, e.person);
    takeFromHolder(state, p, e.shares, "shares");
    moveVoidRights(state, p, "public", e.shares);
    const lowered = state.ownership.addHeld(p, -e.shares);
    recordPosition(state, ctx, p, -e.shares);
    judgeDecrease(state, ctx, lowered, "divestiture");
  },
  issue(state, ctx, e) {
    const p = e.person === undefined ? undefined : person(state, e.person, "person");
    issueNewShares(state, e.shares);
    rightsForNewShares(state, ctx, p, e.shares, e.withRights);
    if (p !== undefined) judgeAcquisition(state, ctx, state.ownership.addHeld(p, e.shares));
    judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
  },
  repurchase(state, ctx, e) {
    const p = e.person === undefined ? undefined : person(state, e.person, "person");
    if (p === undefined) takeFromPublic(state, e.shares);
    else takeFromHolder(state, p, e.shares, "shares");
    moveVoidRights(state, p ?? "public", "retired", e.shares);
    state.sharesOutstanding -= e.shares;
    if (p !== undefined) judgeDecrease(state, ctx, state.ownership.addHeld(p, -e.shares), "divestiture");
    for (const q of state.acquiring.keys()) judgeExchangeBar(state, ctx, q);
    const above: number[] = [];
    for (let q = 0; q < state.persons.length; q++) if (!state.exempt[q] && !state.acquiring.has(q) && meetsThreshold(state, q)) above.push(q);
    record(state.trace, ctx.at, ctx.event, "R-1a-repurchase", `the Company repurchases ${e.shares} shares (${state.sharesOutstanding} now outstanding)${above.length ? `: ${above.map((q) => personId(state, q)).join(", ")} ${above.length === 1 ? "is" : "are"} now at or above the threshold solely through the repurchase: ${above.length === 1 ? "not an Acquiring Person unless it acquires" : "none is an Acquiring Person unless it acquires"} more shares` : ""}`);
  },
  split(state, ctx, e) {
    splitCommon(state, ctx, e.ratio);
  },
  "preferred-split"(state, ctx, e) {
    splitPreferred(state, ctx, e.ratio);
  },
  option(state, ctx, e) {
    const p = person(state, e.person, "person");
    addCounts(state.ownership.ownedOf(p), e.shares, `${e.person}'s Beneficial Ownership`, "shares");
    record(state.trace, ctx.at, ctx.event, "R-1d", `${e.person} gets the right to acquire ${e.shares} shares not yet outstanding: counted as its own (R-1d(ii)), not in the shares outstanding`);
    judgeAcquisition(state, ctx, state.ownership.addOptions(p, e.shares));
  },
  "exercise-option"(state, ctx, e) {
    const p = person(state, e.person, "person");
    const options = state.ownership.optionsOf(p);
    if (e.shares > options) throw new RuleError("R-1d", `${e.person} has the right to acquire ${options} shares, not ${e.shares}`, "shares");
    issueNewShares(state, e.shares);
    state.ownership.addOptions(p, -e.shares);
    state.ownership.addHeld(p, e.shares);
    rightsForNewShares(state, ctx, p, e.shares, true);
    judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
  },
  agreement(state, ctx, e) {
    const persons = e.persons.map((id, i) => person(state, id, `persons.${i}`));
    judgeAcquisition(state, ctx, startAgreement(state, ctx, e.id, persons, e.purpose));
  },
  "agreement-end"(state, ctx, e) {
    judgeDecrease(state, ctx, endAgreement(state, ctx, e.agreement), "divestiture");
  },
  announce(state, ctx, e) {
    const by = e.by === "company" ? "company" : person(state, e.by, "by");
    announce(state, ctx, by, person(state, e.subject, "subject"));
  },
  "tender-offer"(state, ctx, e) {
    if (state.offers.has(e.id)) throw new RuleError("scenario-format", `tender offer ${e.id} already exists`, "id");
    const bidder = person(state, e.bidder, "bidder");
    requireSharesSoughtMatches(state, bidder, e.allShares, e.sharesSought, "commenced");
    const created: Offer = {
      id: e.id,
      bidder,
      commencedAt: ctx.at,
      commencedDate: newYorkDateOf(ctx.at),
      allSharesAtCommencement: e.allShares,
      allShares: e.allShares,
      sharesSought: e.sharesSought,
      price: e.price,
      considerationForm: e.considerationForm ?? "cash",
      qualifiedTransactionBases: qualifiedTransactionBases(state),
      qualified: false,
      status: "open",
    };
    state.offers.set(e.id, created);
    startTenderClock(state, ctx, created, "commenced", created.commencedDate);
  },
  "tender-offer-amend"(state, ctx, e) {
    const o = openOffer(state, e.offer, "R-3a");
    const wasAll = o.allShares;
    const allShares = e.allShares ?? o.allShares;
    requireSharesSoughtMatches(state, o.bidder, allShares, e.sharesSought ?? (allShares ? undefined : o.sharesSought), "amended");
    if (e.allShares !== undefined) o.allShares = e.allShares;
    if (e.sharesSought !== undefined) o.sharesSought = e.sharesSought;
    if (e.price !== undefined) o.price = e.price;
    record(state.trace, ctx.at, ctx.event, "R-3a", `offer ${o.id} amended: ${o.allShares ? "all the shares" : `${o.sharesSought} shares`}${o.price ? ` at $${o.price}` : ""}`);
    qualificationAfterAmendment(state, ctx, o);
    if (wasAll && !o.allShares) {
      if (o.allSharesAtCommencement && state.terms.values.distributionTenderOfferProng === "less-than-all") {
        o.cutBackDate = newYorkDateOf(ctx.at);
        startTenderClock(state, ctx, o, "amended-to-less-than-all", o.cutBackDate);
      }
    }
    startClockIfNowQualifying(state, ctx, o, "by-the-offer");
  },
  "tender-offer-close"(state, ctx, e) {
    const o = openOffer(state, e.offer, "R-3a");
    const tendered = (e.from ?? []).map((f, i) => ({ holder: person(state, f.person, `from.${i}.person`), shares: f.shares, i }));
    const fromHolders = tendered.reduce((sum, t) => sum + t.shares, 0);
    if (fromHolders > e.sharesAcquired) throw new RuleError("scenario-format", `the holders named in from tender ${fromHolders} shares, more than the ${e.sharesAcquired} acquired`, "from");
    if (!o.allShares && o.sharesSought !== undefined && e.sharesAcquired > o.sharesSought) warnMoreThanSought(state, ctx, o.id, o.sharesSought, e.sharesAcquired);
    for (const t of tendered) takeFromHolder(state, t.holder, t.shares, `from.${t.i}.shares`);
    takeFromPublic(state, e.sharesAcquired - fromHolders);
    const moves = [...tendered.map((t) => transferShares(state, t.holder, o.bidder, t.shares)), transferShares(state, "public", o.bidder, e.sharesAcquired - fromHolders)];
    const lowered = moves.flatMap((m) => m.lowered);
    const gained = [...new Set(moves.flatMap((m) => m.gained))];
    o.status = "closed";
    const via = offerVia(state, o, o.bidder);
    o.closedVia = via;
    const base = qualifiedTransactionBase(state, o);
    record(state.trace, ctx.at, ctx.event, "R-11a-ii", `offer ${o.id} closes: ${personId(state, o.bidder)} buys ${e.sharesAcquired} shares${via === "acquisition" ? "" : ` (${via === "qualified-offer" ? "a Qualified Offer" : "a Qualified Transaction: at least " + state.terms.values.qualifiedTransaction!.percent + "% of the " + base + " shares outstanding at commencement, less those the text in force excludes"})`}`, {
      sharesAcquired: e.sharesAcquired,
      owned: state.ownership.ownedOf(o.bidder),
      qualifiedTransactionBase: base,
    });
    judgeDecrease(state, ctx, lowered, "divestiture");
    judgeAcquisition(state, ctx, gained, () => via);
  },
  // R-X3: a withdrawal, like an amendment to all the shares, leaves a running prong (ii) clock running.
  "tender-offer-withdraw"(state, ctx, e) {
    const o = openOffer(state, e.offer, "R-3a");
    o.status = "withdrawn";
    const running = state.tenderClocks.find((c) => c.offer === o.id);
    const keyed = running && { commenced: "its commencement", "amended-to-less-than-all": "its amendment to less than all the shares", raised: "the day it came to meet prong (ii)'s condition" }[running.basis];
    record(state.trace, ctx.at, ctx.event, "R-3a", `offer ${o.id} is withdrawn${running && !state.distributed ? `; the prong (ii) clock started on ${running.startDate}, ${keyed}, keeps running (R-X3)` : ""}`);
  },
  "qualify-offer"(state, ctx, e) {
    const o = openOffer(state, e.offer, "R-11a-ii");
    if (!state.terms.values.qualifiedOffer) throw new RuleError("R-11a-ii", "the plan in force has no Qualified Offer clause", "offer");
    if (!o.allShares) throw new RuleError("R-11a-ii", `offer ${o.id} is not for all the shares: only such an offer can be a Qualified Offer`, "offer");
    o.qualified = true;
    o.qualifiedPrice = o.price;
    record(state.trace, ctx.at, ctx.event, "R-11a-ii", `the independent directors, advised by an investment bank, find offer ${o.id} fair and in the stockholders' best interests: a Qualified Offer (B)`);
  },
  inadvertent(state, ctx, e) {
    determineInadvertence(state, ctx, person(state, e.person, "person"));
  },
  "defer-distribution"(state, ctx, e) {
    deferDistribution(state, ctx, e.until);
  },
  "require-whole-preferred"(state, ctx) {
    requireWholePreferred(state, ctx);
  },
  redeem(state, ctx) {
    redeem(state, ctx);
  },
  exchange(state, ctx, e) {
    exchange(state, ctx, e.ratio, e.portion);
  },
  amend(state, ctx, e) {
    amend(state, ctx, e);
  },
  merger(state, ctx, e) {
    merger(state, ctx, e, e.counterparty === undefined ? undefined : person(state, e.counterparty, "counterparty"));
    if (!e.companySurvives) mergedAway(state, ctx);
  },
  "asset-sale"(state, ctx, e) {
    if (e.counterparty !== undefined) person(state, e.counterparty, "counterparty");
    assetSale(state, ctx, e);
  },
  exercise(state, ctx, e) {
    exercise(state, ctx, person(state, e.holder, "holder"), e.rights);
  },
};

/**
 * R-11a-iii: whether an event may have changed what the authorised shares must cover after the
 * Section 11(a)(ii) Event (rejudgeAuthorizedShares). An exercise for Adjustment Shares does not
 * change it (its Right and its shares leave the count together); one paid in the Spread while the
 * shares fall short ends its Right but takes no shares, so what the rest need shrinks: judged
 * again, and the shortfall may end ("cannot cover every exercise" still to come). A trade moves shares among holders: it is judged
 * again when it changes whose Rights are void (a new Acquiring Person, a cure). A void holder's own
 * purchase from the public before the Distribution Date also voids the Rights on the shares it buys,
 * which can only shrink a shortfall; it is not judged again on every such trade (counting every
 * holder's Rights at each of a long scenario's trades would cost a scan of all holders each), and
 * the next other event corrects it. Any other event is judged again.
 */
function mayChangeCoverage(state: State, event: ScenarioEvent, voidHoldersBefore: ReadonlySet<number>): boolean {
  if (!state.flipIn || state.authorizedCommon === undefined) return false;
  if (event.type === "exercise") return state.flipIn.authorizedShortfall !== undefined;
  return (event.type !== "acquire" && event.type !== "dispose") || state.voidHolders !== voidHoldersBefore;
}

/** Applies one event to the state (R-X13: one outside the plan's life with a warning). */
export function applyEvent(state: State, ctx: Ctx, event: ScenarioEvent): void {
  warnIfOutsidePlanLife(state, ctx.at, ctx.event, event.type);
  requireCompanyExists(state, event.type);
  const voidHolders = state.voidHolders;
  (HANDLERS[event.type] as Handler<typeof event.type>)(state, ctx, event);
  if (mayChangeCoverage(state, event, voidHolders)) rejudgeAuthorizedShares(state, ctx);
  startClocksOfOffersNowQualifying(state, ctx, `after this ${event.type}`);
}
