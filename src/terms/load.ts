/**
 * Reading plan terms files (YAML or JSON) and the built-in plans shipped in plans/. This is an
 * edge of the system: it touches the file system; everything it returns is validated data.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { planSchema, type Plan } from "./schema.js";
import { InputError, issuesOf } from "../errors.js";

const builtInDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../plans");

/** The ids of the plans shipped with rightsplan; `net-perceptions` is the default. */
export function builtInPlanIds(): string[] {
  return readdirSync(builtInDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
}

export const DEFAULT_PLAN = "net-perceptions";

/** A plan from parsed data, validated against the plan schema; `origin` names it in errors. */
export function parsePlan(data: unknown, origin: string): Plan {
  const result = planSchema.safeParse(data);
  if (!result.success) throw new InputError(`plan ${origin} is not a valid plan terms file`, issuesOf(result.error));
  return result.data;
}

/**
 * Parses YAML (a superset of JSON) text, turning syntax errors into input errors naming the line.
 * Text that starts like JSON is first read by JSON.parse: the yaml library builds a syntax tree
 * that runs out of memory on a 70 MB scenario of a million events (JSON.parse reads it in about a
 * second). Text that is not JSON after all (YAML's flow style, a syntax error) goes to the yaml
 * library, for its answer and its line-numbered errors.
 */
export function parseYamlText(text: string, origin: string): unknown {
  if (startsLikeJson(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // not JSON: read as YAML below
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (e) {
    throw new InputError(`${origin} is not valid YAML or JSON: ${(e as Error).message}`, []);
  }
}

function startsLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

/**
 * The plan a scenario names: a built-in id, or a path to a terms file, resolved against
 * `baseDir` (the scenario's folder).
 */
export function loadPlan(ref: string = DEFAULT_PLAN, baseDir = process.cwd()): Plan {
  if (builtInPlanIds().includes(ref)) return readPlanFile(resolve(builtInDir, `${ref}.yaml`));
  const path = resolve(baseDir, ref);
  if (!existsSync(path)) {
    throw new InputError(`unknown plan "${ref}": not a built-in plan (${builtInPlanIds().join(", ")}) nor a file`, []);
  }
  return readPlanFile(path);
}

export function readPlanFile(path: string): Plan {
  return parsePlan(parseYamlText(readFileSync(path, "utf8"), path), path);
}
