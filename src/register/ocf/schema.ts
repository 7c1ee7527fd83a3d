/**
 * The Open Cap Table Format (OCF v1.2) objects the register reads, written from the published
 * specification: numbers are fixed-point decimal strings, money is `{amount, currency}`, dates
 * are ISO dates. Objects keep fields the register does not use (the format has many); the ones
 * it uses are checked.
 */
import { z } from "zod";
import { isIsoDate } from "../../time/isoDate.js";

/** OCF's Numeric: a fixed-point decimal string with up to 10 places. */
export const numericSchema = z.string().regex(/^[+-]?\d+(\.\d{1,10})?$/, "expected a fixed-point decimal string such as \"1000\" or \"2.50\"");
const positive = numericSchema.refine((v) => !v.startsWith("-") && Number(v) > 0, "expected a quantity above 0");
/** OCF's Date: an ISO date YYYY-MM-DD that names a day of the calendar (2002-02-30 does not). */
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD").refine(isIsoDate, "no such day in the calendar");
const idSchema = z.string().min(1);
export const moneySchema = z.object({ amount: numericSchema, currency: z.string().regex(/^[A-Z]{3}$/, "expected a three-letter ISO 4217 currency code") });

const addressSchema = z.looseObject({
  address_type: z.string().optional(),
  street_suite: z.string().optional(),
  city: z.string().optional(),
  country_subdivision: z.string().optional(),
  country: z.string().optional(),
  postal_code: z.string().optional(),
});

export const stakeholderSchema = z.looseObject({
  object_type: z.literal("STAKEHOLDER"),
  id: idSchema,
  name: z.looseObject({ legal_name: z.string().min(1), first_name: z.string().optional(), last_name: z.string().optional() }),
  stakeholder_type: z.enum(["INDIVIDUAL", "INSTITUTION"]),
  addresses: z.array(addressSchema).optional(),
});

export const stockClassSchema = z.looseObject({
  object_type: z.literal("STOCK_CLASS"),
  id: idSchema,
  name: z.string().min(1),
  class_type: z.enum(["COMMON", "PREFERRED"]),
  default_id_prefix: z.string().optional(),
  initial_shares_authorized: z.union([numericSchema, z.enum(["UNLIMITED", "NOT APPLICABLE"])]),
  votes_per_share: numericSchema.optional(),
  seniority: numericSchema.optional(),
});

const transaction = { id: idSchema, date: dateSchema, comments: z.array(z.string()).optional() };

export const stockIssuanceSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_ISSUANCE"),
  ...transaction,
  security_id: idSchema,
  custom_id: z.string(),
  stakeholder_id: idSchema,
  stock_class_id: idSchema,
  share_price: moneySchema,
  quantity: positive,
  security_law_exemptions: z.array(z.unknown()),
});

export const stockTransferSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_TRANSFER"),
  ...transaction,
  security_id: idSchema,
  quantity: positive,
  resulting_security_ids: z.array(idSchema).min(1),
  balance_security_id: idSchema.optional(),
});

export const stockCancellationSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_CANCELLATION"),
  ...transaction,
  security_id: idSchema,
  quantity: positive,
  reason_text: z.string(),
  balance_security_id: idSchema.optional(),
});

export const stockRepurchaseSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_REPURCHASE"),
  ...transaction,
  security_id: idSchema,
  quantity: positive,
  price: moneySchema,
  consideration_text: z.string().optional(),
  balance_security_id: idSchema.optional(),
});

/** An issuance withdrawn as if it never happened (a mistake, an unaccepted grant): the security is gone whole. */
export const stockRetractionSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_RETRACTION"),
  ...transaction,
  security_id: idSchema,
  reason_text: z.string(),
});

export const stockClassSplitSchema = z.looseObject({
  object_type: z.literal("TX_STOCK_CLASS_SPLIT"),
  ...transaction,
  stock_class_id: idSchema,
  split_ratio: z.object({ numerator: positive, denominator: positive }),
});

