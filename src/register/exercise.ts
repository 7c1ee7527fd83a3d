/**
 * `register exercise`: a holder of record surrenders its certificates with the election to
 * purchase and the certification that it is not an Acquiring Person, an Affiliate or Associate
 * of one, or a transferee of theirs (R-7e); pays the Purchase Price; receives Units of Preferred
 * (R-7a) or, after a flip-in, Common Stock (R-11a-ii), cash for fractions (R-14), and a new
 * certificate for the Rights it did not exercise. The engine says whether Rights can be
 * exercised at that instant and what one buys.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, cents, holderAccount } from "./accounts.js";
import type { Books, Line } from "./books.js";
import { formFor, issueCertificates, retireCertificates } from "./certificates.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { exactRatio, wholeUnits, type Fraction } from "../numbers/wholeUnits.js";
import { answerAt, exactStateAt, marketPriceForFractions, principalPartyPriceOf, requireScenario, rightsAgentOf, voidHoldersIn } from "./engineFacts.js";
import { entitlementPerRight, isExercisable } from "../agreement/exercise.js";
import { isRedeemable } from "../agreement/redemption.js";
import type { State } from "../engine/state.js";
import { badInput, refuse, type Result, refuseUnknownHolder, type Warned } from "./problems.js";
import { readSetting } from "./settings.js";
import type { Answer } from "../engine/answer.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";
import { voidAsFactsNowStand } from "./apply.js";
import { exerciseAsEvents } from "./commandsAsEvents.js";
import { countText, countedText } from "../numbers/readableText.js";

export interface ExerciseOptions {
  readonly holder: string;
  readonly rights: number;
  /** The certification of R-7e: the holder is not an Acquiring Person, its Affiliate or Associate, or their transferee. */
  readonly certify: boolean;
  readonly at?: number;
  readonly key?: string;
}

export interface Delivery {
  readonly security: "preferred" | "common" | "principal-party-common" | "cash";
  readonly quantity: string;
}

export interface ExerciseResult extends Warned {
  readonly holder: string;
  readonly rights: number;
  readonly at: string;
  readonly paid: string;
  readonly delivered: Delivery[];
  readonly cashInLieu: string;
  readonly surrendered: number[];
  /** The new certificate for the Rights not exercised, if any. */
  readonly certificate: number | null;
  /** Its form (R-3-separation): a Rights Certificate for a holder of certificated shares, a book-entry statement for any other; null with no certificate. */
  readonly certificateForm: "certificate" | "statement" | null;
}

