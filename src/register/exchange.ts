/**
 * `register exchange`: the Board exchanges all or a portion of the valid Rights for shares of
 * Common Stock, as the engine allows at that instant (after a Person became an Acquiring
 * Person, before one owns 50%). Each holder of record gets the exchange shares for its valid
 * Rights, whole shares with cash for fractions; void Rights get nothing (R-7e). With
 * `--trust` the shares go to a trust that holds them for the holders until they claim them. A
 * partial exchange before the Distribution Date takes exactly that portion of each holder's valid
 * Rights and leaves the rest attached to the shares at the scaled Rights per share
 * (attachedExchange.ts, R-3-attached).
 */
import { dec, decimalArgument, formatDecimal } from "../numbers/decimal.js";
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS, cents, holderOf } from "./accounts.js";
import { restateCertificates } from "./certificates.js";
import type { Line } from "./books.js";
import { inChunks, runCommand, type Progress } from "./command.js";
import type { Register } from "./database.js";
import { answerAt, exactStateAt, marketPriceForFractions, refuseOnEngineError, requireScenario, rightsAgentOf, factsInstant, voidHeldAt, withActRecorded, type AppliedScenario } from "./engineFacts.js";
import { holderAccounts } from "./positions.js";
import { endRights } from "./rightsEnd.js";
import { badInput, refuse, type Result, type Warned } from "./problems.js";
import { readSetting } from "./settings.js";
import type { Dec } from "../numbers/decimal.js";
import { refuseBeforeRecordedActs, refuseBeforeRecordedRightsMoves } from "./timeOrder.js";
import Rational from "fraction.js";
import { rightsAttachedAt } from "./attached.js";
import { voidAsFactsNowStand, voidAtTheBoardsAct } from "./apply.js";
import { attachedExchange, refuseWhileRightsInTrust, type EngineVoid } from "./attachedExchange.js";

export interface ExchangeOptions {
  /** The portion of each holder's valid Rights, from 0 (exclusive) to 1; default 1. */
  readonly portion?: string;
  /** Deposit the exchange shares in a trust for the holders (as Selectica did in 2009). */
  readonly trust?: boolean;
  readonly at?: number;
  readonly key?: string;
  readonly onProgress?: Progress;
}

export interface ExchangeResult extends Warned {
  readonly at: string;
  readonly portion: string;
  readonly ratio: string;
  readonly holders: number;
  readonly rights: number;
  readonly shares: number;
  readonly cashInLieu: string;
  readonly inTrust: boolean;
  /** R-24 after the distribution: how many certificates or statements were restated for the Rights left (a partial exchange). */
  readonly restated: number;
  /**
   * A partial exchange after the distribution: the portion of the valid Rights exactly ("4200000.5"); each holder's part is
   * rounded down to whole Rights (R-14: no fractional Rights), so `rights` may be less. Otherwise `rights` (a whole exchange;
   * before the distribution the exact portion is taken, a fraction of a share paid in cash).
   */
  readonly portionOfRights: string;
}

/** R-24 "all or part": the portion is a decimal above 0 and at most 1; any other text is bad input naming `portion`. */
export function checkPortion(portionText: string): void {
  if (!/^(0?\.\d+|1(\.0*)?|0)$/.test(portionText) || dec(portionText).lte(0)) badInput("bad-portion", `--portion must be a decimal above 0 and at most 1, not ${portionText}`, ["portion"]);
}

