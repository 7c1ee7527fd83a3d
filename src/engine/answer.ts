/**
 * The `evaluate --json` answer (scenario-format.md): the state of the Rights as of an instant,
 * with the trace that explains it and the errors that stopped it.
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkDateOf, type Instant } from "../time/instant.js";
import { denominatorFor, ownedPercent } from "../agreement/acquiringPerson.js";
import { distributionDate } from "../agreement/distributionDate.js";
import { entitlementPerRight, isExercisable, type Security } from "../agreement/exercise.js";
import { isExchangeAvailable } from "../agreement/exchange.js";
import { spreadPerRight } from "../agreement/flipIn.js";
import { isRedeemable, redemptionDeadline } from "../agreement/redemption.js";
import { rightsExistAt, rightsOf, rightsOutstanding, voidRights } from "../agreement/voidRights.js";
import { personId, type AnswerStatus, type State } from "./state.js";
import type { AnswerWarning } from "./warnings.js";
import type { Finding } from "./trace.js";

export interface AnswerError {
  /** The 0-based index of the event in the file's `events` list; null for the scenario as a whole. */
  readonly event: number | null;
  readonly rule: string;
  readonly section?: string;
  readonly field?: string;
  readonly message: string;
}

/** A finding of the trace: rule, section, instant, event and values. */
export type AnswerFinding = Finding;

export interface Answer {
  asOf: string;
  plan: string;
  planVersion: string;
  sharesOutstanding: number;
  rightsOutstanding: number;
  /** Rights per share while they trade with the shares; null once they trade apart (R-X6). */
  rightsPerShare: string | null;
  acquiringPersons: string[];
  beneficialOwnership: { person: string; shares: number; percent: string }[];
  stockAcquisitionDate: string | null;
  distributionDate: string | null;
  distributionDateProng: "3a-i" | "3a-ii" | null;
  status: AnswerStatus;
  exercisable: boolean;
  redeemable: boolean;
  redemptionDeadline: string;
  exchangeAvailable: boolean;
  flipIn: { at: string; currentMarketPrice: string; sharesPerRight: string; authorizedShortfall: number | null; spreadPerRight: string } | null;
  flipOver: { at: string; principalPartyPrice: string; sharesPerRight: string } | null;
  voidRights: number;
  entitlementPerRight: { pay: string; receive: { security: Security; quantity: string }[] } | null;
  rightsByHolder: { person: string; rights: number; void: boolean }[] | null;
  totals: Record<string, string | number>;
  /** Every finding, in order; made when first read (see withTraceOnRead), then an ordinary array. */
  trace: AnswerFinding[];
  errors: AnswerError[];
  /** What the answer relies on but did not check, or had to assume (R-X10, R-X13); [] when none. */
  warnings: AnswerWarning[];
}

