/**
 * Scenario files (scenario-format.md): the starting facts and the dated events a user asks
 * about. The names here are a public contract: add, never rename.
 */
import { z } from "zod";
import { decimalSchema, isoDateSchema, partOfWholeSchema, positiveDecimalSchema, sourcedChangesSchema, termValueShapes, amendmentPurposeSchema } from "../terms/schema.js";
import { isIsoDate } from "../time/isoDate.js";
import { isOffsetDateTimeText } from "../time/instant.js";

/** Person ids: lower-case letters, digits and hyphens. */
export const PERSON_ID = /^[a-z0-9-]+$/;

/** Whether an event's `at` is an ISO date or a date-time with offset that names a real time (R-T5). */
export function isEventTimeText(v: string): boolean {
  return isIsoDate(v) || isOffsetDateTimeText(v);
}

export const personIdSchema = z
  .string()
  .regex(PERSON_ID, "person ids are lower-case letters, digits and hyphens")
  .describe("a Person's id");

/** An event's time: an ISO date (9:00 A.M. New York time, R-T5) or a date-time with offset. */
export const atSchema = z
  .string()
  .refine(isEventTimeText, {
    message: "expected an ISO date (2004-03-01) or a date-time with offset (2004-03-01T17:00:00-05:00; seconds optional, at most milliseconds)",
  })
  .describe("ISO date (9:00 A.M. New York time) or date-time with offset");

/**
 * The scenario's `asOf`: a date (5:00 P.M. New York time, close of business, that day) or a
 * date-time with offset. A date-time that names no real time ("T25:00") is refused by the engine
 * (evaluate.ts, asOfOf) in words about an asOf, not an event's time (a date there is 9:00 A.M.).
 */
const asOfSchema = z
  .string()
  .refine((v) => isIsoDate(v) || /^\d{4}-\d{2}-\d{2}T/.test(v), { message: "expected an ISO date (2004-03-01) or a date-time with offset (2004-03-01T17:00:00-05:00)" })
  .describe("ISO date (5:00 P.M. New York time, close of business, that day) or date-time with offset");

const shares = z.number().int().positive().describe("a number of shares, a positive integer");
const nonNegativeShares = z.number().int().nonnegative();

export const personSchema = z
  .object({
    id: personIdSchema.refine((id) => id !== "company", { message: "\"company\" is reserved for the Company" }),
    name: z.string().optional(),
    /** R-1b: Affiliates and Associates (symmetric and transitive). */
    affiliates: z.array(personIdSchema).optional(),
    /** R-11a-ii(C): a director who is also an officer. */
    directorOfficer: z.boolean().optional(),
    /** R-11a-ii(C): a Company stock plan whose participants cannot tender confidentially. */
    stockPlan: z.boolean().optional(),
    /** R-1a: the Company, a Subsidiary or an employee benefit plan. */
    exempt: z.boolean().optional(),
    /** R-1a-grandfather: at or above the threshold when the plan was adopted. */
    grandfathered: z.boolean().optional(),
    /** A passive (Schedule 13G) investor, judged by the plan's passive threshold where it has one. */
    passiveInvestor: z.boolean().optional(),
    /** The holders of record in the Rights Agent's register that hold this Person's shares (scenario-format.md); the register reads them, the engine does not. */
    holders: z.array(z.string().min(1)).optional(),
  })
  .strict();

const priceSchema = z.object({ date: isoDateSchema, close: positiveDecimalSchema }).strict();

const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ at: atSchema, type: z.literal(type), note: z.string().optional(), ...shape }).strict();

const fromHolders = z.array(z.object({ person: personIdSchema, shares }).strict());

/** Partial terms for an `amend` event as plain values (built when first used: a scenario without amendments never builds the terms' schemas). */
const plainChangesSchema = () => z
  .object(Object.fromEntries(Object.entries(termValueShapes).map(([k, s]) => [k, s.optional()])) as { [K in keyof typeof termValueShapes]: z.ZodOptional<(typeof termValueShapes)[K]> })
  .strict();