export async function exchange(register: Register, options: ExchangeOptions = {}): Promise<Result<ExchangeResult>> {
  const portionText = options.portion ?? "1";
  return runCommand(register, { name: "exchange", key: options.key, at: options.at, dated: true, args: { portion: decimalArgument(portionText), trust: options.trust ?? false } }, async ({ books, at }) => {
    await refuseBeforeRecordedActs(register, at, "an exchange");
    await refuseBeforeRecordedRightsMoves(register, at, "an exchange");
    checkPortion(portionText);
    const ended = await readSetting<{ how: string; at: string }>(register, "ended");
    if (ended) refuse("R-24", "ended", `the Rights already ended (${ended.how} at ${ended.at}): there is nothing to exchange`);
    const applied = await requireScenario(register, "an exchange", "R-24");
    const act = { at: formatNewYork(at), type: "exchange" as const, portion: portionText };
    // The Board's exchange the scenario records, if this one carries it out, given to the engine once, as this one.
    const recorded = withActRecorded(applied, act);
    const answer = answerAt(recorded, at);
    refuseOnEngineError(answer, "the Board cannot exchange the Rights");
    // R-7e: the void Rights as the facts stand at the exchange, which takes only valid ones.
    const warnings = await voidAtTheBoardsAct(register, books, at, applied);
    const ratio = exchangeRatioOf(answer.trace);
    const portion = dec(portionText);
    await books.load("rights", "void", "shares", "cash", "trust-claims");
    if (portion.eq(1)) await refuseWhileRightsInTrust(books, "a whole exchange");
    const price = { value: undefined as Dec | undefined };
    const cmp = () => (price.value ??= marketPriceForFractions(exactStateAt(applied, at), at));
    // R-24 with R-3-attached: a partial exchange before the Distribution Date leaves the Rights attached to the shares.
    const attached = portion.lt(1) && (await rightsAttachedAt(register, at)) ? await attachedExchange(register, applied, at, portion, await engineVoidAround(register, applied, recorded, at)) : undefined;
    // R-3-separation: after the Distribution Date a partial exchange takes whole Rights as the holders' certificates state them: those must have been sent.
    if (portion.lt(1) && !attached && (await readSetting(register, "distribution")) === undefined) {
      refuse("R-3-separation", "not-distributed", `the Distribution Date the facts give (${answer.distributionDate}) has passed by ${formatNewYork(at)}: a partial exchange takes whole Rights as the Rights Certificates state them, and they have not been sent yet: run distribute first`);
    }
    let holders = 0;
    let rights = 0;
    let shares = 0;
    let cash = dec(0);
    // The whole valid Rights a partial exchange after the distribution took its portion of.
    let wholeSeen = 0;
    const portionOf = wholePart(portion);
    const sharesOf = exchangeShares(ratio);
    // R-24 after the distribution: the holders whose Rights a partial exchange took get certificates restated for the Rights left.
    const restating = portion.lt(1) && !attached;
    const restated = new Set<string>();
    await inChunks(books, holderAccounts(books), options.onProgress, (accounts) => {
      for (const account of accounts) exchangeFor(account);
    });
    function exchangeFor(account: string): void {
      // After the Distribution Date (or in a whole exchange) whole Rights, in plain numbers; before it, exactly the portion of the Rights attached.
      const exactTake = attached?.take(account, books);
      if (!exactTake) wholeSeen += books.count(account, "rights");
      const take = exactTake ? Number(exactTake.floor().n) : portionOf(books.count(account, "rights"));
      const { whole, fraction } = sharesOf(exactTake ?? take);
      const lines: Line[] = [];
      if (take > 0) {
        lines.push({ account, asset: "rights", amount: -take, memo: `R-24: ${take} Rights exchanged at ${ratio.toString()} share(s) each` }, { account: ACCOUNTS.exchanged, asset: "rights", amount: take });
        if (restating) restated.add(holderOf(account));
      }
      if (whole > 0) {
        lines.push({ account: options.trust ? ACCOUNTS.trust : account, asset: "shares", amount: whole }, { account: ACCOUNTS.issuedOnExchange, asset: "shares", amount: -whole });
        if (options.trust) lines.push({ account, asset: "trust-claims", amount: whole, memo: "exchange shares held in trust" }, { account: ACCOUNTS.trust, asset: "trust-claims", amount: -whole });
      }
      if (fraction.gt(0)) {
        const owed = cents(fraction.times(cmp()));
        cash = cash.plus(owed);
        lines.push({ account: ACCOUNTS.cashInLieu, asset: "cash", amount: owed.negated() }, { account, asset: "cash", amount: owed, memo: `R-14: cash in lieu of ${fraction.toString()} shares` });
      }
      if (lines.length === 0) return;
      books.post(at, lines);
      holders++;
      rights += take;
      shares += whole;
    }
    if (attached) await attached.keepAttached(books);
    if (portion.eq(1)) await endRights(register, books, at, "exchanged");
    // R-7e: an exchange dated before the register's clock took the Rights as they stood then (voidAsFactsReached); those left are void as the facts stand now.
    const clock = (await readSetting<number>(register, "clock")) ?? 0;
    if (portion.lt(1) && at < clock) warnings.push(...(await voidAsFactsNowStand(register, books, clock, recorded, {})));
    const restatedNumbers = restating ? await restateCertificates(register, books, at, await rightsAgentOf(register), restated, `R-24: ${portion.toString()} of the valid Rights exchanged; restated for the Rights left`) : [];
    const portionOfRights = portion.eq(1) || attached ? String(rights) : formatDecimal(portion.times(wholeSeen));
    return { at: formatNewYork(at), portion: portion.toString(), ratio: ratio.toString(), holders, rights, shares, cashInLieu: cash.toString(), inTrust: options.trust ?? false, restated: restatedNumbers.length, portionOfRights, ...(warnings.length ? { warnings } : {}) };
  });
}

