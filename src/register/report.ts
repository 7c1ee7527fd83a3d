/**
 * `register report`: the control book summed for the Company and the Rights Agent, and the
 * reconciliation with the engine: the engine's answer for the same facts and the same Board
 * acts (redemption, exchange) must agree with the register's shares, Rights and void Rights.
 * Amounts are exact decimal strings, counts integers.
 */
import { ACCOUNTS, isHolderAccount } from "./accounts.js";
import type { Register } from "./database.js";
import { actsBefore, answerAt, appliedScenario, planAlone, recordedBefore, scenarioAnswer, voidExercisedAt, type AppliedScenario } from "./engineFacts.js";
import type { Answer } from "../engine/answer.js";
import { balanceOf, heldByHolders, ledgerOf, readControl, rightsLife, type Balances } from "./invariants.js";
import { readSetting } from "./settings.js";
import { verifyWith } from "./verify.js";
import { readInTurn } from "./command.js";
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import { rulingsOf, type Rulings } from "./apply.js";
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import Rational from "fraction.js";
import { exactRights } from "./rightsPerShare.js";
import { attachedAfterDistribution, type AttachedExchangeRecord } from "./attachedExchange.js";
import type { Ended } from "./rightsEnd.js";
import { doubleCounted } from "./commandsAsEvents.js";
import { sharesLineReason, sharesNotOnRegister } from "./unrecordedShares.js";
import { countedText, countText } from "../numbers/readableText.js";

export interface Reconciliation {
  /** What is compared (with the adjustments made to either side). */
  readonly check: string;
  readonly register: number | string;
  readonly engine: number | string;
  readonly agrees: boolean;
  /**
   * Why the register and the engine differ, when the register knows: a step the facts say happened
   * that it has yet to carry out, facts about the shares that differ from its positions, a
   * comparison that could not be made. Only on a line that disagrees; a line that disagrees without
   * one is a difference nothing explains.
   */
  readonly why?: string;
}

export interface RegisterReport {
  readonly holdersOfRecord: number;
  readonly sharesOutstanding: number;
  readonly rights: { issued: number; outstanding: number; valid: number; void: number; exercised: number; redeemed: number; exchanged: number; expired: number };
  readonly certificates: number;
  readonly certificatesOutstanding: number;
  readonly exercises: number;
  readonly cash: { purchasePriceReceived: string; redemptionPaid: string; cashInLieu: string };
  /** Shares delivered on exercise (the Company's Common and Preferred; after a Section 13 Event the Principal Party's common) and in exchange. */
  readonly sharesDelivered: { common: number; preferred: string; principalParty: number; exchange: number; inTrust: number };
  readonly distributionDate: string | null;
  /** The engine's rulings on the applied facts and the register's commands since (null before any scenario is applied). */
  readonly rulings: Rulings | null;
  readonly reconciled: boolean;
  readonly reconciliation: Reconciliation[];
  readonly audit: { entries: number; chainIntact: boolean; problems: string[] };
}

export function report(register: Register): Promise<RegisterReport> {
  return readInTurn(register, () => reportOf(register));
}

