/**
 * Section 23 (R-23): "At any time until 10 days following the Stock Acquisition Date, the Company
 * may redeem the Rights in whole, but not in part, at a price of $.01 per Right ... Immediately
 * upon the action of the Board ordering redemption of the Rights, the Rights will terminate and
 * the only right of the holders of Rights will be to receive the $.01 per Right redemption price."
 */
import { dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkDateOf, newYorkInstant, type Instant } from "../time/instant.js";
import { addDays } from "../time/isoDate.js";
import { closeOfBusiness, closeOfBusinessAtOrAfter } from "../time/closeOfBusiness.js";
import { dayAfter, nthDayText } from "../time/bankCalendar.js";
import type { State, Status } from "../engine/state.js";
import { distributionDate } from "./distributionDate.js";
import { record, RuleError } from "../engine/trace.js";
import { rightsExistAt, rightsOutstanding, voidRights } from "./voidRights.js";
import type { Ctx } from "./acquiringPerson.js";

/** R-7a: 5:00 P.M. New York time on the Final Expiration Date (newYorkInstant is memoized: the clock asks before every event). */
export function finalExpiration(state: State): Instant {
  if (state.expiryAfterText !== undefined) return state.expiryAfterText;
  const term = state.terms.values.finalExpiration;
  return newYorkInstant(term.date, term.time);
}

/**
 * R-7a with R-T6 and R-27, when a text that changes the Final Expiration Date takes effect at
 * `when.at`. Before the Distribution Date R-27 allows any change, so a text can name a Final
 * Expiration that passed before it took effect; the Rights were live under the text then in
 * force ("each event is judged under the text in force at its instant") and do not expire in
 * the past. Reading picked, as for the Distribution Date and the redemption window shortened
 * into the past (notBeforeTextInForce, fixRedemptionWindow): they expire at the first instant
 * at the term's time of day (5:00 P.M.) after the text takes effect.
 */
export function fixFinalExpiration(state: State, when: { at: Instant; event: number | null }): void {
  state.expiryAfterText = undefined;
  const named = finalExpiration(state);
  if (named >= when.at) return;
  const time = state.terms.values.finalExpiration.time;
  const date = newYorkDateOf(when.at);
  const sameDay = newYorkInstant(date, time);
  state.expiryAfterText = sameDay >= when.at ? sameDay : newYorkInstant(addDays(date, 1), time);
  record(state.trace, when.at, when.event, "R-7a", `the text taking effect now names a Final Expiration (${formatNewYork(named)}) that passed before it took effect; the Rights were live until now (R-T6) and expire at ${formatNewYork(state.expiryAfterText)}, the first ${time} since`, {
    finalExpiration: formatNewYork(state.expiryAfterText),
  });
}

/**
 * R-23: close of business on the tenth day after the Stock Acquisition Date (the tenth Business
 * Day where the plan counts Business Days), or the Final Expiration Date if earlier, under the text in force.
 */
function windowUnderText(state: State): Instant {
  const expiry = finalExpiration(state);
  const sad = state.stockAcquisition;
  if (!sad) return expiry;
  const { redemptionDaysAfterStockAcquisition: days, redemptionDayKind: kind, closeOfBusinessTime } = state.terms.values;
  const close = closeOfBusiness(state.calendar, dayAfter(state.calendar, sad.date, days, kind), closeOfBusinessTime);
  return Math.min(close, expiry);
}

/** R-23: the close of the redemption window: as the text in force sets it, unless a text's taking effect fixed it (fixRedemptionWindow). */
export function redemptionDeadline(state: State): Instant {
  if (state.ended) return state.ended.redemptionDeadline;
  const fixed = state.redemptionWindow;
  if (fixed?.closed && fixed.closed.stockAcquisitionAt === state.stockAcquisition?.at) return fixed.closed.at;
  const underText = windowUnderText(state);
  return fixed?.floor !== undefined && underText < fixed.floor ? fixed.floor : underText;
}

