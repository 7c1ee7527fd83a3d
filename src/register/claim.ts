/**
 * `register claim`: a holder of record takes the exchange shares the trust holds for it (R-24,
 * exchanged through a trust as Selectica did in 2009). The shares leave the trust for the holder's
 * own position; like an exercise, the holder must certify that it is not an Acquiring Person, an
 * Affiliate or Associate of one, or a transferee of theirs (R-7e: the trust checks that no
 * Acquiring Person receives shares). A holder whose Rights the engine holds void at the claim
 * (one that became an Acquiring Person, or its Affiliate, after the exchange) cannot so certify:
 * its claim is refused, as its exercise would be.
 */
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, holderAccount } from "./accounts.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { badInput, refuse, type Result } from "./problems.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";
import { appliedScenario } from "./engineFacts.js";
import { isVoidHolderAt } from "./voiding.js";

export interface ClaimOptions {
  readonly holder: string;
  /** The holder's certification that it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs. */
  readonly certify: boolean;
  /** How many of its shares in trust to take (default: all). */
  readonly shares?: number;
  readonly at?: number;
  readonly key?: string;
}

export interface ClaimResult {
  readonly at: string;
  readonly holder: string;
  readonly shares: number;
  /** Shares the trust still holds for the holder. */
  readonly leftInTrust: number;
}

export async function claimFromTrust(register: Register, options: ClaimOptions): Promise<Result<ClaimResult>> {
  const { holder } = options;
  return runCommand(register, { name: "claim", key: options.key, at: options.at, args: { holder, shares: options.shares ?? null, certify: options.certify } }, async ({ books, at }) => {
    if (options.shares !== undefined && (!Number.isSafeInteger(options.shares) || options.shares <= 0)) badInput("bad-shares", `--shares must be a positive whole number of shares, not ${options.shares}`, ["shares"]);
    if (!options.certify) refuse("R-7e", "no-certification", "a claim on the exchange trust needs the holder's certification that it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs (R-7e): give --certify");
    await books.load("shares", "trust-claims");
    const account = holderAccount(holder);
    const owed = books.count(account, "trust-claims");
    if (owed === 0) refuse("R-24", "nothing-in-trust", `the exchange trust holds no shares for ${holder}`);
    const shares = options.shares ?? owed;
    if (shares > owed) refuse("R-24", "more-than-in-trust", `the exchange trust holds ${owed} shares for ${holder}, not ${shares}`);
    await refuseBeforeRecordedActs(register, at, "a claim", "claim");
    if (isVoidHolderAt(await appliedScenario(register), holder, at)) refuse("R-7e", "void-holder", `${holder} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(at)} (the applied facts): it cannot certify that it is none of them, so the trust delivers it nothing`);
    books.post(at, [
      { account, asset: "trust-claims", amount: -shares, memo: `R-24: ${shares} exchange shares claimed from the trust` },
      { account: ACCOUNTS.trust, asset: "trust-claims", amount: shares },
      { account: ACCOUNTS.trust, asset: "shares", amount: -shares },
      { account, asset: "shares", amount: shares, memo: "R-24: exchange shares delivered from the trust" },
    ]);
    return { at: formatNewYork(at), holder, shares, leftInTrust: owed - shares };
  });
}
