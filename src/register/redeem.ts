/**
 * `register redeem`: the payment run of a redemption. The engine judges whether the
 * Board may still redeem at that instant (or finds the redemption in the scenario); then every
 * holder of record is paid the Redemption Price for each valid Right it holds, the Rights end and
 * the certificates are cancelled; void Rights are paid nothing (R-7e: "null and void"). Under
 * `--key`, a run that crashed is done again whole, once.
 */
import { dec } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS } from "./accounts.js";
import { holderAccounts } from "./positions.js";
import { endRights } from "./rightsEnd.js";
import { inChunks, runCommand, type Progress } from "./command.js";
import type { Register } from "./database.js";
import { answerAt, refuseOnEngineError, requireScenario } from "./engineFacts.js";
import { refuse, type Result } from "./problems.js";
import { readSetting } from "./settings.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";

export interface RedeemOptions {
  readonly at?: number;
  readonly key?: string;
  readonly onProgress?: Progress;
}

export interface RedeemResult {
  readonly at: string;
  readonly price: string;
  readonly payments: number;
  readonly rights: number;
  readonly paid: string;
}

export async function redeem(register: Register, options: RedeemOptions = {}): Promise<Result<RedeemResult>> {
  return runCommand(register, { name: "redeem", key: options.key, at: options.at, args: {} }, async ({ books, at }) => {
    await refuseBeforeRecordedActs(register, at, "a redemption");
    const ended = await readSetting<{ how: string; at: string }>(register, "ended");
    if (ended) refuse("R-23", "ended", `the Rights already ended (${ended.how} at ${ended.at}): there is nothing to redeem`);
    const applied = await requireScenario(register, "a redemption", "R-23");
    const already = answerAt(applied, at);
    const answer = already.status === "redeemed" ? already : answerAt(applied, at, [{ at: formatNewYork(at), type: "redeem" }]);
    refuseOnEngineError(answer, "the Board can no longer redeem the Rights");
    if (answer.status !== "redeemed") refuse("R-23", "not-redeemed", `the engine does not find the Rights redeemed at ${formatNewYork(at)} (${answer.status})`);
    const price = dec(answer.entitlementPerRight!.receive[0].quantity);
    await books.load("rights", "void", "cash");
    let payments = 0;
    let rights = 0;
    let paid = dec(0);
    await inChunks(books, holderAccounts(books), options.onProgress, (accounts) => {
      for (const account of accounts) pay(account);
    });
    // R-3-attached: the exchange shares in trust carry Rights after a partial exchange before the Distribution Date; the trust is paid for them, for the holders.
    pay(ACCOUNTS.trust);
    function pay(account: string): void {
      const valid = books.count(account, "rights");
      if (valid === 0) return;
      const amount = price.times(valid);
      books.post(at, [
        { account, asset: "rights", amount: -valid, memo: "R-23: redeemed" },
        { account: ACCOUNTS.redeemed, asset: "rights", amount: valid },
        { account: ACCOUNTS.redemption, asset: "cash", amount: amount.negated() },
        { account, asset: "cash", amount, memo: `R-23: Redemption Price $${price.toString()} x ${valid} Rights` },
      ]);
      payments++;
      rights += valid;
      paid = paid.plus(amount);
    }
    await endRights(register, books, at, "redeemed");
    return { at: formatNewYork(at), price: price.toString(), payments, rights, paid: paid.toString() };
  });
}
