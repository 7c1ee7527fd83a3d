/**
 * Errors are data (zod 4 style): a code, a path and a message, pretty-printed only at the edge.
 */
import type { z } from "zod";
import { isInexactCount, issueSentence, SCENARIO_GUIDE, TERMS_GUIDE } from "./issueWords.js";

export interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  /** What the field must be, in words (issueWords.ts), without the path. */
  readonly message: string;
  /** Where the field is in the file it was read from ("line 42, column 5"), when known. */
  readonly where?: string;
}

/**
 * The issues of a zod error, as plain data, each worded for people. `guide` is the page that
 * lists the fields (a plan terms file's is docs/terms.md); an amendment's `changes` are plan terms.
 */
export function issuesOf(error: z.ZodError, guide: string = SCENARIO_GUIDE): Issue[] {
  return error.issues.flatMap((i) => closestForm(i)).flatMap((i) => {
    const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const message = issueSentence(i, path.includes("changes") ? TERMS_GUIDE : guide);
    // each field that does not belong is an issue of its own, at its own path (and line)
    const paths = i.code === "unrecognized_keys" ? i.keys.map((key) => [...path, key]) : [path];
    return paths.map((p) => ({ code: codeOf(i), path: p, message }));
  });
}

/**
 * A value that fits none of a union's forms (an amendment's `changes`, plain or with sources) is
 * reported by the form it came closest to: the one with the fewest issues (then the deepest, then
 * the one that did not want a set of fields where a plain value was given: `changes:
 * {distributionBusinessDaysAfterTenderOffer: 2.5}` must be a whole number, not "a set of fields"
 * as the sourced form {value, source} would say), each at its own field
 * ("changes.finalExpiration.time"), rather than as the whole value fitting none. A discriminated
 * union (an event's `type`) names its allowed values instead, and stays as it is.
 */
function closestForm(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || (issue as { options?: unknown[] }).options?.length || !issue.errors.length) return [issue];
  const depth = (issues: readonly z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
  const wantedFields = (issues: readonly z.core.$ZodIssue[]) =>
    issues.filter((i) => i.code === "invalid_type" && i.expected === "object" && i.input !== undefined && (typeof i.input !== "object" || i.input === null)).length;
  const closer = (form: readonly z.core.$ZodIssue[], best: readonly z.core.$ZodIssue[]) =>
    form.length !== best.length ? form.length < best.length : depth(form) !== depth(best) ? depth(form) > depth(best) : wantedFields(form) < wantedFields(best);
  const closest = issue.errors.reduce((best, form) => (closer(form, best) ? form : best));
  if (!closest.length) return [issue];
  return closest.flatMap((i) => closestForm({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

/** A custom issue may name its own code in its params ("out_of_range" for a term outside its range). */
function codeOf(issue: z.core.$ZodIssue): string {
  // R-X14: a count too big to be read exactly is refused as that, not as a number out of range.
  if (issue.code === "too_big" && isInexactCount(issue.input)) return "inexact-count";
  return issue.code === "custom" && typeof issue.params?.code === "string" ? issue.params.code : issue.code;
}

/** `events[3].type`: a path as a reader of the file finds it. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

/** "events[3].shares (line 42, column 5): must be a whole number; got 5.5" */
export function formatIssue(issue: Issue): string {
  const where = issue.where ? ` (${issue.where})` : "";
  return issue.path.length ? `${pathText(issue.path)}${where}: ${issue.message}` : `${issue.where ? `${issue.where}: ` : ""}${issue.message}`;
}

/** Input that cannot be evaluated at all: a malformed file, an unknown plan, an invalid terms file. */
export class InputError extends Error {
  constructor(
    /** The message without its issues ("x.yaml is not a valid scenario"). */
    readonly headline: string,
    readonly issues: readonly Issue[],
  ) {
    super(issues.length ? `${headline}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}` : headline);
    this.name = "InputError";
  }
}
