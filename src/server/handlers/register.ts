/**
 * The register's commands (issue 9). Until the register's library is merged into this branch,
 * each answers 503 saying so.
 */
import type { Handler } from "../app.js";
import { HttpError } from "../httpErrors.js";
import type { JobContext } from "../jobs.js";
import type { ServerContext } from "../app.js";
import { REGISTER_COMMANDS, type RegisterCommand } from "../routes.js";

const notYet = (): never => {
  throw new HttpError(503, "not-available", "the register is not part of this build yet");
};

export const registerHandlers = Object.fromEntries(Object.keys(REGISTER_COMMANDS).map((c) => [`register.${c}`, notYet as Handler])) as Record<`register.${RegisterCommand}`, Handler>;

export const positions: Handler = async () => notYet();

export async function runRegisterJob(_input: { command: RegisterCommand }, _job: JobContext, _context: ServerContext): Promise<unknown> {
  return notYet();
}
