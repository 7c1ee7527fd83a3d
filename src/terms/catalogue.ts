/**
 * The plans an evaluation may name (issue 8 item 6): the engine reads no file, so the caller
 * supplies the plans as a catalogue, a name → plan map. The built-in plans are bundled data
 * (plans/*.yaml, see scripts/bundle-plans.mjs); a plan file named by a scenario is read by the
 * edge (src/files/plans.ts) and added under the name the scenario gives it.
 */
import { InputError } from "../errors.js";
import { BUILT_IN_PLAN_DATA, BUILT_IN_PLAN_IDS } from "./builtInPlanData.js";
import { parsePlan } from "./load.js";
import type { Plan } from "./schema.js";
import { DEFAULT_PLAN } from "./defaultPlan.js";

/** Plans by the name a scenario's `plan` gives them. */
export type PlanCatalogue = ReadonlyMap<string, Plan>;

export { DEFAULT_PLAN } from "./defaultPlan.js";

/** The plans shipped with rightsplan, validated once when this module loads (immutable: frozen). */
export const BUILT_IN_PLANS: ReadonlyMap<string, Plan> = new Map(
  Object.entries(BUILT_IN_PLAN_DATA).map(([id, data]) => [id, deepFreeze(parsePlan(data, `built-in plan ${id}`))]),
);

/** The ids of the plans shipped with rightsplan, sorted; `net-perceptions` is the default. */
export function builtInPlanIds(): string[] {
  return [...BUILT_IN_PLAN_IDS];
}

/** `catalogue` with `more` added (a plan of `more` replaces one of the same name). */
export function withPlans(catalogue: PlanCatalogue, more: Iterable<readonly [string, Plan]>): PlanCatalogue {
  return new Map([...catalogue, ...more]);
}

/** The plan named `ref` in `catalogue`; an input error listing the names it knows otherwise. */
export function planNamed(catalogue: PlanCatalogue, ref: string = DEFAULT_PLAN): Plan {
  const plan = catalogue.get(ref);
  if (plan === undefined) {
    throw new InputError(`unknown plan "${ref}": the plans given are ${[...catalogue.keys()].map((k) => `"${k}"`).join(", ") || "none"} (a plan file is read by the caller, e.g. the rightsplan command, relative to the scenario's folder)`, []);
  }
  return plan;
}

/** Freezes `value` and everything it holds: the built-in plans are shared by every evaluation. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
