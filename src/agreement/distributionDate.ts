/**
 * Section 3(a) as amended (R-3a): "Until the earlier of (i) the close of business on the tenth day
 * after the Stock Acquisition Date (or, if the tenth day after the Stock Acquisition Date occurs
 * before the Record Date, the close of business on the Record Date), or (ii) the close of business
 * on the tenth Business Day (or such later date as the Board shall determine) after (A) the date
 * that a tender or exchange offer by any Person ... for less than the all outstanding shares of
 * Common Stock is commenced ... or (B) the date that a tender or exchange offer ... which, at the
 * time [it] is commenced ... is for all outstanding shares of Common Stock, is amended ... such
 * that [it] is for less than all ..., if (in the case of (A) or (B)) upon consummation thereof,
 * such Person would become an Acquiring Person (... the "Distribution Date"), (x) the Rights will
 * be evidenced ... by the certificates for the Common Stock ..." (2001 text of (ii): any offer
 * whose consummation would make the offeror an Acquiring Person.)
 *
 * Also R-3-attached and R-3-separation: the Rights' life before and at the Distribution Date.
 */
import { isAtLeastPercent } from "../numbers/ratio.js";
import { formatNewYork, newYorkDateOf, type Instant } from "../time/instant.js";
import type { IsoDate } from "../time/isoDate.js";
import { businessDaysCountedText, dayAfter, nthBusinessDayAfter } from "../time/bankCalendar.js";
import { closeOfBusiness, closeOfBusinessAtOrAfter } from "../time/closeOfBusiness.js";
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { personId, publicShares, type Offer, type State, type TenderClock } from "../engine/state.js";
import { warnUnvaluedCash } from "../engine/warnings.js";
import { record, RuleError } from "../engine/trace.js";
import { recordClose, rightsOnShares, rightsOutstanding } from "./voidRights.js";
import { denominatorFor, thresholdFor, type Ctx } from "./acquiringPerson.js";

type When = { at: Instant; event: number | null };

function cob(state: State, date: IsoDate): Instant {
  return closeOfBusiness(state.calendar, date, state.terms.values.closeOfBusinessTime);
}

/**
 * R-3a(i): close of business on the tenth day after the Stock Acquisition Date, or on the Record Date if later.
 * Never before the announcement that made the Stock Acquisition Date: with a period of 0 days (a plan or an
 * amendment may set it, R-27) an announcement after that day's close of business names a close that has
 * passed, and the Rights never separate in the past (R-T6, as notBeforeTextInForce): the Distribution Date is
 * then the first close of business at or after the announcement.
 */
export function prongIDate(state: State): Instant | undefined {
  const sad = state.stockAcquisition;
  if (!sad) return undefined;
  const notBeforeAnnouncement = closeOfBusinessAtOrAfter(state.calendar, sad.at, state.terms.values.closeOfBusinessTime);
  return Math.max(cob(state, prongIDay(state, sad.date)), recordClose(state), notBeforeAnnouncement);
}

/**
 * R-3a(i): "10 days following" the Stock Acquisition Date, a calendar day (R-T2), or, where the
 * plan counts Business Days ("the tenth business day after"), the tenth Business Day (R-T3).
 */
export function prongIDay(state: State, stockAcquisitionDate: IsoDate): IsoDate {
  const { distributionDaysAfterStockAcquisition: days, distributionAnnouncementDayKind: kind } = state.terms.values;
  return dayAfter(state.calendar, stockAcquisitionDate, days, kind);
}

/**
 * R-3a(ii): close of business on the tenth Business Day after a running clock started, or the Board's later date.
 * Never before the clock started (R-T6, as prongIDate): with a period of 0 Business Days an offer commenced
 * after the close names a close that has passed; the Distribution Date is then the first one at or after it.
 */
