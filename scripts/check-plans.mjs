#!/usr/bin/env node
/**
 * Refuses a built-in plan that is not a valid plan as it stands (issue 8 item 8), run by
 * `npm run build` after tsc: the engine uses the bundled plans (src/terms/builtInPlanData.ts)
 * without validating them again, so each must be exactly what the plan schema makes of it (no
 * error, no term left to a standard form, no default to fill in). Exits 1 naming the plan and
 * what is wrong.
 */
import { isDeepStrictEqual } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "dist/terms");
const { BUILT_IN_PLAN_DATA } = await import(pathToFileURL(join(dist, "builtInPlanData.js")).href);
const { parsePlan } = await import(pathToFileURL(join(dist, "load.js")).href);

const problems = Object.entries(BUILT_IN_PLAN_DATA).flatMap(([id, data]) => {
  try {
    return isDeepStrictEqual(parsePlan(data, `plans/${id}.yaml`), data) ? [] : [`plans/${id}.yaml: validating it changes it (give every term, and an amendments list, as the plan schema would fill them in)`];
  } catch (e) {
    return [e.message];
  }
});
if (problems.length > 0) {
  console.error(`check-plans: the built-in plans must be valid plans as they stand:\n${problems.join("\n")}`);
  process.exit(1);
}