async function reportOf(register: Register): Promise<RegisterReport> {
  const b = await readControl(register);
  const life = rightsLife(ledgerOf(b));
  const holders = holdersOfRecord(b);
  const shares = heldByHolders(b, "shares").plus(balanceOf(b, ACCOUNTS.trust, "shares")).toNumber();
  const exercisedCommon = balanceOf(b, ACCOUNTS.issuedOnExercise, "shares").negated().toNumber();
  const count = await register.db.selectFrom("certificates").select((eb) => [eb.fn.countAll<number>().as("all")]).executeTakeFirstOrThrow();
  const outstanding = await register.db.selectFrom("certificates").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "outstanding").executeTakeFirstOrThrow();
  const exercises = await register.db.selectFrom("commands").select((eb) => eb.fn.countAll<number>().as("n")).where("name", "=", "exercise").executeTakeFirstOrThrow();
  const audit = await verifyWith(register, b);
  const valid = life.valid.toNumber();
  const voided = life.void.toNumber();
  const rights = {
    issued: life.issued.toNumber(),
    outstanding: valid + voided,
    valid,
    void: voided,
    exercised: life.exercised.toNumber(),
    redeemed: life.redeemed.toNumber(),
    exchanged: life.exchanged.toNumber(),
    expired: life.expired.toNumber(),
  };
  const exchangeShares = balanceOf(b, ACCOUNTS.issuedOnExchange, "shares").negated().toNumber();
  // R-7e: the void Rights that ended with the Rights (not those a partial exchange before the Distribution Date shrank, R-24 with R-3-attached, which the engine shrinks too).
  const ended = await readSetting<Ended>(register, "ended");
  const voidEnded = ended?.voidEnded ?? balanceOf(b, ACCOUNTS.expired, "void").toNumber();
  const sharesBeforeDeliveries = shares - exercisedCommon - exchangeShares;
  const fractional = await fractionalRights(register, sharesBeforeDeliveries, rights.issued);
  const attachedExchanges = await readSetting<readonly unknown[]>(register, "attachedExchanges");
  const attached = attachedExchanges ? { fractional: await fractionalRights(register, shares, rights.outstanding, true), rightsPerShare: (await readSetting<string>(register, "rightsPerShare")) ?? "1", exchangeShares } : undefined;
  const scenario = await appliedScenario(register);
  // The engine's answer on the applied facts as they stand at the register's clock (as apply judges them): the rulings, and the reconciliation's before any command is dated.
  const judged = scenario ? scenarioAnswer(scenario, await readSetting<number>(register, "clock")) : undefined;
  const reconciliation = await reconcile(register, scenario && judged ? { applied: scenario, answer: judged } : undefined, { shares: shares - exchangeShares, issued: rights.issued, fractional, outstanding: rights.outstanding, exercised: rights.exercised, void: voided, voidHolders: holdersOfVoidRights(b), voidEnded, voidHoldersEnded: ended?.voidHolders ?? 0, attached });
  return {
    holdersOfRecord: holders,
    sharesOutstanding: shares,
    rights,
    certificates: Number(count.all),
    certificatesOutstanding: Number(outstanding.n),
    exercises: Number(exercises.n),
    cash: {
      purchasePriceReceived: balanceOf(b, ACCOUNTS.purchasePrice, "cash").toString(),
      redemptionPaid: balanceOf(b, ACCOUNTS.redemption, "cash").negated().toString(),
      cashInLieu: balanceOf(b, ACCOUNTS.cashInLieu, "cash").negated().toString(),
    },
    sharesDelivered: {
      common: exercisedCommon,
      preferred: balanceOf(b, ACCOUNTS.issuedOnExercise, "preferred").negated().toString(),
      principalParty: balanceOf(b, ACCOUNTS.issuedOnExercise, "principal-party-common").negated().toNumber(),
      exchange: exchangeShares,
      inTrust: balanceOf(b, ACCOUNTS.trust, "shares").toNumber(),
    },
    distributionDate: (await readSetting<{ at: string }>(register, "distribution"))?.at ?? null,
    // The engine's rulings on the applied facts with the register's commands since, as `apply` would record them now: after the register's own redemption or exchange they say so, not what the last `apply` found before it.
    rulings: judged ? rulingsOf(judged) : null,
    reconciled: reconciliation.every((r) => r.agrees),
    reconciliation,
    audit: { entries: audit.entries, chainIntact: audit.chainIntact, problems: audit.problems },
  };
}

/** The holders of record holding void Rights (R-7e). */
function holdersOfVoidRights(b: Balances): number {
  return [...(b.get("void") ?? [])].filter(([account, v]) => isHolderAccount(account) && Number(v) > 0).length;
}

/** The holders of record of shares or of Rights: after the Distribution Date a holder that sold its shares still holds its Rights (R-3-separation). */
function holdersOfRecord(b: Balances): number {
  const holders = new Set<string>();
  for (const asset of ["shares", "rights", "void"] as const) for (const [account, v] of b.get(asset) ?? []) if (isHolderAccount(account) && Number(v) > 0) holders.add(account);
  return holders.size;
}

/** The Rights issued: the engine counts Rights on all the shares (R-11p); the register whole Rights per holder and the fractions in cash. */
function issuedRow(mine: RegisterTotals, engine: number): Reconciliation {
  if (mine.fractional.isZero()) return { check: "Rights issued", register: mine.issued, engine, agrees: mine.issued === engine };
  const register = mine.fractional.plus(mine.issued).floor().toNumber();
  return { check: `Rights issued, whole Rights of the total (${countText(mine.issued)} whole on the holders' positions and ${formatDecimal(mine.fractional)} in fractions paid in cash, R-14)`, register, engine, agrees: register === engine };
}

/**
 * the fractional Rights paid in cash at the distribution; before it, those the shares carry
 * beyond the whole Rights issued on them (the shares less those delivered on exercise and
 * exchange, which carry none), by one exact division: a sum of thirds is a whole number.
 */
