/**
 * Random Rights Agents' sessions (test/support/registerSessionArb.ts) on SQLite: whatever the
 * commands and their order, after each one
 * - the command answered with a result or a problem as data, never threw, never an internal error
 *   and never refused for breaking the register's invariants (the work itself was wrong);
 * - `verify` passes (invariants, control book, hash chain);
 * - a refused command changed nothing (the report is the same);
 * - a command done under a key, run again with it, is replayed and changes nothing.
 * Sessions like these found an Acquiring Person paid the Redemption Price, certificates sent for
 * Rights the facts had redeemed, and void Rights left valid after a transfer (fixtures named in
 * test/fixtures/register-sessions). RIGHTSPLAN_PROPERTY_SCALE multiplies the runs (a quarter by
 * default, 1 in CI).
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import type { Register, Result } from "../src/register/index.js";
import { realiseSession, sessionSkeletonArb, type RandomSession } from "./support/registerSessionArb.js";
import { backends } from "./support/registerDb.js";

const SCALE = Number(process.env.RIGHTSPLAN_PROPERTY_SCALE ?? "0.25");
const sqlite = backends.find((b) => b.name === "sqlite")!;

/** The report as a refused command must leave it (its journal's chain checked, so compared without the audit's problems). */
async function state(register: Register): Promise<string> {
  const { audit, ...report } = await lib.report(register);
  return JSON.stringify({ ...report, entries: audit.entries });
}

async function check(session: RandomSession): Promise<void> {
  const register = await lib.openRegister(await sqlite.fresh());
  const said: string[] = [];
  const fail = (why: string) => {
    throw new Error(`${why}\n  init --plan ${session.plan}; import-holders (${session.sharesOutstanding} shares)\n  ${said.join("\n  ")}`);
  };
  try {
    expect((await lib.initRegister(register, { plan: session.plan })).ok).toBe(true);
    expect((await lib.importHolders(register, { csv: session.holdersCsv, sharesOutstanding: session.sharesOutstanding })).ok).toBe(true);
    for (const step of session.steps) {
      const before = await state(register);
      let result: Result<unknown>;
      try {
        result = await step.run(register);
      } catch (e) {
        said.push(`${step.said} -> threw`);
        return fail(`the command threw: ${(e as Error).stack}`);
      }
      said.push(`${step.said} -> ${result.ok ? "ok" : `${result.problem.code}: ${result.problem.message}`}`);
      if (!result.ok && (/internal error/.test(result.problem.message) || result.problem.code === "invariant")) fail("an internal error or a broken invariant");
      const verified = await lib.verify(register);
      if (!verified.ok) fail(`verify: ${verified.problems.join("; ")}`);
      const after = await state(register);
      if (!result.ok && after !== before) fail("a refused command changed the register");
      if (result.ok && step.keyed && !result.replayed) {
        const again = await step.run(register);
        if (!again.ok || !again.replayed) fail(`run again under its key, not replayed: ${again.ok ? "done again" : again.problem.message}`);
        if ((await state(register)) !== after) fail("run again under its key, the register changed");
      }
    }
  } finally {
    await lib.closeRegister(register);
  }
}

it(
  "keeps its invariants, changes nothing on a refusal and does keyed work once, in random sessions",
  async () => {
    await fc.assert(
      fc.asyncProperty(sessionSkeletonArb, (skeleton) => check(realiseSession(skeleton))),
      { numRuns: Math.max(1, Math.round(160 * SCALE)) },
    );
  },
  600_000 * Math.max(1, SCALE),
);
