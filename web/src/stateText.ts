/**
 * The state panel's sentences that depend on why, not only on what: a Right that is no longer
 * redeemable because it was redeemed, exchanged or expired, and not because the window closed
 * what a Right gets, in dollars when it is cash; which instant two compared states are as
 * of.
 */
import type { Answer } from "./answer.js";
import { dollars, decimal } from "./format.js";
import { instantOf } from "./nyTime.js";

const ENDED: Readonly<Record<string, string>> = {
  redeemed: "the Rights have been redeemed (R-23)",
  exchanged: "the Rights have been exchanged (R-24)",
  expired: "the Rights have expired (R-7a)",
};

export function redeemableText(answer: Pick<Answer, "redeemable" | "redemptionDeadline" | "status" | "asOf">): string {
  if (answer.redeemable) return `yes, until ${answer.redemptionDeadline}`;
  if (ENDED[answer.status]) return `no: ${ENDED[answer.status]}`;
  const [asOf, deadline] = [instantOf(answer.asOf), instantOf(answer.redemptionDeadline)];
  if (asOf !== null && deadline !== null && asOf > deadline) return `no (window ended ${answer.redemptionDeadline})`;
  return "no";
}

export function entitlementText(e: Answer["entitlementPerRight"]): string {
  if (!e) return "nothing now";
  const gets = e.receive.map((r) => (r.security === "cash" ? `${dollars(r.quantity)} in cash` : `${decimal(r.quantity, 6)} ${r.security}`)).join(" and ");
  return `pays ${dollars(e.pay)} for ${gets}`;
}

/** Which instant each state is as of: the date given, else each scenario's own (which may differ). */
export function instantsText({ asOf, left, right }: { asOf: string; left: Pick<Answer, "asOf">; right: Pick<Answer, "asOf"> }): string {
  if (asOf) return `Both states as of ${left.asOf}, the date given.`;
  if (left.asOf === right.asOf) return `Both states as of ${left.asOf}: each scenario's own date, the same instant.`;
  return `Each state as of its scenario's own date: A as of ${left.asOf}, B as of ${right.asOf}. Give a date to see both at one instant.`;
}
