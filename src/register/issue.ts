/**
 * `register issue`: the Company issues new shares of Common Stock to a holder of record (an
 * offering, a stock award, an option exercised). The engine is asked first: the issue is one of
 * its events, and it refuses one the plan does not allow (R-11a-iii: more shares than are
 * authorised and unissued).
 * - R-3-attached: until the Distribution Date a Right is attached to each share outstanding,
 *   "including shares issued after the Record Date": the new shares carry their Rights.
 * - R-3-separation: "Shares issued after the Distribution Date get Rights only where the Board so
 *   decides or for options and employee plans": with `withRights` the holder gets those Rights
 *   and a Rights certificate (or statement) for them, numbered and countersigned; without it the
 *   shares come alone.
 */
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, holderAccount } from "./accounts.js";
import type { Line } from "./books.js";
import { formFor, issueCertificates } from "./certificates.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { appliedScenario, answerAt, refuseOnEngineError, rightsAgentOf } from "./engineFacts.js";
import { issueEvent } from "./commandsAsEvents.js";
import { badInput, type Result, refuseUnknownHolder, type Warned } from "./problems.js";
import { readSetting } from "./settings.js";
import { rightsArriving, rightsForShares } from "./rightsPerShare.js";
import { RIGHTS_LEGEND, rightsAttachedAt, sharesCreditMemo } from "./attached.js";
import { refuseAttachedMoveBeforeRecordedActs } from "./timeOrder.js";
import { refuseOnceEnded } from "./rightsEnd.js";
import { isVoidHolderAt, voidingLines } from "./voiding.js";
import { voidAsFactsNowStand } from "./apply.js";
import { countText } from "../numbers/readableText.js";

export interface IssueOptions {
  readonly holder: string;
  readonly shares: number;
  /** After the Distribution Date: the Board issues Rights with the shares (R-3-separation). */
  readonly withRights?: boolean;
  readonly at?: number;
  readonly key?: string;
}

export interface IssueResult extends Warned {
  readonly at: string;
  readonly holder: string;
  readonly shares: number;
  /** Rights issued with the shares: attached to them (R-3-attached) or on their own certificate. */
  readonly rights: number;
  readonly attached: boolean;
  /** The Rights certificate or statement issued for them after the Distribution Date. */
  readonly certificate: number | null;
  /** R-3-attached: the legend on the new shares' certificate or statement while the Rights are attached, else null. */
  readonly legend: string | null;
}

export async function issueShares(register: Register, options: IssueOptions): Promise<Result<IssueResult>> {
  const { holder, shares } = options;
  const withRights = options.withRights ?? false;
  return runCommand(register, { name: "issue", key: options.key, at: options.at, dated: true, args: { holder, shares, withRights } }, async ({ books, at }) => {
    if (!Number.isSafeInteger(shares) || shares <= 0) badInput("bad-shares", `--shares must be a positive whole number of shares, not ${shares}`, ["shares"]);
    const known = await register.db.selectFrom("holders").select(["id", "kind"]).where("id", "=", holder).executeTakeFirst();
    if (!known) refuseUnknownHolder(holder, "holder", ": import it first");
    await refuseAttachedMoveBeforeRecordedActs(register, at, "an issue of new shares");
    if (withRights) await refuseOnceEnded(register, "no Rights can be issued with new shares");
    const applied = await appliedScenario(register);
    const event = applied ? issueEvent(formatNewYork(at), { holder, shares, withRights }, applied.personHolders, applied.nominees) : undefined;
    const engine = applied && event ? answerAt(applied, at, [event]) : undefined;
    if (engine) refuseOnEngineError(engine, `the Company cannot issue ${countText(shares)} shares`);
    await books.load("shares", "rights", "void");
    const account = holderAccount(holder);
    // R-3-attached as the engine reads the instant: at the very instant of the Distribution Date the Rights separate before the shares are issued (a time's transition comes before the events at it), and it gives no Rights per share once they trade apart.
    const attached = (await rightsAttachedAt(register, at)) && engine?.rightsPerShare !== null;
    const lines: Line[] = [
      { account: ACCOUNTS.issuer, asset: "shares", amount: -shares },
      { account, asset: "shares", amount: shares, memo: sharesCreditMemo(`issue of ${shares} new shares`, attached) },
    ];
    const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
    const held = books.count(account, "shares");
    const rights = attached ? rightsArriving(held, shares, rightsPerShare) : withRights ? rightsForShares(shares, rightsPerShare) : 0;
    // R-7e: Rights the Company issues to an Acquiring Person (or its Affiliates or Associates)
    // after the Section 11(a)(ii) Event are beneficially owned by it, so void from the start.
    const isVoid = rights > 0 && isVoidHolderAt(applied, holder, at);
    if (rights) {
      const memo = attached ? "R-3-attached: a Right attached to each new share" : "R-3-separation: the Board issues Rights with the new shares";
      lines.push({ account: ACCOUNTS.issuer, asset: "rights", amount: -rights }, { account, asset: "rights", amount: rights, memo });
      if (isVoid) lines.push(...voidingLines(account, rights, "R-7e: Rights issued to an Acquiring Person or its Affiliates or Associates are void"));
    }
    books.post(at, lines);
    const certificate = rights && !attached ? (await issueCertificates(register, books, at, await rightsAgentOf(register), [{ holder, form: formFor(known.kind), rights: isVoid ? 0 : rights, void: isVoid ? rights : 0 }]))[0] : null;
    const warnings = applied && event ? await voidAsFactsNowStand(register, books, at, applied, { issues: [event] }) : [];
    return { holder, shares, rights, attached, certificate, legend: attached ? RIGHTS_LEGEND : null, at: formatNewYork(at), ...(warnings.length ? { warnings } : {}) };
  });
}