export async function exercise(register: Register, options: ExerciseOptions): Promise<Result<ExerciseResult>> {
  const { holder, rights } = options;
  return runCommand(register, { name: "exercise", key: options.key, at: options.at, dated: true, args: { holder, rights, certify: options.certify } }, async ({ books, at }) => {
    if (!Number.isSafeInteger(rights) || rights <= 0) badInput("bad-rights", `--rights must be a positive whole number of Rights, not ${rights}`, ["rights"]);
    if (!options.certify) refuse("R-7e", "no-certification", "an exercise needs the holder's certification that it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs (R-7e): give --certify");
    const kind = await register.db.selectFrom("holders").select("kind").where("id", "=", holder).executeTakeFirst();
    if (!kind) refuseUnknownHolder(holder, "holder");
    const applied = await requireScenario(register, "an exercise", "R-7a");
    // R-7a, R-7-after-flip-in: exercisable at `at` itself, with the events at `at` (the answer at `at` is taken a moment later, when a window that closes at `at` has closed).
    const state = exactStateAt(applied, at);
    if (!isExercisable(state, at)) refuseNotExercisable(state, answerAt(applied, at), at);
    if ((await readSetting(register, "distribution")) === undefined) refuse("R-7a", "not-distributed", "the Rights Certificates have not been sent yet: run distribute first (R-3-separation)");
    await books.load("rights", "void", "shares", "cash", "preferred", "principal-party-common", "certificates");
    const account = holderAccount(holder);
    const valid = books.count(account, "rights");
    const voided = books.count(account, "void");
    if (valid === 0 && voided > 0) refuse("R-7e", "void-rights", `${holder}'s ${countText(voided)} Rights are void (owned by an Acquiring Person or its Affiliates or Associates, or their transferee): they cannot be exercised`);
    if (rights > valid + voided) refuse("R-X4", "more-than-held", `${holder} holds ${countedText(valid + voided, "Right")} and cannot exercise ${countText(rights)} (R-X4, R-7a)`);
    if (rights > valid) refuse("R-7e", "void-rights", `${countText(voided)} of ${holder}'s Rights are void: it can exercise at most ${countText(valid)}`);
    // R-7a, R-11a-ii, R-13: what a Right buys, exactly (the answer's figures are rounded to 12 places): from `state`.
    // R-7e: a holder of record a void Person lists cannot certify that it is none of them, whatever Rights its books show valid (the facts may give the Person fewer shares than its holders hold).
    if (voidHoldersIn(applied, state).has(holder)) refuse("R-7e", "void-holder", `${holder} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(at)} (the applied facts): it cannot certify that it is none of them, so none of its Rights can be exercised`);
    await refuseBeforeRecordedActs(register, at, "an exercise", "exercise");
    const entitlement = entitlementPerRight(state)!;
    const paid = entitlement.pay.times(rights);
    books.post(at, [
      { account, asset: "rights", amount: -rights, memo: `exercise of ${rights} Rights (R-7a)` },
      { account: ACCOUNTS.exercised, asset: "rights", amount: rights },
      { account, asset: "cash", amount: paid.negated(), memo: "Purchase Price paid (R-7)" },
      { account: ACCOUNTS.purchasePrice, asset: "cash", amount: paid },
    ]);
    let cashInLieu = dec(0);
    const delivered: Delivery[] = [];
    for (const r of entitlement.receive) {
      const d = deliver(books, at, account, state, r.security, r.quantity, rights);
      cashInLieu = cashInLieu.plus(d.cashInLieu);
      delivered.push({ security: r.security, quantity: d.delivered.toString() });
    }
    const surrendered = await retireCertificates(register, books, at, [holder], "surrendered", `exercise of ${rights} Rights`);
    // R-1a, R-7e: the Common Stock delivered is outstanding and its holder's Person's: it may make that Person an Acquiring Person, its Rights left void.
    const recorded = await voidAsFactsNowStand(register, books, at, applied, exerciseAsEvents(formatNewYork(at), { holder, rights, delivered }, applied.personHolders, applied.nominees));
    const left = { valid: books.count(account, "rights"), void: books.count(account, "void") };
    const warnings = [...(left.void > voided ? [madeVoidByDelivery(holder, delivered, left.void)] : []), ...recorded];
    const form = formFor(kind.kind);
    const [certificate] = left.valid + left.void > 0 ? await issueCertificates(register, books, at, await rightsAgentOf(register), [{ holder, form, rights: left.valid, void: left.void }]) : [null];
    return { holder, rights, at: formatNewYork(at), paid: paid.toString(), delivered, cashInLieu: cashInLieu.toString(), surrendered, certificate, certificateForm: certificate === null ? null : form, ...(warnings.length ? { warnings } : {}) };
  });
}

/** R-1a, R-7e: the exercise's own delivery left its holder's remaining Rights void. */
function madeVoidByDelivery(holder: string, delivered: readonly Delivery[], voided: number): string {
  const common = delivered.find((d) => d.security === "common")?.quantity ?? "0";
  return `R-1a, R-7e: on the facts with the ${countText(Number(common))} shares of Common Stock this exercise delivered, ${holder} holds for an Acquiring Person or its Affiliate or Associate: its ${countText(voided)} Rights left are void and cannot be exercised`;
}

