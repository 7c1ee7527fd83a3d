/**
 * Section 23 (R-23): "At any time until 10 days following the Stock Acquisition Date, the Company
 * may redeem the Rights in whole, but not in part, at a price of $.01 per Right ... Immediately
 * upon the action of the Board ordering redemption of the Rights, the Rights will terminate and
 * the only right of the holders of Rights will be to receive the $.01 per Right redemption price."
 */
import { dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkInstant, type Instant } from "../time/instant.js";
import { addDays } from "../time/isoDate.js";
import { closeOfBusiness } from "../time/closeOfBusiness.js";
import type { State, Status } from "../engine/state.js";
import { distributionDate } from "./distributionDate.js";
import { record, RuleError } from "../engine/trace.js";
import { rightsExistAt, rightsOutstanding, voidRights } from "./voidRights.js";
import type { Ctx } from "./acquiringPerson.js";

/** R-7a: 5:00 P.M. New York time on the Final Expiration Date (newYorkInstant is memoized: the clock asks before every event). */
export function finalExpiration(state: State): Instant {
  const term = state.terms.values.finalExpiration;
  return newYorkInstant(term.date, term.time);
}

/** R-23: close of business on the tenth day after the Stock Acquisition Date, or the Final Expiration Date if earlier. */
export function redemptionDeadline(state: State): Instant {
  if (state.ended) return state.ended.redemptionDeadline;
  const expiry = finalExpiration(state);
  const sad = state.stockAcquisition;
  if (!sad) return expiry;
  const close = closeOfBusiness(state.calendar, addDays(sad.date, state.terms.values.redemptionDaysAfterStockAcquisition), state.terms.values.closeOfBusinessTime);
  return Math.min(close, expiry);
}

/** R-23: the Rights are live and the window is open at `at`. */
export function isRedeemable(state: State, at: Instant): boolean {
  return (state.status === "attached" || state.status === "separated") && at <= redemptionDeadline(state);
}

/** R-23: the Board orders redemption of all the Rights. */
export function redeem(state: State, ctx: Ctx): void {
  if (state.status !== "attached" && state.status !== "separated") throw new RuleError("R-23", `the Rights have already ended (${state.status})`);
  const deadline = redemptionDeadline(state);
  if (ctx.at > deadline) {
    throw new RuleError("R-23", `the redemption window closed at ${formatNewYork(deadline)}${state.stockAcquisition ? `, close of business on the ${state.terms.values.redemptionDaysAfterStockAcquisition}th day after the Stock Acquisition Date ${state.stockAcquisition.date}` : ""}`);
  }
  // R-7e: a void Right is "null and void": it ends with the others and is paid nothing.
  // R-X7: before the Record Date's close of business no Right exists, so none is paid for.
  const issued = rightsExistAt(state, ctx.at);
  const voided = issued ? voidRights(state) : 0;
  const rights = issued ? rightsOutstanding(state) - voided : 0;
  const price = state.terms.values.redemptionPrice;
  state.totals.redemptionPaid = dec(price).times(rights);
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
