/**
 * The reader: filings in, terms with their quotes out; or saved as a plan; or, for a batch of
 * filings, a job that reads each into one row of a table of plans (CSV, Excel or JSON).
 */
import type { Handler, ServerContext } from "../app.js";
import { HttpError, badRequest, notFound } from "../httpErrors.js";
import type { JobContext } from "../jobs.js";
import { planFromRequest } from "../planStore.js";
import { answerSavedPlan } from "./plans.js";
import { jobIdParamsSchema, readRequestSchema, readSaveSchema, readTableSchema, tableQuerySchema } from "../schemas.js";
import type { TableRow } from "../../reader/table/row.js";
import { jsonOf, part, runFor, send, startJob } from "./common.js";

type Upload = { name: string; content: string; encoding: "utf8" | "base64" };
const bytesOf = (f: Upload) => ({ name: f.name, bytes: new Uint8Array(f.encoding === "base64" ? Buffer.from(f.content, "base64") : Buffer.from(f.content, "utf8")) });

const readTask = (files: readonly Upload[]) => ({ kind: "read", files: files.map(bytesOf) }) as const;

export const read: Handler = async (request, reply, context: ServerContext) => send(reply, await runFor(reply, context, readTask(part(readRequestSchema, request.body).files)));

export const saveRead: Handler = async (request, reply, context) => {
  const body = part(readSaveSchema, request.body);
  const reading = jsonOf(await runFor(reply, context, readTask(body.files))) as { plan: Record<string, unknown> | null; planError?: string };
  if (!reading.plan) throw badRequest(`the filings give no plan: ${reading.planError}`, []);
  const id = body.id ?? String(reading.plan.id);
  return answerSavedPlan(request, reply, context, planFromRequest(id, { ...reading.plan, id }));
};

/** A batch read: the filings as a job (202, or the finished job with `?wait=true`). */
export const readTable: Handler = async (request, reply, context) => startJob(request, reply, context, "read-table", { files: part(readTableSchema, request.body).files });

export interface TableResult {
  readonly documents: number;
  readonly unreadable: number;
  readonly rows: readonly TableRow[];
}

/** The batch read's work: each filing read alone on a worker thread, in the order given, counted as it is done. */
export async function runReadTable(input: { files: readonly Upload[] }, job: JobContext, context: ServerContext): Promise<TableResult> {
  const total = input.files.length;
  let done = 0;
  job.progress(done, total);
  const rows = await Promise.all(
    input.files.map(async (file) => {
      const row = jsonOf(await context.pool.run({ kind: "row", file: bytesOf(file) }, undefined, job.signal)) as TableRow;
      job.progress(++done, total);
      return row;
    }),
  );
  return { documents: total, unreadable: rows.filter((r) => r.error).length, rows };
}

const TABLE_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** The table of a finished batch read, as a file to download. */
export const tableFile: Handler = async (request, reply, { jobs }) => {
  const { id } = part(jobIdParamsSchema, request.params);
  const { format } = part(tableQuerySchema, request.query);
  const job = await jobs.get(id);
  if (job.kind !== "read-table") throw notFound(`batch read ${id}`);
  if (job.state !== "done") throw new HttpError(409, "not-done", `the batch read ${id} is ${job.state}; its table comes when it is done (GET /api/jobs/${id})`);
  const { rows } = job.result as TableResult;
  // Loaded here: the Excel writer is large, and only tables need it.
  const [{ plansTable }, { tableBytes }] = await Promise.all([import("../../reader/table/row.js"), import("../../export/tableFile.js")]);
  const body = await tableBytes(plansTable(rows), format);
  return reply.type(TABLE_TYPES[format]).header("content-disposition", `attachment; filename="plans.${format}"`).send(body);
};
