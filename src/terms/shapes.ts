/** The types term values are made of: dates, exact decimals, clock times, counts, named persons. */
import { z } from "zod";
import { canonicalDecimal, dec, isDecimalString } from "../numbers/decimal.js";
import { isIsoDate } from "../time/isoDate.js";

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "expected an ISO date YYYY-MM-DD" })
  .describe("ISO date, YYYY-MM-DD");

/**
 * Exact decimals are written as strings ("0.01") or numbers (15); they are never floats inside.
 * A bare number with more digits than a float holds is read as its exact string
 * (src/numbers/exactYamlNumbers.ts), except a whole number: past 9,007,199,254,740,991 it was
 * rounded when read, so it is refused.
 */
export const decimalSchema = z
  .union([
    z.string().refine(isDecimalString, { message: "expected a decimal number such as \"1.50\"" }),
    z.number().refine((v) => !Number.isInteger(v) || Number.isSafeInteger(v), { message: "a whole number past 9,007,199,254,740,991 loses digits when read as a number; write it in quotes to keep every digit" }),
  ])
  // One value, one text (scenario-format.md: decimals are exact decimals, strings or numbers):
  // "2.50", "2.5", 2.5 and " 2.5 " are all "2.5", so that no answer, trace or error echoes how
  // a file happened to write it.
  .transform((v) => canonicalDecimal(typeof v === "string" ? v : String(v)))
  .describe("exact decimal, as a string (\"0.01\") or a number");

/** Compared exactly: "0.000…1" is greater than 0, though Number() reads it as 0. */
export const positiveDecimalSchema = decimalSchema.refine((v) => dec(v).greaterThan(0), { message: "must be greater than 0" });

/**
 * A part of a whole, above 0 and at most 1 (an exchange's portion, an asset sale's fraction),
 * compared exactly: "1.0000000000000000000001" is more than the whole, though Number() reads it as 1.
 */
export const partOfWholeSchema = (what: string) => positiveDecimalSchema.refine((v) => dec(v).lessThanOrEqualTo(1), { message: `${what} is at most 1` });

export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM").describe("New York wall-clock time, HH:MM");

/** A whole number (its bounds are the term's range). */
export const wholeNumberSchema = z.number().int();

/** A person the terms name (exempt or grandfathered), matched to a scenario's persons by id or name. */
export const namedPersonSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/).optional(), name: z.string().min(1) })
  .strict();

export const offerExceptionSchema = z.enum(["qualified-offer", "qualified-transaction"]);