/** The objects the register reads, by `object_type`. */
export const READ_OBJECTS = {
  STAKEHOLDER: stakeholderSchema,
  STOCK_CLASS: stockClassSchema,
  TX_STOCK_ISSUANCE: stockIssuanceSchema,
  TX_STOCK_TRANSFER: stockTransferSchema,
  TX_STOCK_CANCELLATION: stockCancellationSchema,
  TX_STOCK_REPURCHASE: stockRepurchaseSchema,
  TX_STOCK_RETRACTION: stockRetractionSchema,
  TX_STOCK_CLASS_SPLIT: stockClassSplitSchema,
} as const;

/**
 * Stock transactions that change who holds which shares but that the register does not replay:
 * read past in silence they would leave the holdings wrong, so each is a problem naming its file
 * and line (the export must be brought to the register another way).
 */
export const UNREPLAYED_STOCK_TRANSACTIONS: ReadonlySet<string> = new Set(["TX_STOCK_REISSUANCE", "TX_STOCK_CONVERSION", "TX_STOCK_CONSOLIDATION"]);

/**
 * Every object type OCF 1.2 defines (schema/enums/ObjectType.schema.json, v1.2.0 and its 1.2.x
 * additions): one the register does not read (an option grant, a warrant, a valuation...) holds no
 * shares of record and is skipped, counted by type; any other `object_type` is no OCF 1.2 object
 * (a misspelt TX_STOCK_ISSUANCE would drop its shares without a word) and is refused by file and line.
 */
export const OCF_OBJECT_TYPES: ReadonlySet<string> = new Set(
  `ISSUER STAKEHOLDER STOCK_CLASS STOCK_LEGEND_TEMPLATE STOCK_PLAN VALUATION VESTING_TERMS FINANCING DOCUMENT CE_STAKEHOLDER_RELATIONSHIP CE_STAKEHOLDER_STATUS
  TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT TX_STOCK_CLASS_SPLIT
  TX_STOCK_PLAN_POOL_ADJUSTMENT TX_STOCK_PLAN_RETURN_TO_POOL TX_CONVERTIBLE_ACCEPTANCE TX_CONVERTIBLE_CANCELLATION TX_CONVERTIBLE_CONVERSION
  TX_CONVERTIBLE_ISSUANCE TX_CONVERTIBLE_RETRACTION TX_CONVERTIBLE_TRANSFER TX_EQUITY_COMPENSATION_ACCEPTANCE TX_EQUITY_COMPENSATION_CANCELLATION
  TX_EQUITY_COMPENSATION_EXERCISE TX_EQUITY_COMPENSATION_ISSUANCE TX_EQUITY_COMPENSATION_RELEASE TX_EQUITY_COMPENSATION_RETRACTION
  TX_EQUITY_COMPENSATION_TRANSFER TX_EQUITY_COMPENSATION_REPRICING TX_PLAN_SECURITY_ACCEPTANCE TX_PLAN_SECURITY_CANCELLATION TX_PLAN_SECURITY_EXERCISE
  TX_PLAN_SECURITY_ISSUANCE TX_PLAN_SECURITY_RELEASE TX_PLAN_SECURITY_RETRACTION TX_PLAN_SECURITY_TRANSFER TX_STOCK_ACCEPTANCE TX_STOCK_CANCELLATION
  TX_STOCK_CONVERSION TX_STOCK_ISSUANCE TX_STOCK_REISSUANCE TX_STOCK_CONSOLIDATION TX_STOCK_REPURCHASE TX_STOCK_RETRACTION TX_STOCK_TRANSFER
  TX_WARRANT_ACCEPTANCE TX_WARRANT_CANCELLATION TX_WARRANT_EXERCISE TX_WARRANT_ISSUANCE TX_WARRANT_RETRACTION TX_WARRANT_TRANSFER
  TX_VESTING_ACCELERATION TX_VESTING_START TX_VESTING_EVENT`.split(/\s+/),
);

export type Stakeholder = z.output<typeof stakeholderSchema>;
export type StockClass = z.output<typeof stockClassSchema>;
export type StockTransaction =
  | z.output<typeof stockIssuanceSchema>
  | z.output<typeof stockTransferSchema>
  | z.output<typeof stockCancellationSchema>
  | z.output<typeof stockRepurchaseSchema>
  | z.output<typeof stockRetractionSchema>
  | z.output<typeof stockClassSplitSchema>;