export function clockEnd(state: State, clock: TenderClock): Instant {
  const tenth = cob(state, tenthBusinessDayAfter(state, clock.startDate));
  const natural = Math.max(tenth, closeOfBusinessAtOrAfter(state.calendar, clock.startedAt, state.terms.values.closeOfBusinessTime));
  const deferral = state.deferral;
  if (deferral && clock.startedAt <= deferral.at) return Math.max(natural, cob(state, deferral.until));
  return natural;
}

/** R-3a(ii): the earliest end of a running tender offer clock. */
export function prongIIDate(state: State): Instant | undefined {
  let earliest: Instant | undefined;
  for (const clock of state.tenderClocks) {
    const end = clockEnd(state, clock);
    if (earliest === undefined || end < earliest) earliest = end;
  }
  return earliest;
}

/**
 * The Rights never separate in the past (R-T6: "each event is judged under the text in force at
 * its instant"). A text that shortens a period after its Stock Acquisition Date or commencement
 * (R-27 allows it before the Distribution Date) can name a close of business that passed before
 * it took effect; the Distribution Date is then the first close of business after it takes
 * effect, as a raised offer's clock runs from the raise (R-X3). Undefined: no text has changed.
 */
function notBeforeTextInForce(state: State): Instant | undefined {
  if (state.layersApplied === 0) return undefined;
  return closeOfBusinessAtOrAfter(state.calendar, state.termLayers[state.layersApplied - 1].start, state.terms.values.closeOfBusinessTime);
}

/** R-3a: the Distribution Date, occurred or scheduled, and the prong that fixes it. */
export function distributionDate(state: State): { at: Instant; prong: "3a-i" | "3a-ii" } | undefined {
  if (state.distributed) return state.distributed;
  if (state.ended) return state.ended.distribution;
  const i = prongIDate(state);
  const ii = prongIIDate(state);
  if (i === undefined && ii === undefined) return undefined;
  const next = ii === undefined || (i !== undefined && i <= ii) ? { at: i!, prong: "3a-i" as const } : { at: ii, prong: "3a-ii" as const };
  const floor = notBeforeTextInForce(state);
  return floor !== undefined && next.at < floor ? { at: floor, prong: next.prong } : next;
}

/** Records the Distribution Date now scheduled, after a fact that may move it (it never moves once occurred). */
export function rescheduleDistribution(state: State, ctx: When): void {
  if (state.distributed) return;
  const next = distributionDate(state);
  record(state.trace, ctx.at, ctx.event, "R-3a", next ? `the Distribution Date will be close of business ${formatNewYork(next.at)} (prong ${next.prong === "3a-i" ? "(i)" : "(ii)"})` : "no Distribution Date is scheduled", {
    distributionDate: next ? formatNewYork(next.at) : null,
    prong: next?.prong ?? null,
  });
}

/**
 * R-3a(ii): whether consummating `offer` would make its bidder an Acquiring Person: the bidder's
 * ownership plus the shares sought (all it does not own, for an offer for all the shares), as
 * R-1a measures it: against the bidder's own threshold (a passive investor's where the plan has
 * one) and with R-1d's counting term (with Rule 13d-3(d)(1)(i), the bidder's rights to acquire
 * join the shares outstanding).
 */
function wouldMakeAcquiringPerson(state: State, offer: Offer): boolean {
  const owned = state.ownership.ownedOf(offer.bidder);
  const sought = offer.allShares ? state.sharesOutstanding - owned : (offer.sharesSought ?? 0);
  const whole = denominatorFor(state, offer.bidder);
  return isAtLeastPercent(Math.min(whole, owned + sought), whole, thresholdFor(state, offer.bidder));
}

/** R-3a(ii): whether the text in force lets this offer's commencement (or amendment) start a clock. */
function startsClock(state: State, offer: Offer, basis: TenderClock["basis"], ownershipRunning = false): string | undefined {
  if (state.exempt[offer.bidder]) return "an offer by the Company, a Subsidiary or an employee benefit plan starts no clock";
  if (!ownershipRunning && !wouldMakeAcquiringPerson(state, offer)) return "its consummation would not make the bidder an Acquiring Person";
  if (state.terms.values.distributionTenderOfferProng === "less-than-all" && basis === "commenced" && offer.allSharesAtCommencement) {
    return "under the amended text an offer for all the shares starts no clock";
  }
  return undefined;
}

