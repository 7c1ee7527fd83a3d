/**
 * `register distribute`: at close of business on the Distribution Date (the engine's, unless
 * `--at`) a Rights Certificate, or a book-entry statement for DRS and Cede positions, goes to
 * each holder of record, numbered and countersigned by the Rights Agent (R-3-separation);
 * certificates of void Rights carry the R-7e legend; fractional Rights are paid in cash (R-14).
 */
import { dec, decimalArgument, type Dec } from "../numbers/decimal.js";
import { parseCommandInstant, parseEventInstant, formatNewYork, newYorkInstant } from "../time/instant.js";
import { isIsoDate } from "../time/isoDate.js";
import { termsInForce } from "../terms/inForce.js";
import { ACCOUNTS, cents, holderAccount } from "./accounts.js";
import { issueCertificates, type NewCertificate } from "./certificates.js";
import { selectRows } from "./bulk.js";
import { inChunks, runCommand, type Progress } from "./command.js";
import type { Register } from "./database.js";
import { answerAt, appliedScenario, registerPlan, rightsAgentOf, scenarioAnswer } from "./engineFacts.js";
import { positionsAsOf, type Position } from "./positions.js";
import { badInput, refuse, RegisterFailure, type Result } from "./problems.js";
import { exactRights } from "./rightsPerShare.js";
import { refuseWhileRightsInTrust } from "./attachedExchange.js";
import { refuseBeforeRecordedActs } from "./timeOrder.js";
import { voidAsFactsReached } from "./apply.js";
import { readSetting, writeSetting } from "./settings.js";
import { refuseEndedByFacts, refuseOnceEnded } from "./rightsEnd.js";

export interface DistributeOptions {
  /** The record instant (ms); default the engine's Distribution Date. */
  readonly at?: number;
  /** The record instant given as a day (YYYY-MM-DD): close of business on it under the register's plan (R-T1). */
  readonly closeOfBusinessOn?: string;
  /** R-14: the market value of one whole Right, to pay fractional Rights in cash. */
  readonly rightValue?: string;
  readonly key?: string;
  readonly onProgress?: Progress;
}

export interface DistributeResult {
  readonly at: string;
  readonly certificates: number;
  readonly statements: number;
  readonly firstNumber: number | null;
  readonly lastNumber: number | null;
  readonly rights: number;
  readonly voidRights: number;
  readonly legended: number;
  readonly cashInLieu: string;
  /** What the distribution had to take on trust: no engine ruling on the Distribution Date, when no scenario was applied. */
  readonly warnings: readonly string[];
}

/** The instant of the distribution already recorded under `key`, if any. */
async function keyedDistributionAt(register: Register, key: string | undefined): Promise<number | undefined> {
  if (key === undefined) return undefined;
  const done = await register.db.selectFrom("commands").select("at").where("key", "=", key).where("name", "=", "distribute").executeTakeFirst();
  return done ? Number(done.at) : undefined;
}

/** R-14: the value of a whole Right is a price in dollars; any other text is bad input naming `rightValue`. */
export function checkRightValue(rightValue: string): void {
  if (!/^\d+(\.\d+)?$/.test(rightValue)) badInput("bad-right-value", `--right-value must be a price in dollars, such as 0.30, not "${rightValue}"`, ["rightValue"]);
}

