/**
 * The sentences of a plan's description, each with the terms it states. The wording follows the
 * descriptions companies file (Item 1 of a Form 8-A), so that `read` reads them back into the
 * same terms: that round trip is the test that each sentence says what its terms are.
 */
import type { Amendment, TermName, TermValues } from "../../terms/schema.js";
import { countText, dateText, listText, moneyText, multipleText, percentText, sharesText, timeText } from "./words.js";

export interface Stated {
  readonly text: string;
  /** The terms the sentence states (an amendment's own sentence names the amendment). */
  readonly terms: readonly string[];
}

const OFFER_NAMES = { "qualified-offer": "a Qualified Offer", "qualified-transaction": "a Qualified Transaction" } as const;

function offersText(offers: readonly ("qualified-offer" | "qualified-transaction")[]): string {
  return offers.map((o) => OFFER_NAMES[o]).join(" or ");
}

/** The Unit phrase with its defined term: 'one one-thousandth of a share (a "Unit") of Series A ...'. */
function unitText(description: string): string {
  const share = /\bof\s+(?:a|one)\s+share\b/i.exec(description);
  if (!share) return `${description} (a "Unit")`;
  const at = share.index + share[0].length;
  return `${description.slice(0, at)} (a "Unit")${description.slice(at)}`;
}

/** A generator of one sentence: the terms it states, and its text from the terms' values. */
interface Generator {
  readonly terms: readonly TermName[];
  readonly text: (v: TermValues) => string | null;
}

const declaration: Generator = {
  terms: ["company", "agreementDate", "recordDate"],
  text: (v) => `On ${dateText(v.agreementDate)}, the Board of Directors of ${v.company} (the "Company") declared a dividend distribution of one Right for each outstanding share of common stock of the Company (the "Common Stock") to stockholders of record at the close of business on ${dateText(v.recordDate)} (the "Record Date").`,
};

const purchase: Generator = {
  terms: ["unitDescription", "unitFraction", "unitsPerRight", "purchasePrice"],
  text: (v) => {
    const units = v.unitsPerRight === "1" ? "a unit consisting of" : `${v.unitsPerRight} Units, each consisting of`;
    return `Each Right entitles the registered holder to purchase from the Company ${units} ${unitText(v.unitDescription)}, at a purchase price of ${moneyText(v.purchasePrice)} per Unit, subject to adjustment.`;
  },
};

const agreement: Generator = {
  terms: ["agreementDate", "rightsAgent"],
  text: (v) => `The description and terms of the Rights are set forth in a Rights Agreement, dated as of ${dateText(v.agreementDate)}, between the Company and ${v.rightsAgent}, as Rights Agent (the "Rights Agreement").`,
};

const reserved: Generator = {
  terms: ["preferredReserved"],
  text: (v) => `${countText(v.preferredReserved)} shares of the preferred stock are initially reserved for issuance upon exercise of the Rights.`,
};

const acquiringPerson: Generator = {
  terms: ["acquiringPersonThresholdPercent"],
  text: (v) => `A person or group of affiliated or associated persons that has acquired beneficial ownership of ${percentText(v.acquiringPersonThresholdPercent)} or more of the outstanding shares of Common Stock is an "Acquiring Person", other than as a result of repurchases of stock by the Company or certain inadvertent actions by institutional or certain other stockholders.`,
};

const grandfather: Generator = {
  terms: ["grandfatherDate", "acquiringPersonThresholdPercent"],
  text: (v) => `A person that was the beneficial owner of ${percentText(v.acquiringPersonThresholdPercent)} or more of the outstanding shares of Common Stock as of ${dateText(v.grandfatherDate)} becomes an Acquiring Person only if it acquires additional shares.`,
};

const passive: Generator = {
  terms: ["passiveInvestorThresholdPercent"],
  text: (v) => v.passiveInvestorThresholdPercent === null ? null
    : `A passive investor, that is a person eligible to report its ownership on Schedule 13G, becomes an Acquiring Person only at ${percentText(v.passiveInvestorThresholdPercent)} or more of the outstanding shares of Common Stock.`,
};

const inadvertence: Generator = {
  terms: ["inadvertenceDivestBusinessDays"],
  text: (v) => `A person that the Board determines became an Acquiring Person inadvertently, and that divests below the threshold within ${v.inadvertenceDivestBusinessDays} Business Days of that determination, is not an Acquiring Person.`,
};

const stockAcquisitionDate: Generator = {
  terms: ["stockAcquisitionDateExceptions"],
  text: (v) => `The "Stock Acquisition Date" is the first date of public announcement by the Company or an Acquiring Person that an Acquiring Person has become such${v.stockAcquisitionDateExceptions.length ? `, other than pursuant to ${offersText(v.stockAcquisitionDateExceptions)}` : ""}.`,
};

