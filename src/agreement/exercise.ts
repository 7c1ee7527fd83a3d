/**
 * Section 7 (R-7a, R-7-after-flip-in, R-7e, R-7-whole): when a Right can be exercised, what it
 * buys, and its expiry. "The Rights are not exercisable until the Distribution Date and will
 * expire at 5:00 P.M. (New York City time) on June 14, 2011, unless ... earlier redeemed or
 * exchanged"; "Rights are not exercisable following the occurrence of [a Section 11(a)(ii) Event]
 * until such time as the Rights are no longer redeemable."
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { exactRatio, fractionOfUnit, sharesAndFraction, wholeUnits, type Fraction } from "../numbers/wholeUnits.js";
import type { Instant } from "../time/instant.js";
import { formatNewYork, newYorkDateOf } from "../time/instant.js";
import { personId, type State } from "../engine/state.js";
import { addCounts } from "../engine/counts.js";
import { record, RuleError } from "../engine/trace.js";
import { currentMarketPrice, exercisePrice, spreadPerRight } from "./flipIn.js";
import { endRights, finalExpiration, isRedeemable, redemptionDeadline } from "./redemption.js";
import { exchangeRatio, payFractionsInCash } from "./exchange.js";
import { rightsOutstanding, validRightsOf } from "./voidRights.js";
import { judgeAcquisition, judgeDecrease, type Ctx } from "./acquiringPerson.js";
import { warnUnvaluedCash } from "../engine/warnings.js";

export type Security = "preferred" | "common" | "principal-party-common" | "cash";

const SECURITY_WORDS: Readonly<Record<Exclude<Security, "cash">, string>> = {
  preferred: "shares of Preferred Stock",
  common: "shares of Common Stock",
  "principal-party-common": "shares of the Principal Party's common stock",
};

/** A quantity of a security in words, for traces and text: "15 shares of Common Stock", "$0.01 in cash". */
export function quantityText(quantity: string, security: Security): string {
  return security === "cash" ? `$${quantity} in cash` : `${quantity} ${SECURITY_WORDS[security]}`;
}

export interface Entitlement {
  readonly pay: Dec;
  readonly receive: readonly { readonly security: Security; readonly quantity: Dec }[];
}

/** Units of Preferred (as a number of shares) one Right buys, as adjusted by R-11a-i. */
export function preferredPerRight(state: State): Dec {
  return dec(state.terms.values.unitFraction).times(state.terms.values.unitsPerRight).times(state.unitsMultiplier);
}

/**
 * R-7a, R-7-after-flip-in: whether a valid Right can be exercised at `at`. R-13(i): once "the
 * Company engages in a merger ... in which the Company is not the surviving corporation", its
 * Preferred and Common Stock are gone; only a Right that flipped over ("shall thereafter have the
 * right to receive, upon exercise, common stock of the acquiring company") has anything left to
 * buy (requireCompanyExists refuses the exercise of any other).
 */
export function isExercisable(state: State, at: Instant): boolean {
  // R-7a: exercisable "until the Expiration Date": at the Final Expiration instant itself, as R-23's "until" (clock.ts).
  if (state.status !== "separated" || !state.distributed || at > finalExpiration(state)) return false;
  if (state.mergedAway && !state.flipOver) return false;
  return !state.flipIn || !isRedeemable(state, at);
}

/**
 * What one valid Right gets if exercised now (or once exercisable): after redemption the
 * Redemption Price, after an exchange the exchange shares, after a Section 13 Event Principal
 * Party common, after a Section 11(a)(ii) Event the Adjustment Shares (R-11a-ii), or where
 * authorised shares fall short the Spread in substitute value (R-11a-iii), else one Unit (R-7a).
 */
