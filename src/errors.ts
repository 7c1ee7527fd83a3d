/**
 * Errors are data (zod 4 style): a code, a path and a message, pretty-printed only at the edge.
 */
import type { z } from "zod";

export interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The issues of a zod error, as plain data. */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    return { code: codeOf(i), path: i.code === "unrecognized_keys" ? [...path, i.keys.join(",")] : path, message: i.message };
  });
}

/** A custom issue may name its own code in its params ("out_of_range" for a term outside its range). */
function codeOf(issue: z.core.$ZodIssue): string {
  return issue.code === "custom" && typeof issue.params?.code === "string" ? issue.params.code : issue.code;
}

/** "events.3.shares: Too small: expected number to be >=0" */
export function formatIssue(issue: Issue): string {
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

/** Input that cannot be evaluated at all: a malformed file, an unknown plan, an invalid terms file. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly issues: readonly Issue[],
  ) {
    super(issues.length ? `${message}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}` : message);
    this.name = "InputError";
  }
}
