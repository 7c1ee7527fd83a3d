/**
 * Plan files: the edge where plans are read from disk (issue 8 item 6). The engine takes a plan
 * catalogue (src/terms/catalogue.ts); this module adds to the built-in plans the file a scenario
 * names, resolved against the scenario's own folder and never outside it.
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { BUILT_IN_PLANS, builtInPlanIds, withPlans, type PlanCatalogue } from "../terms/catalogue.js";
import { parsePlan, parseYamlText } from "../terms/load.js";
import type { Plan } from "../terms/schema.js";

/** A plan terms file (YAML or JSON), validated. */
export function readPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new InputError(`cannot read plan file ${path}: ${(e as Error).message}`, []);
  }
  return parsePlan(parseYamlText(text, path), path);
}

/**
 * A plan named on the command line by the person running it: a built-in id, or a path to a
 * terms file (relative to the working directory).
 */
export function loadPlan(ref: string): Plan {
  const builtIn = BUILT_IN_PLANS.get(ref);
  if (builtIn) return builtIn;
  if (!existsSync(ref)) throw new InputError(`unknown plan "${ref}": not a built-in plan (${builtInPlanIds().join(", ")}) nor a file`, []);
  return readPlanFile(ref);
}

/**
 * The plans a scenario file may use: the built-in plans, and the plan file its `plan` names if
 * that is no built-in id. The path is relative to the scenario's folder and may not leave it
 * (no `..`, no absolute path, no link out): a scenario cannot make rightsplan read other files.
 */
export function plansForScenarioFile(scenarioPath: string, ref: string | undefined): PlanCatalogue {
  return plansInFolder(dirname(resolve(scenarioPath)), ref);
}

/** The built-in plans, and the plan file `ref` names in `folder` (never outside it) if it is no built-in id. */
export function plansInFolder(folder: string, ref: string | undefined): PlanCatalogue {
  if (ref === undefined || BUILT_IN_PLANS.has(ref)) return BUILT_IN_PLANS;
  return withPlans(BUILT_IN_PLANS, [[ref, readPlanFile(confinedPath(folder, ref))]]);
}

/** `ref` resolved inside `folder`; an input error naming `ref` when it would lead outside. */
export function confinedPath(folder: string, ref: string): string {
  const outside = () =>
    new InputError(`plan "${ref}" is outside the scenario's folder ${folder}: a scenario may name a built-in plan (${builtInPlanIds().join(", ")}) or a plan file in its own folder or below`, []);
  if (isAbsolute(ref)) throw outside();
  const path = resolve(folder, ref);
  if (!isInside(folder, path)) throw outside();
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new InputError(`unknown plan "${ref}": not a built-in plan (${builtInPlanIds().join(", ")}) nor a file in the scenario's folder ${folder}`, []);
  }
  if (!isInside(realpathSync(folder), real)) throw outside();
  return real;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
