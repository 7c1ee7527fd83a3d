/**
 * `register claim`: a holder of record takes the exchange shares the trust holds for it (R-24,
 * exchanged through a trust as Selectica did in 2009). The shares leave the trust for the holder's
 * own position; like an exercise, the holder must certify that it is not an Acquiring Person, an
 * Affiliate or Associate of one, or a transferee of theirs (R-7e: the trust checks that no
 * Acquiring Person receives shares). A holder whose Rights the engine holds void at the claim
 * (one that became an Acquiring Person, or its Affiliate, after the exchange) cannot so certify:
 * its claim is refused, as its exercise would be. Before the Distribution Date the shares bring their Rights
 * (R-3-attached, after a partial exchange, R-24): the trust's Rights on them go to the holder,
 * whole Rights on each side, a fraction joined or broken as a transfer does. After a redemption the
 * trust was paid the Redemption Price for the Rights on those shares, for the holders: a
 * claim brings its part of that cash, pro rata to the shares (the last claim what is left).
 */
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, cents, holderAccount } from "./accounts.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { badInput, refuse, type Result, type Warned } from "./problems.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";
import { appliedScenario } from "./engineFacts.js";
import { isVoidHolderAt } from "./voiding.js";
import type { Books, Line } from "./books.js";
import { rightsAttachedAt } from "./attached.js";
import { rightsArriving, rightsLeaving } from "./rightsPerShare.js";
import { readSetting } from "./settings.js";
import type { Dec } from "../numbers/decimal.js";
import { countText, countedText } from "../numbers/readableText.js";

export interface ClaimOptions {
  readonly holder: string;
  /** The holder's certification that it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs. */
  readonly certify: boolean;
  /** How many of its shares in trust to take (default: all). */
  readonly shares?: number;
  readonly at?: number;
  readonly key?: string;
}

export interface ClaimResult extends Warned {
  readonly at: string;
  readonly holder: string;
  readonly shares: number;
  /** the Redemption Price the trust was paid for the Rights on the shares claimed. */
  readonly redemptionCash: string;
  /** Shares the trust still holds for the holder. */
  readonly leftInTrust: number;
}

export async function claimFromTrust(register: Register, options: ClaimOptions): Promise<Result<ClaimResult>> {
  const { holder } = options;
  return runCommand(register, { name: "claim", key: options.key, at: options.at, dated: true, args: { holder, shares: options.shares ?? null, certify: options.certify } }, async ({ books, at }) => {
    if (options.shares !== undefined && (!Number.isSafeInteger(options.shares) || options.shares <= 0)) badInput("bad-shares", `--shares must be a positive whole number of shares, not ${options.shares}`, ["shares"]);
    if (!options.certify) refuse("R-7e", "no-certification", "a claim on the exchange trust needs the holder's certification that it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs (R-7e): give --certify");
    await books.load("shares", "trust-claims", "rights", "cash");
    const account = holderAccount(holder);
    const owed = books.count(account, "trust-claims");
    if (owed === 0) refuse("R-24", "nothing-in-trust", `the exchange trust holds no shares for ${holder}`);
    const shares = options.shares ?? owed;
    if (shares > owed) refuse("R-24", "more-than-in-trust", `the exchange trust holds ${countedText(owed, "share")} for ${holder}, not ${countText(shares)}`);
    await refuseBeforeRecordedActs(register, at, "a claim", "claim");
    if (isVoidHolderAt(await appliedScenario(register), holder, at)) refuse("R-7e", "void-holder", `${holder} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(at)} (the applied facts): it cannot certify that it is none of them, so the trust delivers it nothing`);
    books.post(at, [
      { account, asset: "trust-claims", amount: -shares, memo: `R-24: ${shares} exchange shares claimed from the trust` },
      { account: ACCOUNTS.trust, asset: "trust-claims", amount: shares },
      { account: ACCOUNTS.trust, asset: "shares", amount: -shares },
      { account, asset: "shares", amount: shares, memo: "R-24: exchange shares delivered from the trust" },
      ...(await rightsFromTrust(register, books, account, shares, at)),
    ]);
    const redemptionCash = redemptionCashFromTrust(books, account, shares, at);
    return { at: formatNewYork(at), holder, shares, redemptionCash: redemptionCash.toString(), leftInTrust: owed - shares };
  });
}

/**
 * R-23, R-3-attached: the Redemption Price the trust holds for the Rights on the shares it held,
 * paid on with `shares` of them: its cash x shares / the shares it held before this claim, to the
 * cent (half up); the last shares take what is left. Books loaded with shares and cash, the
 * claim's shares already posted.
 */
function redemptionCashFromTrust(books: Books, account: string, shares: number, at: number): Dec {
  const cash = books.balance(ACCOUNTS.trust, "cash");
  if (cash.isZero()) return cash;
  const heldBefore = books.count(ACCOUNTS.trust, "shares") + shares;
  const paid = heldBefore === shares ? cash : cents(cash.times(shares).dividedBy(heldBefore));
  if (!paid.isZero()) books.post(at, [
    { account: ACCOUNTS.trust, asset: "cash", amount: paid.negated(), memo: "R-23: the Redemption Price paid to the trust for the Rights on the shares it held (R-3-attached)" },
    { account, asset: "cash", amount: paid, memo: `R-23: the Redemption Price for the Rights on the ${shares} shares claimed from the trust` },
  ]);
  return paid;
}

/** R-3-attached: the Rights on `shares` shares leaving the trust for `account`, whole Rights on each side (R-14: the difference joined into or broken from whole Rights, as a transfer does). */
async function rightsFromTrust(register: Register, books: Books, account: string, shares: number, at: number): Promise<Line[]> {
  if (!(await rightsAttachedAt(register, at))) return [];
  const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  const inTrust = books.count(ACCOUNTS.trust, "shares");
  const held = books.count(account, "shares");
  const given = Math.min(books.count(ACCOUNTS.trust, "rights"), rightsLeaving(inTrust, shares, rightsPerShare));
  const taken = rightsArriving(held, shares, rightsPerShare);
  const lines: Line[] = [];
  if (given) lines.push({ account: ACCOUNTS.trust, asset: "rights", amount: -given, memo: "R-3-attached: the Rights go with the exchange shares" });
  if (taken) lines.push({ account, asset: "rights", amount: taken });
  if (taken !== given) lines.push({ account: ACCOUNTS.issuedOnExchange, asset: "rights", amount: given - taken, memo: "R-14: fractional Rights joined into a whole Right, or a whole Right broken into fractions" });
  return lines;
}
