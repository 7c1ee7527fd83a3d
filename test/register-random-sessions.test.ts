/**
 * Random Rights Agents' sessions (test/support/registerSessionArb.ts) on SQLite: whatever the
 * commands and their order, after each one
 * - the command answered with a result or a problem as data, never threw, never an internal error
 *   and never refused for breaking the register's invariants (the work itself was wrong);
 * - `verify` passes (invariants, control book, hash chain);
 * - a refused command changed nothing (the report is the same);
 * - a command done under a key, run again with it, is replayed and changes nothing;
 * - every line of the report's reconciliation that disagrees says why (`why`);
 * and, on PostgreSQL (.ci/run starts one), every command answers as on SQLite, and the report and
 * the holder list at the end are the same.
 * Sessions like these found an Acquiring Person paid the Redemption Price, certificates sent for
 * Rights the facts had redeemed, and void Rights left valid after a transfer (fixtures named in
 * test/fixtures/register-sessions). RIGHTSPLAN_PROPERTY_SCALE multiplies the runs (a quarter by
 * default, 1 in CI).
 */
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import type { Register, Result } from "../src/register/index.js";
import { realiseSession, sessionSkeletonArb, type RandomSession, type SessionStep } from "./support/registerSessionArb.js";
import { backends, dropTestDatabases, type Backend } from "./support/registerDb.js";

const SCALE = Number(process.env.RIGHTSPLAN_PROPERTY_SCALE ?? "0.25");
const sqlite = backends.find((b) => b.name === "sqlite")!;
const postgres = backends.find((b) => b.name === "postgres");

/** The report as a refused command must leave it (its journal's chain checked, so compared without the audit's problems). */
async function state(register: Register): Promise<string> {
  const { audit, ...report } = await lib.report(register);
  return JSON.stringify({ ...report, entries: audit.entries });
}

/** What a step answered: its value, or its problem's code and message. */
type Answered = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * Runs a session on a fresh register of `backend`: init, import, then each step, with `after`
 * called after each (the checks). Returns each step's answer, and the report and holder list at the end.
 */
async function play(session: RandomSession, backend: Backend, after?: (register: Register, step: SessionStep, result: Result<unknown>, before: string) => Promise<void>) {
  const register = await lib.openRegister(await backend.fresh());
  const said: string[] = [];
  const fail = (why: string): never => {
    throw new Error(`${why}\n  init --plan ${session.plan}; import-holders (${session.sharesOutstanding} shares)\n  ${said.join("\n  ")}`);
  };
  try {
    expect((await lib.initRegister(register, { plan: session.plan })).ok).toBe(true);
    expect((await lib.importHolders(register, { csv: session.holdersCsv, sharesOutstanding: session.sharesOutstanding })).ok).toBe(true);
    const answers: Answered[] = [];
    for (const step of session.steps) {
      const before = after ? await state(register) : "";
      let result: Result<unknown>;
      try {
        result = await step.run(register);
      } catch (e) {
        said.push(`${step.said} -> threw`);
        return fail(`the command threw: ${(e as Error).stack}`);
      }
      said.push(`${step.said} -> ${result.ok ? "ok" : `${result.problem.code}: ${result.problem.message}`}`);
      answers.push(result.ok ? { ok: true, value: result.value } : { ok: false, code: result.problem.code, message: result.problem.message });
      try {
        await after?.(register, step, result, before);
      } catch (e) {
        fail((e as Error).message);
      }
    }
    return { answers, report: await state(register), holders: await lib.holderList(register) };
  } finally {
    await lib.closeRegister(register);
  }
}

/** A reconciliation line that disagrees without saying why: a difference nothing explains. */
function unexplained(report: string): lib.Reconciliation | undefined {
  return (JSON.parse(report) as lib.RegisterReport).reconciliation.find((line) => !line.agrees && !line.why);
}

/**
 * After each command: no internal error or broken invariant, `verify` passes, a refusal changed
 * nothing, keyed work run again is replayed and changes nothing, a reconciliation line that
 * disagrees says why.
 */
async function invariantsHold(register: Register, step: SessionStep, result: Result<unknown>, before: string): Promise<void> {
  if (!result.ok && (/internal error/.test(result.problem.message) || result.problem.code === "invariant")) throw new Error("an internal error or a broken invariant");
  const verified = await lib.verify(register);
  if (!verified.ok) throw new Error(`verify: ${verified.problems.join("; ")}`);
  const after = await state(register);
  if (!result.ok && after !== before) throw new Error("a refused command changed the register");
  const line = unexplained(after);
  if (line) throw new Error(`the report's line "${line.check}" disagrees (register ${line.register}, engine ${line.engine}) without saying why`);
  if (result.ok && step.keyed && !result.replayed) {
    const again = await step.run(register);
    if (!again.ok || !again.replayed) throw new Error(`run again under its key, not replayed: ${again.ok ? "done again" : again.problem.message}`);
    if ((await state(register)) !== after) throw new Error("run again under its key, the register changed");
  }
}

/**
 * Counterexamples the property found that no worked session pins, tried first on every run: a
 * distribution without --at retried under its key after the facts it reached moved the Distribution
 * Date earlier (the retry took the new date for other arguments and was refused, not replayed).
 */
const REGRESSIONS: [Parameters<typeof realiseSession>[0]][] = [
  [{"plan":3,"cedeMillions":5,"holders":[{"kind":0,"shares":0},{"kind":0,"shares":0}],"raider":0,"ally":null,"rival":null,"viaCede":false,"buyDay":0,"buyOver":2,"recordBuy":false,"scenarioBuy":false,"announce":3,"tender":true,"split":null,"boardAct":null,"boardDay":0,"other":null,"otherDay":0,"known":1,"asOfDay":1,"commands":[{"kind":9,"holder":0,"other":0,"amount":0,"days":0,"hour":9,"key":null,"flag":false,"undated":true,"portion":1},{"kind":11,"holder":0,"other":0,"amount":0,"days":0,"hour":9,"key":null,"flag":false,"undated":false,"portion":0},{"kind":7,"holder":0,"other":0,"amount":0,"days":0,"hour":9,"key":0,"flag":false,"undated":true,"portion":0}]}],
];

afterAll(dropTestDatabases, 120_000);

it(
  "keeps its invariants, changes nothing on a refusal and does keyed work once, in random sessions",
  async () => {
    await fc.assert(
      fc.asyncProperty(sessionSkeletonArb, async (skeleton) => {
        await play(realiseSession(skeleton), sqlite, invariantsHold);
      }),
      { numRuns: Math.max(1, Math.round(160 * SCALE)), examples: REGRESSIONS },
    );
  },
  600_000 * Math.max(1, SCALE),
);

it.runIf(postgres)(
  "answers every command of a random session on PostgreSQL as on SQLite, and ends with the same report and holder list",
  async () => {
    await fc.assert(
      fc.asyncProperty(sessionSkeletonArb, async (skeleton) => {
        const session = realiseSession(skeleton);
        expect(await play(session, postgres!)).toEqual(await play(session, sqlite));
      }),
      { numRuns: Math.max(1, Math.round(16 * SCALE)) },
    );
  },
  600_000 * Math.max(1, SCALE),
);