/**
 * R-7e: the engine's void Rights without the exchange and with it, as of the register's clock (the
 * instant the void Rights held outside the register were last worked out, as the report compares
 * them) or the exchange's, whichever is later: an exchange dated before facts already applied
 * shrinks the Rights those facts then move. Both on `recorded`: without the Board's exchange the scenario records
 * when this one carries it out (it is given to the engine once, as the register's); both as the
 * register holds them void (voidHeldAt): a redemption the facts record and the register has not
 * paid, or the Final Expiration Date they run past, does not make them none.
 */
async function engineVoidAround(register: Register, applied: AppliedScenario, recorded: AppliedScenario, at: number): Promise<EngineVoid> {
  const judgedAt = await factsInstant(register, at);
  return { before: voidHeldAt({ ...recorded, acts: applied.acts }, judgedAt), after: voidHeldAt(recorded, judgedAt) };
}

/**
 * the exchange shares for a number of Rights at `ratio`: whole shares, and the fraction
 * of one paid in cash. Whole Rights in plain integers (the common case, per holder of record);
 * an exact fraction of Rights (a partial exchange before the Distribution Date) as a rational.
 */
function exchangeShares(ratio: Dec): (rights: number | Rational) => { whole: number; fraction: Dec } {
  const sharesFor = wholePart(ratio);
  const exactRatio = new Rational(ratio.toString());
  const none = dec(0);
  return (rights) => {
    if (typeof rights === "number") {
      const whole = sharesFor(rights);
      return { whole, fraction: ratio.isInteger() ? none : ratio.times(rights).minus(whole) };
    }
    const exact = rights.mul(exactRatio);
    const whole = Number(exact.floor().n);
    return { whole, fraction: dec(exact.n.toString()).dividedBy(exact.d.toString()).minus(whole) };
  };
}

/**
 * x -> floor(factor x) for whole counts x, exactly: in integers when the factor is a fraction n/d
 * whose products stay below 2^53 (a portion such as 0.5, a ratio such as 1), else in decimals.
 */
function wholePart(factor: Dec): (count: number) => number {
  const [n, d] = factor.toFraction().map((v) => v.toNumber());
  return (count) => {
    const product = count * n;
    return Number.isSafeInteger(product) && Number.isSafeInteger(d) ? (product - (product % d)) / d : factor.times(count).floor().toNumber();
  };
}

/** The ratio the engine applied, from its R-24 finding. */
function exchangeRatioOf(trace: readonly { rule: string; values?: Readonly<Record<string, unknown>> }[]): Dec {
  const finding = [...trace].reverse().find((f) => f.rule === "R-24" && f.values?.ratio !== undefined);
  if (!finding) throw new Error("internal error: the engine's exchange finding names no ratio");
  return dec(String(finding.values!.ratio));
}