export function entitlementPerRight(state: State): Entitlement | null {
  switch (state.status) {
    case "expired":
      return null;
    case "redeemed":
      return { pay: dec(0), receive: [{ security: "cash", quantity: dec(state.redeemedPrice ?? state.terms.values.redemptionPrice) }] };
    case "exchanged":
      return { pay: dec(0), receive: [{ security: "common", quantity: state.exchangedRatio ?? exchangeRatio(state) }] };
  }
  if (state.flipOver) return { pay: state.flipOver.exercisePrice, receive: [{ security: "principal-party-common", quantity: state.flipOver.sharesPerRight }] };
  if (state.flipIn?.authorizedShortfall) return { pay: dec(0), receive: [{ security: "cash", quantity: spreadPerRight(state) }] };
  if (state.flipIn) return { pay: state.flipIn.exercisePrice, receive: [{ security: "common", quantity: state.flipIn.sharesPerRight }] };
  return { pay: exercisePrice(state), receive: [{ security: "preferred", quantity: preferredPerRight(state) }] };
}

/** R-7-whole: the Company requires, before a Triggering Event, exercise in whole shares of Preferred. */
export function requireWholePreferred(state: State, ctx: Ctx): void {
  if (state.flipIn || state.flipOver) throw new RuleError("R-7-whole", "a Triggering Event has occurred: the Company may no longer require exercise in whole shares of Preferred", "at");
  state.wholePreferredRequired = true;
  record(state.trace, ctx.at, ctx.event, "R-7-whole", `the Company requires Rights to be exercised in numbers giving whole shares of Preferred (${formatDecimal(dec(1).dividedBy(preferredPerRight(state)))} Rights a share)`);
}

/** `holder` exercises `rights` Rights: pays the Purchase Price and receives its entitlement. */
export function exercise(state: State, ctx: Ctx, holder: number, rights: number): void {
  const id = personId(state, holder);
  if (!isExercisable(state, ctx.at)) throw new RuleError(state.flipIn && state.distributed && state.status === "separated" ? "R-7-after-flip-in" : "R-7a", notExercisableBecause(state, ctx.at), "at");
  if (state.voidHolders.has(holder)) throw new RuleError("R-7e", `${id}'s Rights are void (an Acquiring Person, or its Affiliate or Associate): they cannot be exercised`, "holder");
  const held = state.ledger!.rights[holder];
  // R-X4: exercise needs Rights held.
  if (rights > held) throw new RuleError("R-7a", `${id} holds ${held} Rights and cannot exercise ${rights} (R-X4)`, "rights");
  const valid = validRightsOf(state, holder);
  if (rights > valid) throw new RuleError("R-7e", `${held - valid} of ${id}'s Rights came from an Acquiring Person and are void: it can exercise at most ${valid}`, "rights");
  const entitlement = entitlementPerRight(state)!;
  const received = entitlement.receive.map((r) => ({ ...r, ratio: exactRatio(r.quantity) }));
  refuseUndeliverable(state, ctx, received, rights);
  const pay = entitlement.pay.times(rights);
  state.ledger!.rights[holder] -= rights;
  state.totals.exercisePayments = state.totals.exercisePayments.plus(pay);
  for (const r of received) deliver(state, ctx, holder, r, rights);
  record(state.trace, ctx.at, ctx.event, "R-7a", `${id} exercises ${rights} Rights, paying $${pay.toFixed(2)}, for ${entitlement.receive.map((r) => quantityText(formatDecimal(r.quantity.times(rights)), r.security)).join(" and ")}`, {
    holder: id,
    rights,
    paid: formatDecimal(pay),
    rightsOutstanding: rightsOutstanding(state),
  });
}

/**
 * An exercise that cannot be delivered is refused before anything changes hands: a refused
 * exercise leaves the Rights, the payments and the shares as they were. R-7-whole: only whole
 * shares of Preferred once the Company requires them; R-14: fractional Common Stock is paid in
 * cash at the Current Market Price, which must then be known.
 */
function refuseUndeliverable(state: State, ctx: Ctx, received: readonly Received[], rights: number): void {
  for (const { security, quantity, ratio } of received) {
    const whole = wholeUnits(ratio, rights).fraction.num.isZero();
    if (security === "preferred" && state.wholePreferredRequired && !whole) {
      throw new RuleError("R-7-whole", `the Company requires whole shares of Preferred; ${formatDecimal(quantity.times(rights))} is not`, "rights");
    }
    if (security === "common" && !whole) currentMarketPrice(state, newYorkDateOf(ctx.at), "R-14");
  }
}