/** R-7a, R-7-after-flip-in: why the engine holds the Rights not exercisable at `at` (the rule, a code and the sentence). */
export function whyNotExercisable(state: State, answer: Answer, at: number): { rule: string; code: string; text: string } {
  const when = formatNewYork(at);
  if (state.status !== "attached" && state.status !== "separated") return { rule: "R-7a", code: "ended", text: `the Rights have ended (${state.status}) by ${when}: they cannot be exercised` };
  if (state.status === "attached") return { rule: "R-7a", code: "before-distribution", text: `no Distribution Date has occurred by ${when}${answer.distributionDate ? ` (it will be ${answer.distributionDate})` : ""}: the Rights are not exercisable yet (R-7a)` };
  if (state.flipIn && isRedeemable(state, at)) return { rule: "R-7-after-flip-in", code: "while-redeemable", text: `after the Section 11(a)(ii) Event the Rights are not exercisable while the Board can still redeem them (until ${answer.redemptionDeadline})` };
  return { rule: "R-7a", code: "not-exercisable", text: `the Rights are not exercisable at ${when}` };
}

function refuseNotExercisable(state: State, answer: Answer, at: number): never {
  const why = whyNotExercisable(state, answer, at);
  refuse(why.rule, why.code, why.text);
}

/**
 * R-14, R-11a-iii: what an exercise of `rights` Rights delivers of `security` at `perRight` each:
 * the Spread in cash to the cent; else whole shares of Common (or of the Principal Party's common),
 * or Preferred in multiples of the plan's Unit as amended by then, and the fraction of one such
 * unit left over (paid in cash), exactly.
 */
export function deliveredOf(state: State, security: Delivery["security"], perRight: Dec, rights: number): { whole: Dec; fraction: Fraction; unit: Dec } {
  if (security === "cash") return { whole: cents(perRight.times(rights)), fraction: { num: dec(0), den: dec(1) }, unit: dec(1) };
  const unit = security === "preferred" ? dec(state.terms.values.unitFraction) : dec(1);
  return { ...wholeUnits(exactRatio(perRight), rights, unit), unit };
}

/**
 * Delivers `rights` x `perRight` of `security` to the holder: whole shares of Common Stock with
 * cash for the fraction at the Current Market Price (R-14); Preferred in multiples of the plan's Unit (a thousandth in the seed) with cash for
 * smaller fractions at that price for a Unit (Exhibit A: a Unit is built to be worth a share of
 * Common); whole shares of the Principal Party's common after a Section 13 Event, with cash for
 * the fraction at its Current Market Price, the price the flip-over was measured at (R-13, R-14).
 */
function deliver(books: Books, at: number, account: string, state: State, security: Delivery["security"], perRight: Dec, rights: number): { delivered: Dec; cashInLieu: Dec } {
  if (security === "cash") {
    // R-11a-iii: the Spread, paid in cents (the engine's Spread is exact to 50 digits: $30 less $15 may be $14.999...).
    const quantity = deliveredOf(state, security, perRight, rights).whole;
    books.post(at, [
      { account: ACCOUNTS.cashInLieu, asset: "cash", amount: quantity.negated() },
      { account, asset: "cash", amount: quantity, memo: "R-11a-iii: the Spread in cash" },
    ]);
    return { delivered: quantity, cashInLieu: dec(0) };
  }
  const asset = security === "common" ? "shares" : security;
  // R-14: Preferred in multiples of the plan's Unit as amended by then.
  const { whole, fraction, unit } = deliveredOf(state, security, perRight, rights);
  const lines: Line[] = [
    { account, asset, amount: whole, memo: `${whole.toString()} ${security} delivered on exercise` },
    { account: ACCOUNTS.issuedOnExercise, asset, amount: whole.negated() },
  ];
  let cash = dec(0);
  if (fraction.num.gt(0)) {
    cash = fractionValue(fraction, security === "principal-party-common" ? principalPartyPriceOf(state) : marketPriceForFractions(state, at));
    const part = `${fraction.num.toString()}/${fraction.den.toString()}${unit.eq(1) ? "" : ` of ${unit.toString()}`}`;
    lines.push({ account: ACCOUNTS.cashInLieu, asset: "cash", amount: cash.negated() }, { account, asset: "cash", amount: cash, memo: `R-14: cash in lieu of ${part} ${security}` });
  }
  books.post(at, lines);
  return { delivered: whole, cashInLieu: cash };
}

/** A fraction of a unit at `price` a unit, in cents (half up). */
function fractionValue(fraction: { num: Dec; den: Dec }, price: Dec): Dec {
  return cents(fraction.num.times(price).dividedBy(fraction.den));
}
