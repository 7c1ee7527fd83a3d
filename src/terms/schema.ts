/**
 * The terms of a rights plan as dated data (rights-plan.md §0). A plan is its original terms
 * plus amendments with effective dates, like OpenFisca's dated parameters: every value carries
 * the reference it was read from. Net Perceptions is one plan file among others (plans/).
 */
import { z } from "zod";
import { isDecimalString } from "../numbers/decimal.js";
import { isIsoDate } from "../time/isoDate.js";

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "expected an ISO date YYYY-MM-DD" })
  .describe("ISO date, YYYY-MM-DD");

/** Exact decimals are written as strings ("0.01") or numbers (15); they are never floats inside. */
export const decimalSchema = z
  .union([z.string().refine(isDecimalString, { message: "expected a decimal number such as \"1.50\"" }), z.number()])
  .transform((v) => String(v))
  .describe("exact decimal, as a string (\"0.01\") or a number");

export const positiveDecimalSchema = decimalSchema.refine((v) => Number(v) > 0, { message: "must be greater than 0" });

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM").describe("New York wall-clock time, HH:MM");
const count = z.number().int().nonnegative();

/** A person the terms name (exempt or grandfathered), matched to a scenario's persons by id or name. */
export const namedPersonSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/).optional(), name: z.string() })
  .strict();

export const offerExceptionSchema = z.enum(["qualified-offer", "qualified-transaction"]);

/** Each term's value, by name. Each shape documents the rule that reads it. */
export const termValueShapes = {
  company: z.string(),
  rightsAgent: z.string(),
  /** Rights Dividend Declaration Date: the plan's adoption (R-1a-grandfather, R-11a-ii). */
  agreementDate: isoDateSchema,
  /** Record Date: rights are distributed to holders of record at its close of business (R-3a(i)). */
  recordDate: isoDateSchema,
  /** R-7a expiry: "5:00 P.M. (New York City time) on June 14, 2011". */
  finalExpiration: z.object({ date: isoDateSchema, time: clockTimeSchema }).strict(),
  /** What one Unit is, in words. */
  unitDescription: z.string(),
  /** A Unit as a fraction of a share of the Preferred ("one one-thousandth"). */
  unitFraction: positiveDecimalSchema,
  /** Units one Right buys (1, as adjusted by R-11a-i). */
  unitsPerRight: positiveDecimalSchema,
  /** Purchase Price per Unit (R-7a). */
  purchasePrice: positiveDecimalSchema,
  /** R-1a: Beneficial Owner of this percent or more of the Common Stock outstanding. */
  acquiringPersonThresholdPercent: positiveDecimalSchema,
  /** A higher threshold for passive (Schedule 13G) investors, where the plan has one. */
  passiveInvestorThresholdPercent: positiveDecimalSchema.nullable(),
  /** R-1a-grandfather: at or above the threshold on this date means grandfathered. */
  grandfatherDate: isoDateSchema,
  grandfatheredPersons: z.array(namedPersonSchema),
  /** R-1a: the Company, Subsidiaries, employee benefit plans, or named persons the plan exempts. */
  exemptPersons: z.array(namedPersonSchema),
  /** R-1a-inadvertent: Business Days after the Board's determination to divest below the threshold. */
  inadvertenceDivestBusinessDays: count,
  /** R-1ff: becoming an Acquiring Person this way makes no Stock Acquisition Date (Amendment No. 1). */
  stockAcquisitionDateExceptions: z.array(offerExceptionSchema),
  /** R-3a(i): calendar days after the Stock Acquisition Date. */
  distributionDaysAfterStockAcquisition: count,
  /** R-3a(ii): Business Days after a tender or exchange offer commences. */
  distributionBusinessDaysAfterTenderOffer: count,
  /** R-3a(ii): which offers start the clock: any (2001) or only less than all (Amendment No. 1). */
  distributionTenderOfferProng: z.enum(["any-offer", "less-than-all"]),
  /** R-11a-ii(B): the Qualified Offer exception exists. */
  qualifiedOffer: z.boolean(),
  /** R-11a-ii(C): the Qualified Transaction exception, or null where the plan has none. */
  qualifiedTransaction: z
    .object({ percent: positiveDecimalSchema, excludeDirectorOfficers: z.boolean(), excludeStockPlans: z.boolean() })
    .strict()
    .nullable(),
  /** R-11a-ii: Adjustment Shares are worth this multiple of the Purchase Price. */
  flipInMultiple: positiveDecimalSchema,
  /** Principal Party common worth this multiple of the Purchase Price. */
  flipOverMultiple: positiveDecimalSchema,
  /** R-13d: a merger with a Person who bought through these offers is no Section 13 Event. */
  section13dExceptions: z.array(offerExceptionSchema),
  /** Redemption Price per Right. */
  redemptionPrice: decimalSchema,
  /** the window closes at close of business on this calendar day after the Stock Acquisition Date. */
  redemptionDaysAfterStockAcquisition: count,
  /** shares of Common Stock per Right in an exchange. */
  exchangeRatio: positiveDecimalSchema,
  /** no exchange once an Acquiring Person owns this percent or more. */
  exchangeBarPercent: positiveDecimalSchema,
  /** R-11d: Trading Days averaged for the Current Market Price. */
  currentMarketPriceTradingDays: z.number().int().positive(),
  /** R-1d-amendment: a vote-only agreement on the Plan of Complete Liquidation forms no group. */
  liquidationPlanVotingCarveOut: z.boolean(),
  /** R-1d(ii): rights to acquire count in the numerator only, or (Rule 13d-3(d)(1)(i)) in both. */
  derivativeCounting: z.enum(["numerator-only", "numerator-and-denominator"]),
  /** R-T1: close of business, New York time. */
  closeOfBusinessTime: clockTimeSchema,
  /** R-T3: one-off bank closings beyond the Federal Reserve holidays. */
  extraBankClosings: z.array(isoDateSchema),
  /** Shares of the Preferred reserved for exercise of the Rights. */
  preferredReserved: count,
} as const;

