/**
 * `register issue` as a library, on SQLite and PostgreSQL: new shares carry their Rights before
 * the Distribution Date (R-3-attached) and none after it unless the Board issues them
 * (R-3-separation); the engine is given the issue as its `issue` event, so the shares count in
 * every percentage it computes afterwards; what the engine or the register refuses changes nothing.
 * The whole session through the CLI is test/fixtures/register-sessions/new-shares.
 */
import { afterAll, describe, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import type { Register, Result } from "../src/register/index.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const at = (iso: string) => Date.parse(iso);
const holders = "holder,name,kind,shares\ncede,Cede & Co.,cede,900000\nd01,DRS holder 1,drs,100000\n";
/** 31 Trading Days of closes before 2004-03-15, for the flip-in's Current Market Price (R-11d). */
const prices = Array.from({ length: 45 }, (_, i) => new Date(Date.UTC(2004, 0, 26) + i * 86_400_000))
  .filter((d) => d.getUTCDay() % 6 !== 0 && d.toISOString().slice(0, 10) !== "2004-02-16")
  .map((d) => ({ date: d.toISOString().slice(0, 10), close: "2.00" }));

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected the command to succeed: ${r.problem.message}`);
  return r.value;
}

/** The facts: a fund holding 100,000 shares through d01, no events. */
function fundScenario(authorizedCommon?: number) {
  return { plan: "net-perceptions", asOf: "2004-03-31", company: { sharesOutstanding: 1_000_000, ...(authorizedCommon ? { authorizedCommon } : {}) }, persons: [{ id: "fund", holders: ["d01"] }], holdings: [{ person: "fund", shares: 100_000 }], prices, events: [] };
}

/** A fund holding through d01 (100,000 of 1,000,000 shares, 10%), the facts applied as of `asOf`. */
async function withFund(ref: string, authorizedCommon?: number): Promise<Register> {
  const register = await lib.openRegister(ref);
  value(await lib.importHolders(register, { csv: holders }));
  value(await lib.applyScenario(register, { scenario: fundScenario(authorizedCommon), dir: process.cwd() }));
  return register;
}

async function journalEntries(register: Register): Promise<number> {
  return (await lib.verify(register)).entries;
}

afterAll(dropTestDatabases, 120_000);

describe.each(backends)("register issue on $name", (backend) => {
  it("gives the new shares their Rights before the Distribution Date, and the engine counts them in the Person's holding (R-3-attached, R-1d)", async () => {
    const register = await withFund(await backend.fresh());
    // 60,000 new shares to the fund's holder: 160,000 of 1,060,000 = 15.09%, an Acquiring Person from the Company's own issue.
    const issued = value(await lib.issueShares(register, { holder: "d01", shares: 60_000, at: at("2004-03-15T10:00:00-05:00") }));
    expect(issued).toMatchObject({ shares: 60_000, rights: 60_000, attached: true, certificate: null, legend: lib.RIGHTS_LEGEND });
    // The engine now finds the fund an Acquiring Person (R-1a, R-7e): the issue records its Rights void at once, the new ones with the rest, and says so.
    expect(issued.warnings).toEqual([expect.stringMatching(/^R-7e: on the facts with this command the engine holds void the Rights of fund/)]);
    const before = await lib.report(register);
    expect(before).toMatchObject({ sharesOutstanding: 1_060_000, rights: { issued: 1_060_000, void: 160_000 }, reconciled: true });
    // Applying the facts again finds nothing more to record.
    const again = value(await lib.applyScenario(register, { scenario: fundScenario(), dir: process.cwd() }));
    expect(again.rulings).toMatchObject({ acquiringPersons: ["fund"], sharesOutstanding: 1_060_000, flipIn: { at: "2004-03-15" } });
    expect(again.voidByHolder).toEqual({ d01: 160_000 });
    expect(await lib.report(register)).toMatchObject({ rights: { issued: 1_060_000, void: 160_000 }, reconciled: true });
    await lib.closeRegister(register);
  });

  it("refuses, naming the rule, and changes nothing", async () => {
    const register = await withFund(await backend.fresh(), 1_050_000);
    const before = await journalEntries(register);
    const when = at("2004-03-15T10:00:00-05:00");
    const refusals: [Promise<Result<unknown>>, string, RegExp][] = [
      [lib.issueShares(register, { holder: "d01", shares: 50_001, at: when }), "R-11a-iii", /only 50000 authorised shares are unissued/],
      [lib.issueShares(register, { holder: "nobody", shares: 10, at: when }), "register", /not on the register/],
    ];
    for (const [pending, rule, message] of refusals) {
      const r = await pending;
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatchObject({ kind: "refused", rule, message: expect.stringMatching(message) });
    }
    const bad = await lib.issueShares(register, { holder: "d01", shares: 1.5, at: when });
    expect(bad.ok || bad.problem.kind).toBe("input");
    expect(await journalEntries(register)).toBe(before);
    await lib.closeRegister(register);
  });

  it("issues no Rights after the Rights ended, and refuses to issue them with --with-rights (R-23)", async () => {
    const register = await withFund(await backend.fresh());
    value(await lib.redeem(register, { at: at("2004-03-16T10:00:00-05:00") }));
    expect(value(await lib.issueShares(register, { holder: "cede", shares: 1000, at: at("2004-03-17T10:00:00-05:00") }))).toMatchObject({ rights: 0, attached: false, certificate: null, legend: null });
    const refused = await lib.issueShares(register, { holder: "cede", shares: 1000, withRights: true, at: at("2004-03-17T11:00:00-05:00") });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problem).toMatchObject({ kind: "refused", rule: "R-23", message: expect.stringMatching(/ended/) });
    expect((await lib.report(register)).rights).toMatchObject({ issued: 1_000_000, outstanding: 0, redeemed: 1_000_000 });
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });

  it("at one instant, gives the engine an issue and a redemption in the order the register recorded them (R-3-attached, R-23)", async () => {
    const when = at("2004-03-16T10:00:00-05:00");
    // Issued first: the new shares' Rights are redeemed with the others.
    const first = await withFund(await backend.fresh());
    expect(value(await lib.issueShares(first, { holder: "cede", shares: 1000, at: when }))).toMatchObject({ rights: 1000, attached: true });
    expect(value(await lib.redeem(first, { at: when }))).toMatchObject({ rights: 1_001_000, paid: "10010" });
    expect(await lib.report(first)).toMatchObject({ rights: { issued: 1_001_000, redeemed: 1_001_000 }, reconciled: true });
    await lib.closeRegister(first);
    // Redeemed first: the shares issued after it at the same instant carry none (the whole session: register-sessions/issue-recorded-after-a-redemption-at-the-same-instant).
    const after = await withFund(await backend.fresh());
    value(await lib.redeem(after, { at: when }));
    expect(value(await lib.issueShares(after, { holder: "cede", shares: 1000, at: when }))).toMatchObject({ rights: 0, attached: false });
    expect(await lib.report(after)).toMatchObject({ sharesOutstanding: 1_001_000, rights: { issued: 1_000_000, redeemed: 1_000_000 }, reconciled: true });
    await lib.closeRegister(after);
  });
});