/**
 * R-3a(ii)(A)/(B): a tender offer commenced, or was amended to less than all the shares; `raised`:
 * a later amendment of the offer (more shares sought) or of the plan (a lower threshold) made it one whose consummation would make its bidder an
 * Acquiring Person, and the clock keys on that earlier date (R-X3).
 */
export function startTenderClock(state: State, ctx: When, offer: Offer, basis: TenderClock["basis"], date: IsoDate, raised?: RaisedBy): void {
  const id = personId(state, offer.bidder);
  const reason = state.acquiring.has(offer.bidder) ? "the bidder is already an Acquiring Person: consummation would not make it become one" : startsClock(state, offer, basis);
  if (reason) {
    record(state.trace, ctx.at, ctx.event, "R-3a", `${id}'s offer ${offer.id}: ${reason}`);
    return;
  }
  if (state.distributed) {
    record(state.trace, ctx.at, ctx.event, "R-3a", `${id}'s offer ${offer.id} would start a prong (ii) clock, but the Distribution Date has occurred`);
    return;
  }
  const clock: TenderClock = { offer: offer.id, startDate: date, startedAt: ctx.at, event: ctx.event, basis };
  state.tenderClocks.push(clock);
  const end = tenthBusinessDayAfter(state, date);
  const what = basis === "commenced" ? (offer.allShares ? "an offer for all the shares" : "an offer for less than all the shares") : "an offer amended to less than all the shares";
  const sought = offer.allShares ? "all the shares" : `${offer.sharesSought} shares`;
  const finding =
    raised === "by-the-offer" ? `${id} amends ${offer.id} to ${sought}, so that its consummation would make it an Acquiring Person: ${raisedKey(state, offer, basis)}`
    : raised ? `${id}'s offer ${offer.id} for ${sought} is, ${raised.after}, one whose consummation would make it an Acquiring Person: ${raisedKey(state, offer, basis)}`
    : `${id} ${basis === "commenced" ? "commences" : "amends"} ${offer.id}, ${what} that would make it an Acquiring Person`;
  record(state.trace, ctx.at, ctx.event, "R-3a", `${finding}: the ${state.terms.values.distributionBusinessDaysAfterTenderOffer}th Business Day after ${date} is ${end} (${businessDaysCountedText(state.calendar, date, end)})`, {
    clockStart: date,
    tenthBusinessDay: end,
  });
  rescheduleDistribution(state, ctx);
}

/**
 * R-3a(ii), R-X3: an amendment of an open offer (more shares sought) that makes it one whose
 * consummation would make its bidder an Acquiring Person: the offer now meets prong (ii)'s
 * condition, and its clock keys on the date the text keys on: the commencement ((A), or any offer
 * under the 2001 text) or the amendment to less than all ((B)). Under the amended text an offer
 * for all the shares that was never cut back starts no clock.
 */
export function startClockIfNowQualifying(state: State, ctx: When, offer: Offer, cause: RaisedBy): void {
  if (state.distributed || state.exempt[offer.bidder] || state.tenderClocks.some((c) => c.offer === offer.id)) return;
  if (state.acquiring.has(offer.bidder) || !wouldMakeAcquiringPerson(state, offer)) return;
  const cutBack = state.terms.values.distributionTenderOfferProng === "less-than-all" && offer.allSharesAtCommencement;
  const keyed = cutBack ? offer.cutBackDate : offer.commencedDate;
  if (keyed === undefined) return;
  // Not in the rule book: a clock whose 10th Business Day has passed would separate the Rights in the past, before the offer met the condition; it runs from the raise instead.
  const lapsed = cob(state, tenthBusinessDayAfter(state, keyed)) <= ctx.at;
  if (lapsed) return startTenderClock(state, ctx, offer, "raised", newYorkDateOf(ctx.at), cause);
  startTenderClock(state, ctx, offer, cutBack ? "amended-to-less-than-all" : "commenced", keyed, cause);
}