async function fractionalRights(register: Register, shares: number, issued: number, current = false): Promise<Dec> {
  const distributed = await readSetting<{ at: string; fractionalRights?: string }>(register, "distribution");
  if (distributed) return dec(distributed.fractionalRights ?? 0);
  // R-24 with R-3-attached: the register's own partial exchanges before the Distribution Date changed the Rights per share; the facts alone did not.
  const exchanges = await readSetting<AttachedExchangeRecord[]>(register, "attachedExchanges");
  const rightsPerShare = !current && exchanges?.length ? exchanges[0].rightsPerShareBefore : ((await readSetting<string>(register, "rightsPerShare")) ?? "1");
  if (rightsPerShare === "1") return dec(0);
  return exactRights(shares, rightsPerShare).minus(issued);
}

/**
 * R-24 with R-3-attached: after the register's partial exchange before the Distribution Date the
 * Rights per share are the exchange's, so the Rights are reconciled with the engine's answer with
 * the register's own acts. The engine delivers the exchange shares to its Persons and the public
 * as a whole, the register to each holder of record (the fractions of a share differ), so the
 * Rights on the exchange shares are left out on both sides: before the Distribution Date the
 * Rights per share must agree; from it on, the Rights outstanding with the fractions of a Right
 * paid or owed in cash, less those the exchange shares carry.
 */
function rightsWithActsRow(mine: RegisterTotals, withActs: Answer, attached: AttachedTotals): Reconciliation {
  const ended = withActs.status === "redeemed" || withActs.status === "expired";
  if (ended) return { check: "Rights outstanding", register: mine.outstanding, engine: withActs.rightsOutstanding, agrees: mine.outstanding === withActs.rightsOutstanding };
  // after a whole exchange no valid Right is left; the engine still counts the void ones, which the register ended with nothing (compared in voidRow).
  if (withActs.status === "exchanged") {
    const [register, engine] = [mine.outstanding - mine.void, withActs.rightsOutstanding - withActs.voidRights];
    return { check: "valid Rights outstanding after the whole exchange (R-24)", register, engine, agrees: register === engine };
  }
  const rps = new Rational(attached.rightsPerShare);
  if (withActs.rightsPerShare !== null) {
    const register = formatDecimal(dec(rps.n.toString()).dividedBy(rps.d.toString()).toDecimalPlaces(12));
    return { check: "Rights per share after the register's partial exchange before the Distribution Date (R-24, R-3-attached, as R-11p)", register, engine: withActs.rightsPerShare, agrees: dec(register).eq(withActs.rightsPerShare) };
  }
  const onExchangeShares = (shares: number) => dec(rps.mul(shares).n.toString()).dividedBy(rps.mul(shares).d.toString());
  // The engine is not given the exercises (only the Common Stock they delivered): the Rights exercised are outstanding in its answer.
  const register = attached.fractional.plus(mine.outstanding).plus(mine.exercised).minus(onExchangeShares(attached.exchangeShares));
  const engine = dec(withActs.totals.fractionalRightsCashed).plus(withActs.rightsOutstanding).minus(onExchangeShares(Number(withActs.totals.exchangeShares)));
  return { check: "Rights outstanding with the fractions of a Right in cash (R-14), less those on the exchange shares, after the register's partial exchange before the Distribution Date (R-24, R-3-attached)", register: formatDecimal(register), engine: formatDecimal(engine), agrees: register.eq(engine) };
}

/** What the reconciliation needs after the register's own partial exchange before the Distribution Date (R-24, R-3-attached). */
interface AttachedTotals {
  /** The fractions of a Right on all the shares (those in trust too) at the Rights per share it left, or those paid at the distribution. */
  readonly fractional: Dec;
  readonly rightsPerShare: string;
  /** The exchange shares the register delivered. */
  readonly exchangeShares: number;
}

/**
 * R-7e: the register's void Rights against the engine's, less those the engine rules void that no
 * listed holder of record holds (`outside`), plus those a void Person's holders bought after the
 * distribution (`bought`: the engine is not given transfers of Rights), less those they exercised
 * (`exercised`: the engine is given the Common Stock delivered, not the exercise). The engine is
 * given the register's own acts too (`withActs`):
 * Rights a holder had exchanged before it became void are not void, nor are those a redemption
 * ended. After a whole exchange the engine still counts the void Rights, which the register
 * records as ended with nothing. A redemption or the Final Expiration Date ends every Right, the
 * void ones held outside the register and bought on it with the rest.
 */