const distributionDate: Generator = {
  terms: ["distributionDaysAfterStockAcquisition", "distributionBusinessDaysAfterTenderOffer", "distributionTenderOfferProng"],
  text: (v) => `Subject to certain exceptions specified in the Rights Agreement, the Rights will separate from the Common Stock and a Distribution Date will occur upon the earlier of (i) ${v.distributionDaysAfterStockAcquisition} days following the Stock Acquisition Date or (ii) ${v.distributionBusinessDaysAfterTenderOffer} business days (or such later date as the Board shall determine) following the commencement of a tender offer or exchange offer${v.distributionTenderOfferProng === "less-than-all" ? " for less than all outstanding shares of Common Stock (or the amendment of an offer for all outstanding shares to one for less than all)" : ""} that would result in a person or group becoming an Acquiring Person.`,
};

const expiry: Generator = {
  terms: ["finalExpiration"],
  text: (v) => `The Rights are not exercisable until the Distribution Date and will expire at ${timeText(v.finalExpiration.time)} (New York City time) on ${dateText(v.finalExpiration.date)}, unless earlier redeemed or exchanged by the Company.`,
};

const flipIn: Generator = {
  terms: ["flipInMultiple", "qualifiedOffer"],
  text: (v) => `In the event that a person becomes an Acquiring Person${v.qualifiedOffer ? ", except pursuant to an offer for all outstanding shares of Common Stock which the independent directors determine to be fair and not inadequate and otherwise in the best interests of the Company and its stockholders, after receiving advice from one or more investment banking firms (a \"Qualified Offer\")" : ""}, each holder of a Right will thereafter have the right to receive, upon exercise, Common Stock (or, in certain circumstances, cash, property or other securities of the Company) having a value equal to ${multipleText(v.flipInMultiple)} the exercise price of the Right.`,
};

const noQualifiedOffer: Generator = {
  terms: ["qualifiedOffer"],
  text: (v) => (v.qualifiedOffer ? null : "The Rights Agreement does not contain a qualified offer exception."),
};

const qualifiedTransaction: Generator = {
  terms: ["qualifiedTransaction"],
  text: (v) => {
    const qt = v.qualifiedTransaction;
    if (!qt) return null;
    const excluded = [
      ...(qt.excludeDirectorOfficers ? ["directors who are also officers of the Company"] : []),
      ...(qt.excludeStockPlans ? ["stock plans sponsored by the Company in which Company employee participants do not have the right to determine confidentially whether shares of Common Stock held subject to such plans will be tendered"] : []),
    ].map((e, i) => `(${i + 1}) ${e}`);
    const exclusion = excluded.length ? `, excluding for purposes of determining the number of shares of Common Stock outstanding those shares owned by ${listText(excluded)}` : "";
    return `The Rights will not flip in upon an acquisition of shares of Common Stock pursuant to a tender offer or exchange offer for all outstanding shares of Common Stock whose consummation results in the bidder beneficially owning at least ${percentText(qt.percent)} of the outstanding shares of Common Stock (a "Qualified Transaction")${exclusion}.`;
  },
};

const flipOver: Generator = {
  terms: ["flipOverMultiple", "section13dExceptions"],
  text: (v) => `In the event that, at any time following the Stock Acquisition Date, (i) the Company engages in a merger or other business combination transaction in which the Company is not the surviving corporation${v.section13dExceptions.length ? ` (other than with an entity which acquired the shares pursuant to ${offersText(v.section13dExceptions)})` : ""}, (ii) the Company engages in a merger or other business combination transaction in which the Company is the surviving corporation and the Common Stock of the Company is changed or exchanged or (iii) 50% or more of the Company's assets, cash flow or earning power is sold or transferred, each holder of a Right (except Rights which have previously been voided) shall thereafter have the right to receive, upon exercise, common stock of the acquiring company having a value equal to ${multipleText(v.flipOverMultiple)} the exercise price of the Right.`,
};

const exchange: Generator = {
  terms: ["exchangeRatio", "exchangeBarPercent"],
  text: (v) => `At any time after a person becomes an Acquiring Person and prior to the acquisition by such person or group of ${percentText(v.exchangeBarPercent)} or more of the outstanding Common Stock, the Board may exchange the Rights (other than Rights owned by such person or group which have become void), in whole or in part, at an exchange ratio of ${sharesText(v.exchangeRatio)} of Common Stock per Right (subject to adjustment).`,
};

const redemption: Generator = {
  terms: ["redemptionDaysAfterStockAcquisition", "redemptionPrice"],
  text: (v) => `At any time until ${v.redemptionDaysAfterStockAcquisition} days following the Stock Acquisition Date, the Company may redeem the Rights in whole, but not in part, at a price of ${moneyText(v.redemptionPrice)} per Right (payable in cash, Common Stock or other consideration deemed appropriate by the Board).`,
};

