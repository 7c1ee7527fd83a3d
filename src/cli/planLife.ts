/**
 * The terms of a plan "in force" on a date outside its life: before its agreement date no Rights
 * existed, after its Final Expiration Date none remain (R-X13). `plan show`, `describe` and `diff`
 * still print the terms (as adopted, or as last amended) and say so, instead of presenting them as
 * in force on that date without a word.
 */
import type { Plan } from "../terms/schema.js";
import { termsInForce } from "../terms/inForce.js";
import { newYorkDateOf, type Instant } from "../time/instant.js";

/** A note on stderr when `at` is outside `plan`'s life; nothing otherwise. */
export function planLifeNote(plan: Plan, at: Instant): string | undefined {
  const { agreementDate, finalExpiration } = termsInForce(plan, at).values;
  const date = newYorkDateOf(at);
  if (date < agreementDate) return `note: on ${date} the plan ${plan.id} did not exist yet (its agreement is dated ${agreementDate}, R-X13): the terms are those as adopted\n`;
  if (date > finalExpiration.date) return `note: on ${date} the plan ${plan.id} had expired (its Final Expiration Date is ${finalExpiration.date}, R-X13): the terms are those last in force\n`;
  return undefined;
}
