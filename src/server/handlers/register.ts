/**
 * The register's commands (issue 9) over HTTP: `POST /api/register/<command>` with the command's
 * options as JSON and its idempotency key in the `Idempotency-Key` header. Long commands run as
 * jobs whose key is the header's, or the job's id: a job resumed after a restart does its work
 * once. A refusal (a rule of the plan, the register's invariants) is 409 and names the rule; bad
 * input is 400.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyRequest } from "fastify";
import type { Handler, ServerContext } from "../app.js";
import { parseCommandInstant } from "../../time/instant.js";
import { HttpError, badRequest, headOf, notFound } from "../httpErrors.js";
import { requestInstant } from "../asOf.js";
import type { JobContext } from "../jobs.js";
import { isBuiltIn } from "../planRefs.js";
import { REGISTER_COMMANDS, type RegisterCommand } from "../routes.js";
import * as lib from "../../register/index.js";
import type { Result } from "../../register/index.js";
import type { Progress } from "../../register/command.js";
import { ownerOf, part, startJob } from "./common.js";
import { holderParamsSchema } from "../schemas.js";
import { getScenario } from "../scenarioStore.js";

/** A command's options, checked by its route's schema. */
type Options = Record<string, any>;

/** A command's `at`: an event's time (a date alone is 9:00 A.M. New York time, R-T5), or for a distribution an as-of (5:00 P.M.); unreadable, a 400 naming `at`. */
const instant = (at: unknown, parse: (text: string) => number = parseCommandInstant): number | undefined => (at === undefined ? undefined : requestInstant(String(at), "at", parse));

/** The value of a command's result, or its problem as an HTTP error. */
function valueOf<T>(result: Result<T>): T & { replayed: boolean } {
  if (!result.ok) {
    const { problem } = result;
    if (problem.issues) throw new HttpError(400, problem.code, headOf({ message: problem.message, issues: problem.issues }), problem.issues);
    const issues = problem.path ? [{ code: problem.code, path: [...problem.path], message: problem.message }] : [];
    if (problem.kind === "refused") throw new HttpError(409, problem.code, `refused${problem.rule ? ` (${problem.rule})` : ""}: ${problem.message}`, issues);
    throw new HttpError(400, problem.code, problem.message, issues);
  }
  return { ...(result.value as T), replayed: result.replayed };
}

/** On the server a register's plan is a built-in plan: a name from a request never reaches the file system as a path. */
function builtInPlan(plan: unknown, path: (string | number)[]): void {
  if (plan !== undefined && (typeof plan !== "string" || !isBuiltIn(plan))) {
    throw badRequest("on the server, the register's plan is a built-in plan", [{ code: "custom", path, message: `"${String(plan)}" is not a built-in plan` }]);
  }
}

async function scenarioOf(context: ServerContext, body: Options): Promise<unknown> {
  if ((body.scenario === undefined) === (body.name === undefined)) throw badRequest("give either scenario or name", [{ code: "custom", path: ["scenario"], message: "give either scenario or name" }]);
  const scenario = body.name === undefined ? body.scenario : (await getScenario(context.db, body.name, body.version)).data;
  builtInPlan((scenario as { plan?: unknown })?.plan, ["scenario", "plan"]);
  return scenario;
}

/** A distribution's `at`: a day (its close of business under the plan) or an as-of instant (5:00 P.M. for a date with no time). */
const distributionAtOf = (body: Options) => (body.at === undefined ? {} : lib.distributionAt(String(body.at), (text) => instant(text)!));

/**
 * A job's input read before the job starts, by the checks the command makes of it (`at`, a
 * distribution's rightValue, an exchange's portion): unreadable, it is a 400 naming the field,
 * never a job that fails on it.
 */
function checkJobInput(command: RegisterCommand, body: Options): void {
  if (command === "distribute") distributionAtOf(body);
  else instant(body.at);
  try {
    if (command === "distribute" && body.rightValue !== undefined) lib.checkRightValue(String(body.rightValue));
    if (command === "exchange" && body.portion !== undefined) lib.checkPortion(String(body.portion));
  } catch (e) {
    if (e instanceof lib.RegisterFailure) valueOf({ ok: false, problem: e.problem });
    throw e;
  }
}