/**
 * R-23 with R-T6 and R-27, when a text takes effect at `when.at` (`before`: the window's close
 * just before). "Each event is judged under the text in force at its instant": the window was
 * open or closed under the text in force until then, and the new text does not change the past.
 * - A text that shortens the period after the Stock Acquisition Date (R-27 allows it while the
 *   Rights are redeemable) can name a close of business that passed before it took effect; the
 *   window was open until then, and closes at the first close of business after the text takes
 *   effect, as the Distribution Date does under a shortened prong (i) (notBeforeTextInForce).
 * - A window that had already closed stays closed: a text adopted earlier that takes effect
 *   later (a longer period) cannot reopen it, for no amendment can be made while the Rights are
 *   not redeemable (R-27), and the Rights became exercisable when it closed (R-7-after-flip-in).
 * A closed window is tied to the Stock Acquisition Date it closed for (a cure that undoes it,
 * R-1a-inadvertent, undoes this too); the first close after the text is a floor for whichever
 * Stock Acquisition Date stands (a cure can make an earlier announcement about another Person
 * the Stock Acquisition Date, whose window the text also shortened into the past).
 */
export function fixRedemptionWindow(state: State, when: { at: Instant; event: number | null }, before: Instant): void {
  state.redemptionWindow = undefined;
  const sad = state.stockAcquisition;
  const underText = windowUnderText(state);
  if (sad && before < when.at) {
    state.redemptionWindow = { closed: { stockAcquisitionAt: sad.at, at: before } };
    if (underText !== before) record(state.trace, when.at, when.event, "R-23", `the redemption window closed at ${formatNewYork(before)} under the text then in force; the text taking effect now (window to ${formatNewYork(underText)}) does not reopen it (R-T6, R-27)`);
    return;
  }
  if (underText >= when.at) return;
  const close = Math.min(closeOfBusinessAtOrAfter(state.calendar, when.at, state.terms.values.closeOfBusinessTime), finalExpiration(state));
  state.redemptionWindow = { floor: close };
  record(state.trace, when.at, when.event, "R-23", `the text taking effect now shortens the redemption window to ${formatNewYork(underText)}, which passed before it took effect; the window was open until now (R-T6) and closes at the first close of business since: ${formatNewYork(close)}`, {
    redemptionDeadline: formatNewYork(close),
  });
}

/** R-23: the Rights are live and the window is open at `at` (R-13(i): a Company that did not survive a merger has no Board to redeem them). */
export function isRedeemable(state: State, at: Instant): boolean {
  return (state.status === "attached" || state.status === "separated") && !state.mergedAway && at <= redemptionDeadline(state);
}

/** R-23: the Board orders redemption of all the Rights. */
export function redeem(state: State, ctx: Ctx): void {
  if (state.status !== "attached" && state.status !== "separated") throw new RuleError("R-23", `the Rights have already ended (${state.status})`, "type");
  const deadline = redemptionDeadline(state);
  if (ctx.at > deadline) {
    throw new RuleError("R-23", `the redemption window closed at ${formatNewYork(deadline)}${state.stockAcquisition ? `, close of business on the ${nthDayText(state.terms.values.redemptionDaysAfterStockAcquisition, state.terms.values.redemptionDayKind)} after the Stock Acquisition Date ${state.stockAcquisition.date}` : ""}`, "at");
  }
  // R-7e: a void Right is "null and void": it ends with the others and is paid nothing.
  // R-X7: before the Record Date's close of business no Right exists, so none is paid for.
  const issued = rightsExistAt(state, ctx.at);
  const voided = issued ? voidRights(state) : 0;
  const rights = issued ? rightsOutstanding(state) - voided : 0;
  const price = state.terms.values.redemptionPrice;
  state.totals.redemptionPaid = dec(price).times(rights);
  state.redeemedPrice = price;
  endRights(state, "redeemed", ctx.at);
  record(state.trace, ctx.at, ctx.event, "R-23", `the Board redeems all ${rights} valid Rights at $${price} each ($${state.totals.redemptionPaid.toFixed(2)}): the Rights terminate and carry only the Redemption Price${voided ? `; the ${voided} void Rights end with them and are paid nothing (R-7e)` : ""}`, {
    rights,
    voidRights: voided,
    redemptionPrice: price,
    deadline: formatNewYork(deadline),
  });
}

/**
 * The Rights end by redemption (R-23), a whole exchange (R-24) or expiry (R-7a). The Distribution
 * Date (occurred or scheduled) and the redemption deadline keep the values they had
 * (scenario-format.md); a scheduled Distribution Date then never occurs.
 */
export function endRights(state: State, status: Exclude<Status, "attached" | "separated">, at: Instant): void {
  state.ended = { at, distribution: distributionDate(state), redemptionDeadline: redemptionDeadline(state) };
  state.status = status;
}