const marketPrice: Generator = {
  terms: ["currentMarketPriceTradingDays"],
  text: (v) => `The current market price of the Common Stock on any date is the average of its daily closing prices for the ${v.currentMarketPriceTradingDays} consecutive Trading Days immediately prior to that date.`,
};

const closeOfBusiness: Generator = {
  terms: ["closeOfBusinessTime"],
  text: (v) => `"Close of business" on any day means ${timeText(v.closeOfBusinessTime)} (New York City time) on that day.`,
};

const derivatives: Generator = {
  terms: ["derivativeCounting"],
  text: (v) => v.derivativeCounting === "numerator-only"
    ? "Shares that a person has the right to acquire count in its beneficial ownership but not in the shares outstanding."
    : "Shares that a person has the right to acquire count both in its beneficial ownership and in the shares outstanding, as under Rule 13d-3(d)(1)(i).",
};

const bankClosings: Generator = {
  terms: ["extraBankClosings"],
  text: (v) => (v.extraBankClosings.length ? `In addition to the Federal Reserve holidays, banks in New York are treated as closed on ${listText(v.extraBankClosings.map(dateText))}.` : null),
};

const liquidation: Generator = {
  terms: ["liquidationPlanVotingCarveOut"],
  text: (v) => (v.liquidationPlanVotingCarveOut
    ? "Stockholders who enter into voting agreements or understandings solely regarding voting on the Company's plan of liquidation and dissolution will not be deemed to beneficially own the shares owned by the other parties to such agreements or understandings."
    : null),
};

/** Sentences naming persons, one per person. */
function named(v: TermValues): Stated[] {
  return [
    ...v.grandfatheredPersons.map((p) => ({ text: `${p.name} is grandfathered and becomes an Acquiring Person only if it acquires additional shares of Common Stock.`, terms: ["grandfatheredPersons"] as TermName[] })),
    ...v.exemptPersons.map((p) => ({ text: `${p.name} shall at no time be deemed an Acquiring Person.`, terms: ["exemptPersons"] as TermName[] })),
  ];
}

/** The description's paragraphs, as generators (named persons go after the Acquiring Person paragraph's generators). */
const PARAGRAPHS: readonly (readonly Generator[])[] = [
  [declaration, purchase, agreement, reserved],
  [acquiringPerson, grandfather, passive, inadvertence],
  [stockAcquisitionDate, distributionDate],
  [expiry],
  [flipIn, noQualifiedOffer, qualifiedTransaction],
  [flipOver],
  [exchange],
  [redemption],
  [marketPrice, closeOfBusiness, derivatives, bankClosings, liquidation],
];

function stated(generators: readonly Generator[], v: TermValues): Stated[] {
  return generators.flatMap((g) => {
    const text = g.text(v);
    return text === null ? [] : [{ text, terms: g.terms }];
  });
}

/** The paragraphs describing a plan whose terms are `v`. */
export function planParagraphs(v: TermValues): Stated[][] {
  return PARAGRAPHS.map((generators, i) => [...stated(generators, v), ...(i === 1 ? named(v) : [])]);
}

/** Terms an amendment cannot change in a description: who the issuer is and when the plan was adopted. */
const FIXED: ReadonlySet<TermName> = new Set(["company", "agreementDate", "recordDate"]);

/**
 * The paragraph of an amendment: that it was made, and each sentence stating a term it changed,
 * with the values in force after it (`after`).
 */
export function amendmentParagraph(amendment: Amendment, after: TermValues): Stated[] {
  const changed: ReadonlySet<string> = new Set(Object.keys(amendment.changes));
  const effective = amendment.effective === amendment.date ? "" : `, effective ${dateText(amendment.effective)}`;
  const made: Stated = {
    text: `On ${dateText(amendment.date)}, the Company and the Rights Agent entered into ${amendment.name ?? "an amendment to the Rights Agreement"}, dated ${dateText(amendment.date)}${effective}.`,
    terms: [`${amendment.id}.date`, `${amendment.id}.effective`],
  };
  const agent: Stated[] = changed.has("rightsAgent") ? [{ text: `${after.rightsAgent}, as successor Rights Agent, replaces the prior Rights Agent.`, terms: ["rightsAgent"] }] : [];
  const sentences = PARAGRAPHS.flat().filter((g) => g.terms.some((t) => changed.has(t) && !FIXED.has(t) && t !== "rightsAgent"));
  const persons = named(after).filter((s) => s.terms.some((t) => changed.has(t)));
  return [made, ...agent, ...stated(sentences, after), ...persons];
}
