/**
 * Which plan a scenario's `plan` names, on the server: a built-in plan or a plan added to the
 * server, by id. Never a path: a name from a request does not reach the file system.
 */
import { InputError } from "../errors.js";
import { builtInPlanIds, loadPlan } from "../terms/load.js";
import type { Plan } from "../terms/schema.js";

/** The plans added to the server, by id. */
export type PlanLibrary = Readonly<Record<string, Plan>>;

export function resolvePlan(ref: string, added: PlanLibrary): Plan {
  if (builtInPlanIds().includes(ref)) return loadPlan(ref);
  const plan = Object.hasOwn(added, ref) ? added[ref] : undefined;
  if (plan) return plan;
  const ids = [...builtInPlanIds(), ...Object.keys(added)].join(", ");
  throw new InputError(`unknown plan "${ref}": not a built-in plan nor a plan added to this server (${ids})`, []);
}

/** Every plan the server knows: the built-in ones, then those added. */
export function planIds(added: PlanLibrary): { id: string; name: string; builtIn: boolean }[] {
  return [
    ...builtInPlanIds().map((id) => ({ id, name: loadPlan(id).name, builtIn: true })),
    ...Object.values(added).map((p) => ({ id: p.id, name: p.name, builtIn: false })),
  ];
}

export const isBuiltIn = (id: string): boolean => builtInPlanIds().includes(id);
