/** Saved scenarios: save, list, get, versions, update, delete, Board actions, prices, evaluate, compare. */
import type { Handler, ServerContext } from "../app.js";
import { InputError, issuesOf, type Issue } from "../../errors.js";
import { parseScenario } from "../../scenario/parse.js";
import { eventSchema } from "../../scenario/schema.js";
import { parseEventInstant } from "../../time/instant.js";
import { scenarioJsonSchema } from "../../schemas.js";
import type { FastifyReply } from "fastify";
import { HttpError, badRequest, conflict } from "../httpErrors.js";
import { mergePrices, parsePricesCsv, type Close } from "../pricesCsv.js";
import { deleteScenario, getScenario, listScenarios, saveScenario, scenarioVersions, updateScenario } from "../scenarioStore.js";
import { BOARD_EVENT_TYPES, boardActionsSchema, compareQuerySchema, ifMatchHeadersSchema, nameParamsSchema, scenarioEvaluateQuerySchema, scenarioSaveSchema, versionQuerySchema, asOfQuerySchema } from "../schemas.js";
import { ownerOf, part, runFor, send, storedSource } from "./common.js";

/**
 * A scenario to save must read as the CLI reads a scenario file, every event included (a bad event
 * is refused here rather than kept to stop evaluations later).
 */
function checkScenario(data: unknown, origin: string): void {
  const parsed = parseScenario(data, origin);
  if (parsed.badEvent) throw new InputError(`${origin} is not a valid scenario`, parsed.badEvent.issues);
  const issues = parsed.scenario.events.flatMap((event, index) => timeIssues(event, ["events", index]));
  if (issues.length) throw new InputError(`${origin} is not a valid scenario`, issues);
}

/** R-X9: an event whose `at` (or an amendment's `effective`) has an offset that is not New York's at that instant cannot be read; it is refused before it is saved. */
function timeIssues(event: { at: string; effective?: string }, path: readonly (string | number)[]): Issue[] {
  return (["at", "effective"] as const).flatMap((field): Issue[] => {
    const time = event[field];
    if (time === undefined) return [];
    try {
      parseEventInstant(time);
      return [];
    } catch (e) {
      return [{ code: "custom", path: [...path, field], message: (e as Error).message }];
    }
  });
}

export const list: Handler = async (_request, _reply, { db }) => listScenarios(db);

export const schema: Handler = async () => scenarioJsonSchema();

export const save: Handler = async (request, reply, { db }) => {
  const { name, scenario } = part(scenarioSaveSchema, request.body);
  checkScenario(scenario, "the scenario");
  reply.code(201);
  return tagged(reply, await saveScenario(db, name, scenario, ownerOf(request).name));
};

export const get: Handler = async (request, reply, { db }) => {
  const { name } = part(nameParamsSchema, request.params);
  const { version } = part(versionQuerySchema, request.query);
  const { body: _text, data, ...record } = await getScenario(db, name, version);
  return tagged(reply, { ...record, scenario: data });
};

export const versions: Handler = async (request, _reply, { db }) => scenarioVersions(db, part(nameParamsSchema, request.params).name);

/**
 * A new version: made from the version named by If-Match (the ETag GET gave), saved only if that is
 * still the latest (412 otherwise: another client's version is not overwritten unread); without
 * If-Match (or with *), the next version after the latest.
 */
export const update: Handler = async (request, reply, { db }) => {
  const { name } = part(nameParamsSchema, request.params);
  const { "if-match": ifMatch } = part(ifMatchHeadersSchema, request.headers);
  checkScenario(request.body, "the scenario");
  const version = ifMatch === undefined || ifMatch === "*" ? undefined : Number(ifMatch.slice(1, -1));
  const base = version === undefined ? undefined : { version, stale: (latest: number) => staleIfMatch(name, version, latest) };
  return tagged(reply, await updateScenario(db, name, request.body, ownerOf(request).name, base));
};

const staleIfMatch = (name: string, version: number, latest: number) =>
  new HttpError(412, "precondition-failed", `scenario "${name}" is at version ${latest}, not ${version}: read it again and make the change to version ${latest}`, [
    { code: "custom", path: ["if-match"], message: `version ${version} is not the latest (${latest})` },
  ]);

/** A saved version's answer, with its ETag (the version, for If-Match). */
function tagged<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header("etag", `"${record.version}"`);
  return record;
}

/** A read-modify-write of the server's own (Board actions, prices): another version saved meanwhile is a conflict. */
const readBase = (name: string, version: number) => ({ version, stale: () => conflict(`scenario "${name}" was updated at the same time: read it again and retry`) });

export const remove: Handler = async (request, _reply, { db }) => {
  await deleteScenario(db, part(nameParamsSchema, request.params).name);
  return { status: "ok" };
};

/** The issuer adds Board actions (and only those) as a new version. */
export const boardActions: Handler = async (request, _reply, { db }) => {
  const { name } = part(nameParamsSchema, request.params);
  const { events } = part(boardActionsSchema, request.body);
  const issues: Issue[] = events.flatMap((event, index): Issue[] => {
    if (!(BOARD_EVENT_TYPES as readonly unknown[]).includes(event.type)) {
      return [{ code: "custom", path: ["events", index, "type"], message: `not a Board action: expected one of ${BOARD_EVENT_TYPES.join(", ")}` }];
    }
    const checked = eventSchema.safeParse(event, { reportInput: true });
    return checked.success ? timeIssues(checked.data, ["events", index]) : issuesOf(checked.error).map((i) => ({ ...i, path: ["events", index, ...i.path] }));
  });
  if (issues.length) throw badRequest("the Board actions are not valid", issues);
  const saved = await getScenario(db, name);
  const data = saved.data as { events?: unknown[] };
  return updateScenario(db, name, { ...data, events: [...(data.events ?? []), ...events] }, ownerOf(request).name, readBase(name, saved.version));
};

export const prices: Handler = async (request, _reply, { db }) => {
  const { name } = part(nameParamsSchema, request.params);
  if (typeof request.body !== "string") throw badRequest("send the prices as CSV (Content-Type: text/csv): date,close", []);
  const imported = parsePricesCsv(request.body);
  const saved = await getScenario(db, name);
  const data = saved.data as { prices?: Close[] };
  return updateScenario(db, name, { ...data, prices: mergePrices(data.prices ?? [], imported) }, ownerOf(request).name, readBase(name, saved.version));
};

/** POST /api/evaluate: the scenario's bytes go to a worker, read there as the CLI reads a file. */
export const evaluateBody: Handler = async (request, reply, context) => {
  const { asOf } = part(asOfQuerySchema, request.query);
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw badRequest("send a scenario (JSON or YAML) as the body", []);
  return send(reply, await runFor(reply, context, { kind: "evaluate", scenario: { text: request.body, origin: "the scenario" }, plans: await context.plans(), asOf }));
};

export const evaluateSaved: Handler = async (request, reply, context) => {
  const { name } = part(nameParamsSchema, request.params);
  const { asOf, version } = part(scenarioEvaluateQuerySchema, request.query);
  return send(reply, await runFor(reply, context, { kind: "evaluate", scenario: await storedSource(context, name, version), plans: await context.plans(), asOf }));
};

export const compare: Handler = async (request, reply, context: ServerContext) => {
  const { name } = part(nameParamsSchema, request.params);
  const query = part(compareQuerySchema, request.query);
  const [a, b] = [await storedSource(context, name), await storedSource(context, query.with)];
  return send(reply, await runFor(reply, context, { kind: "compare", a, b, plans: await context.plans(), asOf: query.asOf }));
};
