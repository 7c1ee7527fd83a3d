/**
 * The plans an evaluation may name (issue 8 item 6): the engine reads no file, so the caller
 * supplies the plans as a catalogue, a name → plan map. The built-in plans are bundled data
 * (plans/*.yaml, see scripts/bundle-plans.mjs), validated when built, not on every run (issue 8
 * item 8): scripts/check-plans.mjs makes `npm run build` refuse a plan file that is not a valid
 * plan as it stands, and src/terms/catalogue.test.ts fails when one is not. A plan file named
 * by a scenario is read by the edge (src/files/plans.ts), validated, and added under the name
 * the scenario gives it.
 */
import { InputError } from "../errors.js";
import { BUILT_IN_PLAN_DATA, BUILT_IN_PLAN_IDS } from "./builtInPlanData.js";
import type { Plan } from "./schema.js";
import { DEFAULT_PLAN } from "./defaultPlan.js";

/** Plans by the name a scenario's `plan` gives them. */
export type PlanCatalogue = ReadonlyMap<string, Plan>;

export { DEFAULT_PLAN } from "./defaultPlan.js";

/** Memo of builtInPlan, by its one input, the plan id. */
const builtInPlansById = new Map<string, Plan>();

/** The built-in plan `id`, its bundled data (a plan validated when built) frozen on first ask; undefined if none. */
function builtInPlan(id: string): Plan | undefined {
  let plan = builtInPlansById.get(id);
  if (plan === undefined && Object.hasOwn(BUILT_IN_PLAN_DATA, id)) {
    plan = deepFreeze(BUILT_IN_PLAN_DATA[id] as Plan);
    builtInPlansById.set(id, plan);
  }
  return plan;
}

/** A catalogue of the plans `ids` whose plans are looked up by `planOf` when asked for, not before. */
class CatalogueOnDemand implements ReadonlyMap<string, Plan> {
  constructor(
    private readonly ids: readonly string[],
    private readonly planOf: (id: string) => Plan | undefined,
  ) {}
  get size(): number {
    return this.ids.length;
  }
  get(id: string): Plan | undefined {
    return this.has(id) ? this.planOf(id) : undefined;
  }
  has(id: string): boolean {
    return this.ids.includes(id);
  }
  keys(): MapIterator<string> {
    return this.ids.values();
  }
  *entries(): MapIterator<[string, Plan]> {
    for (const id of this.ids) yield [id, this.planOf(id)!];
  }
  *values(): MapIterator<Plan> {
    for (const [, plan] of this.entries()) yield plan;
  }
  forEach(callback: (plan: Plan, id: string, map: ReadonlyMap<string, Plan>) => void, thisArg?: unknown): void {
    for (const [id, plan] of this.entries()) callback.call(thisArg, plan, id, this);
  }
  [Symbol.iterator](): MapIterator<[string, Plan]> {
    return this.entries();
  }
}

/** The plans shipped with rightsplan, validated when built (immutable: frozen). */
export const BUILT_IN_PLANS: PlanCatalogue = new CatalogueOnDemand(BUILT_IN_PLAN_IDS, builtInPlan);

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