/** Runs one register command with its options and key. */
export async function runRegisterCommand(context: ServerContext, command: RegisterCommand, body: Options, key: string | undefined, onProgress?: Progress): Promise<unknown> {
  const r = context.register;
  switch (command) {
    case "init":
      builtInPlan(body.plan, ["plan"]);
      return valueOf(await lib.initRegister(r, { plan: body.plan, key }));
    case "import-holders":
      return valueOf(await lib.importHolders(r, { csv: body.csv, source: "upload", sharesOutstanding: body.sharesOutstanding, key, onProgress }));
    case "import-ocf":
      return withUpload(body.zip, (path) => lib.importOcf(r, { path, source: "upload.ocf.zip", stockClass: body.stockClass, sharesOutstanding: body.sharesOutstanding, key, onProgress }).then(valueOf));
    case "transfer":
      return valueOf(await lib.transfer(r, { from: body.from, to: body.to, shares: body.shares, at: instant(body.at), key }));
    case "transfer-rights":
      return valueOf(await lib.transferRights(r, { from: body.from, to: body.to, rights: body.rights, at: instant(body.at), key }));
    case "issue":
      return valueOf(await lib.issueShares(r, { holder: body.holder, shares: body.shares, withRights: body.withRights, at: instant(body.at), key }));
    case "apply":
      return valueOf(await lib.applyScenario(r, { scenario: await scenarioOf(context, body), dir: process.cwd(), key }));
    case "distribute":
      return valueOf(await lib.distribute(r, { ...distributionAtOf(body), rightValue: body.rightValue, key, onProgress }));
    case "exercise":
      return valueOf(await lib.exercise(r, { holder: body.holder, rights: body.rights, certify: body.certify, at: instant(body.at), key }));
    case "redeem":
      return valueOf(await lib.redeem(r, { at: instant(body.at), key, onProgress }));
    case "exchange":
      return valueOf(await lib.exchange(r, { portion: body.portion, trust: body.trust, at: instant(body.at), key, onProgress }));
    case "claim":
      return valueOf(await lib.claimFromTrust(r, { holder: body.holder, shares: body.shares, certify: body.certify, at: instant(body.at), key }));
    case "report":
      return lib.report(r);
    case "verify":
      return lib.verify(r);
    case "export":
      return lib.holderList(r);
  }
}

/**
 * An uploaded OCF export, written to a fresh folder under a name the server chooses (the
 * client's names never reach the file system), and removed after the work.
 */
async function withUpload<T>(base64: string, work: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "rightsplan-ocf-"));
  try {
    const path = join(dir, "export.ocf.zip");
    await writeFile(path, Buffer.from(base64, "base64"));
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const keyOf = (request: FastifyRequest): string | undefined => (request.headers["idempotency-key"] as string | undefined) || undefined;

function commandHandler(command: RegisterCommand): Handler {
  const spec = REGISTER_COMMANDS[command];
  return async (request, reply, context) => {
    const body = request.body as Record<string, unknown>;
    if (!("job" in spec)) return runRegisterCommand(context, command, body, keyOf(request));
    checkJobInput(command, body);
    return startJob(request, reply, context, "register", { command, body, key: keyOf(request) ?? null });
  };
}

export const registerHandlers = Object.fromEntries((Object.keys(REGISTER_COMMANDS) as RegisterCommand[]).map((c) => [`register.${c}`, commandHandler(c)])) as Record<`register.${RegisterCommand}`, Handler>;

/** The job of a long command: its key is the request's, else the job's own id (so a resumed job is not done twice); imports, distributions, payment runs and exchanges report their progress. */
export async function runRegisterJob(input: { command: RegisterCommand; body: Record<string, unknown>; key: string | null }, job: JobContext, context: ServerContext): Promise<unknown> {
  return runRegisterCommand(context, input.command, input.body, input.key ?? `job:${job.id}`, job.progress);
}

/** The holders of record with their shares and Rights; a holder's token sees its own row only. */
export const positions: Handler = async (request, _reply, context) => {
  const owner = ownerOf(request);
  const rows = await lib.holderList(context.register);
  return owner.role === "holder" ? rows.filter((row) => row.holder === owner.holder) : rows;
};

/** A holder of record's page (src/register/holderPage.ts); a holder's token reads its own page only (another's is 404). */
export const holder: Handler = async (request, _reply, context) => {
  const { holder: id } = part(holderParamsSchema, request.params);
  const owner = ownerOf(request);
  // Another holder's page is, for a holder token, not there: 404 says nothing of who holds what.
  const page = owner.role === "holder" && owner.holder !== id ? null : await lib.holderPage(context.register, id);
  if (!page) throw notFound(`holder of record "${id}"`);
  return page;
};
