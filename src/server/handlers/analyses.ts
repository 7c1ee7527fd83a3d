/** Analyses on worker threads: dilution, sweep (a job), charts, the memo. */
import type { Handler, ServerContext } from "../app.js";
import type { JobContext } from "../jobs.js";
import type { DilutionSettings } from "../tasks.js";
import { chartRequestSchema, dilutionRequestSchema, memoRequestSchema, sweepRequestSchema } from "../schemas.js";
import { jsonOf, part, runFor, send, sourceOf, startJob } from "./common.js";

const settingsOf = (b: DilutionSettings): DilutionSettings => ({ exerciseRate: b.exerciseRate, price: b.price, principalPartyShares: b.principalPartyShares });

export const dilution: Handler = async (request, reply, context) => {
  const body = part(dilutionRequestSchema, request.body);
  return send(reply, await runFor(reply, context, { kind: "dilution", scenario: await sourceOf(context, body), plans: await context.plans(), asOf: body.asOf, settings: settingsOf(body) }));
};

/** The sweep job's input: the scenario (a saved one pinned to its version) and the options. */
export const sweep: Handler = async (request, reply, context) => {
  const body = part(sweepRequestSchema, request.body);
  const scenario = await sourceOf(context, body);
  return startJob(request, reply, context, "sweep", { scenario, asOf: body.asOf, vary: body.vary, metrics: body.metrics, settings: settingsOf(body) });
};

export interface SweepInput {
  readonly scenario: Awaited<ReturnType<typeof sourceOf>>;
  readonly asOf?: string;
  readonly vary: string;
  readonly metrics: string[];
  readonly settings: DilutionSettings;
}

export async function runSweep(input: SweepInput, job: JobContext, context: ServerContext): Promise<unknown> {
  return jsonOf(await context.pool.run({ kind: "sweep", ...input, plans: await context.plans() }, job.progress, job.signal));
}

export const chart: Handler = async (request, reply, context) => {
  const body = part(chartRequestSchema, request.body);
  return send(reply, await runFor(reply, context, { kind: "chart", scenario: await sourceOf(context, body), plans: await context.plans(), asOf: body.asOf, chart: body.kind, format: body.format }));
};

export const memo: Handler = async (request, reply, context) => {
  const body = part(memoRequestSchema, request.body);
  const task = { kind: "memo", scenario: await sourceOf(context, body), plans: await context.plans(), asOf: body.asOf, settings: settingsOf(body), format: body.format, date: body.date, heading: body.heading } as const;
  return send(reply, await runFor(reply, context, task));
};
