/**
 * The server's request and response shapes, as zod schemas. Scenarios and plans use the very
 * schemas the CLI reads files with (src/scenario/schema.ts, src/terms/schema.ts); the OpenAPI
 * document at /openapi.json is generated from these.
 */
import { z } from "zod";
import { atSchema, scenarioSchema } from "../scenario/schema.js";
import { decimalSchema, isoDateSchema, positiveDecimalSchema } from "../terms/schema.js";
import { ROLES } from "./roles.js";
import { isRateString } from "../numbers/decimal.js";
import { TABLE_FORMATS } from "../export/tableFormats.js";
import { InputError } from "../errors.js";
import { varyParts } from "../analysis/sweep/range.js";
import { metricOf } from "../analysis/sweep/metrics.js";

/** A name that may become part of a URL or a stored key: never a path. */
export const nameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "names are lower-case letters, digits and hyphens (at most 64, not starting with a hyphen)")
  .describe("a name: lower-case letters, digits and hyphens");

/**
 * A scenario in a request. It is read by parseScenario, as the CLI reads a scenario file (so a bad
 * event stops only itself and errors use the CLI's words); the OpenAPI document shows the JSON
 * Schema generated from the scenario's zod schema, in the dialect of the document (OpenAPI 3.0:
 * `exclusiveMinimum` is a flag beside `minimum`, not a number as in scenarioJsonSchema's 2020-12).
 */
const { $schema: _dialect, ...scenarioDocument } = z.toJSONSchema(scenarioSchema, { io: "input", target: "openapi-3.0" }) as Record<string, unknown>;
export const scenarioInputSchema = z.unknown().meta({ ...scenarioDocument, description: "a scenario (scenario-format.md)" });

export const issueSchema = z.object({ code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() });

/** Every refusal: a code, a message for people, and the fields at fault (zod-style issues, as the CLI prints them). */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), issues: z.array(issueSchema) }) })
  .describe("an error: what went wrong and, for bad input, each field at fault");

export const okSchema = z.object({ status: z.literal("ok") });

export const asOfQuerySchema = z.object({
  asOf: atSchema.optional().describe("evaluate as of this instant: a date (5:00 P.M. New York time) or a date-time with offset"),
});

export const nameParamsSchema = z.object({ name: nameSchema });
export const idParamsSchema = z.object({ id: nameSchema });
export const holderParamsSchema = z.object({ holder: z.string().min(1).max(200).describe("a holder of record's id") });

// --- tokens -------------------------------------------------------------------------------

export const roleSchema = z.enum(ROLES);
export const tokenRequestSchema = z
  .object({
    name: nameSchema,
    role: roleSchema,
    holder: z.string().min(1).optional().describe("for a holder token: the holder of record whose positions it may see"),
  })
  .strict()
  .refine((t) => (t.role === "holder") === (t.holder !== undefined), { message: "a holder token names its holder, and only a holder token does", path: ["holder"] });
export const tokenResponseSchema = z.object({ token: z.string(), name: z.string(), role: roleSchema });
export const tokenListSchema = z.array(z.object({ name: z.string(), role: roleSchema, holder: z.string().nullable(), createdAt: z.string() }));
export const meSchema = z.object({ name: z.string(), role: roleSchema, holder: z.string().nullable() });

// --- plans --------------------------------------------------------------------------------

export const planListSchema = z.array(z.object({ id: z.string(), name: z.string(), builtIn: z.boolean() }));
export const planShowSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  version: z.string(),
  sections: z.array(z.object({ section: z.string(), terms: z.array(z.object({ term: z.string(), value: z.unknown(), source: z.string() })) })),
  amendments: z.array(z.object({ id: z.string(), name: z.string().optional(), date: z.string(), effective: z.string(), terms: z.array(z.string()) })),
});
export const planAddSchema = z
  .object({
    terms: z.union([z.string(), z.record(z.string(), z.unknown())]).describe("a plan terms file: its YAML or JSON text, or the parsed object (see /api/plans schema)"),
  })
  .strict();
export const planDiffParamsSchema = z.object({ id: nameSchema, other: nameSchema });
export const describeQuerySchema = asOfQuerySchema.extend({ format: z.enum(["md", "text", "html"]).default("md") });

// --- scenarios ----------------------------------------------------------------------------

export const scenarioRecordSchema = z.object({
  name: z.string(),
  version: z.number().int(),
  title: z.string().nullable(),
  savedAt: z.string(),
  savedBy: z.string(),
});
export const scenarioSaveSchema = z.object({ name: nameSchema, scenario: scenarioInputSchema }).strict();
export const scenarioGetSchema = scenarioRecordSchema.extend({ scenario: z.unknown() });
/** A version in a query string: a whole number written in digits (`1e3`, `2.0`, `0x10` or ` 3` are not read as numbers). */
const versionText = z
  .string()
  .regex(/^[1-9][0-9]*$/, "a version is a whole number written in digits, from 1")
  .refine((text) => Number.isSafeInteger(Number(text)), "no scenario has so many versions")
  .transform(Number);
/** If-Match on a scenario's update: the ETag of the version the change was made from, as GET gives it ("3", with the quotes), or * (whatever the latest is). */
export const ifMatchHeadersSchema = z.looseObject({
  "if-match": z
    .string()
    .regex(/^(\*|"[1-9][0-9]*")$/, 'the ETag of the version read, as GET /api/scenarios/NAME gives it ("3", with the quotes), or *')
    .optional()
    .describe("the ETag of the version this change was made from: saved only if it is still the latest (412 otherwise)"),
});
export const versionQuerySchema = z.object({ version: versionText.optional().describe("the version (default: the latest)") });
export const scenarioEvaluateQuerySchema = asOfQuerySchema.extend(versionQuerySchema.shape);

