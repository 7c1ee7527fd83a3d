/** The metrics a sweep reports at each point, read from the answer and the dilution analysis. */
import type { Run } from "../../engine/evaluate.js";
import { answerOf, type Answer } from "../../engine/answer.js";
import { personId } from "../../engine/state.js";
import { InputError } from "../../errors.js";
import { dilutionOfState, primaryAcquirer, type DilutionKind, type DilutionOptions, type DilutionScenario } from "../dilution.js";
import type { MetricValue } from "./types.js";

/** One point of a sweep as the metrics read it: the engine's run, its answer and its dilution analyses. */
export interface PointView {
  readonly run: Run;
  /** The answer `evaluate` gives for this point (made when first read). */
  readonly answer: Answer;
  /** The dilution analysis of one kind at this point (numbers only), if it applies. */
  readonly dilution: (kind: DilutionKind) => DilutionScenario | undefined;
}

/**
 * A metric of a sweep. Metrics read the answer (the fields `evaluate --json` gives, with the
 * plan's derivative counting in every percentage, R-1d) and the dilution analysis; none
 * re-derives what these already say.
 */
export interface MetricDef {
  readonly name: string;
  readonly kind: "number" | "percent" | "money" | "instant" | "date" | "boolean" | "text";
  readonly description: string;
  readonly get: (point: PointView) => MetricValue;
}

/** A Person's Beneficial Ownership in the answer: the row, or a zero one for a named Person who owns nothing; undefined for an unknown id. */
export function ownershipOf({ run, answer }: PointView, id: string): { shares: number; percent: string } | undefined {
  if (run.state.personIndex[id] === undefined) return undefined;
  return answer.beneficialOwnership.find((o) => o.person === id) ?? { shares: 0, percent: "0" };
}

export function dilutionMetric(kind: "flip-in" | "exchange", field: "percentAfter" | "lossPercent"): MetricDef["get"] {
  return ({ dilution }) => dilution(kind)?.acquirer?.[field] ?? null;
}

export const METRICS: readonly MetricDef[] = [
  { name: "acquiringPersons", kind: "text", description: "the Acquiring Persons (R-1a), comma-separated", get: ({ answer }) => answer.acquiringPersons.join(",") },
  { name: "triggered", kind: "boolean", description: "whether a Section 11(a)(ii) Event occurred (R-11a-ii)", get: ({ answer }) => answer.flipIn !== null },
  { name: "stockAcquisitionDate", kind: "date", description: "the Stock Acquisition Date (R-1ff)", get: ({ answer }) => answer.stockAcquisitionDate },
  { name: "distributionDate", kind: "instant", description: "the Distribution Date, occurred or scheduled (R-3a)", get: ({ answer }) => answer.distributionDate },
  { name: "distributionDateProng", kind: "text", description: "3a-i or 3a-ii (R-3a)", get: ({ answer }) => answer.distributionDateProng },
  { name: "redemptionDeadline", kind: "instant", description: "the end of the redemption window (R-23)", get: ({ answer }) => answer.redemptionDeadline },
  { name: "status", kind: "text", description: "attached, separated, redeemed, exchanged or expired", get: ({ answer }) => answer.status },
  { name: "exercisable", kind: "boolean", description: "whether a valid Right can be exercised (R-7a)", get: ({ answer }) => answer.exercisable },
  { name: "redeemable", kind: "boolean", description: "whether the Board may still redeem (R-23)", get: ({ answer }) => answer.redeemable },
  { name: "exchangeAvailable", kind: "boolean", description: "whether the Board may exchange (R-24)", get: ({ answer }) => answer.exchangeAvailable },
  { name: "flipIn.currentMarketPrice", kind: "money", description: "the Current Market Price on the flip-in date (R-11d)", get: ({ answer }) => answer.flipIn?.currentMarketPrice ?? null },
  { name: "flipIn.sharesPerRight", kind: "number", description: "Adjustment Shares per Right (R-11a-ii)", get: ({ answer }) => answer.flipIn?.sharesPerRight ?? null },
  { name: "flipIn.spreadPerRight", kind: "money", description: "the Spread per Right (R-11a-iii)", get: ({ answer }) => answer.flipIn?.spreadPerRight ?? null },
  { name: "voidRights", kind: "number", description: "void Rights (R-7e)", get: ({ answer }) => answer.voidRights },
  { name: "rightsOutstanding", kind: "number", description: "Rights outstanding", get: ({ answer }) => answer.rightsOutstanding },
  { name: "sharesOutstanding", kind: "number", description: "shares of Common Stock outstanding", get: ({ answer }) => answer.sharesOutstanding },
  { name: "acquirerPercent", kind: "percent", description: "the primary Acquiring Person's Beneficial Ownership, % (R-1d)", get: (point) => { const p = primaryAcquirer(point.run.state); return p === null ? null : ownershipOf(point, personId(point.run.state, p))?.percent ?? null; } },
  { name: "acquirerPercentAfterExchange", kind: "percent", description: "the primary Acquiring Person's % after an exchange at the plan's ratio (R-24)", get: dilutionMetric("exchange", "percentAfter") },
  { name: "acquirerPercentAfterFlipIn", kind: "percent", description: "the primary Acquiring Person's % after full exercise of the valid Rights (R-11a-ii)", get: dilutionMetric("flip-in", "percentAfter") },
  { name: "acquirerLossPercent", kind: "percent", description: "the primary Acquiring Person's loss of value on a flip-in, % (value model)", get: dilutionMetric("flip-in", "lossPercent") },
  { name: "acquirerLossPercentExchange", kind: "percent", description: "the primary Acquiring Person's loss of value on an exchange, % (value model)", get: dilutionMetric("exchange", "lossPercent") },
  { name: "errors", kind: "number", description: "the number of errors", get: ({ answer }) => answer.errors.length },
];

/** `ownership.ID` (percent) and `shares.ID` name one Person's Beneficial Ownership. */
export function metricOf(name: string): MetricDef {
  const found = METRICS.find((m) => m.name === name);
  if (found) return found;
  const person = /^(ownership|shares)\.([a-z0-9-]+)$/.exec(name);
  if (person) {
    const [, what, id] = person;
    return what === "ownership"
      ? { name, kind: "percent", description: `${id}'s Beneficial Ownership, % (R-1d)`, get: (point) => ownershipOf(point, id)?.percent ?? null }
      : { name, kind: "number", description: `${id}'s Beneficial Ownership, shares (R-1d)`, get: (point) => ownershipOf(point, id)?.shares ?? null };
  }
  throw new InputError(`unknown metric "${name}": one of ${METRICS.map((m) => m.name).join(", ")}, ownership.ID or shares.ID`, []);
}

export const DEFAULT_METRICS = ["acquiringPersons", "stockAcquisitionDate", "distributionDate", "status", "exercisable", "flipIn.sharesPerRight", "acquirerPercentAfterExchange"];

/** The view of a run the metrics read: its answer and dilution analyses, each made once and only if read. */
export function pointView(run: Run, options: DilutionOptions): PointView {
  let answer: Answer | undefined;
  const dilutions = new Map<DilutionKind, DilutionScenario | undefined>();
  return {
    run,
    get answer() {
      return (answer ??= answerOf(run.state, run.asOf, run.errors));
    },
    dilution(kind) {
      if (!dilutions.has(kind)) dilutions.set(kind, dilutionOfState(run.state, run.asOf, options, undefined, { kinds: [kind], lite: true }).scenarios[0]);
      return dilutions.get(kind);
    },
  };
}
