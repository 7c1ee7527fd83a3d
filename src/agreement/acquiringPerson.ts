/**
 * Section 1 of the Agreement: who is an Acquiring Person (R-1a and its exceptions) and the Stock
 * Acquisition Date (R-1ff).
 *
 * R-1a: "a Person who, together with all Affiliates and Associates of such Person, shall be the
 * Beneficial Owner of 15% or more of the shares of Common Stock then outstanding", never the
 * Company, a Subsidiary or an employee benefit plan. A Person becomes one only through an
 * acquisition of Beneficial Ownership: Company repurchases (R-1a-repurchase), splits and a
 * grandfathered starting position (R-1a-grandfather) never make one by themselves, so the test
 * runs only on events that add to a Person's Beneficial Ownership.
 */
import { isAtLeastPercent, isGreaterShare, percentText, ratioOf, type Ratio } from "../numbers/ratio.js";
import { dec, formatDecimal } from "../numbers/decimal.js";
import { addDays, type IsoDate } from "../time/isoDate.js";
import { formatNewYork, newYorkDateOf, newYorkInstant, type Instant } from "../time/instant.js";
import { businessDaysCountedText, nthBusinessDayAfter } from "../time/bankCalendar.js";
import { closeOfBusiness, closeOfBusinessAtOrAfter } from "../time/closeOfBusiness.js";
import type { Person } from "../scenario/schema.js";
import type { TermValues } from "../terms/schema.js";
import { historyOf, personId, standingCrossings, type AcquiringEpisode, type AcquiringVia, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { section11aiiEvent, undoFlipInBy } from "./flipIn.js";
import { voidRightsOf, refreshVoidHolders, restoreTransferredRights } from "./voidRights.js";
import { prongIDay, rescheduleDistribution } from "./distributionDate.js";
import { undoFlipOverWithoutStockAcquisition } from "./flipOver.js";

/** The moment and cause an event gives the rules it triggers. */
export interface Ctx {
  readonly at: Instant;
  readonly event: number;
}

/** The shares a Person's percentage is measured against (R-1d: numerator only, or Rule 13d-3(d)(1)(i)). */
export function denominatorFor(state: State, p: number): number {
  const own = state.terms.values.derivativeCounting === "numerator-and-denominator" ? state.ownership.ownedOptionsOf(p) : 0;
  return state.sharesOutstanding + own;
}

/** The thresholds of a text: the ordinary one and, where the plan has one, the passive investors'. */
export interface Thresholds {
  readonly threshold: Ratio;
  readonly passiveThreshold: Ratio | undefined;
}

/** R-1a: the threshold `p` is held to under `levels` (default: the text in force): a passive investor's own where the plan has one. */
export function thresholdFor(state: State, p: number, levels: Thresholds = state): Ratio {
  return levels.passiveThreshold && state.passive[p] ? levels.passiveThreshold : levels.threshold;
}

/** The threshold `p` is held to, as a percent for the trace ("15", "20"). */
function thresholdText(state: State, p: number): string {
  const { num, den } = thresholdFor(state, p);
  return formatDecimal(dec(num).dividedBy(den));
}

/** R-1a: whether `p` beneficially owns the threshold percent or more (a passive investor's own threshold where the plan has one). */
export function meetsThreshold(state: State, p: number): boolean {
  return isAtLeastPercent(state.ownership.ownedOf(p), denominatorFor(state, p), thresholdFor(state, p));
}

/** `p`'s Beneficial Ownership as an exact percent of the shares outstanding. */
export function ownedPercent(state: State, p: number): string {
  return percentText(state.ownership.ownedOf(p), denominatorFor(state, p));
}

/** R-1d: the routine finding of a change in holder `p`'s position (`shares` > 0 acquired, < 0 disposed of). */
export function recordPosition(state: State, ctx: Ctx, p: number, shares: number): void {
  state.trace.addPosition(ctx.at, ctx.event, p, shares, state.ownership.ownedOf(p), state.sharesOutstanding);
}

const byAcquisition = (): AcquiringVia => "acquisition";

/** Whether a scenario person is named by one of the plan's person terms (by id, else by name). */
export function namedIn(list: readonly { id?: string; name: string }[], person: { id: string; name?: string }): boolean {
  return list.some((n) => (n.id ? n.id === person.id : n.name === person.name));
}

/**
 * R-1a: who is never an Acquiring Person under `values`: the Persons the scenario flags (the
 * Company's Subsidiaries and employee benefit plans) and those the plan's terms exempt by name.
 */
export function exemptUnder(persons: readonly Person[], values: TermValues): boolean[] {
  return persons.map((p) => Boolean(p.exempt) || namedIn(values.exemptPersons, p));
}

/**
 * R-1a: after an event that added to the Beneficial Ownership of `persons`, each of them at or
 * above the threshold becomes an Acquiring Person, `via` telling how (R-11a-ii's exceptions).
 */
export function judgeAcquisition(state: State, ctx: Ctx, persons: readonly number[], via: (p: number) => AcquiringVia = byAcquisition): void {
  for (const p of persons) {
    // An exempt Person is never an Acquiring Person; the threshold is tested first, for speed.
    if (state.acquiring.has(p)) judgeExchangeBar(state, ctx, p);
    else if (meetsThreshold(state, p) && !state.exempt[p]) {
      if (ctx.at < grandfatherEnd(state)) grandfather(state, ctx, p, "R-1a-grandfather");
      else becomeAcquiringPerson(state, ctx, p, via(p));
    }
  }
}

/**
 * R-1a-grandfather: the trigger counts acquisitions after the grandfather date ("15% or more ...
 * after June 1, 2001"): until 00:00 New York time on the day after it, a position at or above the
 * threshold is grandfathered.
 */
export function grandfatherEnd(state: State): Instant {
  return newYorkInstant(addDays(state.terms.values.grandfatherDate, 1), "00:00");
}

/**
 * R-1a-grandfather, R-X2: `p`, at or above the threshold without becoming an Acquiring Person
 * (its position as of the grandfather date, or when an amendment lowered the threshold), is
 * grandfathered at its Beneficial Ownership then: it becomes one only by acquiring more.
 */
export function grandfather(state: State, ctx: { at: Instant; event: number | null }, p: number, rule: "R-1a-grandfather" | "R-X2"): void {
  const history = historyOf(state, p);
  const shares = state.ownership.ownedOf(p);
  history.grandfathered = { at: ctx.at, shares, rule };
  const why = rule === "R-X2" ? "when the amendment lowering the threshold took effect" : `on or before the grandfather date ${state.terms.values.grandfatherDate}`;
  record(state.trace, ctx.at, ctx.event, rule, `${personId(state, p)} beneficially owns ${ownedPercent(state, p)}% ≥ ${thresholdText(state, p)}% ${why}: grandfathered at ${shares} shares, not an Acquiring Person unless it acquires more`, { person: personId(state, p), shares });
}

/**
 * R-X2: after an amendment lowered the threshold a holder is held to (the ordinary one, or a
 * passive investor's own) from `before`, every such holder now at or above it who is not an
 * Acquiring Person is grandfathered, by name.
 */
export function grandfatherUnderLoweredThreshold(state: State, ctx: { at: Instant; event: number | null }, before: Thresholds): void {
  const lowered = (now: Ratio, then: Ratio) => now.num * then.den < then.num * now.den;
  for (let p = 0; p < state.persons.length; p++) {
    if (!lowered(thresholdFor(state, p), thresholdFor(state, p, before))) continue;
    if (!state.acquiring.has(p) && !state.exempt[p] && meetsThreshold(state, p)) grandfather(state, ctx, p, "R-X2");
  }
}

function becomeAcquiringPerson(state: State, ctx: Ctx, p: number, via: AcquiringVia): void {
  const episode = { since: ctx.at, event: ctx.event, via, circles: [{ at: ctx.at, members: state.ownership.circles.of(p) }] };
  state.acquiring.set(p, episode);
  historyOf(state, p).episodes.push(episode);
  const values = { person: personId(state, p), shares: state.ownership.ownedOf(p), percent: ownedPercent(state, p), threshold: thresholdText(state, p) };
  const grandfathered = state.persons[p].grandfathered || state.histories.get(p)?.grandfathered ? " (a grandfathered holder who acquired more: R-1a-grandfather)" : "";
  record(state.trace, ctx.at, ctx.event, "R-1a", `${values.person} beneficially owns ${values.percent}% ≥ ${values.threshold}%: Acquiring Person${grandfathered}`, values);
  judgeExchangeBar(state, ctx, p);
  if (state.flipIn) {
    // A circle voided in an earlier episode stays void (R-7e: "null and void").
    state.voidBy.set(p, [...new Set([...(state.voidBy.get(p) ?? []), ...state.ownership.circles.of(p)])]);
    refreshVoidHolders(state);
    record(state.trace, ctx.at, ctx.event, "R-7e", `after the Section 11(a)(ii) Event, the Rights of Acquiring Person ${values.person} and its Affiliates and Associates are void`, { voidRights: voidRightsOf(state, p) });
  }
  if (via === "acquisition") section11aiiEvent(state, ctx, p);
  else record(state.trace, ctx.at, ctx.event, "R-11a-ii", `${values.person} became an Acquiring Person through a ${via === "qualified-offer" ? "Qualified Offer (B)" : "Qualified Transaction (C)"}: no Section 11(a)(ii) Event`, { via });
}

/**
 * R-24: an Acquiring Person that owns 50% or more bars any exchange from then on, however it came
 * to own them: an acquisition, or the Company's repurchases shrinking the shares outstanding (R-24
 * has no repurchase proviso, unlike R-1a-repurchase). "50% or more of the outstanding Common
 * Stock" is measured as R-1d's counting term measures every percentage of the plan (with Rule
 * 13d-3(d)(1)(i), the Person's rights to acquire join the shares outstanding). The fact is kept
 * on the crossing's episode, so that a cure (R-1a-inadvertent: it "is not and never was an
 * Acquiring Person") undoes it with the rest (see exchangeBarredBy).
 */
export function judgeExchangeBar(state: State, ctx: Ctx | { at: Instant; event: number | null }, p: number): void {
  const episode = state.acquiring.get(p);
  if (!episode) return;
  const owned = state.ownership.ownedOf(p);
  const of = denominatorFor(state, p);
  if (!episode.peak || isGreaterShare(owned, of, episode.peak.owned, episode.peak.of)) episode.peak = { at: ctx.at, owned, of };
  if (episode.reachedExchangeBar !== undefined) return;
  const bar = state.terms.values.exchangeBarPercent;
  if (!isAtLeastPercent(owned, of, ratioOf(bar))) return;
  const barredBefore = exchangeBarredBy(state);
  episode.reachedExchangeBar = ctx.at;
  if (!barredBefore) record(state.trace, ctx.at, ctx.event, "R-24", `${personId(state, p)} beneficially owns ${ownedPercent(state, p)}% ≥ ${bar}%: the Rights can no longer be exchanged`);
}

/**
 * R-24 with R-T6, when a text that changes the exchange bar takes effect: an exchange is judged
 * under the text in force at its instant, so whether an Acquiring Person has acquired the bar's
 * percent "or more" is judged against the new bar, from the most it owned during its crossing
 * (its peak): a raised bar that its peak never reached no longer bars an exchange; a lowered one
 * its peak reached does, from when it owned that peak. Crossings cured as inadvertent bar nothing
 * (exchangeBarredBy).
 */
export function rejudgeExchangeBars(state: State, when: { at: Instant; event: number | null }): void {
  const bar = state.terms.values.exchangeBarPercent;
  for (const { person, episode } of standingCrossings(state)) {
    if (!episode.peak) continue;
    const reached = isAtLeastPercent(episode.peak.owned, episode.peak.of, ratioOf(bar));
    if (reached === (episode.reachedExchangeBar !== undefined)) continue;
    episode.reachedExchangeBar = reached ? episode.peak.at : undefined;
    const most = percentText(episode.peak.owned, episode.peak.of);
    record(state.trace, when.at, when.event, "R-24", `under the text now in force the exchange bar is ${bar}%: ${personId(state, person)}, which owned at most ${most}% as an Acquiring Person, ${reached ? "has reached it" : "has not reached it"}${exchangeBarredBy(state) ? "" : ": it no longer bars an exchange"}`);
  }
}

/**
 * R-24: "At any time after a person becomes an Acquiring Person and prior to the acquisition by
 * such person or group of fifty percent (50%) or more of the outstanding Common Stock": the first
 * crossing that stands (R-X1) during which its Acquiring Person owned the bar's percent or more,
 * with its Person; none when no such crossing stands. One cured as inadvertent is not one: that
 * Person "is not and never was an Acquiring Person" (R-1a-inadvertent), so its 50% was never the
 * acquisition "by such person".
 */
export function exchangeBarredBy(state: State): { person: number; at: Instant } | undefined {
  for (const { person, episode } of standingCrossings(state)) if (episode.reachedExchangeBar !== undefined) return { person, at: episode.reachedExchangeBar };
  return undefined;
}

/**
 * How an event lowered Beneficial Ownership. R-1a-inadvertent cures only "who divests below it":
 * the Person's own disposal (a sale, a tender into an offer, a sale to the Company, the end of
 * its agreement). An issuance, an exercise or exchange of Rights, a split's cashed fractions or
 * an amendment ("judged afresh under the new text", R-T6) end its status (R-X1) but divest
 * nothing, and R-T6: "a later amendment does not undo Triggering Events".
 */
export type Lowering = "divestiture" | "other";

/**
 * R-1a: after an event that lowered the ownership of `persons` (a sale, dilution, an agreement's
 * end, a text that no longer groups them), an Acquiring Person below the threshold is no longer
 * one. Within an inadvertence determination's time, a divestiture that leaves it below cures
 * (R-1a-inadvertent), also when an issuance had already put it below.
 */
export function judgeDecrease(state: State, ctx: Ctx | { at: Instant; event: null }, persons: Iterable<number>, how: Lowering): void {
  for (const p of persons) {
    const episode = state.acquiring.get(p);
    if (!episode) {
      if (how === "divestiture") cureAfterOtherLowering(state, ctx, p);
      continue;
    }
    if (meetsThreshold(state, p) && !state.exempt[p]) continue;
    state.acquiring.delete(p);
    episode.endedAt = ctx.at;
    episode.endedBy = how;
    const id = personId(state, p);
    const pending = episode.inadvertence && ctx.at <= episode.inadvertence.divestBy && !state.exempt[p] ? episode.inadvertence : undefined;
    if (pending && how === "divestiture") {
      episode.cured = true;
      cureInadvertentCrossing(state, ctx, p, episode);
      continue;
    }
    const why = state.exempt[p] ? "is exempt under the text in force (R-T6)" : `beneficially owns ${ownedPercent(state, p)}%, below the threshold`;
    record(state.trace, ctx.at, ctx.event, "R-1a", `${id} ${why}: no longer an Acquiring Person; its crossing and what it caused stand (R-X1)`);
    if (pending) {
      record(state.trace, ctx.at, ctx.event, "R-1a-inadvertent", `${id} did not divest: the inadvertence determination cures its crossing only if ${id} itself divests below the threshold by ${formatNewYork(pending.divestBy)}`);
    }
  }
}

/**
 * R-1a-inadvertent: `p`'s last crossing ended without a divestiture (an issuance, an amendment)
 * while the time the Board's determination gave was running; `p` now divests in that time and is
 * below the threshold, so it "divests below it promptly" and never was an Acquiring Person. Before
 * any determination the disposal is kept (`divestedAt`): a finding within the term's Business Days
 * after it cures at once, as after a divestiture that ended the crossing (determineInadvertence).
 */
function cureAfterOtherLowering(state: State, ctx: Ctx | { at: Instant; event: null }, p: number): void {
  const episode = state.histories.get(p)?.episodes.at(-1);
  if (!episode || episode.cured || state.exempt[p] || meetsThreshold(state, p)) return;
  if (!episode.inadvertence) {
    if (episode.endedBy === "other" && episode.divestedAt === undefined) episode.divestedAt = ctx.at;
    return;
  }
  if (ctx.at > episode.inadvertence.divestBy) return;
  episode.cured = true;
  cureInadvertentCrossing(state, ctx, p, episode);
}

/**
 * R-1a-inadvertent: the Board determines that `p` crossed the threshold inadvertently; if it
 * divests below it within the term's Business Days, it is not and never was an Acquiring Person.
 * R-X5: the deadline is close of business on the last of those Business Days after the determination.
 * The finding may also come after `p` fell back below: the crossing it finds is `p`'s latest one
 * not already cured. A Person who has already divested below it (its own disposal ended that
 * crossing, and it has not crossed again) cures at once if that divestiture was "within 10
 * Business Days of the determination" on its other side too: the determination's date is no later
 * than the term's Business Days after the divestiture's date (the standard form: "divested or
 * divests as promptly as practicable"). An older divestiture was not prompt: the finding is an
 * R-1a-inadvertent error and changes nothing (R-X11). One that fell below through another's act
 * (an issuance) still has to divest by the deadline.
 */
export function determineInadvertence(state: State, ctx: Ctx, p: number): void {
  const episode = state.acquiring.get(p) ?? state.histories.get(p)?.episodes.at(-1);
  if (!episode || episode.cured) throw new RuleError("R-1a-inadvertent", `${personId(state, p)} has no crossing of the threshold to find inadvertent (it never became an Acquiring Person, or that crossing is already cured)`, "person");
  const days = state.terms.values.inadvertenceDivestBusinessDays;
  // Its own disposal ended the crossing, or followed another's act that had ended it (cureAfterOtherLowering).
  const divestedAt = state.acquiring.has(p) ? undefined : episode.endedBy === "divestiture" ? episode.endedAt : episode.divestedAt;
  const divested = divestedAt === undefined ? undefined : newYorkDateOf(divestedAt);
  if (divested !== undefined && nthBusinessDayAfter(state.calendar, divested, days) < newYorkDateOf(ctx.at)) {
    throw new RuleError("R-1a-inadvertent", `${personId(state, p)} divested below the threshold on ${divested}, more than ${days} Business Days before this determination: not promptly, so the finding cannot cure that crossing`, "person");
  }
  const { lastDay, divestBy } = divestDeadline(state, ctx.at);
  episode.inadvertence = { determinedAt: ctx.at, divestBy, event: ctx.event };
  record(state.trace, ctx.at, ctx.event, "R-1a-inadvertent", `the Board determines ${personId(state, p)} crossed the threshold inadvertently; it must divest below it by close of business on ${lastDay} (${days} Business Days, R-X5; ${businessDaysCountedText(state.calendar, newYorkDateOf(ctx.at), lastDay)})`, { divestBy: lastDay });
  if (divested !== undefined) {
    record(state.trace, ctx.at, ctx.event, "R-1a-inadvertent", `${personId(state, p)} already divested below the threshold on ${formatNewYork(divestedAt as Instant)}, within ${days} Business Days of the determination`);
    episode.cured = true;
    cureInadvertentCrossing(state, ctx, p, episode);
  }
}

/** R-X5 under the text in force: close of business on the term's last Business Day after a determination made at `determinedAt`. */
function divestDeadline(state: State, determinedAt: Instant): { lastDay: IsoDate; divestBy: Instant } {
  const lastDay = nthBusinessDayAfter(state.calendar, newYorkDateOf(determinedAt), state.terms.values.inadvertenceDivestBusinessDays);
  return { lastDay, divestBy: closeOfBusiness(state.calendar, lastDay, state.terms.values.closeOfBusinessTime) };
}

/**
 * R-1a-inadvertent, R-X5 with R-T6 and R-27, when a text takes effect at `when.at`: a divestiture
 * is judged under the text in force when it happens, so a time to divest still running follows the
 * new text's Business Days, calendar and close of business (R-27 lets the Board "shorten or
 * lengthen any time period"). A time that ran out before the text took effect stays run out (the
 * new text does not undo what stood, R-T6); one the new text would end before it took effect ends
 * at the first close of business since, as the redemption window does (fixRedemptionWindow).
 */
export function fixDivestDeadlines(state: State, when: { at: Instant; event: number | null }): void {
  for (const [p, history] of state.histories) {
    for (const episode of history.episodes) {
      const pending = episode.inadvertence;
      if (!pending || episode.cured || pending.divestBy < when.at) continue;
      const { divestBy: underText } = divestDeadline(state, pending.determinedAt);
      const divestBy = underText >= when.at ? underText : closeOfBusinessAtOrAfter(state.calendar, when.at, state.terms.values.closeOfBusinessTime);
      if (divestBy === pending.divestBy) continue;
      episode.inadvertence = { ...pending, divestBy };
      record(state.trace, when.at, when.event, "R-1a-inadvertent", `under the text now in force ${personId(state, p)}, found to have crossed inadvertently on ${newYorkDateOf(pending.determinedAt)}, must divest below the threshold by ${formatNewYork(divestBy)} (was ${formatNewYork(pending.divestBy)}; R-X5, R-T6)`, { divestBy: formatNewYork(divestBy) });
    }
  }
}

/** R-1a-inadvertent, R-X1: undoes what `p`'s cured crossing (`episode`) caused, and nothing another Person caused. */
function cureInadvertentCrossing(state: State, ctx: { at: Instant; event: number | null }, p: number, episode: AcquiringEpisode): void {
  const id = personId(state, p);
  record(state.trace, ctx.at, ctx.event, "R-1a-inadvertent", `${id} divested below the threshold in time after an inadvertent crossing: it is not, and never was, an Acquiring Person; other Persons' crossings stand (R-X1)`);
  if (episode.reachedExchangeBar !== undefined) liftExchangeBar(state, ctx, id);
  state.voidBy.delete(p);
  refreshVoidHolders(state);
  restoreTransferredRights(state);
  undoFlipInBy(state, ctx, p);
  if (state.stockAcquisition?.subject === p || state.stockAcquisition?.by === p) {
    const cured = state.stockAcquisition;
    state.stockAcquisition = firstStockAcquisition(state);
    record(state.trace, ctx.at, ctx.event, "R-1ff", `the announcement ${cured.subject === p ? `about ${id}` : `by ${id}`} makes no Stock Acquisition Date`, { stockAcquisitionDate: state.stockAcquisition?.date ?? null });
    if (state.distributed?.prong === "3a-i") {
      record(state.trace, ctx.at, ctx.event, "R-3a", `the Distribution Date of ${formatNewYork(state.distributed.at)}, set by that announcement, has occurred and stays ("Once a Distribution Date occurs it stays")`);
    }
    undoFlipOverWithoutStockAcquisition(state, ctx);
  }
  rescheduleDistribution(state, ctx);
}

/** R-24 with R-1a-inadvertent: the 50% of a Person who never was an Acquiring Person bars no exchange; another's still does. */
function liftExchangeBar(state: State, ctx: { at: Instant; event: number | null }, id: string): void {
  const still = exchangeBarredBy(state);
  record(state.trace, ctx.at, ctx.event, "R-24", `${id}'s ${state.terms.values.exchangeBarPercent}% or more was not the acquisition of an Acquiring Person: ${still ? `the Rights still cannot be exchanged (${personId(state, still.person)} reached it)` : "it no longer bars an exchange"}`);
}

/**
 * R-1ff, R-X1: the first announcement still standing: about a crossing of its subject that began
 * by then and was not since cured, by the Company or by a Person with such a crossing (one cured
 * "is not and never was an Acquiring Person", R-1a-inadvertent).
 */
function firstStockAcquisition(state: State) {
  return state.announcements.find((a) => standingCrossingOf(state, a.subject, a.at) && mayAnnounce(state, a.by, a.subject, a.at));
}

/**
 * R-1ff: who can make the announcement: "the Company or an Acquiring Person": the Company, a
 * Person that is one at `at` (by a crossing not since cured), or the subject itself, whose own
 * Schedule 13D reports the crossing that made it one (R-X1 keeps it when it has since fallen below).
 */
function mayAnnounce(state: State, by: number | "company", subject: number, at: Instant): boolean {
  if (by === "company" || by === subject) return true;
  const episode = standingCrossingOf(state, by, at);
  return episode !== undefined && (episode.endedAt === undefined || at <= episode.endedAt);
}

/**
 * R-1ff with R-X1: the crossing of `p` that an announcement at `at` can report: its latest one
 * begun by then and not cured as inadvertent, whether or not it lasts. "The first date of public
 * announcement ... that an Acquiring Person has become such" announces that the Person became one,
 * a past event that R-X1 keeps ("a Triggering Event ... that already occurred stands"; "every
 * Person's history ... is kept"); only a cured crossing never was one. So an announcement made
 * after the Person fell back below the threshold still makes the Stock Acquisition Date.
 */
function standingCrossingOf(state: State, p: number, at: Instant): AcquiringEpisode | undefined {
  const episodes = state.histories.get(p)?.episodes ?? [];
  for (let i = episodes.length - 1; i >= 0; i--) if (!episodes[i].cured && episodes[i].since <= at) return episodes[i];
  return undefined;
}

/**
 * R-1ff: a public announcement (a Schedule 13D counts) by the Company or an Acquiring Person that
 * an Acquiring Person has become such makes the Stock Acquisition Date, unless (as amended) the
 * Person became one through a Qualified Offer or a Qualified Transaction.
 */
export function announce(state: State, ctx: Ctx, by: number | "company", subject: number): void {
  const id = personId(state, subject);
  const episode = standingCrossingOf(state, subject, ctx.at);
  const byName = by === "company" ? "the Company" : personId(state, by);
  if (!episode) {
    record(state.trace, ctx.at, ctx.event, "R-1ff", `${byName} announces about ${id}, who has not become an Acquiring Person (or whose crossing was cured as inadvertent): no Stock Acquisition Date`);
    return;
  }
  if (!mayAnnounce(state, by, subject, ctx.at)) {
    record(state.trace, ctx.at, ctx.event, "R-1ff", `${byName} is neither the Company nor an Acquiring Person: its announcement makes no Stock Acquisition Date`);
    return;
  }
  if (!state.acquiring.has(subject)) {
    record(state.trace, ctx.at, ctx.event, "R-1ff", `${id} is no longer an Acquiring Person (R-X1), but its crossing of ${formatNewYork(episode.since)} stands: the announcement that it became one counts`);
  }
  if (episode.via !== "acquisition" && state.terms.values.stockAcquisitionDateExceptions.includes(episode.via)) {
    record(state.trace, ctx.at, ctx.event, "R-1ff", `${id} became an Acquiring Person through a ${episode.via}: its announcement makes no Stock Acquisition Date`, { via: episode.via });
    return;
  }
  const date: IsoDate = newYorkDateOf(ctx.at);
  const announcement = { at: ctx.at, date, subject, by, event: ctx.event };
  state.announcements.push(announcement);
  if (state.stockAcquisition) {
    record(state.trace, ctx.at, ctx.event, "R-1ff", `the Stock Acquisition Date is already ${state.stockAcquisition.date}; a later announcement does not move it`);
    return;
  }
  state.stockAcquisition = announcement;
  record(state.trace, ctx.at, ctx.event, "R-1ff", `${byName} announces that ${id} has become an Acquiring Person: Stock Acquisition Date ${date}`, {
    stockAcquisitionDate: date,
    tenthDay: prongIDay(state, date),
  });
  rescheduleDistribution(state, ctx);
}
