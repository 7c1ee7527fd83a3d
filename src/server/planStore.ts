/** Plans added to the server (a terms file, or the terms the reader read), kept as validated JSON. */
import { parsePlan, parseYamlText, refuseNonPlan } from "../terms/load.js";
import type { Plan } from "../terms/schema.js";
import { badRequest } from "./httpErrors.js";
import { nowText, type ServerDb } from "./db.js";
import { isBuiltIn, type PlanLibrary } from "./planRefs.js";

/** A plan from a request: YAML/JSON text or parsed data, validated as the CLI validates a terms file. */
export function planFromRequest(id: string, terms: string | Record<string, unknown>): Plan {
  const data = typeof terms === "string" ? parseYamlText(terms, `plan ${id}`) : terms;
  refuseNonPlan(data, `terms of plan ${id}`, "POST /api/evaluate, or save it with POST /api/scenarios");
  const plan = parsePlan(data, id);
  if (plan.id !== id) throw badRequest(`the terms file's id "${plan.id}" is not the plan's name in the path "${id}"`, [{ code: "custom", path: ["terms", "id"], message: `expected "${id}"` }]);
  return plan;
}

/** Adds (or replaces) a plan; the built-in plans cannot be replaced. Whether a plan of that id was replaced. */
export async function savePlan(db: ServerDb, plan: Plan, by: string): Promise<{ replaced: boolean }> {
  if (isBuiltIn(plan.id)) throw badRequest(`"${plan.id}" is a built-in plan: give the new plan another id`, [{ code: "custom", path: ["id"], message: "a built-in plan's id" }]);
  const row = { id: plan.id, terms: JSON.stringify(plan), saved_at: nowText(), saved_by: by };
  return db.transaction().execute(async (t) => {
    const earlier = await t.selectFrom("server_plans").select("id").where("id", "=", plan.id).executeTakeFirst();
    await t.insertInto("server_plans").values(row).onConflict((oc) => oc.column("id").doUpdateSet({ terms: row.terms, saved_at: row.saved_at, saved_by: by })).execute();
    return { replaced: earlier !== undefined };
  });
}

export async function addedPlans(db: ServerDb): Promise<PlanLibrary> {
  const rows = await db.selectFrom("server_plans").select(["id", "terms"]).orderBy("id").execute();
  return Object.fromEntries(rows.map((r) => [r.id, JSON.parse(r.terms) as Plan]));
}
