/** Plans: list, show by section, the terms file, add, diff, describe. */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Handler, ServerContext } from "../app.js";
import { EVERY_AMENDMENT_IN_FORCE } from "../../cli/asOf.js";
import { requestAsOf } from "../asOf.js";
import { describePlan } from "../../reader/describe/describe.js";
import { planDifferences } from "../../reader/diff.js";
import { notFound } from "../httpErrors.js";
import { planIds, resolvePlan } from "../planRefs.js";
import { planFromRequest, savePlan } from "../planStore.js";
import { planShow } from "../planShow.js";
import { planJsonSchema } from "../../schemas.js";
import { asOfQuerySchema, describeQuerySchema, idParamsSchema, planAddSchema, planDiffParamsSchema } from "../schemas.js";
import { InputError } from "../../errors.js";
import type { Plan } from "../../terms/schema.js";
import { ownerOf, part } from "./common.js";

/** A plan the server knows, by id; 404 otherwise. */
export async function planById(context: ServerContext, id: string): Promise<Plan> {
  try {
    return resolvePlan(id, await context.plans());
  } catch (e) {
    if (e instanceof InputError) throw notFound(`plan "${id}"`);
    throw e;
  }
}

export const listPlans: Handler = async (_request, _reply, context) => planIds(await context.plans());

export const planSchemaDocument: Handler = async () => planJsonSchema();

/** The instant whose terms to show: `asOf` (400 naming it when it cannot be read), or every amendment in force. */
const termsInstant = (asOf: string | undefined): number => (asOf === undefined ? EVERY_AMENDMENT_IN_FORCE : requestAsOf(asOf));

export const showPlan: Handler = async (request, _reply, context) => {
  const { id } = part(idParamsSchema, request.params);
  const { asOf } = part(asOfQuerySchema, request.query);
  return planShow(await planById(context, id), termsInstant(asOf));
};

export const planTerms: Handler = async (request, _reply, context) => planById(context, part(idParamsSchema, request.params).id);

/** Saves a plan for a request: 201 when it is new, 200 when it replaces an added plan of the same id. */
export async function answerSavedPlan(request: FastifyRequest, reply: FastifyReply, context: ServerContext, plan: Plan) {
  const { replaced } = await savePlan(context.db, plan, ownerOf(request).name);
  context.plansChanged();
  reply.code(replaced ? 200 : 201);
  return { id: plan.id, name: plan.name, builtIn: false };
}

export const addPlan: Handler = async (request, reply, context) => {
  const { id } = part(idParamsSchema, request.params);
  return answerSavedPlan(request, reply, context, planFromRequest(id, part(planAddSchema, request.body).terms));
};

export const diffPlans: Handler = async (request, _reply, context) => {
  const { id, other } = part(planDiffParamsSchema, request.params);
  const { asOf } = part(asOfQuerySchema, request.query);
  return planDifferences(await planById(context, id), await planById(context, other), termsInstant(asOf), { a: id, b: other, asOf: asOf ?? null });
};

const DESCRIBE_TYPES = { md: "text/markdown; charset=utf-8", html: "text/html; charset=utf-8", text: "text/plain; charset=utf-8" } as const;

export const describe: Handler = async (request, reply, context) => {
  const { id } = part(idParamsSchema, request.params);
  const { asOf, format } = part(describeQuerySchema, request.query);
  const text = describePlan(await planById(context, id), { at: asOf === undefined ? undefined : requestAsOf(asOf), format });
  return reply.type(DESCRIBE_TYPES[format]).send(text + "\n");
};
