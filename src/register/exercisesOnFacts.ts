/**
 * Facts that arrive after exercises: an exercise the register carried out was judged on the facts
 * applied then (R-7a: "exercisable ... until the Expiration Date"; R-7-after-flip-in: "not
 * exercisable following the occurrence of [a Section 11(a)(ii) Event] until such time as the Rights
 * are no longer redeemable"; R-7e: a void Right may not be exercised; R-11a-ii, R-7a: what a Right
 * buys). Facts applied later may say that at its instant the Rights were not exercisable, that the
 * holder's Rights were void, or that a Right bought something else (a flip-in the register did not
 * know of). The delivery cannot be undone by the register: `apply` says so at once, naming each such
 * exercise, what it delivered and what the facts now give, so that the Company can settle it.
 * One run of the engine per instant at which the register recorded exercises.
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { countText } from "../numbers/readableText.js";
import type { Register } from "./database.js";
import { actsBefore, answerAt, exactStateAt, voidHoldersIn, type AppliedScenario } from "./engineFacts.js";
import { entitlementPerRight, isExercisable } from "../agreement/exercise.js";
import { deliveredOf, whyNotExercisable, type ExerciseResult } from "./exercise.js";
import type { State } from "../engine/state.js";

/** An exercise as the register recorded it: its command, instant and result. */
interface Recorded {
  readonly command: number;
  readonly at: number;
  readonly result: ExerciseResult;
}

/** One warning for each exercise on the register that the facts `applied` would not have allowed, or allowed for something else. */
export async function exercisesOnTheFacts(register: Register, applied: AppliedScenario): Promise<string[]> {
  const rows = await register.db.selectFrom("commands").select(["id", "at", "result"]).where("name", "=", "exercise").orderBy("id").execute();
  const recorded: Recorded[] = rows.map((r) => ({ command: Number(r.id), at: Number(r.at), result: JSON.parse(r.result) as ExerciseResult }));
  // The Board's acts before an exercise are the state it was judged on; exercises at one instant after the same acts share one run of the engine.
  const states = new Map<string, State>();
  const warnings: string[] = [];
  for (const e of recorded) {
    const facts = withoutOwnShares(actsBefore(applied, e.command), e);
    const key = `${e.at}/${facts.acts.length}/${facts.issues.length}`;
    let state = states.get(key);
    if (!state) states.set(key, (state = exactStateAt(facts, e.at)));
    const problem = problemWith(facts, state, e);
    if (problem) warnings.push(`the exercise of ${countText(e.result.rights)} Rights by ${e.result.holder} at ${e.result.at} (delivered ${deliveredText(e.result)} for $${dec(e.result.paid).toFixed(2)}) ${problem}; the register does not undo a delivery: the Company and the holder settle it`);
  }
  return warnings;
}

/**
 * The facts as the exercise was judged on them: without the Common Stock it delivered itself, which
 * the register gives the engine as an issue at its instant (commandsAsEvents.ts): a holder of a
 * listed Person is not judged on the shares its own exercise brought it.
 */
function withoutOwnShares(applied: AppliedScenario, e: Recorded): AppliedScenario {
  const at = formatNewYork(e.at);
  const shares = e.result.delivered.filter((d) => d.security === "common").reduce((sum, d) => sum + Number(d.quantity), 0);
  const own = shares > 0 ? applied.issues.findIndex((i) => i.at === at && i.shares === shares && i.withRights === undefined) : -1;
  return own < 0 ? applied : { ...applied, issues: applied.issues.filter((_, i) => i !== own) };
}

/** What is wrong with exercise `e` on the facts now applied (`state` at its instant), or undefined. */
function problemWith(applied: AppliedScenario, state: State, e: Recorded): string | undefined {
  const rule = "on the facts now applied";
  if (!isExercisable(state, e.at)) {
    const why = whyNotExercisable(state, answerAt(applied, e.at), e.at);
    return `was not allowed ${rule} (${why.rule}): ${why.text}`;
  }
  if (voidHoldersIn(applied, state).has(e.result.holder)) return `was of void Rights ${rule} (R-7e): ${e.result.holder} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(e.at)}`;
  const entitlement = entitlementPerRight(state)!;
  const now = entitlement.receive.map((r) => ({ security: r.security, quantity: deliveredOf(state, r.security, r.quantity, e.result.rights).whole }));
  const paid = entitlement.pay.times(e.result.rights);
  if (paid.eq(e.result.paid) && sameDeliveries(now, e.result.delivered)) return undefined;
  const perRight = entitlement.receive.map((r) => `${formatDecimal(r.quantity)} ${r.security}`).join(" and ");
  return `gave other than a Right buys ${rule} (R-7a, R-11a-ii, R-13): ${perRight} a Right for $${formatDecimal(entitlement.pay)}, so ${deliveredText({ delivered: now })} for $${paid.toFixed(2)}`;
}

function sameDeliveries(now: readonly { security: string; quantity: Dec }[], recorded: ExerciseResult["delivered"]): boolean {
  return now.length === recorded.length && now.every((d, i) => d.security === recorded[i].security && d.quantity.eq(dec(recorded[i].quantity)));
}

function deliveredText(r: { readonly delivered: readonly { readonly security: string; readonly quantity: string | Dec }[] }): string {
  return r.delivered.map((d) => `${d.quantity.toString()} ${d.security}`).join(" and ") || "nothing";
}
