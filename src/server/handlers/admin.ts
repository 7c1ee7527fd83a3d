/** Health, the caller, tokens and the audit trail. */
import type { Handler } from "../app.js";
import { notFound } from "../httpErrors.js";
import { addToken } from "../tokens.js";
import { auditTrail as trail } from "../audit.js";
import { tokenRequestSchema, nameParamsSchema } from "../schemas.js";
import { ownerOf, part } from "./common.js";

export const health: Handler = async () => ({ status: "ok" });

export const me: Handler = async (request) => ownerOf(request);

export const createToken: Handler = async (request, reply, { db }) => {
  const body = part(tokenRequestSchema, request.body);
  const token = await addToken(db, { name: body.name, role: body.role, holder: body.holder ?? null });
  reply.code(201);
  return { token, name: body.name, role: body.role };
};

export const listTokens: Handler = async (_request, _reply, { db }) => {
  const rows = await db.selectFrom("server_tokens").select(["name", "role", "holder", "created_at"]).orderBy("name").execute();
  return rows.map((r) => ({ name: r.name, role: r.role, holder: r.holder, createdAt: r.created_at }));
};

export const deleteToken: Handler = async (request, _reply, { db }) => {
  const { name } = part(nameParamsSchema, request.params);
  const result = await db.deleteFrom("server_tokens").where("name", "=", name).executeTakeFirst();
  if (!result.numDeletedRows) throw notFound(`token "${name}"`);
  return { status: "ok" };
};

export const auditTrail: Handler = async (_request, _reply, { db }) => trail(db);