export const eventSchema = z.discriminatedUnion("type", [
  ev("acquire", { person: personIdSchema, shares }),
  ev("dispose", { person: personIdSchema, shares }),
  ev("issue", { shares, person: personIdSchema.optional(), withRights: z.boolean().optional() }),
  ev("repurchase", { shares, person: personIdSchema.optional() }),
  ev("split", { ratio: positiveDecimalSchema }),
  ev("preferred-split", { ratio: positiveDecimalSchema }),
  ev("option", { person: personIdSchema, shares }),
  ev("exercise-option", { person: personIdSchema, shares }),
  ev("agreement", {
    id: z.string().min(1),
    persons: z.array(personIdSchema).min(2),
    purpose: z.enum(["acquire", "hold", "vote", "dispose", "vote-liquidation-plan"]),
  }),
  ev("agreement-end", { agreement: z.string().min(1) }),
  ev("announce", { by: personIdSchema, subject: personIdSchema }),
  ev("tender-offer", {
    id: z.string().min(1),
    bidder: personIdSchema,
    allShares: z.boolean(),
    price: positiveDecimalSchema.optional(),
    sharesSought: shares.optional(),
    considerationForm: z.enum(["cash", "stock", "mixed"]).optional(),
  }),
  ev("tender-offer-amend", {
    offer: z.string().min(1),
    allShares: z.boolean().optional(),
    sharesSought: shares.optional(),
    price: positiveDecimalSchema.optional(),
  }),
  ev("tender-offer-close", { offer: z.string().min(1), sharesAcquired: nonNegativeShares, from: fromHolders.optional() }),
  ev("tender-offer-withdraw", { offer: z.string().min(1) }),
  ev("qualify-offer", { offer: z.string().min(1) }),
  ev("inadvertent", { person: personIdSchema }),
  ev("defer-distribution", { until: isoDateSchema }),
  ev("require-whole-preferred", {}),
  ev("redeem", {}),
  ev("exchange", {
    ratio: positiveDecimalSchema.optional(),
    portion: partOfWholeSchema("a portion").optional(),
  }),
  ev("amend", {
    id: z.string().min(1),
    effective: atSchema.optional(),
    purpose: amendmentPurposeSchema.optional(),
    /** Partial terms: plain values, or values with their source. */
    changes: z.lazy(() => z.union([sourcedChangesSchema, plainChangesSchema()])),
  }),
  ev("merger", {
    counterparty: personIdSchema.optional(),
    companySurvives: z.boolean(),
    commonExchanged: z.boolean(),
    consideration: decimalSchema.optional(),
    considerationForm: z.enum(["cash", "stock", "mixed"]).optional(),
    principalPartyPrice: positiveDecimalSchema.optional(),
  }),
  ev("asset-sale", {
    counterparty: personIdSchema.optional(),
    fraction: partOfWholeSchema("a fraction"),
    principalPartyPrice: positiveDecimalSchema.optional(),
  }),
  ev("exercise", { holder: personIdSchema, rights: shares }),
]);
export type ScenarioEvent = z.output<typeof eventSchema>;
export type EventType = ScenarioEvent["type"];

/** Everything but the events, which are read one by one so that a bad one stops only itself. */
export const scenarioHeadSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().optional(),
    plan: z.string().default("net-perceptions"),
    asOf: asOfSchema.optional(),
    company: z
      .object({
        sharesOutstanding: z.number().int().positive(),
        authorizedCommon: z.number().int().positive().optional(),
      })
      .strict(),
    // Only an array here: 100,000 persons are read one by one in parse.ts (personSchema, with a fast path).
    persons: z.custom<unknown[]>(Array.isArray, "expected an array of persons").default([]),
    holdings: z.array(z.object({ person: personIdSchema, shares: nonNegativeShares }).strict()).default([]),
    options: z.array(z.object({ person: personIdSchema, shares }).strict()).default([]),
    prices: z.array(priceSchema).default([]),
    // Only an array here, not looked into (a million events are read one by one in parse.ts).
    events: z.custom<unknown[]>(Array.isArray, "expected an array of events").default([]),
  })
  .strict();
export type ScenarioHead = z.output<typeof scenarioHeadSchema>;
export type Person = z.output<typeof personSchema>;

/** The whole scenario, for the published JSON Schema (editors validate and complete with it). */
export const scenarioSchema = scenarioHeadSchema.extend({ persons: z.array(personSchema).default([]), events: z.array(eventSchema).default([]) });
export type Scenario = Omit<ScenarioHead, "persons" | "events"> & { persons: Person[]; events: ScenarioEvent[] };