/** What made an open offer meet prong (ii)'s condition after its commencement: its own amendment, or another change (in words). */
type RaisedBy = "by-the-offer" | { readonly after: string };

/** R-3a(ii): the Business Day a clock started on `date` ends (before any deferral). */
function tenthBusinessDayAfter(state: State, date: IsoDate): IsoDate {
  return nthBusinessDayAfter(state.calendar, date, state.terms.values.distributionBusinessDaysAfterTenderOffer);
}

/** What a clock started by raising an offer keys on, in words (R-X3). */
function raisedKey(state: State, offer: Offer, basis: TenderClock["basis"]): string {
  if (basis === "commenced") return "prong (ii) keys on its commencement (R-X3)";
  if (basis === "amended-to-less-than-all") return "prong (ii) keys on its amendment to less than all the shares (R-X3)";
  const keyed = offer.cutBackDate ?? offer.commencedDate;
  return `the ${state.terms.values.distributionBusinessDaysAfterTenderOffer}th Business Day after ${keyed}, ${offer.cutBackDate ? "its amendment to less than all the shares" : "its commencement"}, has passed, and the Rights cannot separate before the offer met prong (ii)'s condition: the clock runs from this amendment (the rule book is silent)`;
}

/**
 * R-T6 with R-3a(ii): under a new text, a running clock the new text would not have started stops
 * (Amendment No. 1: an offer for all the shares no longer separates the Rights), and an open offer
 * that the new text makes one whose consummation would make its bidder an Acquiring Person (a
 * lowered threshold) starts its clock, as a raised offer does (R-X3). `runningDespiteOwnership`
 * (clocksRunningDespiteOwnership, taken under the previous text): clocks whose offers already failed
 * the ownership test under the previous text (an issuance diluted them after they started) and ran
 * on by R-X3; the new text stops them only for what it changes, never for that old dilution.
 */
export function reassessTenderClocks(state: State, when: When, runningDespiteOwnership: ReadonlySet<string> = new Set()): void {
  if (state.distributed) return;
  const before = state.tenderClocks.length;
  for (let i = state.tenderClocks.length - 1; i >= 0; i--) {
    const clock = state.tenderClocks[i];
    const reason = startsClock(state, state.offers.get(clock.offer)!, clock.basis, runningDespiteOwnership.has(clock.offer));
    if (!reason) continue;
    state.tenderClocks.splice(i, 1);
    record(state.trace, when.at, when.event, "R-T6", `the text now in force stops the prong (ii) clock of offer ${clock.offer}: ${reason}`);
  }
  if (state.tenderClocks.length !== before) rescheduleDistribution(state, when);
  startClocksOfOffersNowQualifying(state, when, "under the text now in force (R-T6)");
}

/**
 * R-X3 with R-T6, read before a new text takes effect: the offers whose clocks run although their
 * consummation would no longer make the bidder an Acquiring Person under the text still in force
 * (a clock keeps running once started).
 */
export function clocksRunningDespiteOwnership(state: State): Set<string> {
  return new Set(state.tenderClocks.filter((c) => !wouldMakeAcquiringPerson(state, state.offers.get(c.offer)!)).map((c) => c.offer));
}

/**
 * R-3a(ii): open offers that an event other than their own amendment (a plan amendment, a
 * repurchase or issuance, a split, a new group) made ones whose consummation would make their
 * bidder an Acquiring Person start their clocks, as a raised offer does (R-X3).
 */
export function startClocksOfOffersNowQualifying(state: State, when: When, after: string): void {
  for (const offer of state.offers.values()) if (offer.status === "open") startClockIfNowQualifying(state, when, offer, { after });
}

