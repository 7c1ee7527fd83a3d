/** What the handlers share: typed input, sending a worker's answer, scenarios named or given, jobs. */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { HttpError } from "../httpErrors.js";
import type { ServerContext } from "../app.js";
import type { TokenOwner } from "../tokens.js";
import type { ScenarioSource, Task, TaskResult } from "../tasks.js";
import { getScenario } from "../scenarioStore.js";
import type { JobView } from "../jobs.js";

/** The request's validated part (validated by the route's schema before the handler runs). */
export const part = <S extends z.ZodType>(_schema: S, value: unknown): z.output<S> => value as z.output<S>;

/** The caller (authorized by the route's roles before the handler runs). */
export function ownerOf(request: FastifyRequest): TokenOwner {
  if (!request.owner) throw new HttpError(401, "unauthenticated", "this route needs a token");
  return request.owner;
}

/**
 * A task run on a worker for a request. A client that goes away before its answer stops the task
 * (piscina ends the thread that runs it): abandoned long evaluations would otherwise hold every
 * thread, and every other evaluation would wait for them.
 */
export async function runFor(reply: FastifyReply, context: ServerContext, task: Task): Promise<TaskResult> {
  const gone = new AbortController();
  const closed = () => {
    if (!reply.raw.writableFinished) gone.abort();
  };
  reply.raw.on("close", closed);
  try {
    return await context.pool.run(task, undefined, gone.signal);
  } catch (e) {
    if (gone.signal.aborted) throw new HttpError(499, "client-closed-request", "the client went away before the answer; its work was stopped");
    throw e;
  } finally {
    reply.raw.off("close", closed);
  }
}

/** A worker's answer as the response, or its refusal as an error. */
export function bytesOrThrow(result: TaskResult): { type: string; body: Buffer } {
  if (!result.ok) throw new HttpError(result.status, result.code, result.message, result.issues);
  return { type: result.type, body: Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength) };
}

export function send(reply: FastifyReply, result: TaskResult): FastifyReply {
  const { type, body } = bytesOrThrow(result);
  return reply.type(type).send(body);
}

/** The JSON value of a worker's answer (for jobs, which keep their result as JSON). */
export function jsonOf(result: TaskResult): unknown {
  return JSON.parse(bytesOrThrow(result).body.toString("utf8"));
}

/** A saved scenario as a worker reads it: its stored JSON text. */
export async function storedSource(context: ServerContext, name: string, version?: number): Promise<ScenarioSource & { version: number }> {
  const saved = await getScenario(context.db, name, version);
  return { text: saved.body, origin: `scenario "${name}" version ${saved.version}`, version: saved.version };
}

/** The scenario of an analysis request: given inline, or saved under `name`. */
export async function sourceOf(context: ServerContext, body: { scenario?: unknown; name?: string; version?: number }): Promise<ScenarioSource> {
  if (body.name !== undefined) return storedSource(context, body.name, body.version);
  return { data: body.scenario, origin: "the scenario" };
}

/** Starts a job and answers 202 with it, or (with `?wait=true`) the finished job. */
export async function startJob(request: FastifyRequest, reply: FastifyReply, context: ServerContext, kind: string, input: unknown): Promise<{ job: JobView }> {
  const job = await context.jobs.start(kind, input, ownerOf(request).name);
  request.jobId = job.id;
  const wait = (request.query as { wait?: boolean } | undefined)?.wait;
  if (wait) return { job: await context.jobs.finished(job.id) };
  reply.code(202).header("location", `/api/jobs/${job.id}`);
  return { job };
}