function voidRow(mine: RegisterTotals, withActs: Answer, voidOutside: number, voidBought: number, voidExercised: number, rightsPerShare: string, exchanges: number): Reconciliation {
  const exchanged = withActs.status === "exchanged";
  const register = exchanged ? mine.void + mine.voidEnded : mine.void;
  // R-23, R-7a: once a redemption or the Final Expiration Date has ended the Rights the engine counts no void Right, so none is held outside the register, bought or exercised on it either.
  const ended = withActs.status === "redeemed" || withActs.status === "expired";
  const [outside, bought, exercised] = ended ? [0, 0, 0] : [voidOutside, voidBought, voidExercised];
  const engine = withActs.voidRights - outside + bought - exercised;
  const notes = [
    ...(outside ? [`less ${countText(outside)} held outside the register`] : []),
    ...(bought ? [`plus ${countText(bought)} its holders of record bought after the distribution, which the engine is not given (R-7e)`] : []),
    ...(exercised ? [`less ${countText(exercised)} the void Persons' own holders of record exercised, which the engine, given only the Common Stock delivered, still counts (R-7a)`] : []),
  ];
  const check = notes.length ? `void Rights (the engine's ${countText(withActs.voidRights)} ${notes.join(", ")})` : "void Rights";
  return { check, register, engine, agrees: register === engine, ...fractionsDropped(engine - register, exchanged ? mine.voidHolders + mine.voidHoldersEnded : mine.voidHolders, rightsPerShare, exchanges) };
}

/**
 * R-14 with R-11p and R-24: at a fraction of a Right a share, the engine counts whole Rights on each
 * Person's shares, the register on each holder of record's (as the certificates will state them),
 * so a void Person holding through several holders, or Rights shrunk again by a second exchange,
 * comes out a Right or so short on the register, never long: no more than one a holder for each
 * change of the Rights per share.
 */
function fractionsDropped(short: number, voidHolders: number, rightsPerShare: string, changes: number): { why: string } | Record<string, never> {
  const perShare = new Rational(rightsPerShare);
  if (short <= 0 || perShare.d === 1n || short > voidHolders * Math.max(1, changes)) return {};
  const said = /^[\d.]+$/.test(perShare.toString()) ? perShare.toString() : perShare.toFraction();
  return { why: `the engine counts whole void Rights on each Person's shares, the register on each holder of record's: at ${said} Rights a share the fractions of a Right on the ${countText(voidHolders)} holders of record holding void Rights are dropped holder by holder (R-14; void, they are paid nothing, R-7e), ${countedText(short, "Right")} in all` };
}

/** A line that disagrees and says no reason yet, with `why` (when there is one). */
function orBecause(r: Reconciliation, why: string): Reconciliation {
  return why && !r.agrees && !r.why ? { ...r, why } : r;
}

/**
 * The Rights the engine, not given the register's own acts, finds issued. Once the register's
 * redemption or whole exchange has ended the Rights, none are issued after it (R-23, R-24: the
 * Rights end), though the engine, not told of it, would attach Rights to shares issued later
 * (R-3-attached): the Rights issued are those it finds at that act, on the register's commands
 * recorded before it (an issue recorded after it at the same instant carries none).
 */
async function engineIssued(register: Register, applied: AppliedScenario, answer: Answer): Promise<number> {
  const ended = await readSetting<{ how: string; at: string }>(register, "ended");
  const endingAct = applied.acts.at(-1);
  if (!ended || ended.how === "expired" || !endingAct) return answer.rightsOutstanding;
  return answerAt(actsBefore(recordedBefore(applied, endingAct.command), 0), parseEventInstant(ended.at)).rightsOutstanding;
}

/**
 * The shares outstanding, and when they differ the scenario's events that changed them after the
 * register's positions were taken, which `apply` cannot record (it moves no position): the line says
 * why, as apply's warnings did (unrecordedShares.ts). Worked out only when they differ.
 */
async function sharesRow(register: Register, applied: AppliedScenario | undefined, check: string, mine: number, engine: number, until: number): Promise<{ row: Reconciliation; explained: boolean }> {
  const agrees = mine === engine;
  const reason = agrees || !applied ? "" : sharesLineReason(await sharesNotOnRegister(register, applied, doubleCounted(applied.scenario.events, [...applied.transfers, ...applied.issues]).twins, until));
  return { row: { check, register: mine, engine, agrees, ...(reason ? { why: reason } : {}) }, explained: reason !== "" };
}

