/**
 * Plan terms from text and data (YAML or JSON): pure, no file is read here (files are read at
 * the edge, src/files/plans.ts). Everything returned is validated data.
 */
import { parse as parseYaml } from "yaml";
import { planSchema, type Plan } from "./schema.js";
import { InputError, issuesOf } from "../errors.js";
import { TERMS_GUIDE } from "../issueWords.js";
import { exactNumberTags } from "../numbers/exactYamlNumbers.js";

/** A plan from parsed data, validated against the plan schema; `origin` names it in errors. */
export function parsePlan(data: unknown, origin: string): Plan {
  const result = planSchema.safeParse(data);
  if (!result.success) throw new InputError(`plan ${origin} is not a valid plan terms file`, issuesOf(result.error, TERMS_GUIDE));
  return result.data;
}

/**
 * Refuses data that is no plan terms file before its fields are checked one by one: nothing at
 * all (an empty file or text), or a scenario given where a plan belongs; `evaluate` says how to
 * evaluate that scenario instead.
 */
export function refuseNonPlan(data: unknown, origin: string, evaluate: string): void {
  if (data === null || data === undefined) throw new InputError(`${origin}: this is empty; a plan terms file gives id, name, source and terms (see docs/terms.md)`, []);
  if (typeof data === "object" && !("terms" in data) && ("company" in data || "events" in data)) {
    throw new InputError(`${origin}: this is a scenario, not a plan terms file; evaluate it with ${evaluate}`, []);
  }
}

/**
 * Parses YAML (a superset of JSON) text, turning syntax errors into input errors naming the line.
 * Text that starts like JSON is first read by JSON.parse: the yaml library builds a syntax tree
 * that runs out of memory on a 70 MB scenario of a million events (JSON.parse reads it in about a
 * second). Text that is not JSON after all (YAML's flow style, a syntax error) goes to the yaml
 * library, for its answer and its line-numbered errors, and so does JSON with a number longer
 * than a floating-point number holds (see hasLongNumber).
 */
export function parseYamlText(text: string, origin: string): unknown {
  if (startsLikeJson(text) && !hasLongNumber(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // not JSON: read as YAML below
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true, customTags: exactNumberTags });
  } catch (e) {
    throw new InputError(`${origin} is not valid YAML or JSON: ${(e as Error).message}`, []);
  }
}

/**
 * JSON text (already checked to be valid JSON) with its numbers exact: JSON.parse, unless a number
 * is longer than a floating-point number holds, when the yaml library reads it (exactNumberTags).
 * The server's JSON request bodies are read by it.
 */
export function parseJsonExactly(text: string): unknown {
  return hasLongNumber(text) ? parseYaml(text, { customTags: exactNumberTags }) : JSON.parse(text);
}

/**
 * A run of more than 15 digits (with its decimal point) may be a number JSON.parse would round:
 * such text is read by the yaml library, which keeps every digit (exactNumberTags).
 */
function hasLongNumber(text: string): boolean {
  return /\d(?:\.?\d){15}/.test(text);
}

function startsLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}
