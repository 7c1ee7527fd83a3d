/**
 * `register transfer`: shares move from one holder of record to another. Before the
 * Distribution Date the Rights move with them (R-3-attached): an Acquiring Person's shares carry
 * only void Rights, which stay void in a transferee's hands (R-7e); any other holder (a transferee
 * holding valid and void Rights) parts with its valid Rights first, as the engine reads R-7e; and
 * valid Rights bought by a holder already void become void (R-7e: "any Rights beneficially owned").
 * After it, the Rights are evidenced by their own certificates and the shares move alone
 * (R-3-separation).
 */
import { ACCOUNTS, holderAccount } from "./accounts.js";
import type { Line } from "./books.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { badInput, refuse, type Result, refuseUnknownHolder, type Warned } from "./problems.js";
import { readSetting } from "./settings.js";
import { rightsArriving, rightsLeaving } from "./rightsPerShare.js";
import { RIGHTS_LEGEND, rightsAttachedAt, sharesCreditMemo } from "./attached.js";
import { refuseAttachedMoveBeforeRecordedActs } from "./timeOrder.js";
import { voidingLines } from "./voiding.js";
import { appliedScenario, exactStateAt, refuseOnceMergedAway, voidHoldersIn, type AppliedScenario } from "./engineFacts.js";
import { heldForOnePerson, transferAsEvents } from "./commandsAsEvents.js";
import { fewestSharesFrom } from "./positions.js";
import { voidAsFactsNowStand } from "./apply.js";
import { formatNewYork } from "../time/instant.js";
import { countText, countedText } from "../numbers/readableText.js";
import Fraction from "fraction.js";

/** A transfer from a nominee a Person lists to another of that Person's holders of record: its own shares leaving street name. */
function ownSharesFromNominee(applied: AppliedScenario, from: string, to: string): boolean {
  return applied.nominees.has(from) && heldForOnePerson(applied.personHolders, from, to);
}

export interface TransferOptions {
  readonly from: string;
  readonly to: string;
  readonly shares: number;
  readonly at?: number;
  readonly key?: string;
}

export interface TransferResult extends Warned {
  readonly from: string;
  readonly to: string;
  readonly shares: number;
  readonly rights: number;
  readonly voidRights: number;
  /** R-7e: the valid Rights that became void on arriving, the transferee holding for an Acquiring Person or its Affiliates or Associates. */
  readonly voidOnArrival: number;
  /**
   * R-11p: while a share carries a fraction of a Right, the Rights the shares carry, exactly ("2/3", "1 1/3"); `rights` and
   * `voidRights` are then the whole Rights the transferor's position lost and `rightsReceived` those the transferee's gained.
   * Null when a share carries whole Rights (or none).
   */
  readonly rightsCarried: string | null;
  readonly rightsReceived: number;
  /** R-3-attached: the legend on the transferee's new certificate or statement while the Rights are attached, else null. */
  readonly legend: string | null;
}

/**
 * R-3-attached: the Rights move with the shares, valid ones first. After a split (R-11p) a
 * holder's whole Rights are its shares x Rights per share, rounded down: the transferee's whole
 * Rights can be one more than the transferor gives (fractions joined into a Right, issued) or one
 * fewer (a Right broken into fractions, back to the issuer); the difference is valid Rights unless
 * only void ones moved.
 */
function attachedRightsMove(from: string, to: string, rights: number, voidRights: number, joined: number): Line[] {
  const joinedAsset = rights === 0 && voidRights > 0 ? "void" : "rights";
  const lines: Line[] = [];
  for (const [asset, n] of [["rights", rights], ["void", voidRights]] as const) {
    const arriving = n + (asset === joinedAsset ? joined : 0);
    if (n) lines.push({ account: holderAccount(from), asset, amount: -n, memo: "R-3-attached: the Rights move with the shares" });
    if (arriving) lines.push({ account: holderAccount(to), asset, amount: arriving });
    if (arriving !== n) lines.push({ account: ACCOUNTS.issuer, asset, amount: n - arriving, memo: "R-11p, R-14: fractional Rights joined into a whole Right, or a whole Right broken into fractions" });
  }
  return lines;
}

