/**
 * A server for tests: a fresh SQLite file, an admin token, one token per role, fastify's inject.
 * The workers run the built module, so `npm run build` comes first (npm test does it). One worker
 * thread: each thread loads the engine and whatever a task needs (the reader, charts, docx) for
 * itself, and no test here needs two tasks computed at once.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildServer, type ServerOptions } from "../../src/server/app.js";
import { ROLES, type Role } from "../../src/server/roles.js";

export const ADMIN_TOKEN = "rp_test-admin-token";

export interface TestServer {
  readonly app: FastifyInstance;
  readonly db: string;
  readonly tokens: Record<Role, string>;
  /** inject with a role's token (or none). */
  as(role: Role | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const tempDb = (): string => join(mkdtempSync(join(tmpdir(), "rightsplan-server-")), "test.db");

export async function testServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const db = options.db ?? tempDb();
  const { app } = await buildServer({ adminToken: ADMIN_TOKEN, rateLimit: 1_000_000, threads: 1, ...options, db });
  const tokens = { admin: ADMIN_TOKEN } as Record<Role, string>;
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  for (const role of ROLES.filter((r) => r !== "admin")) {
    await app.inject({ method: "DELETE", url: `/api/tokens/${role}-1`, headers }); // made by an earlier start on the same database
    const response = await app.inject({ method: "POST", url: "/api/tokens", headers, payload: { name: `${role}-1`, role, ...(role === "holder" ? { holder: "h001" } : {}) } });
    tokens[role] = response.json().token;
  }
  return {
    app,
    db,
    tokens,
    as: (role, o) => app.inject({ ...o, headers: { ...(o.headers ?? {}), ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) } }),
    close: () => app.close(),
  };
}

/** The value `get` gives once `ok` holds of it, asked every 50 ms for up to 30 s. */
export async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await get();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
