/**
 * R-24 with R-3-attached, on the register: a partial exchange before the Distribution Date takes
 * the same portion of every holder's valid Rights, exactly (fractions of a Right included), and
 * leaves the rest attached to the shares: the Rights per share scale by (1 - portion), as a split
 * scales them (R-11p), and every share carries them, the exchange shares too (R-3-attached:
 * "including shares issued after the Record Date"), those in the trust included. The void Rights
 * on the shares of an Acquiring Person's circle are not exchanged (R-7e): they shrink alike and
 * end with nothing. No fraction of a Right is cashed here: `distribute` pays cash in lieu for
 * them. The engine reads the exchange the same way (src/agreement/exchange.ts).
 */
import Rational from "fraction.js";
import type { Dec } from "../numbers/decimal.js";
import { ACCOUNTS, holderOf, isHolderAccount } from "./accounts.js";
import type { Books, Line } from "./books.js";
import type { Register } from "./database.js";
import { voidHoldersAt, type AppliedScenario } from "./engineFacts.js";
import { holderAccounts } from "./positions.js";
import { rightsForShares } from "./rightsPerShare.js";
import { readSetting, writeSetting } from "./settings.js";
import { refuse } from "./problems.js";
import { countText } from "../numbers/readableText.js";
import { formatNewYork, parseEventInstant } from "../time/instant.js";

/** A partial exchange before the Distribution Date (recorded for the reconciliation with the engine). */
export interface AttachedExchangeRecord {
  readonly at: number;
  readonly portion: string;
  readonly rightsPerShareBefore: string;
  readonly rightsPerShareAfter: string;
}

export interface AttachedExchange {
  /** R-24, R-7e: the Rights exchanged from a holder: `portion` of its valid Rights on its shares, exactly. */
  take(account: string, books: Books): Rational;
  /** R-3-attached: after the exchange shares were posted, each holder's Rights become its shares x the new Rights per share. */
  keepAttached(books: Books): Promise<void>;
}

/**
 * R-24 with R-3-separation: the register's partial exchanges made with the Rights attached (no
 * Distribution Date it knew of) at or after the Distribution Date the facts now give: the engine
 * exchanges separated Rights there, while the register changed the Rights per share, so the Rights
 * cannot agree. The sentence saying so (for `apply` and the report), or undefined when there is none.
 */
export async function attachedAfterDistribution(register: Register, distributionDate: string | null): Promise<string | undefined> {
  if (!distributionDate) return undefined;
  const from = parseEventInstant(distributionDate);
  const late = ((await readSetting<AttachedExchangeRecord[]>(register, "attachedExchanges")) ?? []).filter((e) => e.at >= from);
  if (late.length === 0) return undefined;
  const which = late.map((e) => `${e.portion} of the valid Rights at ${formatNewYork(e.at)}`).join(" and ");
  return `the register exchanged ${which} with the Rights attached to the shares (it knew of no Distribution Date), at or after the Distribution Date the facts now give (${distributionDate}): there the engine exchanges separated Rights, while the register changed the Rights per share, so their Rights cannot agree (R-24, R-3-attached, R-3-separation); the exchange stands as made, for the Company to settle`;
}

/** The engine's void Rights (R-7e) just before the exchange and with it. */
export interface EngineVoid {
  readonly before: number;
  readonly after: number;
}

