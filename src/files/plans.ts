/**
 * Plan files: the edge where plans are read from disk (issue 8 item 6). The engine takes a plan
 * catalogue (src/terms/catalogue.ts); this module adds to the built-in plans the file a scenario
 * names, resolved against the scenario's own folder and never outside it.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { placeInFolder } from "./folder.js";
import { positionsIn } from "./sourcePositions.js";
import { readTextFile } from "./textFile.js";
import { InputError } from "../errors.js";
import { BUILT_IN_PLANS, builtInPlanIds, withPlans, type PlanCatalogue } from "../terms/catalogue.js";
import { parsePlan, parseYamlText, refuseNonPlan } from "../terms/load.js";
import type { Plan } from "../terms/schema.js";

/** A plan terms file (YAML or JSON), validated; each invalid field named with its line and column. */
export function readPlanFile(path: string): Plan {
  const text = planText(path);
  try {
    const data = parseYamlText(text, path);
    refuseNonPlan(data, path, `\`rightsplan evaluate ${path}\`; a plan is a built-in id (${builtInPlanIds().join(", ")}) or a terms file`);
    return parsePlan(data, path);
  } catch (e) {
    if (!(e instanceof InputError) || e.issues.length === 0) throw e;
    const locate = positionsIn(text);
    throw new InputError(e.headline, e.issues.map((i) => ({ ...i, where: locate(i.path) })));
  }
}

const PLAN_FILE_HINT = "give the path of a plan terms file (.yaml or .json), or a built-in plan id";

/** A plan file's text, or a sentence saying why it cannot be read: a folder, no file, not text, an empty file. */
function planText(path: string): string {
  const text = readTextFile(path, "a plan terms file (a YAML or JSON text file)", `plan file ${path}`);
  if (text.trim() === "") throw new InputError(`cannot read plan file ${path}: the file is empty; ${PLAN_FILE_HINT}`, []);
  return text;
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
  const place = placeInFolder(folder, ref);
  if ("path" in place) return place.path;
  if ("missing" in place) throw new InputError(`unknown plan "${ref}": not a built-in plan (${builtInPlanIds().join(", ")}) nor a file in the scenario's folder ${folder}`, []);
  throw new InputError(`plan "${ref}" is outside the scenario's folder ${folder}: a scenario may name a built-in plan (${builtInPlanIds().join(", ")}) or a plan file in its own folder or below`, []);
}
