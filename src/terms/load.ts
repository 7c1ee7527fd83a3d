/**
 * Plan terms from text and data (YAML or JSON): pure, no file is read here (files are read at
 * the edge, src/files/plans.ts). Everything returned is validated data.
 */
import { Lexer, parse as parseYaml } from "yaml";
import { planSchema, type Plan } from "./schema.js";
import { InputError, issuesOf } from "../errors.js";
import { TERMS_GUIDE } from "../issueWords.js";
import { exactNumberTags } from "../numbers/exactYamlNumbers.js";

/**
 * A plan from parsed data, validated against the plan schema; `origin` names it in errors. The
 * refused input is reported (as the scenario's parser does), so that a term given in the wrong
 * form (`flipInMultiple: 2` for `{value, source}`) is named as that, not as missing (issueWords.ts).
 */
export function parsePlan(data: unknown, origin: string): Plan {
  const result = planSchema.safeParse(data, { reportInput: true });
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
    const data = jsonOrUndefined(text);
    if (data !== undefined) {
      if (membersWritten(text) === membersRead(data, origin)) return data;
      // A repeated key, which JSON.parse resolved silently, is refused: by the yaml library below, which names its line, unless the text is too large for it.
      if (text.length > LARGEST_NAMED) throw new InputError(`${origin} is not valid YAML or JSON: a key is written twice in one object (the file is too large to name its line)`, []);
    }
  }
  // Refused before the yaml library sees it: flow collections nested a few thousand deep overflow its
  // stack, and the second such text read in one process ended the process (a fatal "out of memory").
  if (flowDepth(text) > DEEPEST_JSON) throw nestedTooDeeply(origin, `more than ${DEEPEST_JSON} levels deep`);
  try {
    return parseYaml(text, YAML_OPTIONS);
  } catch (e) {
    // The yaml library reports running out of stack as a syntax error ("Maximum call stack size exceeded at line 1, …").
    if (/^Maximum call stack size exceeded\b/.test((e as Error).message)) throw nestedTooDeeply(origin, "deeper than the YAML reader can follow");
    throw new InputError(`${origin} is not valid YAML or JSON: ${(e as Error).message}`, []);
  }
}

/** Past this size the yaml library is not asked to name a repeated key's line (it needs far more memory than the text). */
const LARGEST_NAMED = 20_000_000;

/**
 * JSON text (already checked to be valid JSON) with its numbers exact, read as a file is
 * (parseYamlText): JSON.parse, unless a number is longer than a floating-point number holds, when
 * the yaml library reads it (exactNumberTags); a key written twice in one object is an input
 * error naming its line, not the last value kept. The server's JSON request bodies are read by it.
 */
export function parseJsonExactly(text: string): unknown {
  return parseYamlText(text, "the request's JSON body");
}

/**
 * How the yaml library reads a scenario or plan: numbers exact (exactNumberTags), and `<<` merge
 * keys, so that a YAML file may build an event from an anchored one (`- <<: *buy` then the fields
 * that differ), as YAML files commonly do; a key written twice in one mapping stays an error.
 */
const YAML_OPTIONS = { prettyErrors: true, customTags: exactNumberTags, merge: true } as const;

/** `text` read by JSON.parse, or undefined when it is not JSON (it is then read as YAML). */
function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The members (name: value pairs) written in valid JSON text. Compared with membersRead, it finds
 * a repeated key (`{"shares": 4055673, "shares": 1}`), of which JSON.parse silently keeps the
 * last: YAML refuses one ("Map keys must be unique"), and a scenario is not answered with one of
 * two values it gives. In valid JSON a ':' ends a member's name exactly when the character before
 * it (whitespace aside) is a '"' that ends a string, that is, one not escaped by an odd number of
 * backslashes (inside a string every '"' is escaped): a ':' in a time ("10:00") is not counted.
 * Jumping from ':' to ':' reads a million events' text in about a sixth of JSON.parse's time.
 */
function membersWritten(text: string): number {
  let members = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let before = colon - 1;
    while (isJsonWhitespace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) !== QUOTE) continue;
    let backslashes = 0;
    while (text.charCodeAt(before - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) members++;
  }
  return members;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isJsonWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * JSON nested deeper than this is refused: a scenario or a plan nests a few levels, and data
 * nested thousands deep overflows the stack of whatever reads it next (this count, then zod,
 * JSON.stringify), a crash instead of an answer.
 */
const DEEPEST_JSON = 256;

/** Data nested too deeply to read, as an input error: how deep it goes, and that a scenario or a plan needs a few levels. */
const nestedTooDeeply = (origin: string, depth: string): InputError => new InputError(`${origin} is nested too deeply: its lists and objects go ${depth} (a scenario or a plan needs a few)`, []);

/**
 * How deep the text's flow collections (`[…]`, `{…}`) nest, read by the yaml library's lexer
 * (a loop, no recursion: brackets in quoted scalars, plain scalars and comments are not
 * collections). Text with at most DEEPEST_JSON brackets in all cannot nest deeper, and is not lexed.
 */
function flowDepth(text: string): number {
  if ((text.match(/[[{]/g)?.length ?? 0) <= DEEPEST_JSON) return 0;
  let depth = 0;
  let deepest = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") deepest = Math.max(deepest, ++depth);
    else if ((token === "]" || token === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** The members of every object in parsed JSON data (each key once per object); data nested past DEEPEST_JSON is an input error. */
function membersRead(data: unknown, origin: string, depth = 1): number {
  if (typeof data !== "object" || data === null) return 0;
  if (depth > DEEPEST_JSON) throw nestedTooDeeply(origin, `more than ${DEEPEST_JSON} levels deep`);
  const values = Array.isArray(data) ? data : Object.values(data);
  let members = Array.isArray(data) ? 0 : values.length;
  for (const value of values) if (typeof value === "object" && value !== null) members += membersRead(value, origin, depth + 1);
  return members;
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