/** Board actions the issuer may add to a scenario (R-23 redemption, R-24 exchange, R-27 amendment, R-3a deferral, ...). */
export const BOARD_EVENT_TYPES = ["redeem", "exchange", "amend", "defer-distribution", "qualify-offer", "inadvertent", "require-whole-preferred"] as const;
export const boardActionsSchema = z.object({ events: z.array(z.record(z.string(), z.unknown())).min(1) }).strict();

export const compareQuerySchema = asOfQuerySchema.extend({ with: nameSchema.describe("the other scenario") });
export const comparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  fields: z.array(z.object({ path: z.string(), a: z.unknown(), b: z.unknown() })).describe("the scenario fields that differ"),
  firstDifference: z
    .object({ index: z.number().int(), a: z.unknown().nullable(), b: z.unknown().nullable() })
    .nullable()
    .describe("the first finding where the two traces part (null: the same traces)"),
});

// --- analyses -----------------------------------------------------------------------------

const scenarioRefShape = {
  scenario: scenarioInputSchema.optional().describe("the scenario itself, or"),
  name: nameSchema.optional().describe("the name of a saved scenario"),
  version: z.number().int().positive().optional().describe("its version (default: the latest)"),
  asOf: atSchema.optional(),
};
const dilutionShape = {
  exerciseRate: decimalSchema
    .refine(isRateString, { message: "the exercise rate is between 0 and 1" })
    .optional()
    .describe("fraction of the valid Rights exercised, 0 to 1 (default 1)"),
  price: positiveDecimalSchema.optional().describe("market price of the Common Stock for the value model (default: the latest close on or before the as-of date)"),
  principalPartyShares: z.number().int().positive().optional(),
};
/**
 * A field the CLI's own reader reads (a sweep's vary, a metric's name) checked before any work
 * starts: its input error is the field's issue, so a sweep job is never started on it only to fail.
 */
const readBy =
  (read: (text: string) => unknown) =>
  (text: string, ctx: z.RefinementCtx): void => {
    try {
      read(text);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      ctx.addIssue({ code: "custom", message: e.message });
    }
  };
const oneScenario = { message: "give either scenario or name", path: ["scenario"] };
const hasOneScenario = (b: { scenario?: unknown; name?: string }) => (b.scenario === undefined) !== (b.name === undefined);
export const dilutionRequestSchema = z.object({ ...scenarioRefShape, ...dilutionShape }).strict().refine(hasOneScenario, oneScenario);
export const sweepRequestSchema = z
  .object({ ...scenarioRefShape, ...dilutionShape, vary: z.string().min(1).superRefine(readBy(varyParts)).describe("PATH=FROM:TO:STEP, PATH*=FROM:TO:STEP or PATH+=FROM:TO:STEP"), metrics: z.array(z.string().superRefine(readBy(metricOf))).default([]) })
  .strict()
  .refine(hasOneScenario, oneScenario);
export const chartRequestSchema = z
  .object({ ...scenarioRefShape, kind: z.enum(["ownership", "dilution"]).default("ownership"), format: z.enum(["svg", "png"]).default("svg") })
  .strict()
  .refine(hasOneScenario, oneScenario);
const memoLine = z.string().max(500);
export const memoHeadingSchema = z
  .object({ to: memoLine.optional(), from: memoLine.optional(), re: memoLine.optional(), privileged: z.boolean().optional().describe("put the privilege legend above the memo") })
  .strict()
  .describe("counsel's To, From and Re in place of the defaults, and the privilege legend");
export const memoRequestSchema = z
  .object({ ...scenarioRefShape, ...dilutionShape, format: z.enum(["md", "html", "docx"]).default("html"), date: isoDateSchema.optional(), heading: memoHeadingSchema.optional() })
  .strict()
  .refine(hasOneScenario, oneScenario);

// --- reader -------------------------------------------------------------------------------

export const filingSchema = z
  .object({
    name: z.string().min(1).max(200).regex(/^[^/\\]+$/, "a file's name, not a path").describe("the file's name (its extension tells the format: .txt, .htm/.html, .pdf, .docx)"),
    content: z.string().describe("the file's text, or its bytes in base64"),
    encoding: z.enum(["utf8", "base64"]).default("utf8"),
  })
  .strict();
export const readRequestSchema = z.object({ files: z.array(filingSchema).min(1).describe("the plan first, then its amendments in order") }).strict();
export const readSaveSchema = readRequestSchema.extend({ id: nameSchema.optional().describe("the plan's id (default: the id read)") }).strict();
export const readTableSchema = z.object({ files: z.array(filingSchema).min(1).describe("the filings, each read alone into one row of the table (as `rightsplan read --table`)") }).strict();
export const tableQuerySchema = z.object({ format: z.enum(TABLE_FORMATS).default("csv").describe("the table as CSV, an Excel workbook (xlsx) or JSON") });

// --- jobs ---------------------------------------------------------------------------------

export const JOB_STATES = ["queued", "running", "done", "failed"] as const;
export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  progress: z.object({ done: z.number(), total: z.number() }),
  result: z.unknown().nullable(),
  error: errorSchema.shape.error.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number().int(),
});
export const jobAcceptedSchema = z.object({ job: jobSchema });
export const jobQuerySchema = z.object({
  wait: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("true: answer when the job has finished"),
});
export const jobIdParamsSchema = z.object({ id: z.string().regex(/^[a-f0-9-]{36}$/, "job ids are UUIDs") });

// --- register -----------------------------------------------------------------------------

export const idempotencyHeadersSchema = z.looseObject({
  "idempotency-key": z.string().min(1).max(200).optional().describe("a key of your choosing: the same command sent again with the same key does its work once"),
});
