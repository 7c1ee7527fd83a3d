/**
 * The audit trail of writes through the server: who (the token's name and role), what (the names
 * in the path, the request's short fields, the job it started), when (New York time, as every
 * time the project shows), and the answer's status.
 */
import type { FastifyRequest } from "fastify";
import { formatNewYork } from "../time/instant.js";
import { nowText, type ServerDb } from "./db.js";

/** A field longer than this (a CSV, a terms file's text) is not copied into the trail: the entry names the thing changed, it is not a backup of it. */
const LONGEST_FIELD = 200;

declare module "fastify" {
  interface FastifyRequest {
    /** The job a request started (startJob), for its audit entry. */
    jobId?: string;
  }
}

type Scalar = string | number | boolean;
const isShortScalar = (v: unknown): v is Scalar => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v.length <= LONGEST_FIELD);

/** What a write changed: its path's names, the body's short fields (never a long text, a scenario or a file), its Idempotency-Key and the job it started. */
export function auditWhat(request: FastifyRequest): Record<string, unknown> {
  const body = request.body !== null && typeof request.body === "object" && !Buffer.isBuffer(request.body) ? (request.body as Record<string, unknown>) : {};
  const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => isShortScalar(v)));
  const key = request.headers["idempotency-key"];
  return {
    ...(request.params as Record<string, string> | undefined),
    ...fields,
    ...(typeof key === "string" && key ? { idempotencyKey: key } : {}),
    ...(request.jobId ? { job: request.jobId } : {}),
  };
}

/** An audit entry for a write, with the answer's status. */
export async function audit(db: ServerDb, request: FastifyRequest, status: number): Promise<void> {
  await db
    .insertInto("server_audit")
    .values({ at: nowText(), token_name: request.owner?.name ?? null, role: request.owner?.role ?? null, method: request.method, url: request.url.split("?")[0]!, status, what: JSON.stringify(auditWhat(request)) })
    .execute();
}

/** The latest entries, newest first: `at` in New York time; `what` null in entries made before it was kept. */
export async function auditTrail(db: ServerDb, limit = 1000) {
  const rows = await db.selectFrom("server_audit").selectAll().orderBy("id", "desc").limit(limit).execute();
  return rows.map((row) => ({ ...row, at: formatNewYork(Date.parse(row.at)), what: row.what === null ? null : (JSON.parse(row.what) as unknown) }));
}
