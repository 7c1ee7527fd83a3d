/**
 * The standard form of rights agreements of the era (rights-plan.md, the "[standard form]"
 * rules): the value a plan file takes for a term its text does not give, with the rule that
 * says so. Some terms have no standard form (a price, a name): those get a placeholder that
 * says it is one. A few defaults follow from terms the text does give (the expiry from the
 * plan's date, the 13(d) exception from a Qualified Offer).
 */
import { isIsoDate } from "../time/isoDate.js";
import type { TermName } from "../terms/schema.js";

export interface Default {
  readonly value: unknown;
  /** Why this value: the standard-form rule, or that it is a placeholder. */
  readonly reason: string;
  /** A placeholder stands in for a term that has no standard form; the plan works but says what it does not know. */
  readonly placeholder?: boolean;
}

/** The terms a default may follow from. */
export interface Known {
  readonly agreementDate: string;
  readonly recordDate?: string;
  readonly qualifiedOffer?: boolean;
  readonly nolPlan?: boolean;
}

/** The same day ten years later (February 28 for a February 29 that does not recur). */
function tenYearsAfter(date: string): string {
  const [y, m, d] = date.split("-");
  const same = `${Number(y) + 10}-${m}-${d}`;
  return isIsoDate(same) ? same : `${Number(y) + 10}-${m}-28`;
}

/** The default of each term, given what the text does say. */
export function standardForm(known: Known): { [K in TermName]: Default } {
  const std = (value: unknown, rule: string): Default => ({ value, reason: `standard-form default (${rule})` });
  const placeholder = (value: unknown, what: string): Default => ({ value, reason: `no standard form; placeholder ${what}`, placeholder: true });
  return {
    company: placeholder("(issuer not named in the text)", "name"),
    rightsAgent: placeholder("(rights agent not named in the text)", "name"),
    agreementDate: { value: known.agreementDate, reason: "taken from the Record Date" },
    recordDate: { value: known.recordDate ?? known.agreementDate, reason: "taken as the plan's date" },
    finalExpiration: { value: { date: tenYearsAfter(known.agreementDate), time: "17:00" }, reason: "standard-form default: ten years after the plan's date, 5:00 P.M. New York time (R-7a, R-T1)" },
    unitDescription: std("one one-thousandth of a share of Series A Junior Participating Preferred Stock", "R-9"),
    unitFraction: std("0.001", "R-9"),
    unitsPerRight: std("1", "R-7a"),
    purchasePrice: placeholder("1", "$1 (set the price before relying on exercise values)"),
    acquiringPersonThresholdPercent: known.nolPlan ? std("4.99", "R-1a, for a plan protecting tax benefits under Section 382") : std("15", "R-1a"),
    passiveInvestorThresholdPercent: std(null, "R-1a: no separate passive-investor threshold"),
    grandfatherDate: { value: known.agreementDate, reason: "standard-form default: the plan's date (R-1a-grandfather)" },
    grandfatheredPersons: std([], "R-1a-grandfather: no named holder"),
    exemptPersons: std([], "R-1a: the Company, its Subsidiaries and employee benefit plans only"),
    inadvertenceDivestBusinessDays: std(10, "R-1a-inadvertent"),
    stockAcquisitionDateExceptions: std([], "R-1ff"),
    distributionDaysAfterStockAcquisition: std(10, "R-3a(i)"),
    distributionBusinessDaysAfterTenderOffer: std(10, "R-3a(ii)"),
    distributionTenderOfferProng: std("any-offer", "R-3a(ii)"),
    qualifiedOffer: std(false, "R-11a-ii: no qualified-offer exception"),
    qualifiedTransaction: std(null, "R-11a-ii: no Qualified Transaction"),
    flipInMultiple: std("2", "R-11a-ii"),
    flipOverMultiple: std("2", "R-13"),
    section13dExceptions: known.qualifiedOffer
      ? { value: ["qualified-offer"], reason: "standard-form default for a plan with a Qualified Offer (R-13d)" }
      : std([], "R-13d"),
    redemptionPrice: std("0.01", "R-23"),
    redemptionDaysAfterStockAcquisition: std(10, "R-23"),
    exchangeRatio: std("1", "R-24"),
    exchangeBarPercent: std("50", "R-24"),
    currentMarketPriceTradingDays: std(30, "R-11d"),
    liquidationPlanVotingCarveOut: std(false, "R-1d"),
    derivativeCounting: std("numerator-only", "R-1d"),
    closeOfBusinessTime: std("17:00", "R-T1"),
    extraBankClosings: std([], "R-T3"),
    preferredReserved: placeholder(0, "0 (the engine does not use it)"),
  };
}
