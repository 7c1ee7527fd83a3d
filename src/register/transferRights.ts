/**
 * `register transfer-rights`: after the Distribution Date "the Rights Certificates ... alone
 * evidence the Rights, which then trade separately" (R-3-separation): a holder surrenders its
 * certificate (or statement), the Rights Agent registers the transfer, issues the transferee a
 * certificate for the Rights it bought and the transferor one for those it keeps.
 * - Before the distribution the Rights transfer only with the shares (R-3-attached): `transfer`.
 * - Void Rights are "null and void" (R-7e) and their certificates say they "may not be exercised
 *   or transferred": only valid Rights move.
 * - [standard form, Section 7(e)] a Rights Certificate delivered for transfer to an Acquiring
 *   Person or its Affiliates or Associates is not registered: Rights it came to own would be void
 *   (R-7e), so the transfer to a holder the engine holds void is refused.
 * - R-T5: dated before an act on the Rights already recorded (an exercise, an exchange, a claim, a
 *   redemption), it is refused, as those acts found the holders' Rights as they were.
 */
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import { holderAccount } from "./accounts.js";
import { formFor, issueCertificates, retireCertificates } from "./certificates.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { appliedScenario, rightsAgentOf, voidHoldersAt } from "./engineFacts.js";
import { badInput, refuse, type Result, refuseUnknownHolder, type Warned } from "./problems.js";
import { refuseOnceEnded } from "./rightsEnd.js";
import { readSetting } from "./settings.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";
import { countText, countedText } from "../numbers/readableText.js";

export interface TransferRightsOptions {
  readonly from: string;
  readonly to: string;
  readonly rights: number;
  readonly at?: number;
  readonly key?: string;
}

export interface TransferRightsResult extends Warned {
  readonly at: string;
  readonly from: string;
  readonly to: string;
  readonly rights: number;
  /** The transferor's certificates surrendered. */
  readonly surrendered: number[];
  /** The transferee's new certificate. */
  readonly certificate: number;
  /** The transferor's new certificate for the Rights it keeps, if any. */
  readonly remainder: number | null;
}

export async function transferRights(register: Register, options: TransferRightsOptions): Promise<Result<TransferRightsResult>> {
  const { from, to, rights } = options;
  return runCommand(register, { name: "transfer-rights", key: options.key, at: options.at, dated: true, args: { from, to, rights } }, async ({ books, at }) => {
    if (!Number.isSafeInteger(rights) || rights <= 0) badInput("bad-rights", `--rights must be a positive whole number of Rights, not ${rights}`, ["rights"]);
    if (from === to) badInput("same-holder", `a transfer needs two different holders (both are ${from})`, ["to"]);
    const kinds = new Map((await register.db.selectFrom("holders").select(["id", "kind"]).where("id", "in", [from, to]).execute()).map((h) => [h.id, h.kind]));
    for (const [field, h] of [["from", from], ["to", to]] as const) if (!kinds.has(h)) refuseUnknownHolder(h, field);
    await refuseOnceEnded(register, "their certificates can no longer be transferred");
    const distribution = await readSetting<{ at: string }>(register, "distribution");
    if (!distribution || at < parseEventInstant(distribution.at)) {
      refuse("R-3-attached", "attached", `until the Rights Certificates are sent (${distribution ? distribution.at : "no distribution yet"}) the Rights transfer only with the shares (R-3-attached): use transfer`);
    }
    await refuseBeforeRecordedActs(register, at, "a transfer of Rights");
    const applied = await appliedScenario(register);
    const voidHolders = applied ? voidHoldersAt(applied, at) : new Set<string>();
    // R-7e: every Right an Acquiring Person (or its Affiliate or Associate) owns is void, and void in its transferee's hands too: none of a void Person's holder's Rights is registered to another, whatever its books show valid.
    if (voidHolders.has(from)) refuse("R-7e", "from-void-holder", `${from} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(at)}: its Rights are void and may not be transferred (R-7e)`);
    if (voidHolders.has(to)) {
      refuse("R-7e", "to-void-holder", `${to} holds for an Acquiring Person or its Affiliates or Associates as of ${formatNewYork(at)}: Rights it came to own would be void, and a Rights Certificate delivered for transfer to it is not registered (R-7e)`);
    }
    await books.load("rights", "void", "certificates");
    const valid = books.count(holderAccount(from), "rights");
    const voided = books.count(holderAccount(from), "void");
    if (rights > valid + voided) refuse("register", "more-than-held", `${from} holds ${countedText(valid + voided, "Right")} and cannot transfer ${countText(rights)}`);
    if (rights > valid) refuse("R-7e", "void-rights", `${countText(voided)} of ${from}'s Rights are void and may not be transferred (R-7e): it can transfer at most ${countText(valid)}`);
    books.post(at, [
      { account: holderAccount(from), asset: "rights", amount: -rights, memo: `R-3-separation: ${rights} Rights transferred to ${to}` },
      { account: holderAccount(to), asset: "rights", amount: rights, memo: `R-3-separation: ${rights} Rights transferred from ${from}` },
    ]);
    const surrendered = await retireCertificates(register, books, at, [from], "surrendered", `transfer of ${rights} Rights to ${to}`);
    const kept = { valid: valid - rights, void: voided };
    const wanted = [{ holder: to, form: formFor(kinds.get(to)!), rights, void: 0 }, ...(kept.valid + kept.void > 0 ? [{ holder: from, form: formFor(kinds.get(from)!), rights: kept.valid, void: kept.void }] : [])];
    const [certificate, remainder] = await issueCertificates(register, books, at, await rightsAgentOf(register), wanted);
    return { at: formatNewYork(at), from, to, rights, surrendered, certificate, remainder: remainder ?? null };
  });
}