/**
 * Why the register's Rights may differ from the engine's for now: R-X7, its clock is before the
 * Record Date's close of business; R-23, R-7a, the facts ended the
 * Rights and the register has not carried that out; R-3a, R-3-separation, the Distribution Date the
 * facts give has passed and the register has not sent the Rights Certificates (it counts the
 * Rights on the shares until it does); or, with no facts applied, the register sent them at an
 * instant of its own, which the engine, with no Distribution Date, does not know.
 */
async function pendingOnRegister(register: Register, answer: Answer, clock: number, withFacts: boolean): Promise<string | undefined> {
  if (answer.status === "not-issued") return `the register's clock (${formatNewYork(clock)}) is before the Record Date's close of business, and the engine counts no Right until then (R-X7); the register's shares carry the Rights their holders of record get at that close`;
  const ended = await readSetting(register, "ended");
  if (!ended && (answer.status === "redeemed" || answer.status === "expired")) return endedByFacts(answer);
  const sent = await readSetting<{ at: string }>(register, "distribution");
  if (!withFacts) return sent ? `no scenario applied: the engine has no Distribution Date, so it attaches Rights to shares issued after the register sent the Rights Certificates at ${sent.at} (R-3-separation); apply the facts` : undefined;
  const due = answer.distributionDate;
  if (!sent && !ended && due && parseEventInstant(due) <= clock) return `the Distribution Date the facts give (${due}) has passed and the register has not sent the Rights Certificates (register distribute): until it does it counts the Rights on the shares, new ones too (R-3-separation)`;
  const late = due ? await rightsAttachedFrom(register, parseEventInstant(due)) : 0;
  if (late) return `the register attached ${countedText(late, "Right")} to new shares it issued at or after the Distribution Date the facts now give (${due}), when it knew of none before them; the engine gives such shares none (R-3-separation)`;
  return undefined;
}

/** The Rights the register attached to new shares it issued at or after `from` (R-3-attached, as it then read the facts). */
async function rightsAttachedFrom(register: Register, from: number): Promise<number> {
  const issues = await register.db.selectFrom("commands").select("result").where("name", "=", "issue").where("at", ">=", from).execute();
  return issues.map((c) => JSON.parse(c.result) as { rights: number; attached: boolean }).reduce((sum, r) => sum + (r.attached ? r.rights : 0), 0);
}

/** R-23, R-7a: why the register still holds Rights the engine finds ended by the facts (the Board's redemption in the scenario, the Final Expiration Date). */
function endedByFacts(answer: Answer): string {
  const redeemed = answer.status === "redeemed";
  const at = [...answer.trace].reverse().find((f) => f.rule === (redeemed ? "R-23" : "R-7a"))?.at;
  const when = at ? ` at ${at}` : "";
  return redeemed
    ? `the engine counts the Rights redeemed by the facts${when}, which the register has not paid yet (register redeem pays the valid ones; the void ones end with nothing, R-7e)`
    : `the engine counts the Rights expired at the Final Expiration Date${when}, which the register records at its next command (R-7a; register apply with the same facts records it now)`;
}

interface RegisterTotals {
  /** Shares outstanding less those the register delivered in exchange (the Board's acts, which the reconciled answer does not hold). */
  readonly shares: number;
  readonly issued: number;
  /** the fractional Rights paid in cash at the distribution (or owed before it), which the engine counts with the whole ones. */
  readonly fractional: Dec;
  readonly outstanding: number;
  /** Rights exercised: the engine is not given the exercises, only the Common Stock they delivered. */
  readonly exercised: number;
  /** Rights marked void now. */
  readonly void: number;
  /** The holders of record holding void Rights now. */
  readonly voidHolders: number;
  /** Void Rights that ended with the Rights (a redemption, a whole exchange, the Final Expiration Date). */
  readonly voidEnded: number;
  /** The holders of record whose void Rights ended with the Rights. */
  readonly voidHoldersEnded: number;
  /** R-24 with R-3-attached: after the register's own partial exchange before the Distribution Date, the Rights are reconciled with the engine's answer with the register's acts. */
  readonly attached?: AttachedTotals;
}

/**
 * The engine's answer for the applied scenario as of the register's clock, without the register's
 * own acts, beside the register's totals less those acts; and each redemption or exchange the
 * register carried out, which the engine must allow at its instant given the acts before it.
 * With no scenario applied, the engine's answer for the plan with no events but the register's
 * (planAlone): "reconciled" never stands for a comparison that was not made.
 */
