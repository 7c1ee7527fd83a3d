/**
 * Plan terms from text and data (YAML or JSON): pure, no file is read here (files are read at
 * the edge, src/files/plans.ts). Everything returned is validated data.
 */
import { parse as parseYaml } from "yaml";
import { planSchema, type Plan } from "./schema.js";
import { InputError, issuesOf } from "../errors.js";

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
