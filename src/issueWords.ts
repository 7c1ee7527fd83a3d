/**
 * Validation issues in words for the people who write scenarios and plan files: what the field
 * must be and what it was, instead of the validator's own wording ("Invalid discriminator
 * value", "expected int, received number"). Pure: a zod issue in, a sentence out.
 */
import type { z } from "zod";

type ZodIssue = z.core.$ZodIssue;

/** The page that lists the fields of a scenario, and the one that lists a plan's terms. */
export const SCENARIO_GUIDE = "docs/scenario-format.md";
export const TERMS_GUIDE = "docs/terms.md";

/** What the field must be, and what it was when zod reported the input; `guide` is the page listing the fields that belong. */
export function issueSentence(issue: ZodIssue, guide: string = SCENARIO_GUIDE): string {
  const input = givenValue(issue);
  return `${requirement(issue, guide)}${input === undefined ? "" : gotText(input)}`;
}

/** The value zod refused: the field's, or for a discriminated union the discriminator's (zod reports the whole object). */
function givenValue(issue: ZodIssue): unknown {
  const input = "input" in issue ? issue.input : undefined;
  const discriminator = issue.code === "invalid_union" ? (issue as { discriminator?: string }).discriminator : undefined;
  if (discriminator === undefined) return input;
  return typeof input === "object" && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
}

function requirement(issue: ZodIssue, guide: string): string {
  switch (issue.code) {
    case "invalid_union": {
      // a discriminated union names its allowed values in `options`, which zod's type leaves out
      const options = (issue as { options?: readonly unknown[] }).options;
      return options?.length ? `must be one of ${options.map(String).join(", ")}` : "does not have any of the allowed forms";
    }
    case "invalid_type":
      return isMissing(issue) ? "is missing (it is required)" : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return boundText(issue.origin, "at least", "greater than", issue.minimum, issue.inclusive);
    case "too_big":
      return boundText(issue.origin, "at most", "less than", issue.maximum, issue.inclusive);
    case "unrecognized_keys":
      return `is not a field that belongs here (check its spelling; see ${guide} for the fields of each part)`;
    default:
      return issue.message;
  }
}

/** zod leaves `input` out of an invalid_type issue when the field is absent. */
function isMissing(issue: ZodIssue): boolean {
  return !("input" in issue) || issue.input === undefined;
}

const TYPE_WORDS: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields (key: value)",
};

function boundText(origin: string, atLeast: string, strictly: string, bound: number | bigint, inclusive: boolean | undefined): string {
  if (origin === "array" || origin === "set") return `must list ${atLeast} ${inclusive === false ? Number(bound) + 1 : bound} item(s)`;
  if (origin === "string") return Number(bound) === 1 && atLeast === "at least" ? "must not be empty" : `must be ${atLeast} ${bound} characters long`;
  return `must be ${inclusive === false ? strictly : atLeast} ${bound}`;
}

/** R-X14: a number past 9,007,199,254,740,991, already rounded when the file was read: no count can be it exactly. */
export function isInexactCount(input: unknown): boolean {
  return typeof input === "number" && Number.isFinite(input) && Math.abs(input) > Number.MAX_SAFE_INTEGER;
}

/**
 * "; got "aquire"": the value given, short, or nothing for a whole object or list. A number past
 * 9,007,199,254,740,991 was already rounded when the file was read, so it is not quoted as if
 * written (R-X14: counts are refused there, never rounded).
 */
function gotText(input: unknown): string {
  if (typeof input === "object" && input !== null) return Array.isArray(input) ? (input.length ? "; got a list" : "; got an empty list") : "";
  // YAML's .inf and .nan are numbers no count, price or ratio can be (JSON would print them as null).
  if (typeof input === "number" && !Number.isFinite(input)) return `; got ${Number.isNaN(input) ? "not a number (.nan)" : `${input < 0 ? "minus " : ""}infinity (.inf)`}`;
  if (isInexactCount(input)) return "; got a count above 9,007,199,254,740,991, which cannot be read exactly (R-X14)";
  const text = JSON.stringify(input) ?? String(input);
  return `; got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
