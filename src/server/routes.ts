/**
 * The route table: every route of the API with its method, path, the roles allowed to call it and
 * its request and response schemas. The server (app.ts) registers exactly these routes, the
 * OpenAPI document is generated from them, and the access test walks them with every role.
 *
 * `roles: "public"` routes need no token. `write: true` routes leave an audit entry. `job: true`
 * routes answer 202 with a job (GET /api/jobs/:id follows it) unless `?wait=true`.
 */
import { z } from "zod";
import { planSchema } from "../terms/schema.js";
import { ADMIN, ANALYSTS, BOARD, EVERY_ROLE, READERS, REGISTER_WRITERS, SCENARIO_WRITERS, type Role } from "./roles.js";
import * as s from "./schemas.js";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

export interface RouteSpec {
  readonly method: Method;
  readonly url: string;
  readonly roles: readonly Role[] | "public";
  readonly summary: string;
  readonly tag: string;
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  readonly headers?: z.ZodType;
  readonly body?: z.ZodType;
  /** The body's media type when it is not JSON. */
  readonly consumes?: string;
  /** Response schemas by status; `produces` names a non-JSON media type of the 200 answer. */
  readonly response?: Readonly<Record<number, z.ZodType>>;
  readonly produces?: string;
  /** Largest body accepted, in bytes (default: the server's small limit, 1 MiB). */
  readonly bodyLimit?: number;
  readonly write?: boolean;
  readonly job?: boolean;
}

const MiB = 1024 * 1024;
/** A scenario of a million events is about 70 MB of JSON. */
export const SCENARIO_LIMIT = 128 * MiB;
const FILINGS_LIMIT = 32 * MiB;
/** A batch of filings to read into a table. */
const BATCH_LIMIT = 256 * MiB;

const ok = (schema: z.ZodType) => ({ 200: schema, 400: s.errorSchema });
const text = z.string();
const answerSchema = z.unknown().describe("the answer of `rightsplan evaluate --json` (scenario-format.md), byte for byte");

// Register commands: the options of `rightsplan register <command>` as JSON fields.
const at = z.string().optional().describe("when: an ISO date or a date-time with offset (default: now, or the Distribution Date found)");
const holderId = z.string().min(1);
export const REGISTER_COMMANDS = {
  init: { body: z.object({ plan: z.string().optional().describe("a built-in plan id (default net-perceptions)") }).strict(), write: true, summary: "start the register under a plan (once)" },
  "import-holders": {
    body: z.object({ csv: z.string().describe("holder,name,kind,shares[,address,certificate]; kind: cede|drs|certificate"), sharesOutstanding: z.number().int().positive().optional() }).strict(),
    write: true,
    job: true,
    summary: "import the holders of record from CSV",
  },
  "import-ocf": {
    body: z
      .object({
        zip: z.string().min(1).describe("an Open Cap Table Format v1.2 export (.ocf.zip), in base64"),
        stockClass: z.string().optional().describe("the stock class of the Common Stock, when the export has several"),
        sharesOutstanding: z.number().int().positive().optional(),
      })
      .strict(),
    write: true,
    job: true,
    summary: "import the holders of record from an Open Cap Table Format export",
  },
  transfer: { body: z.object({ from: holderId, to: holderId, shares: z.number().int().positive(), at }).strict(), write: true, summary: "move shares (and their Rights) between holders of record" },
  "transfer-rights": { body: z.object({ from: holderId, to: holderId, rights: z.number().int().positive(), at }).strict(), write: true, summary: "after the distribution: transfer valid Rights between holders of record, with new certificates (R-3-separation)" },
  issue: { body: z.object({ holder: holderId, shares: z.number().int().positive(), withRights: z.boolean().optional().describe("after the Distribution Date: the Board issues Rights with the shares (R-3-separation)"), at }).strict(), write: true, summary: "issue new shares to a holder of record (with their Rights before the Distribution Date)" },
  apply: { body: z.object({ scenario: s.scenarioInputSchema.optional(), name: s.nameSchema.optional(), version: z.number().int().positive().optional() }).strict(), write: true, summary: "give the engine a scenario's facts (a saved scenario by name, or one inline); never moves a position" },
  distribute: { body: z.object({ at, rightValue: z.string().optional().describe("R-14: the market value of a whole Right, to pay fractional Rights in cash") }).strict(), write: true, job: true, summary: "at the Distribution Date: Rights Certificates or statements, numbered, with legends" },
  exercise: { body: z.object({ holder: holderId, rights: z.number().int().positive(), certify: z.boolean().describe("the holder certifies it is not an Acquiring Person, an Affiliate or Associate of one, nor a transferee of theirs"), at }).strict(), write: true, summary: "exercise Rights: Purchase Price in, shares and cash for fractions out" },
  redeem: { body: z.object({ at }).strict(), write: true, job: true, summary: "pay the Redemption Price to every holder of record (R-23)" },
  exchange: { body: z.object({ portion: z.string().optional(), trust: z.boolean().optional(), at }).strict(), write: true, job: true, summary: "exchange shares for Rights (R-24), optionally through a trust" },
  claim: { body: z.object({ holder: holderId, shares: z.number().int().positive().optional(), certify: z.boolean().describe("the holder certifies it is not an Acquiring Person, an Affiliate or Associate of one, nor a transferee of theirs"), at }).strict(), write: true, summary: "deliver a holder's exchange shares from the trust (R-24)" },
  report: { body: z.object({}).strict(), write: false, summary: "the register's report: holders, Rights, certificates, cash, reconciliation, audit" },
  verify: { body: z.object({}).strict(), write: false, summary: "check the invariants and the hash chain" },
  export: { body: z.object({}).strict(), write: false, summary: "the holder list with Rights, void flags and certificates" },
} as const satisfies Record<string, { body: z.ZodType; write: boolean; job?: boolean; summary: string }>;
export type RegisterCommand = keyof typeof REGISTER_COMMANDS;