async function reconcile(register: Register, scenario: { applied: AppliedScenario; answer: Answer } | undefined, mine: RegisterTotals): Promise<Reconciliation[]> {
  const applied = scenario?.applied ?? (await planAlone(register, mine.shares));
  const row = (check: string, reg: number | string, eng: number | string): Reconciliation => ({ check, register: reg, engine: eng, agrees: String(reg) === String(eng) });
  // No scenario and no shares: the plan has no Rights outstanding, nor has the register.
  if (!applied) {
    const shares = row("shares outstanding (no scenario applied, no shares on the register before its issues: no Rights outstanding)", mine.shares, 0);
    return [shares.agrees ? shares : { ...shares, why: "every share on the register came from its own issues: the engine evaluates the plan on the shares outstanding before them, and there were none; apply a scenario with the Company's shares" }];
  }
  const clock = (await readSetting<number>(register, "clock")) ?? 0;
  // No command dated yet (imports only): the engine's answer as of its own default, the Record Date's close of business (R-X7: the Rights exist from then).
  const answer = clock ? answerAt(actsBefore(applied, 0), clock) : (scenario?.answer ?? scenarioAnswer(applied));
  const withActs = applied.acts.length ? answerAt(applied, clock) : answer;
  const ended = answer.status === "redeemed" || answer.status === "expired";
  const facts = scenario ? "" : ": no scenario applied, the engine's answer for the plan with no events but the register's issues of shares";
  const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  // R-11p: splits since the Record Date (an OCF export's) are history the plan with no events does not hold: the Rights are not compared, and the report says so.
  const rights = !scenario && rightsPerShare !== "1"
    ? { ...row("Rights per share (R-11p)", rightsPerShare, "1"), why: "the register's follow the OCF export's splits since the Record Date, which the engine is not given without a scenario; the Rights were not compared: apply a scenario with the Company's history" }
    : mine.attached ? rightsWithActsRow(mine, withActs, mine.attached) : ended ? row("Rights outstanding", mine.outstanding, answer.rightsOutstanding) : issuedRow(mine, await engineIssued(register, applied, answer));
  const shares = await sharesRow(register, scenario?.applied, `shares outstanding (less shares delivered in exchange${facts})`, mine.shares, answer.sharesOutstanding, clock || Infinity);
  // Why the Rights lines may differ: the engine's Rights follow the scenario's shares (R-11p, R-3-attached, R-1a-repurchase) when those differ; else the register
  // has yet to carry out what the facts say happened, or went ahead without them.
  const pending = shares.explained ? "the engine counts them on the scenario's shares, which differ (see the shares line)" : ((await pendingOnRegister(register, answer, clock, scenario !== undefined)) ?? "");
  const explained = (r: Reconciliation): Reconciliation => (pending && !r.agrees ? { ...r, why: pending } : r);
  // An engine that stopped at an error gives the figures it reached before it: that is why a line differs, unless it says another reason.
  const stopped = answer.errors[0] ? `the engine stopped at an error in the facts with the register's commands (the engine's evaluation line): its figures are those it reached before it` : "";
  const orStopped = (r: Reconciliation): Reconciliation => orBecause(r, stopped);
  // R-24 with R-3-separation: the register's partial exchange made as if the Rights were attached, after the Distribution Date the facts now give.
  const misdated = mine.attached ? ((await attachedAfterDistribution(register, answer.distributionDate)) ?? "") : "";
  return [
    orStopped(shares.row),
    orStopped(orBecause(explained(rights), misdated)),
    orStopped(explained(voidRow(mine, withActs, (await readSetting<number>(register, "voidOutside")) ?? 0, (await readSetting<number>(register, "voidBought")) ?? 0, voidExercisedAt(applied, clock), rightsPerShare, (await readSetting<readonly unknown[]>(register, "attachedExchanges"))?.length ?? 0))),
    ...applied.acts.map(({ command, event }) => {
      const error = answerAt(actsBefore(applied, command), parseEventInstant(event.at), [event]).errors[0];
      const check = row(`the ${event.type} at ${event.at} is allowed (${event.type === "redeem" ? "R-23" : "R-24"})`, "done", error ? "refused" : "done");
      return error ? { ...check, why: `the engine refuses it on the facts and the register's acts before it: ${error.message}` } : check;
    }),
    ...(answer.errors.length ? [{ ...row("the engine's evaluation", "no error", "error"), why: answer.errors[0].message }] : []),
  ];
}