export async function distribute(register: Register, options: DistributeOptions = {}): Promise<Result<DistributeResult>> {
  let at: number;
  try {
    // Without --at, a retry under the key of a distribution already done is that distribution, at its instant, whatever Distribution Date later facts give (runCommand replays it).
    at = options.at ?? (options.closeOfBusinessOn !== undefined ? await closeOfBusinessUnderPlan(register, options.closeOfBusinessOn) : ((await keyedDistributionAt(register, options.key)) ?? (await distributionDate(register))));
  } catch (e) {
    if (e instanceof RegisterFailure) return { ok: false, problem: e.problem };
    throw e;
  }
  return runCommand(register, { name: "distribute", key: options.key, at, args: { at: formatNewYork(at), rightValue: options.rightValue === undefined ? null : decimalArgument(options.rightValue) } }, async ({ books }) => {
    if (options.rightValue !== undefined) checkRightValue(options.rightValue);
    const done = await readSetting<{ at: string }>(register, "distribution");
    if (done) refuse("R-3-separation", "already-distributed", `the Rights Certificates were already sent to the holders of record at ${done.at}`);
    await refuseOnceEnded(register, "there are no Rights to send certificates for");
    // R-T5: the positions at an earlier instant are rebuilt from the moves since (positionsAsOf); a Board act on the Rights since (an exchange) is not undone.
    await refuseBeforeRecordedActs(register, at, "the distribution");
    const applied = await appliedScenario(register);
    if (applied) {
      const answer = answerAt(applied, at);
      if (!answer.distributionDate || parseEventInstant(answer.distributionDate) > at) {
        refuse("R-3a", "before-distribution-date", `no Distribution Date has occurred by ${formatNewYork(at)}${answer.distributionDate ? ` (it will be ${answer.distributionDate})` : ""}: the Rights still trade with the shares (R-3-attached)`);
      }
      refuseEndedByFacts(answer, at, "there are no Rights to send certificates for (the engine keeps the Distribution Date the Rights would have had)");
    }
    // R-7e: the void Rights as the facts stand at the distribution, whose certificates carry the legend.
    const voidWarnings = applied ? await voidAsFactsReached(register, books, at, applied) : [];
    const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
    await books.load("shares", "rights", "void", "cash", "certificates"); // every book it posts to, in one read
    await refuseWhileRightsInTrust(books, "sending the Rights Certificates");
    const positions = (await positionsAsOf(register, books, at)).filter((p) => p.rights + p.void > 0 || p.shares > 0);
    // Only the holders of certificated shares are looked up: every other gets a book-entry statement (formFor).
    const certificated = new Set((await selectRows(register, register.db.selectFrom("holders").select("id").where("kind", "=", "certificate").compile())).map(([id]) => id as string));
    // With one Right per share (the plan's own ratio, before any split) no holder is owed a fraction.
    const fractions = rightsPerShare === "1" ? [] : positions.map((p) => exactRights(p.shares, rightsPerShare).minus(p.rights + p.void));
    if (fractions.some((f) => f.gt(0)) && options.rightValue === undefined) {
      refuse("R-14", "right-value-needed", "some holders are owed fractional Rights, paid in cash at the same fraction of a whole Right's market value (R-14): give that value with --right-value");
    }
    await books.load("cash");
    let cash = dec(0);
    fractions.forEach((fraction, i) => {
      if (!fraction.gt(0)) return;
      const p = positions[i];
      const owed = cents(fraction.times(options.rightValue!));
      cash = cash.plus(owed);
      books.post(at, [
        { account: ACCOUNTS.cashInLieu, asset: "cash", amount: owed.negated() },
        { account: holderAccount(p.holder), asset: "cash", amount: owed, memo: `R-14: cash in lieu of ${fraction.toString()} of a Right` },
      ]);
    });
    const wanted = positions.filter((p) => p.rights + p.void > 0).map((p): NewCertificate => ({ holder: p.holder, form: certificated.has(p.holder) ? "certificate" : "statement", rights: p.rights, void: p.void }));
    const agent = await rightsAgentOf(register);
    const numbers: number[] = [];
    await inChunks(books, wanted, options.onProgress, async (chunk) => {
      numbers.push(...(await issueCertificates(register, books, at, agent, chunk)));
    });
    // R-14: the fractional Rights paid in cash, which the engine's count of Rights still holds.
    await writeSetting(register, "distribution", { at: formatNewYork(at), fractionalRights: fractionsOf(positions, rightsPerShare).toString() });
    const paper = wanted.filter((w) => w.form === "certificate").length;
    return {
      at: formatNewYork(at),
      certificates: paper,
      statements: wanted.length - paper,
      firstNumber: numbers[0] ?? null,
      lastNumber: numbers[numbers.length - 1] ?? null,
      rights: wanted.reduce((s, w) => s + w.rights, 0),
      voidRights: wanted.reduce((s, w) => s + w.void, 0),
      legended: wanted.filter((w) => w.void > 0).length,
      cashInLieu: cash.toString(),
      warnings: applied ? voidWarnings : [`no scenario has been applied (register apply SCENARIO): the engine has not ruled that a Distribution Date occurred by ${formatNewYork(at)} (R-3a), nor on who is an Acquiring Person (R-7e), so no Right was found void; the certificates went out at the instant given`],
    };
  });
}

/** R-14: the fractional Rights of all the positions together, by one exact division (a sum of thirds is a whole number). */
function fractionsOf(positions: readonly Position[], rightsPerShare: string): Dec {
  if (rightsPerShare === "1") return dec(0);
  return exactRights(positions.reduce((sum, p) => sum + p.shares, 0), rightsPerShare).minus(positions.reduce((sum, p) => sum + p.rights + p.void, 0));
}

/** `--at` of a distribution: a day is close of business on it under the register's plan (closeOfBusinessUnderPlan); a date-time is that instant, read by `parse`. */
export function distributionAt(text: string, parse: (text: string) => number = parseCommandInstant): Pick<DistributeOptions, "at" | "closeOfBusinessOn"> {
  return isIsoDate(text) ? { closeOfBusinessOn: text } : { at: parse(text) };
}

/**
 * R-T1, R-3-separation: the certificates go to the holders of record "at the close of business on
 * the Distribution Date": a day given as the record instant is that day at the plan's close of
 * business (its closeOfBusinessTime as in force that day, not the seed's 5:00 P.M.). The day is
 * taken as given, a Saturday too (then before a Monday's Distribution Date, and refused), as a
 * date alone always meant that day at 5:00 P.M.
 */
async function closeOfBusinessUnderPlan(register: Register, date: string): Promise<number> {
  return newYorkInstant(date, termsInForce(await registerPlan(register), newYorkInstant(date, "00:00")).values.closeOfBusinessTime);
}

/** The Distribution Date the engine finds on the facts applied with the register's commands since. */
async function distributionDate(register: Register): Promise<number> {
  const applied = await appliedScenario(register);
  if (!applied) refuse("R-3a", "no-scenario", "distribute needs the Distribution Date the engine finds: apply a scenario first, or give --at");
  // The facts as they stand now: the scenario applied and the register's commands since (a transfer may have made an Acquiring Person).
  const answer = scenarioAnswer(applied, await readSetting<number>(register, "clock"));
  if (!answer.distributionDate) refuse("R-3a", "no-distribution-date", `the engine found no Distribution Date as of ${answer.asOf}: the Rights still trade with the shares (R-3-attached)`);
  return parseEventInstant(answer.distributionDate);
}