function registerRoutes(): Record<string, RouteSpec> {
  return Object.fromEntries(
    Object.entries(REGISTER_COMMANDS).map(([command, c]) => [
      `register.${command}`,
      {
        method: "POST",
        url: `/api/register/${command}`,
        roles: c.write ? REGISTER_WRITERS : READERS,
        summary: `rightsplan register ${command}: ${c.summary}`,
        tag: "register",
        headers: s.idempotencyHeadersSchema,
        body: (c.body as z.ZodObject).default({}),
        querystring: "job" in c ? s.jobQuerySchema : undefined,
        // A job's refusal is in the job it answers with; any other write is refused with 409 naming the rule.
        response: { ...ok(z.unknown()), ...("job" in c ? { 202: s.jobAcceptedSchema } : c.write ? { 409: s.errorSchema } : {}) },
        bodyLimit: command === "import-holders" || command === "import-ocf" ? FILINGS_LIMIT : command === "apply" ? SCENARIO_LIMIT : undefined,
        write: c.write,
        job: "job" in c,
      } satisfies RouteSpec,
    ]),
  );
}

export const ROUTES = {
  // --- fixed routes scripts rely on ---
  health: { method: "GET", url: "/api/health", roles: "public", summary: "is the server up", tag: "server", response: { 200: s.okSchema } },
  openapi: { method: "GET", url: "/openapi.json", roles: "public", summary: "this API's OpenAPI document (the interactive page is /docs)", tag: "server", response: { 200: z.unknown() } },
  me: { method: "GET", url: "/api/me", roles: EVERY_ROLE, summary: "the token's name and role", tag: "tokens", response: { 200: s.meSchema } },
  evaluate: {
    method: "POST",
    url: "/api/evaluate",
    roles: READERS,
    summary: "evaluate a scenario (JSON or YAML): the answer of `rightsplan evaluate --json`",
    tag: "scenarios",
    querystring: s.asOfQuerySchema,
    body: s.scenarioInputSchema,
    response: ok(answerSchema),
    bodyLimit: SCENARIO_LIMIT,
  },
  "tokens.create": { method: "POST", url: "/api/tokens", roles: ADMIN, summary: "make a token for a person or a system", tag: "tokens", body: s.tokenRequestSchema, response: { 201: s.tokenResponseSchema, 400: s.errorSchema, 409: s.errorSchema }, write: true },
  "tokens.list": { method: "GET", url: "/api/tokens", roles: ADMIN, summary: "the tokens' names and roles (never the tokens)", tag: "tokens", response: { 200: s.tokenListSchema } },
  "tokens.delete": { method: "DELETE", url: "/api/tokens/:name", roles: ADMIN, summary: "revoke a token", tag: "tokens", params: s.nameParamsSchema, response: { 200: s.okSchema, 404: s.errorSchema }, write: true },

  // --- plans ---
  "plans.list": { method: "GET", url: "/api/plans", roles: READERS, summary: "the built-in and added plans", tag: "plans", response: { 200: s.planListSchema } },
  "plans.schema": { method: "GET", url: "/api/plans/schema", roles: READERS, summary: "the JSON Schema of a plan terms file", tag: "plans", response: { 200: z.unknown() } },
  "plans.show": { method: "GET", url: "/api/plans/:id", roles: READERS, summary: "a plan's terms in force, by section, each with its source", tag: "plans", params: s.idParamsSchema, querystring: s.asOfQuerySchema, response: { 200: s.planShowSchema, 404: s.errorSchema } },
  "plans.terms": { method: "GET", url: "/api/plans/:id/terms", roles: READERS, summary: "the plan terms file itself", tag: "plans", params: s.idParamsSchema, response: { 200: planSchema, 404: s.errorSchema } },
  "plans.add": { method: "PUT", url: "/api/plans/:id", roles: SCENARIO_WRITERS, summary: "add (201) or replace (200) a plan from a terms file; a built-in plan cannot be replaced", tag: "plans", params: s.idParamsSchema, body: s.planAddSchema, response: { 200: s.planListSchema.element, 201: s.planListSchema.element, 400: s.errorSchema }, write: true },
  "plans.diff": { method: "GET", url: "/api/plans/:id/diff/:other", roles: READERS, summary: "the terms in which two plans differ (`rightsplan diff --json`)", tag: "plans", params: s.planDiffParamsSchema, querystring: s.asOfQuerySchema, response: { 200: z.unknown(), 404: s.errorSchema } },
  "plans.describe": { method: "GET", url: "/api/plans/:id/describe", roles: READERS, summary: "the plain-English description of the plan's Rights (`rightsplan describe`)", tag: "plans", params: s.idParamsSchema, querystring: s.describeQuerySchema, response: { 200: text, 404: s.errorSchema }, produces: "text/plain" },

  // --- scenarios ---
  "scenarios.list": { method: "GET", url: "/api/scenarios", roles: READERS, summary: "the saved scenarios (latest versions)", tag: "scenarios", response: { 200: z.array(s.scenarioRecordSchema) } },
  "scenarios.schema": { method: "GET", url: "/api/scenarios/schema", roles: READERS, summary: "the JSON Schema of a scenario", tag: "scenarios", response: { 200: z.unknown() } },
  "scenarios.save": { method: "POST", url: "/api/scenarios", roles: SCENARIO_WRITERS, summary: "save a new scenario (version 1)", tag: "scenarios", body: s.scenarioSaveSchema, response: { 201: s.scenarioRecordSchema, 400: s.errorSchema, 409: s.errorSchema }, bodyLimit: SCENARIO_LIMIT, write: true },
  "scenarios.get": { method: "GET", url: "/api/scenarios/:name", roles: READERS, summary: "a saved scenario (the latest version, or ?version=N)", tag: "scenarios", params: s.nameParamsSchema, querystring: s.versionQuerySchema, response: { 200: s.scenarioGetSchema, 404: s.errorSchema } },
  "scenarios.versions": { method: "GET", url: "/api/scenarios/:name/versions", roles: READERS, summary: "every version of a scenario", tag: "scenarios", params: s.nameParamsSchema, response: { 200: z.array(s.scenarioRecordSchema), 404: s.errorSchema } },
  "scenarios.update": { method: "PUT", url: "/api/scenarios/:name", roles: SCENARIO_WRITERS, summary: "save a new version of a scenario (the earlier versions are kept)", tag: "scenarios", params: s.nameParamsSchema, headers: s.ifMatchHeadersSchema, body: s.scenarioInputSchema, response: { 200: s.scenarioRecordSchema, 400: s.errorSchema, 404: s.errorSchema, 409: s.errorSchema, 412: s.errorSchema }, bodyLimit: SCENARIO_LIMIT, write: true },
  "scenarios.delete": { method: "DELETE", url: "/api/scenarios/:name", roles: SCENARIO_WRITERS, summary: "delete a scenario and its versions", tag: "scenarios", params: s.nameParamsSchema, response: { 200: s.okSchema, 404: s.errorSchema }, write: true },
  "scenarios.boardActions": { method: "POST", url: "/api/scenarios/:name/board-actions", roles: BOARD, summary: `add Board actions (${s.BOARD_EVENT_TYPES.join(", ")}) to a scenario, as a new version`, tag: "scenarios", params: s.nameParamsSchema, body: s.boardActionsSchema, response: { 200: s.scenarioRecordSchema, 400: s.errorSchema, 404: s.errorSchema }, write: true },
  "scenarios.prices": { method: "POST", url: "/api/scenarios/:name/prices", roles: SCENARIO_WRITERS, summary: "import closing prices of the Common Stock (CSV: date,close) into a scenario, as a new version", tag: "scenarios", params: s.nameParamsSchema, body: text, consumes: "text/csv", response: { 200: s.scenarioRecordSchema, 400: s.errorSchema, 404: s.errorSchema }, bodyLimit: FILINGS_LIMIT, write: true },
  "scenarios.evaluate": { method: "GET", url: "/api/scenarios/:name/evaluate", roles: READERS, summary: "evaluate a saved scenario: the answer of `rightsplan evaluate --json`, byte for byte", tag: "scenarios", params: s.nameParamsSchema, querystring: s.scenarioEvaluateQuerySchema, response: { 200: answerSchema, 404: s.errorSchema } },
  "scenarios.compare": { method: "GET", url: "/api/scenarios/:name/compare", roles: READERS, summary: "compare two saved scenarios: the fields that differ and the first finding where their traces part", tag: "scenarios", params: s.nameParamsSchema, querystring: s.compareQuerySchema, response: { 200: s.comparisonSchema, 404: s.errorSchema } },

  // --- analyses ---
  "analyses.dilution": { method: "POST", url: "/api/analyses/dilution", roles: ANALYSTS, summary: "dilution of a flip-in, an exchange or a flip-over (`rightsplan dilution --json`)", tag: "analyses", body: s.dilutionRequestSchema, response: ok(z.unknown()), bodyLimit: SCENARIO_LIMIT },
  "analyses.sweep": { method: "POST", url: "/api/analyses/sweep", roles: ANALYSTS, summary: "re-evaluate over a range of one input (`rightsplan sweep --json`), as a job", tag: "analyses", querystring: s.jobQuerySchema, body: s.sweepRequestSchema, response: { 200: z.unknown(), 202: s.jobAcceptedSchema, 400: s.errorSchema }, bodyLimit: SCENARIO_LIMIT, job: true },
  "analyses.chart": { method: "POST", url: "/api/analyses/chart", roles: ANALYSTS, summary: "ownership over time, or the dilution bars, as SVG or PNG", tag: "analyses", body: s.chartRequestSchema, response: ok(text), produces: "image/svg+xml, image/png", bodyLimit: SCENARIO_LIMIT },
  "analyses.memo": { method: "POST", url: "/api/analyses/memo", roles: ANALYSTS, summary: "the dated memo (`rightsplan report`) as HTML, Markdown or DOCX", tag: "analyses", body: s.memoRequestSchema, response: ok(text), produces: "text/html, text/markdown, application/vnd.openxmlformats-officedocument.wordprocessingml.document", bodyLimit: SCENARIO_LIMIT },

  // --- reader ---
  "reader.read": { method: "POST", url: "/api/reader/read", roles: ANALYSTS, summary: "read a plan's terms from filings, each with its quote (`rightsplan read --json`), and the text extracted from a PDF or Word filing, which its quotes point into", tag: "reader", body: s.readRequestSchema, response: ok(z.unknown()), bodyLimit: FILINGS_LIMIT },
  "reader.table": { method: "POST", url: "/api/reader/table", roles: ANALYSTS, summary: "read many filings, each alone into one row of a table of plans (`rightsplan read --table`), as a job", tag: "reader", querystring: s.jobQuerySchema, body: s.readTableSchema, response: { 200: z.unknown(), 202: s.jobAcceptedSchema, 400: s.errorSchema }, bodyLimit: BATCH_LIMIT, job: true },
  "reader.tableFile": { method: "GET", url: "/api/reader/table/:id", roles: ANALYSTS, summary: "the table of a finished batch read, as CSV, an Excel workbook or JSON", tag: "reader", params: s.jobIdParamsSchema, querystring: s.tableQuerySchema, response: { 200: text, 404: s.errorSchema, 409: s.errorSchema }, produces: "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json" },
  "reader.save": { method: "POST", url: "/api/reader/plans", roles: SCENARIO_WRITERS, summary: "read filings and save the terms read as a plan (201 new, 200 replacing an added plan)", tag: "reader", body: s.readSaveSchema, response: { 200: s.planListSchema.element, 201: s.planListSchema.element, 400: s.errorSchema }, bodyLimit: FILINGS_LIMIT, write: true },

  // --- register ---
  ...registerRoutes(),
  "register.positions": { method: "GET", url: "/api/register/positions", roles: EVERY_ROLE, summary: "holders of record with shares and Rights (a holder token sees its own positions only)", tag: "register", response: { 200: z.unknown() } },
  "register.holder": { method: "GET", url: "/api/register/holders/:holder", roles: EVERY_ROLE, summary: "a holder of record's page: shares, Rights, void Rights, certificates, exercises and payments (a holder token reads its own)", tag: "register", params: s.holderParamsSchema, response: { 200: z.unknown(), 404: s.errorSchema } },

  // --- jobs ---
  "jobs.list": { method: "GET", url: "/api/jobs", roles: READERS, summary: "the latest jobs", tag: "jobs", response: { 200: z.array(s.jobSchema) } },
  "jobs.get": { method: "GET", url: "/api/jobs/:id", roles: READERS, summary: "a job: its state, progress and result", tag: "jobs", params: s.jobIdParamsSchema, querystring: s.jobQuerySchema, response: { 200: s.jobSchema, 404: s.errorSchema } },
  "jobs.events": { method: "GET", url: "/api/jobs/:id/events", roles: READERS, summary: "a job's progress as server-sent events (progress, then done or failed)", tag: "jobs", params: s.jobIdParamsSchema, response: { 200: text, 404: s.errorSchema }, produces: "text/event-stream" },
  "audit.list": { method: "GET", url: "/api/audit", roles: ADMIN, summary: "the audit trail of writes: who, what, when, with what answer", tag: "server", response: { 200: z.unknown() } },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof ROUTES;

/** A route's URL as a pattern: each `:param` one path segment. */
const patternOf = (url: string): RegExp => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`);
const PATTERNS = Object.values(ROUTES).map((spec: RouteSpec) => ({ pattern: patternOf(spec.url), method: spec.method }));

/** The methods the route table answers at a path (HEAD with GET, as fastify answers it): for a 405's Allow header. */
export function methodsAt(path: string): string[] {
  const methods = new Set(PATTERNS.filter((p) => p.pattern.test(path)).map((p) => p.method as string));
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}