export async function transfer(register: Register, options: TransferOptions): Promise<Result<TransferResult>> {
  const { from, to, shares } = options;
  return runCommand(register, { name: "transfer", key: options.key, at: options.at, dated: true, args: { from, to, shares } }, async ({ books, at }) => {
    if (!Number.isSafeInteger(shares) || shares <= 0) badInput("bad-shares", `--shares must be a positive whole number of shares, not ${shares}`, ["shares"]);
    if (from === to) badInput("same-holder", `a transfer needs two different holders (both are ${from})`, ["to"]);
    const known = new Set((await register.db.selectFrom("holders").select("id").where("id", "in", [from, to]).execute()).map((h) => h.id));
    for (const [field, h] of [["from", from], ["to", to]] as const) if (!known.has(h)) refuseUnknownHolder(h, field);
    await refuseAttachedMoveBeforeRecordedActs(register, at, "a transfer");
    await books.load("shares", "rights", "void");
    const held = books.count(holderAccount(from), "shares");
    const fewest = await fewestSharesFrom(register, books, holderAccount(from), at);
    if (shares > fewest) {
      if (fewest === held) refuse("register", "not-enough-shares", `${from} holds ${countedText(held, "share")} of record and cannot transfer ${countText(shares)}`);
      refuse("R-T5", "not-enough-shares", `${from} holds ${countedText(fewest, "share")} of record at ${formatNewYork(at)} or later, given the moves recorded after that instant, and cannot transfer ${countText(shares)} dated then: events apply in time order`);
    }
    const applied = await appliedScenario(register);
    // The engine's state at the transfer, worked out once: a merger the Company did not survive, the holders whose Rights are void (R-7e).
    const state = applied ? exactStateAt(applied, at) : undefined;
    if (state) refuseOnceMergedAway(state, `its shares no longer move (${shares} from ${from} to ${to})`);
    const attached = await rightsAttachedAt(register, at);
    const lines: Line[] = [
      { account: holderAccount(from), asset: "shares", amount: -shares, memo: `transfer to ${to}` },
      { account: holderAccount(to), asset: "shares", amount: shares, memo: sharesCreditMemo(`transfer from ${from}`, attached) },
    ];
    let rights = 0;
    let voidRights = 0;
    let voidOnArrival = 0;
    let rightsCarried: string | null = null;
    let rightsReceived = 0;
    // R-24 with R-3-attached: a partial exchange before the Distribution Date leaves the Rights attached (attachedExchange.ts).
    if (attached) {
      const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
      const received = books.count(holderAccount(to), "shares");
      const given = rightsLeaving(held, shares, rightsPerShare);
      const taken = rightsArriving(received, shares, rightsPerShare);
      const voidHeld = books.count(holderAccount(from), "void");
      // R-1d, R-7e: a Person taking its own shares out of a nominee's position (Cede & Co.'s) that holds them among others' takes its own void Rights with them.
      voidRights = applied && ownSharesFromNominee(applied, from, to) ? Math.min(given, voidHeld) : Math.min(Math.max(0, given - books.count(holderAccount(from), "rights")), voidHeld);
      rights = given - voidRights;
      lines.push(...attachedRightsMove(from, to, rights, voidRights, taken - given));
      const arrivingValid = rights + (rights === 0 && voidRights > 0 ? 0 : taken - given);
      rightsReceived = taken;
      const carried = new Fraction(rightsPerShare).mul(shares);
      if (new Fraction(rightsPerShare).d !== 1n) rightsCarried = carried.toFraction(true);
      if (arrivingValid > 0 && applied && state && voidHoldersIn(applied, state).has(to)) {
        lines.push(...voidingLines(holderAccount(to), arrivingValid, "R-7e: Rights bought by an Acquiring Person or its Affiliates or Associates are void"));
        voidOnArrival = arrivingValid;
      }
    }
    books.post(at, lines);
    const warnings = applied ? await voidAsFactsNowStand(register, books, at, applied, { transfers: transferAsEvents(formatNewYork(at), { from, to, shares }, applied.personHolders, applied.nominees) }) : [];
    return { from, to, shares, rights, voidRights, voidOnArrival, rightsCarried, rightsReceived, legend: attached ? RIGHTS_LEGEND : null, ...(warnings.length ? { warnings } : {}) };
  });
}

