/**
 * `register redeem`: the payment run of a redemption. The engine judges whether the
 * Board may still redeem at that instant (or finds the redemption in the scenario); then every
 * holder of record is paid the Redemption Price for each valid Right it holds, the Rights end and
 * the certificates are cancelled; void Rights are paid nothing (R-7e: "null and void"). Before
 * the Distribution Date, after a split (R-11p) or a partial exchange has left a fraction of
 * a Right per share, a holder's shares may carry a fraction of a Right beside its whole ones: R-11p
 * keeps the total Rights and the Redemption Price of $.01 per Right, and R-14 pays a fractional
 * Right at the same fraction of a whole Right's value, which at a redemption is the Redemption
 * Price: each holder is paid the price x its exact Rights, to the cent (half up). Under `--key`, a
 * run that crashed is done again whole, once.
 */
import { dec } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, cents } from "./accounts.js";
import type { Books, Line } from "./books.js";
import { holderAccounts } from "./positions.js";
import { endRights } from "./rightsEnd.js";
import { inChunks, runCommand, type Progress } from "./command.js";
import type { Register } from "./database.js";
import { answerAt, refuseOnEngineError, registerPlan, requireScenario } from "./engineFacts.js";
import { recordDateClose } from "../engine/evaluate.js";
import { refuse, type Result, type Warned } from "./problems.js";
import { readSetting } from "./settings.js";
import { voidAtTheBoardsAct } from "./apply.js";
import { refuseBeforeRecordedActs, refuseBeforeRecordedRightsMoves } from "./timeOrder.js";
import Rational from "fraction.js";

export interface RedeemOptions {
  readonly at?: number;
  readonly key?: string;
  readonly onProgress?: Progress;
}

export interface RedeemResult extends Warned {
  readonly at: string;
  readonly price: string;
  readonly payments: number;
  readonly rights: number;
  readonly paid: string;
  /** R-11p, R-14: the fractions of a Right on holders' shares before the Distribution Date, paid at the same fraction of the Redemption Price. */
  readonly fractionalRights: string;
}

export async function redeem(register: Register, options: RedeemOptions = {}): Promise<Result<RedeemResult>> {
  return runCommand(register, { name: "redeem", key: options.key, at: options.at, dated: true, args: {} }, async ({ books, at }) => {
    await refuseBeforeRecordedActs(register, at, "a redemption");
    await refuseBeforeRecordedRightsMoves(register, at, "a redemption");
    const ended = await readSetting<{ how: string; at: string }>(register, "ended");
    if (ended) refuse("R-23", "ended", `the Rights already ended (${ended.how} at ${ended.at}): there is nothing to redeem`);
    // R-X7: the engine lets the Board redeem before the Record Date's close (no Right is paid for, none is ever issued); the register's Rights on the shares are those the holders get at that close, and it pays none before it.
    const issuedAt = recordDateClose(await registerPlan(register));
    if (at < issuedAt) refuse("R-X7", "before-record-date", `no Right exists before the Record Date's close of business (${formatNewYork(issuedAt)}): there is no Right to pay the Redemption Price for at ${formatNewYork(at)}`);
    const applied = await requireScenario(register, "a redemption", "R-23");
    const already = answerAt(applied, at);
    const answer = already.status === "redeemed" ? already : answerAt(applied, at, [{ at: formatNewYork(at), type: "redeem" }]);
    refuseOnEngineError(answer, "the Board can no longer redeem the Rights");
    if (answer.status !== "redeemed") refuse("R-23", "not-redeemed", `the engine does not find the Rights redeemed at ${formatNewYork(at)} (${answer.status})`);
    // R-7e: the void Rights as the facts stand just before the redemption, which pays them nothing.
    const warnings = await voidAtTheBoardsAct(register, books, at, applied);
    const price = dec(answer.entitlementPerRight!.receive[0].quantity);
    const priceText = price.toString();
    // A price in whole cents (the seed's $.01) times whole Rights is whole cents: no rounding to do.
    const inCents = price.decimalPlaces() <= 2;
    await books.load("shares", "rights", "void", "cash");
    const fractionOf = await attachedFractions(register, books);
    let payments = 0;
    let rights = 0;
    let fractions = new Rational(0);
    let paid = dec(0);
    await inChunks(books, payees(books), options.onProgress, (accounts) => {
      for (const account of accounts) pay(account);
    });
    // R-3-attached: the exchange shares in trust carry Rights after a partial exchange before the Distribution Date; the trust is paid for them, for the holders.
    pay(ACCOUNTS.trust);
    function pay(account: string): void {
      const valid = books.count(account, "rights");
      const fraction = fractionOf(account);
      const whole = fraction === NO_FRACTION || fraction.equals(0);
      const amount = whole && inCents ? price.times(valid) : cents(whole ? price.times(valid) : price.times(fraction.n.toString()).dividedBy(fraction.d.toString()).plus(price.times(valid)));
      if (valid === 0 && amount.isZero()) return; // no Rights, or a fraction worth less than half a cent
      const what = whole ? `${valid} Rights` : `${valid} Rights and ${fraction.toFraction()} of a Right on its shares (R-11p, R-14: a fraction of a Right is paid the same fraction of the price), to the cent`;
      const cash: Line[] = [
        { account: ACCOUNTS.redemption, asset: "cash", amount: amount.negated() },
        { account, asset: "cash", amount, memo: `R-23: Redemption Price $${priceText} x ${what}` },
      ];
      books.post(at, valid ? [{ account, asset: "rights", amount: -valid, memo: "R-23: redeemed" }, { account: ACCOUNTS.redeemed, asset: "rights", amount: valid }, ...cash] : cash);
      payments++;
      rights += valid;
      if (!whole) fractions = fractions.add(fraction);
      paid = paid.plus(amount);
    }
    await endRights(register, books, at, "redeemed");
    return { at: formatNewYork(at), price: price.toString(), payments, rights, paid: paid.toString(), fractionalRights: fractions.toFraction(), ...(warnings.length ? { warnings } : {}) };
  });
}

/** Whom the run pays: every holder of record with Rights, valid or void, or with shares (which may carry a fraction of a Right only). */
function payees(books: Books): string[] {
  return holderAccounts(books, ["rights", "void", "shares"]);
}

const NO_FRACTION = new Rational(0);

/**
 * R-3-attached, R-11p, R-14: the fraction of a Right on an account's shares beyond its whole valid
 * and void Rights, while the Rights are still attached (no certificates sent: `distribute` pays
 * these in cash, R-14). A holder with void Rights and no valid ones is an Acquiring Person's circle
 * (R-7e): its fraction is void too and paid nothing. Books loaded with shares, Rights and void Rights.
 */
async function attachedFractions(register: Register, books: Books): Promise<(account: string) => Rational> {
  const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  if (rightsPerShare === "1" || (await readSetting(register, "distribution")) !== undefined) return () => NO_FRACTION;
  return (account) => {
    const valid = books.count(account, "rights");
    const voided = books.count(account, "void");
    if (voided > 0 && valid === 0) return NO_FRACTION;
    const fraction = new Rational(books.count(account, "shares")).mul(new Rational(rightsPerShare)).sub(valid + voided);
    return fraction.compare(0) > 0 ? fraction : NO_FRACTION;
  };
}
