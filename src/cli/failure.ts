/**
 * What the CLI says when a command fails, and its exit code: 2 for input that cannot be read
 * (the user can fix it), 70 (EX_SOFTWARE) for anything else, which is a bug in rightsplan and
 * says so. The stack is printed only with RIGHTSPLAN_DEBUG=1.
 */
import { CommanderError } from "commander";
import { InputError } from "../errors.js";
import type { CliCall } from "./io.js";

const EXIT_INPUT = 2;
const EXIT_INTERNAL = 70;

/** The exit code of a command that threw `e`, after saying why on stderr. */
export function exitCodeOfFailure(e: unknown, call: CliCall): number {
  // Commander has already printed the help it was asked for (0) or its usage error: a missing or
  // unknown option or argument is input the user can fix (2).
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_INPUT;
  if (e instanceof InputError || isInvalidInstant(e)) {
    call.stderr(`rightsplan: ${e.message}\n`);
    return EXIT_INPUT;
  }
  call.stderr(internalErrorText(`internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, e instanceof Error ? e.stack : undefined, call.env));
  return EXIT_INTERNAL;
}

/** The message of an internal error: what happened ("internal error: ..."), that it is a bug, how to report it. */
export function internalErrorText(what: string, stack: string | undefined, env: CliCall["env"]): string {
  const debug = env.RIGHTSPLAN_DEBUG === "1";
  return [
    `rightsplan: ${what}`,
    "This is a bug in rightsplan, not a problem with your input. Please report it with the command you ran and its input files.",
    debug && stack ? stack : "Run it again with RIGHTSPLAN_DEBUG=1 to print the details (the stack trace) for the report.",
    "",
  ].join("\n");
}

/**
 * The time module's errors for a time it cannot read or that is ambiguous, an offset that is not
 * New York's (R-X9), by name: the module is not loaded for every command.
 */
function isInvalidInstant(e: unknown): e is Error {
  return e instanceof Error && (e.name === "InvalidInstantError" || e.name === "ForeignOffsetError");
}

/**
 * The exit code of an answer: 0, 1 when it names a rule break, 70 when the engine met a bug
 * while applying an event (an error with the rule "internal", also said on stderr).
 */
export function exitCodeOfAnswer(errors: readonly { readonly rule: string; readonly message: string }[], call: CliCall): number {
  const internal = errors.find((e) => e.rule === "internal");
  if (internal) {
    call.stderr(internalErrorText(internal.message, undefined, call.env));
    return EXIT_INTERNAL;
  }
  return errors.length ? 1 : 0;
}