export async function attachedExchange(register: Register, applied: AppliedScenario, at: number, portion: Dec, engineVoid: EngineVoid): Promise<AttachedExchange> {
  const before = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  const taken = new Rational(portion.toString());
  const kept = new Rational(1).sub(taken);
  const after = new Rational(before).mul(kept).toFraction();
  const voidHolders = voidHoldersAt(applied, at);
  const isVoid = (account: string) => voidHolders.has(holderOf(account));
  return {
    take(account, books) {
      if (isVoid(account)) return new Rational(0);
      return new Rational(books.count(account, "shares")).mul(new Rational(before)).sub(books.count(account, "void")).mul(taken);
    },
    async keepAttached(books) {
      const accounts = holderAccounts(books);
      const voidOnRegister = () => accounts.reduce((sum, account) => sum + books.count(account, "void"), 0);
      const voidBefore = voidOnRegister();
      for (const account of accounts) {
        const lines = rescaled(account, books.count(account, "shares"), books.count(account, "rights"), books.count(account, "void"), isVoid(account));
        if (lines.length) books.post(at, lines);
      }
      await shrinkVoidOutside(voidBefore, voidOnRegister());
      const inTrust = rightsForShares(books.count(ACCOUNTS.trust, "shares"), after) - books.count(ACCOUNTS.trust, "rights");
      if (inTrust) books.post(at, [{ account: ACCOUNTS.trust, asset: "rights", amount: inTrust, memo: "R-3-attached: the exchange shares in trust carry their Rights" }, { account: ACCOUNTS.issuedOnExchange, asset: "rights", amount: -inTrust }]);
      const done = (await readSetting<AttachedExchangeRecord[]>(register, "attachedExchanges")) ?? [];
      await writeSetting(register, "attachedExchanges", [...done, { at, portion: portion.toString(), rightsPerShareBefore: before, rightsPerShareAfter: after }]);
      await writeSetting(register, "rightsPerShare", after);
    },
  };

  /**
   * R-7e with R-3-attached: the void Persons' Rights held outside the register (in street name) are on
   * shares too, and shrink with the Rights per share as the engine shrinks the Persons' Rights: the
   * engine's void Rights shrank from `engineVoid.before` to `.after` (whole Rights per Person), those
   * on the register from `onHolders` to `onHoldersAfter` (whole Rights per holder of record, void
   * Persons' and their transferees'); the rest of the shrink was outside. (Scaling the count held
   * outside by itself would take one floor for all the Persons where the engine takes one for each.)
   */
  async function shrinkVoidOutside(onHolders: number, onHoldersAfter: number): Promise<void> {
    const outside = (await readSetting<number>(register, "voidOutside")) ?? 0;
    if (outside === 0) return;
    await writeSetting(register, "voidOutside", outside - (engineVoid.before - engineVoid.after) + (onHolders - onHoldersAfter));
  }

  /**
   * One holder's Rights after the exchange: whole Rights on its shares at the new Rights per share,
   * its void ones scaled by (1 - portion); a void Person's holder's all void, unless it holds valid
   * ones too (more shares than the facts give the Person: apply warned), which scale alike.
   */
  function rescaled(account: string, shares: number, valid: number, voids: number, voidHolder: boolean): Line[] {
    const total = rightsForShares(shares, after);
    const voidAfter = voidHolder && valid === 0 ? total : Math.min(Number(kept.mul(voids).floor().n), total);
    const lines: Line[] = [];
    if (voids > voidAfter) lines.push({ account, asset: "void", amount: voidAfter - voids, memo: "R-24, R-7e: void Rights are not exchanged: they shrink with the Rights per share and end with nothing" }, { account: ACCOUNTS.expired, asset: "void", amount: voids - voidAfter });
    const more = total - voidAfter - valid;
    if (more) lines.push({ account, asset: "rights", amount: more, memo: `R-3-attached: the Rights on the holder's shares at ${after} Rights per share (the exchange shares' included; fractions of a Right are paid at the distribution, R-14)` }, { account: ACCOUNTS.issuedOnExchange, asset: "rights", amount: -more });
    return lines;
  }
}

/**
 * The Rights on exchange shares still in the trust (R-3-attached) belong to the holders the trust
 * holds them for, pro rata to their claims: until they claim them the register does not split
 * them into whole Rights by holder, so it refuses what needs that (Rights Certificates, a whole
 * exchange) and names the way out: each holder's claim, as a command to run.
 */
export async function refuseWhileRightsInTrust(books: Books, refused: string): Promise<void> {
  await books.load("rights", "trust-claims");
  const inTrust = books.count(ACCOUNTS.trust, "rights");
  if (inTrust === 0) return;
  const owed = books.accounts("trust-claims").filter(isHolderAccount).sort().map((account) => ({ holder: holderOf(account), shares: books.count(account, "trust-claims") }));
  const whose = owed.map((o) => `${o.holder} (${countText(o.shares)} shares)`).join(", ");
  const claims = owed.map((o) => `register claim --holder ${o.holder} --certify`).join("; ");
  refuse(
    "R-3-attached",
    "rights-in-trust",
    `the exchange trust holds ${countText(inTrust)} Rights on the shares it holds for ${whose} (a partial exchange before the Distribution Date, R-24; the Rights stay attached to those shares, R-3-attached): ${refused} needs them by holder, and the register gives them to a holder only with its shares. Have each claim its shares first (${claims}), certifying it is no Acquiring Person, Affiliate or Associate of one, or transferee of theirs (R-7e); then run this again. A holder the engine holds void cannot claim (R-7e): while its shares stay in the trust, so do their Rights, and this stays refused`,
  );
}