/** What one Right receives of a security, with the exact ratio behind its 50-digit quantity (numbers/wholeUnits.ts). */
interface Received {
  readonly security: Security;
  readonly quantity: Dec;
  readonly ratio: Fraction;
}

function notExercisableBecause(state: State, at: Instant): string {
  if (state.status !== "attached" && state.status !== "separated") return `the Rights have ended (${state.status})`;
  if (!state.distributed) return "no Distribution Date has occurred: the Rights are not exercisable yet";
  if (at > finalExpiration(state)) return "the Rights have expired";
  if (state.mergedAway && !state.flipOver) return "the Company did not survive a merger and no Section 13 Event gave the Rights anything else to buy (R-13)";
  return `after a Section 11(a)(ii) Event the Rights are not exercisable while redeemable (until ${formatNewYork(redemptionDeadline(state))})`;
}

/** Delivers what `rights` Rights receive; whole shares and fractions are counted from the exact ratio. */
function deliver(state: State, ctx: Ctx, holder: number, { security, quantity: perRight, ratio }: Received, rights: number): void {
  if (security === "preferred") {
    deliverPreferred(state, ctx, ratio, rights);
    return;
  }
  if (security === "principal-party-common") {
    state.totals.principalPartyShares = state.totals.principalPartyShares.plus(perRight.times(rights));
    return;
  }
  if (security === "cash") {
    const spread = perRight.times(rights);
    state.totals.spreadPaid = state.totals.spreadPaid.plus(spread);
    record(state.trace, ctx.at, ctx.event, "R-11a-iii", `authorised Common Stock falls short: the Board delivers the Spread, $${spread.toFixed(2)} in all, as substitute value`);
    return;
  }
  const { whole, fraction } = sharesAndFraction(ratio, rights);
  if (!fraction.isZero()) payFractionsInCash(state, ctx, fraction);
  const shares = whole.toNumber();
  state.sharesOutstanding = addCounts(state.sharesOutstanding, shares, "the shares outstanding", "rights");
  state.totals.commonIssuedOnExercise += shares;
  judgeAcquisition(state, ctx, state.ownership.addHeld(holder, shares));
  judgeDecrease(state, ctx, [...state.acquiring.keys()], "other");
}

/**
 * "Preferred in multiples of 1/1000 may be issued, smaller fractions paid in cash" (the
 * plan's Unit, `unitFraction`, is the step). After a combination of the Preferred (R-11a-i) a
 * Right can buy less than a Unit; the part below the step is paid in cash. The rule book gives
 * no price for the Preferred, so that cash is counted and named in a warning, not valued.
 */
function deliverPreferred(state: State, ctx: Ctx, perRight: Fraction, rights: number): void {
  const step = dec(state.terms.values.unitFraction);
  const units = wholeUnits(perRight, rights, step);
  const issued = units.whole;
  const fraction = fractionOfUnit(units.fraction).times(step);
  state.totals.preferredIssued = state.totals.preferredIssued.plus(issued);
  if (fraction.isZero()) return;
  state.totals.fractionalPreferredCashed = state.totals.fractionalPreferredCashed.plus(fraction);
  record(state.trace, ctx.at, ctx.event, "R-14", `${formatDecimal(issued)} share of Preferred is issued (multiples of ${formatDecimal(step)}); the other ${formatDecimal(fraction)} share is paid in cash`, {
    preferredIssued: formatDecimal(issued),
    fractionalPreferred: formatDecimal(fraction),
  });
  warnUnvaluedCash(state, ctx, `the cash for ${formatDecimal(fraction)} share of Preferred (below the ${formatDecimal(step)} share that may be issued) is not in totals.cashInLieu: the scenario gives no price for the Preferred (R-14)`);
}

/** R-7a: at the Final Expiration Date the live Rights expire. */
export function expire(state: State, at: Instant): void {
  const rights = rightsOutstanding(state);
  endRights(state, "expired", at);
  record(state.trace, at, null, "R-7a", `Final Expiration Date ${formatNewYork(at)}: ${rights} unexercised Rights expire`, { rights });
}
