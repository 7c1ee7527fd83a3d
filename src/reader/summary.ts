/**
 * The summary of a reading: the analyst's fields, from the terms in force after every amendment
 * read. Null where no file states the term; a boolean is true or false only where a text says so.
 */
import { dec } from "../numbers/decimal.js";
import { termsInForceOf, type Reading } from "./read.js";

export interface ReadingSummary {
  issuer: string | null;
  planDate: string | null;
  recordDate: string | null;
  rightsAgent: string | null;
  acquiringPersonThresholdPercent: string | null;
  passiveInvestorThresholdPercent: string | null;
  purchasePrice: string | null;
  /** Shares of the preferred one Right buys ("0.001"). */
  unitsPerRight: string | null;
  security: string | null;
  flipInMultiple: string | null;
  redemptionPrice: string | null;
  finalExpirationDate: string | null;
  distributionDaysAfterAnnouncement: number | null;
  distributionBusinessDaysAfterTenderOffer: number | null;
  exchangeRatio: string | null;
  qualifiedOfferClause: boolean | null;
  nolPlan: boolean | null;
}

export function summaryOf(reading: Reading): ReadingSummary {
  const t = termsInForceOf(reading);
  const v = <T>(found: { value: unknown } | undefined): T | null => (found ? (found.value as T) : null);
  const fraction = v<string>(t.unitFraction);
  return {
    issuer: v(t.company),
    planDate: v(t.agreementDate),
    recordDate: v(t.recordDate),
    rightsAgent: v(t.rightsAgent),
    acquiringPersonThresholdPercent: v(t.acquiringPersonThresholdPercent),
    passiveInvestorThresholdPercent: v(t.passiveInvestorThresholdPercent),
    purchasePrice: v(t.purchasePrice),
    unitsPerRight: fraction === null ? null : dec(fraction).times(v<string>(t.unitsPerRight) ?? "1").toString(),
    security: v(t.security),
    flipInMultiple: v(t.flipInMultiple),
    redemptionPrice: v(t.redemptionPrice),
    finalExpirationDate: v<{ date: string }>(t.finalExpiration)?.date ?? null,
    distributionDaysAfterAnnouncement: v(t.distributionDaysAfterStockAcquisition),
    distributionBusinessDaysAfterTenderOffer: v(t.distributionBusinessDaysAfterTenderOffer),
    exchangeRatio: v(t.exchangeRatio),
    qualifiedOfferClause: v(t.qualifiedOffer),
    nolPlan: v(t.nolPlan),
  };
}