export type TermName = keyof typeof termValueShapes;
type Shapes = typeof termValueShapes;
/** The terms in force: plain values, by name. */
export type TermValues = { [K in TermName]: z.output<Shapes[K]> };

/** A value with the reference it was read from ("Item 1", "Amendment No. 1 §(4)"). */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: z.string().min(1), assumed: z.string().min(1).optional().describe("why the value was assumed, not read from the plan's text (R-X13)") }).strict();
}

const sourcedShapes = Object.fromEntries(
  Object.entries(termValueShapes).map(([name, shape]) => [name, sourced(shape)]),
) as unknown as { [K in TermName]: z.ZodObject<{ value: Shapes[K]; source: z.ZodString; assumed: z.ZodOptional<z.ZodString> }, z.core.$strict> };

export const sourcedTermsSchema = z.object(sourcedShapes).strict();
export type SourcedTerms = z.output<typeof sourcedTermsSchema>;

export const sourcedChangesSchema = sourcedTermsSchema.partial();
export type SourcedChanges = z.output<typeof sourcedChangesSchema>;

/** why an amendment adopted after the Distribution Date is permitted. */
export const amendmentPurposeSchema = z.enum(["cure-ambiguity", "correct-inconsistency", "time-periods", "non-adverse"]);

export const amendmentSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    /** The date the amendment is dated. */
    date: isoDateSchema,
    /** R-T6: the text applies from 00:00 New York time on this date. */
    effective: isoDateSchema,
    source: z.string().min(1),
    changes: sourcedChangesSchema,
  })
  .strict();
export type Amendment = z.output<typeof amendmentSchema>;

export const planSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/, "plan ids are lower-case words joined by hyphens"),
    name: z.string(),
    source: z.string().min(1),
    terms: sourcedTermsSchema,
    amendments: z.array(amendmentSchema).default([]),
  })
  .strict()
  .describe("A rights plan: its original terms and its dated amendments, each value with its source");
export type Plan = z.output<typeof planSchema>;