/** The answer for `state` as of `asOf`. */
export function answerOf(state: State, asOf: Instant, errors: AnswerError[]): Answer {
  const dd = distributionDate(state);
  const entitlement = entitlementPerRight(state);
  const named = state.persons.map((_, p) => p);
  const issued = rightsIssued(state, asOf);
  const answer: Answer = {
    asOf: formatNewYork(asOf),
    plan: state.plan.id,
    planVersion: state.terms.version,
    sharesOutstanding: state.sharesOutstanding,
    rightsOutstanding: issued ? rightsOutstanding(state) : 0,
    rightsPerShare: state.distributed ? null : formatDecimal(rightsPerShareDecimal(state)),
    acquiringPersons: [...state.acquiring.keys()].sort((a, b) => a - b).map((p) => personId(state, p)),
    beneficialOwnership: named
      .filter((p) => state.ownership.ownedOf(p) > 0)
      .map((p) => ({ person: personId(state, p), shares: state.ownership.ownedOf(p), percent: ownedPercent(state, p), ...(denominatorFor(state, p) !== state.sharesOutstanding ? { denominator: denominatorFor(state, p) } : {}) })),
    stockAcquisitionDate: state.stockAcquisition?.date ?? null,
    distributionDate: dd ? formatNewYork(dd.at) : null,
    distributionDateProng: dd?.prong ?? null,
    status: issued ? state.status : "not-issued",
    exercisable: isExercisable(state, asOf),
    redeemable: isRedeemable(state, asOf),
    redemptionDeadline: formatNewYork(redemptionDeadline(state)),
    exchangeAvailable: issued && isExchangeAvailable(state),
    flipIn: state.flipIn
      ? {
          at: state.flipIn.date,
          currentMarketPrice: formatDecimal(state.flipIn.currentMarketPrice),
          sharesPerRight: formatDecimal(state.flipIn.sharesPerRight),
          authorizedShortfall: state.flipIn.authorizedShortfall ?? null,
          spreadPerRight: formatDecimal(spreadPerRight(state)),
        }
      : null,
    flipOver: state.flipOver
      ? { at: newYorkDateOf(state.flipOver.at), principalPartyPrice: formatDecimal(state.flipOver.principalPartyPrice), sharesPerRight: formatDecimal(state.flipOver.sharesPerRight) }
      : null,
    // R-X7: before the Record Date no Right is outstanding, so none is void (R-7e voids Rights outstanding).
    voidRights: issued ? voidRights(state) : 0,
    entitlementPerRight: entitlement && {
      pay: formatDecimal(entitlement.pay),
      receive: entitlement.receive.map((r) => ({ security: r.security, quantity: formatDecimal(r.quantity) })),
    },
    rightsByHolder: state.ledger
      ? [
          ...named.filter((p) => rightsOf(state, p) > 0).map((p) => ({ person: personId(state, p), rights: rightsOf(state, p), void: state.voidHolders.has(p) })),
          { person: "public", rights: state.ledger.publicRights, void: false },
        ]
      : null,
    totals: {
      exercisePayments: formatDecimal(state.totals.exercisePayments),
      preferredIssued: formatDecimal(state.totals.preferredIssued),
      commonIssuedOnExercise: state.totals.commonIssuedOnExercise,
      exchangeShares: state.totals.exchangeShares,
      principalPartyShares: formatDecimal(state.totals.principalPartyShares),
      cashInLieu: formatDecimal(state.totals.cashInLieu),
      redemptionPaid: formatDecimal(state.totals.redemptionPaid),
      fractionalSharesCashed: formatDecimal(state.totals.fractionalSharesCashed),
      fractionalRightsCashed: formatDecimal(state.totals.fractionalRightsCashed),
      fractionalPreferredCashed: formatDecimal(state.totals.fractionalPreferredCashed),
      spreadPaid: formatDecimal(state.totals.spreadPaid),
    },
    trace: [],
    errors,
    warnings: state.warnings,
  };
  return withTraceOnRead(answer, state);
}

/**
 * The answer's `trace` is an enumerable property like the others (JSON, structuredClone and
 * spreading read it) whose findings are made from the engine's trace when first read: a million
 * routine findings are not built for a caller that reads only the Distribution Date. Once read,
 * it is an ordinary array property.
 */
function withTraceOnRead(answer: Answer, { trace }: State): Answer {
  const count = trace.length;
  const settle = (findings: AnswerFinding[]) => Object.defineProperty(answer, "trace", { value: findings, enumerable: true, writable: true, configurable: true });
  return Object.defineProperty(answer, "trace", {
    enumerable: true,
    configurable: true,
    get: () => settle(trace.findings(count)).trace,
    set: settle,
  });
}

/** R-X7: the Rights exist from the Record Date's close of business; before it no Right is outstanding. */
function rightsIssued(state: State, asOf: Instant): boolean {
  return state.status !== "attached" || rightsExistAt(state, asOf);
}

/** Rights per share as an exact decimal (R-11p makes it a ratio of share counts). */
export function rightsPerShareDecimal(state: State): Dec {
  return dec(state.rightsPerShare.n.toString()).dividedBy(state.rightsPerShare.d.toString());
}