/**
 * R-3a: "or such later date as the Board shall determine": while no Distribution Date has
 * occurred, the Board moves prong (ii) to close of business on `until`.
 */
export function deferDistribution(state: State, ctx: Ctx, until: IsoDate): void {
  if (state.ended) throw new RuleError("R-3a", `the Rights have ended (${state.status}): there is no Distribution Date to defer`, "until");
  if (state.distributed) throw new RuleError("R-3a", `the Distribution Date occurred at ${formatNewYork(state.distributed.at)}; it can no longer be deferred`, "until");
  const current = prongIIDate(state);
  if (current === undefined) throw new RuleError("R-3a", "no tender or exchange offer clock is running under prong (ii): there is nothing to defer", "until");
  if (cob(state, until) <= current) {
    throw new RuleError("R-3a", `a deferral must set a later date: close of business on ${until} is not after the current ${formatNewYork(current)}`, "until");
  }
  state.deferral = { until, at: ctx.at, event: ctx.event };
  record(state.trace, ctx.at, ctx.event, "R-3a", `the Board sets a later date for prong (ii): close of business on ${until}`, { until });
  rescheduleDistribution(state, ctx);
}

/**
 * R-3-separation: at the Distribution Date, Rights Certificates go to the holders of record at its
 * close of business and alone evidence the Rights, which then trade apart from the shares.
 */
export function separateRights(state: State, at: Instant, prong: "3a-i" | "3a-ii"): void {
  state.distributed = { at, prong };
  record(state.trace, at, null, "R-3a", `Distribution Date now: close of business ${formatNewYork(at)} (prong ${prong === "3a-i" ? "(i)" : "(ii)"})`, { prong });
  if (state.status !== "attached") return;
  state.status = "separated";
  if (!state.ledger) recordRightsByHolder(state, { at, event: null });
  record(state.trace, at, null, "R-3-separation", `Rights Certificates go to the holders of record: ${rightsOutstanding(state)} Rights now trade apart from the Common Stock`, {
    rightsOutstanding: rightsOutstanding(state),
  });
}

/**
 * The Rights of each holder as of now, whole Rights only: R-14 issues no fraction of a Right but
 * pays cash in lieu at the same fraction of a whole Right's market value (the public's fraction,
 * too, is cashed, never added to the public's Rights).
 */
export function recordRightsByHolder(state: State, ctx: { at: Instant; event: number | null }): void {
  const rights = Array.from({ length: state.ownership.count }, (_, p) => rightsOnShares(state, state.ownership.heldOf(p)));
  state.ledger = { rights, publicRights: rightsOnShares(state, publicShares(state)) };
  const fractional = fractionalRights(state);
  if (fractional.isZero()) return;
  state.totals.fractionalRightsCashed = state.totals.fractionalRightsCashed.plus(fractional);
  record(state.trace, ctx.at, ctx.event, "R-14", `${formatDecimal(fractional)} fractional Rights (fractions of a Right on holdings of record) are not issued: cash in lieu at the same fraction of a whole Right's market value`, { fractionalRights: formatDecimal(fractional) });
  warnUnvaluedCash(state, ctx, `the cash in lieu of ${formatDecimal(fractional)} fractional Rights is not in totals.cashInLieu: the scenario gives no market value of a Right (R-14)`);
}

/** the fractions of a Right the holdings of record carry: the sum over holders (and the public) of shares x Rights per share, less its whole part. */
function fractionalRights(state: State): Dec {
  const { n, d } = state.rightsPerShare;
  if (d === 1n) return dec(0);
  let remainders = (BigInt(publicShares(state)) * n) % d;
  for (let p = 0; p < state.ownership.count; p++) remainders += (BigInt(state.ownership.heldOf(p)) * n) % d;
  return dec(remainders.toString()).dividedBy(d.toString());
}
