/**
 * What a register command answers when it does not do the work: errors as data. A refusal
 * (exit 1) names the rule that forbids the command; an input problem (exit 2) names the file,
 * line or field that cannot be read. Either way nothing in the register changed.
 */
import type { InputError, Issue } from "../errors.js";
export interface RegisterProblem {
  readonly kind: "refused" | "input";
  /** The rule id (`R-…`) a refusal applies. */
  readonly rule?: string;
  readonly code: string;
  /** Where the bad input is: a line number of a file, or a field path. */
  readonly path?: readonly (string | number)[];
  readonly message: string;
  /** Input read as a scenario is read: each field's problem (the message lists them too). */
  readonly issues?: readonly Issue[];
}

/** What a command had to assume, said with its answer (the CLI prints it, the workbench shows it): an act dated at the register's start for want of an instant, a distribution without the engine's rulings. */
export interface Warned {
  readonly warnings?: readonly string[];
}

export type Result<T> = { readonly ok: true; readonly value: T; readonly replayed: boolean } | { readonly ok: false; readonly problem: RegisterProblem };

/** Thrown inside a command's transaction to roll it back; the command returns it as data. */
export class RegisterFailure extends Error {
  constructor(readonly problem: RegisterProblem) {
    super(problem.message);
    this.name = "RegisterFailure";
  }
}

/** A refusal under `rule`, worded for the Rights Agent. */
export function refuse(rule: string, code: string, message: string): never {
  throw new RegisterFailure({ kind: "refused", rule, code, message });
}

/**
 * A holder of record the register does not know (exit 1, as a refusal by the register's state,
 * not unreadable input), naming the option that gave it (`from`, `to`, `holder`): the server
 * answers 409 with that field in its issues.
 */
export function refuseUnknownHolder(holder: string, field: string, hint = ""): never {
  throw new RegisterFailure({ kind: "refused", rule: "register", code: "unknown-holder", message: `holder "${holder}" is not on the register${hint}`, path: [field] });
}

/** Input that cannot be read: `path` says where (["line", 7] or a field path). */
export function badInput(code: string, message: string, path?: readonly (string | number)[]): never {
  throw new RegisterFailure({ kind: "input", code, message, ...(path ? { path } : {}) });
}

/** A scenario (or other input read by the CLI's readers) refused field by field: its input error with its issues. */
export function badInputError(code: string, e: InputError): never {
  throw new RegisterFailure({ kind: "input", code, message: e.message, ...(e.issues.length ? { issues: e.issues } : {}) });
}
