/** The reader: filings in, terms with their quotes out; or saved as a plan. */
import type { Handler, ServerContext } from "../app.js";
import { badRequest } from "../httpErrors.js";
import { planFromRequest, savePlan } from "../planStore.js";
import { readRequestSchema, readSaveSchema } from "../schemas.js";
import { jsonOf, ownerOf, part, send } from "./common.js";

type Upload = { name: string; content: string; encoding: "utf8" | "base64" };
const bytesOf = (f: Upload) => ({ name: f.name, bytes: new Uint8Array(f.encoding === "base64" ? Buffer.from(f.content, "base64") : Buffer.from(f.content, "utf8")) });

const readTask = (files: readonly Upload[]) => ({ kind: "read", files: files.map(bytesOf) }) as const;

export const read: Handler = async (request, reply, context: ServerContext) => send(reply, await context.pool.run(readTask(part(readRequestSchema, request.body).files)));

export const saveRead: Handler = async (request, reply, context) => {
  const body = part(readSaveSchema, request.body);
  const reading = jsonOf(await context.pool.run(readTask(body.files))) as { plan: Record<string, unknown> | null; planError?: string };
  if (!reading.plan) throw badRequest(`the filings give no plan: ${reading.planError}`, []);
  const id = body.id ?? String(reading.plan.id);
  const plan = planFromRequest(id, { ...reading.plan, id });
  await savePlan(context.db, plan, ownerOf(request).name);
  context.plansChanged();
  reply.code(201);
  return { id: plan.id, name: plan.name, builtIn: false };
};
