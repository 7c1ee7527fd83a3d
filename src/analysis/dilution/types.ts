/** The dilution analysis's data: what it is asked (options) and what it answers, per party and per remedy. */
import type { AnswerError } from "../../engine/answer.js";

export type DilutionKind = "flip-in" | "exchange" | "flip-over";

export type PartyRole = "acquiring-person" | "void-rights" | "holder" | "public" | "principal-party";

export const PUBLIC_PARTY = "all other holders";

export const PRINCIPAL_PARTY_HOLDERS = "principal party's holders";

export const VALUE_MODEL =
  "P is the market price of the Common Stock (the latest close on or before the as-of date, or --price). Before, a share is worth P. " +
  "After: value per share = (shares before x P + cash paid on exercise - cash in lieu of fractions) / shares after; a party's value = its shares x that value per share; " +
  "its net change adds cash received in lieu of fractions (R-14) and subtracts cash paid on exercise. Rights carry no separate value. " +
  "Shares are those held of record (R-1d(i)); rights to acquire shares not yet outstanding are left out. " +
  "Where authorised Common Stock falls short (R-11a-iii) the rest is taken to be delivered as Common Stock equivalents of equal value (e.g. Units of Preferred), counted as shares.";

export interface DilutionOptions {
  /** R: the fraction of the valid Rights exercised under a flip-in or flip-over (default "1"). */
  readonly exerciseRate?: string;
  /** P of the value model; default: the latest close on or before the as-of date. */
  readonly price?: string;
  /** Shares of the Principal Party's common stock outstanding, to measure a flip-over's dilution of its holders. */
  readonly principalPartyShares?: number;
  /** Exchange ratio and portion; default: those of the scenario's exchange event, else the plan's ratio as adjusted and all Rights. */
  readonly exchangeRatio?: string;
  readonly exchangePortion?: string;
}

/** One step of a computation: what it is, the rule, the formula with its values, the result. */
export interface Explanation {
  readonly quantity: string;
  readonly rule: string;
  readonly formula: string;
  /** The result: a count (number) or an exact decimal; null when the formula says why there is none. */
  readonly value: string | number | null;
  /** What a decimal result measures, for its rendering: dollars, or a percentage; else a plain number. */
  readonly unit?: "dollars" | "percent";
}

export interface PartyRow {
  person: string;
  name?: string;
  role: PartyRole;
  rightsVoid: boolean;
  /** Rights held before (void ones included). */
  rights: number;
  /** Rights exercised or exchanged. */
  rightsUsed: number;
  sharesBefore: number | null;
  percentBefore: string | null;
  sharesAfter: number | null;
  percentAfter: string | null;
  /** Shares (or Principal Party shares) received, fractions dropped. */
  sharesReceived: number;
  fractionalShares: string;
  cashInLieu: string | null;
  cashPaid: string;
  valueBefore: string | null;
  valueAfter: string | null;
  netChange: string | null;
}

export interface AcquirerRow {
  person: string;
  /** The Persons whose holdings count as the acquirer's (its Affiliates, Associates and group, R-1b, R-1d). */
  members: string[];
  sharesBefore: number | null;
  percentBefore: string | null;
  sharesAfter: number | null;
  percentAfter: string | null;
  valueBefore: string | null;
  valueAfter: string | null;
  lossDollars: string | null;
  lossPercent: string | null;
}

export interface DilutionScenario {
  kind: DilutionKind;
  title: string;
  rules: string[];
  /** What the new shares are shares of. */
  security: "common" | "principal-party-common";
  perRight: { pay: string; receive: string };
  rightsUsed: number;
  /** New shares (and Common Stock equivalents, R-11a-iii) issued, fractions paid in cash. */
  newShares: number;
  /** Of `newShares`, those authorised Common Stock covers, and the equivalents beyond it. */
  newCommonShares: number;
  commonEquivalents: number;
  sharesBefore: number | null;
  sharesAfter: number | null;
  cashPaidToCompany: string;
  /** Cash paid on exercise, and to whom (the Company, or the Principal Party on a flip-over). */
  cashPaidOnExercise: string;
  cashPaidTo: "company" | "principal-party";
  cashInLieu: { fractionalShares: string; price: string | null; priceBasis: string; total: string | null };
  authorizedCommon: number | null;
  authorizedAvailable: number | null;
  /** null: no authorised number given, assumed to suffice (R-11a-iii). */
  authorizedSuffices: boolean | null;
  authorizedShortfall: number | null;
  /** R-11a-iii: value of the Adjustment Shares less the Purchase Price, owed per Right where shares fall short (flip-in only). */
  spreadPerRight: string | null;
  /** R-11a-iii where shares fall short: the Spread on every Right exercised, owed in value if no Adjustment Shares are delivered (the engine's entitlement: cash for nothing). */
  substituteValueOwed: string | null;
  valuePerShareBefore: string | null;
  valuePerShareAfter: string | null;
  acquirer: AcquirerRow | null;
  acquirerLossPercent: string | null;
  acquirerLossDollars: string | null;
  parties: PartyRow[];
  explain: Explanation[];
  notes: string[];
  /** When the scenario itself made this exchange: the engine's shares outstanding after it, for comparison. */
  check?: { engineSharesOutstanding: number; matches: boolean };
}

export interface DilutionAnalysis {
  asOf: string;
  /** The instant of the state analysed (before the first exchange, exercise or redemption of the scenario). */
  baseAsOf: string;
  base: string;
  planVersion: string;
  company: string;
  sharesOutstanding: number;
  /** R-1a's threshold in force, percent. */
  thresholdPercent: string;
  marketPrice: { price: string; basis: string } | null;
  exerciseRate: string;
  valueModel: string;
  scenarios: DilutionScenario[];
  notApplicable: { kind: DilutionKind; rule: string; reason: string }[];
  openQuestions: string[];
  errors: AnswerError[];
}
