/**
 * Refusals as data: every error the server sends is `{error: {code, message, issues}}`, with the
 * CLI's words for bad input, and never a stack trace.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { InputError, type Issue } from "../errors.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, "not-found", `${what} not found`);
export const conflict = (message: string) => new HttpError(409, "conflict", message);
export const badRequest = (message: string, issues: readonly Issue[] = []) => new HttpError(400, "invalid-input", message, issues);

/** An error as the body of a response. */
export function errorBody(code: string, message: string, issues: readonly Issue[] = []) {
  return { error: { code, message, issues } };
}

/** An input error's (or a register problem's) message without its list of issues (they go in `issues`). */
export function headOf(e: { readonly message: string; readonly issues: readonly Issue[] }): string {
  return e.issues.length ? e.message.split(":\n")[0]! : e.message;
}

export function fromInputError(e: InputError): HttpError {
  return new HttpError(400, "invalid-input", headOf(e), e.issues);
}

/** The fastify error handler: known refusals with their status, anything else a 500 that says it is a bug. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const known = error instanceof HttpError ? error : error instanceof InputError ? fromInputError(error) : null;
  if (known) {
    reply.code(known.status).send(errorBody(known.code, known.message, known.issues));
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    reply.code(status).send(errorBody(codeOf(error as FastifyError), (error as FastifyError).message));
    return;
  }
  request.log.error({ err: error }, "internal error");
  reply.code(500).send(errorBody("internal", "internal error: this is a bug in rightsplan, please report it"));
}

/** `FST_ERR_CTP_BODY_TOO_LARGE` → `body-too-large`. */
function codeOf(error: FastifyError): string {
  const code = error.code ?? "bad-request";
  return code.replace(/^FST_ERR_(CTP_|VALIDATION)?/, "").toLowerCase().replaceAll("_", "-") || "bad-request";
}
