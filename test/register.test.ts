/**
 * The Rights Agent's register as a library, on SQLite and on PostgreSQL: the worked session of
 * examples/ (numbers computed by hand in test/fixtures/register-session/expect.json), refusals
 * and bad input that change nothing, idempotent commands, and a journal edited behind the
 * register's back.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { parseYamlText } from "../src/terms/load.js";
import * as lib from "../src/register/index.js";
import type { Register, Result } from "../src/register/index.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const holdersCsv = readFileSync(join(root, "examples/holders.csv"), "utf8");
const scenarioPath = join(root, "examples/register-pill.yaml");
const scenario = () => parseYamlText(readFileSync(scenarioPath, "utf8"), scenarioPath) as { events: unknown[]; asOf?: string };
const at = (iso: string) => Date.parse(iso);

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected the command to succeed: ${r.problem.message}`);
  return r.value;
}

/** init, import, the raider's purchase of record, apply, distribute. */
async function distributed(ref: string, change?: (s: ReturnType<typeof scenario>) => void): Promise<Register> {
  const register = await lib.openRegister(ref);
  value(await lib.initRegister(register, { plan: "net-perceptions" }));
  value(await lib.importHolders(register, { csv: holdersCsv, sharesOutstanding: 10_000_000 }));
  value(await lib.transfer(register, { from: "cede", to: "raider", shares: 200_000, at: at("2004-06-01T09:00:00-04:00") }));
  const s = scenario();
  change?.(s);
  value(await lib.applyScenario(register, { scenario: s, dir: dirname(scenarioPath) }));
  value(await lib.distribute(register));
  return register;
}

async function entries(register: Register): Promise<number> {
  return (await lib.verify(register)).entries;
}

afterAll(dropTestDatabases, 120_000);

it("brings a register's schema up to date whole or not at all (SQLite, as PostgreSQL does)", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "rightsplan-migrate-")), "r.db");
  const raw = new Database(path);
  raw.exec("create table certificates (note text)"); // in the way of the first migration, after its first tables
  raw.close();
  await expect(lib.openRegister(path)).rejects.toThrow(/migration 001-register/);
  const after = new Database(path);
  expect(after.prepare("select name from sqlite_master where type = 'table'").pluck().all()).toEqual(["certificates"]);
  after.close();
});

it("names the register's own command when the facts break a rule at its event (apply refused, R-11d)", async () => {
  const register = await lib.openRegister(await backends[0]!.fresh());
  value(await lib.initRegister(register, { plan: "net-perceptions" }));
  value(await lib.importHolders(register, { csv: "holder,name,kind,shares\ncede,Cede,cede,5000000\nraider,Raider,drs,0\n" }));
  value(await lib.transfer(register, { from: "cede", to: "raider", shares: 800_000, at: at("2004-03-01T09:00:00-05:00") }));
  const facts = { plan: "net-perceptions", company: { sharesOutstanding: 5_000_000 }, persons: [{ id: "raider", holders: ["raider"] }], prices: [{ date: "2004-02-27", close: "2.40" }], events: [] };
  const applied = await lib.applyScenario(register, { scenario: facts, dir: root });
  expect(applied.ok).toBe(false);
  if (!applied.ok) expect(applied.problem.message).toMatch(/breaks R-11d at the register's own acquisition of 800,000 shares \(raider\) at 2004-03-01T09:00:00-05:00: the Current Market Price/);
  await lib.closeRegister(register);
});

describe.each(backends)("the register on $name", (backend) => {
  it("answers a report, a verify and a holder list asked during a distribution once it is done, never half done", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.initRegister(register, { plan: "net-perceptions" }));
    const holders = ["holder,name,kind,shares", ...Array.from({ length: 2_500 }, (_, i) => `h${i},Holder ${i},drs,100`)];
    const imported: [number, number][] = [];
    value(await lib.importHolders(register, { csv: holders.join("\n") + "\n", onProgress: (done, total) => imported.push([done, total]) }));
    expect(imported).toEqual([[1_000, 2_500], [2_000, 2_500], [2_500, 2_500]]);
    // Asked at the distribution's first progress line (1,000 of 2,500), on the register's one connection.
    let reads: Promise<[lib.RegisterReport, { ok: boolean; problems: string[] }, { certificates: string }[]]> | undefined;
    const onProgress = () => void (reads ??= Promise.all([lib.report(register), lib.verify(register), lib.holderList(register)]));
    const sent = value(await lib.distribute(register, { at: at("2004-03-15T17:00:00-05:00"), onProgress }));
    const [report, verified, list] = await reads!;
    expect(sent.statements).toBe(2_500);
    expect(report.certificates).toBe(2_500);
    expect(verified.problems).toEqual([]);
    expect(list.filter((row) => row.certificates === "")).toEqual([]);
    await lib.closeRegister(register);
  });

  it("reports verify's progress a batch of 50,000 journal rows at a time", async () => {
    const register = await lib.openRegister(await backend.fresh());
    const holders = ["holder,name,kind,shares", ...Array.from({ length: 15_000 }, (_, i) => `h${i},Holder ${i},drs,100`)];
    value(await lib.importHolders(register, { csv: holders.join("\n") + "\n" }));
    const calls: [number, number][] = [];
    const verified = await lib.verify(register, { onProgress: (done, total) => calls.push([done, total]) });
    expect(verified.problems).toEqual([]);
    expect(calls).toEqual([[50_000, verified.entries], [verified.entries, verified.entries]]);
    await lib.closeRegister(register);
  });

  it("keeps a name with a tab, a backslash and a line break exactly, in a list long enough to go by COPY on PostgreSQL", async () => {
    const register = await lib.openRegister(await backend.fresh());
    const odd = "Smith\tJones \\ Co.\nsecond line";
    const holders = ["holder,name,kind,shares", `odd,"${odd}",drs,7`, ...Array.from({ length: 150 }, (_, i) => `h${i},Holder ${i},drs,100`)];
    value(await lib.importHolders(register, { csv: holders.join("\n") + "\n" }));
    expect((await lib.holderList(register)).find((h) => h.holder === "odd")?.name).toBe(odd);
    expect((await lib.verify(register)).problems).toEqual([]);
    await lib.closeRegister(register);
  });

  it("brings an older register up to date, and refuses one whose schema this program does not know", async () => {
    const ref = await backend.fresh();
    const indexes = backend.name === "sqlite" ? sql`select name from sqlite_master where type = 'index' and name in ('certificates_outstanding', 'certificates_command')` : sql`select indexname from pg_indexes where indexname in ('certificates_outstanding', 'certificates_command')`;
    const made = await lib.openRegister(ref);
    // As a register made before migrations 003 to 005 were written.
    await sql`drop index certificates_outstanding`.execute(made.db);
    await sql`drop index certificates_command`.execute(made.db);
    await sql`alter table server_audit drop column what`.execute(made.db);
    await sql`delete from kysely_migration where name in ('003-outstanding-certificates', '004-server-audit-what', '005-certificates-by-command')`.execute(made.db);
    await lib.closeRegister(made);
    const upgraded = await lib.openRegister(ref);
    expect((await indexes.execute(upgraded.db)).rows).toHaveLength(2);
    await sql`insert into server_audit (at, method, url, status, what) values ('2026-12-03T18:00:00.000Z', 'POST', '/api/tokens', 201, '{}')`.execute(upgraded.db);
    expect((await sql<{ name: string }>`select name from kysely_migration order by name`.execute(upgraded.db)).rows.map((r) => r.name)).toEqual(["001-register", "002-server", "003-outstanding-certificates", "004-server-audit-what", "005-certificates-by-command"]);
    // As a register a newer rightsplan migrated further.
    await sql`insert into kysely_migration (name, timestamp) values ('006-from-a-newer-rightsplan', '2030-01-01T00:00:00.000Z')`.execute(upgraded.db);
    await lib.closeRegister(upgraded);
    await expect(lib.openRegister(ref)).rejects.toThrow(/schema could not be brought up to date .*006-from-a-newer-rightsplan is missing/);
  });

  it("runs the worked session to the hand-computed totals", async () => {
    const register = await distributed(await backend.fresh());
    const raider = (await lib.holderList(register)).find((h) => h.holder === "raider");
    expect(raider).toMatchObject({ shares: 1_600_000, rights: 0, voidRights: 1_600_000, legend: true });
    const ex = value(await lib.exercise(register, { holder: "d01", rights: 2500, certify: true, at: at("2004-06-21T10:00:00-04:00"), key: "ex-1" }));
    expect(ex).toMatchObject({ paid: "37500", delivered: [{ security: "common", quantity: "23352" }], cashInLieu: "1.16", certificate: 43 });
    const exchanged: [number, number][] = [];
    value(await lib.exchange(register, { portion: "0.5", at: at("2004-06-25T10:00:00-04:00"), onProgress: (done, total) => exchanged.push([done, total]) }));
    // One chunk: the holders of record with Rights, valid or void.
    expect(exchanged).toEqual([[42, 42]]);
    const report = await lib.report(register);
    const expected = JSON.parse(readFileSync(join(root, "test/fixtures/register-session/expect.json"), "utf8"));
    expect(report).toMatchObject(expected);
    expect(report.reconciliation.every((r) => r.agrees)).toBe(true);
    expect((await lib.verify(register)).problems).toEqual([]);
    await lib.closeRegister(register);
  });

  it("distributes at a given instant without a scenario, saying the engine has not ruled (R-3a); shares moved before it bear the Rights legend", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(register, { csv: holdersCsv, sharesOutstanding: 10_000_000 }));
    const done = value(await lib.distribute(register, { at: at("2004-06-14T17:00:00-04:00") }));
    expect(done).toMatchObject({ certificates: 10, statements: 32, voidRights: 0 });
    expect(done.warnings).toEqual([expect.stringMatching(/^no scenario has been applied .*has not ruled that a Distribution Date occurred by 2004-06-14T17:00:00-04:00 \(R-3a\)/)]);
    await lib.closeRegister(register);
    const ruled = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(ruled, { csv: holdersCsv, sharesOutstanding: 10_000_000 }));
    // While the Rights are attached the shares carry them, and the new certificate or statement bears the legend (R-3-attached); after the distribution neither.
    expect(value(await lib.transfer(ruled, { from: "cede", to: "raider", shares: 200_000, at: at("2004-06-01T09:00:00-04:00") }))).toMatchObject({ rights: 200_000, legend: lib.RIGHTS_LEGEND });
    value(await lib.applyScenario(ruled, { scenario: scenario(), dir: dirname(scenarioPath) }));
    expect(value(await lib.distribute(ruled)).warnings).toEqual([]);
    expect(value(await lib.transfer(ruled, { from: "d01", to: "d02", shares: 100, at: at("2004-06-16T10:00:00-04:00") }))).toMatchObject({ rights: 0, legend: null });
    await lib.closeRegister(ruled);
  });

  it("records holders' exercises in any order among themselves, but no redemption dated before them (R-T5)", async () => {
    const register = await distributed(await backend.fresh());
    value(await lib.exercise(register, { holder: "d01", rights: 100, certify: true, at: at("2004-06-21T11:00:00-04:00") }));
    value(await lib.exercise(register, { holder: "d02", rights: 100, certify: true, at: at("2004-06-21T10:00:00-04:00") }));
    const late = await lib.redeem(register, { at: at("2004-06-21T09:00:00-04:00") });
    expect(late).toMatchObject({ ok: false, problem: { rule: "R-T5", message: expect.stringContaining("comes before the exercise already recorded at 2004-06-21T11:00:00-04:00") } });
    await lib.closeRegister(register);
  });

  it("does an exercise once under one key", async () => {
    const register = await distributed(await backend.fresh());
    const options = { holder: "c01", rights: 100, certify: true, at: at("2004-06-21T10:00:00-04:00"), key: "k" };
    const first = await lib.exercise(register, options);
    const again = await lib.exercise(register, options);
    expect(first.ok && !first.replayed).toBe(true);
    expect(again).toEqual({ ok: true, value: value(first), replayed: true });
    const report = await lib.report(register);
    expect(report.exercises).toBe(1);
    expect(report.rights.exercised).toBe(100);
    await lib.closeRegister(register);
  });

  it("refuses, naming the rule, and changes nothing", async () => {
    const register = await distributed(await backend.fresh());
    const before = await entries(register);
    const when = at("2004-06-21T11:00:00-04:00");
    const refusals: [Promise<Result<unknown>>, string, RegExp][] = [
      [lib.exercise(register, { holder: "d02", rights: 10, certify: false, at: when }), "R-7e", /certification/],
      [lib.exercise(register, { holder: "raider", rights: 10, certify: true, at: when }), "R-7e", /void/],
      [lib.exercise(register, { holder: "d03", rights: 10_001, certify: true, at: when }), "R-X4", /holds 10,000 Rights/],
      [lib.exercise(register, { holder: "d04", rights: 10, certify: true, at: at("2004-06-10T11:00:00-04:00") }), "R-7a", /not exercisable yet/],
      [lib.redeem(register, { at: when }), "R-23", /redemption window closed/],
      [lib.distribute(register), "R-3-separation", /already/],
      [lib.transfer(register, { from: "d05", to: "d06", shares: 10_001, at: when }), "register", /holds 10,000 shares/],
    ];
    for (const [pending, rule, message] of refusals) {
      const r = await pending;
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem).toMatchObject({ kind: "refused", rule });
        expect(r.problem.message).toMatch(message);
      }
    }
    expect(await entries(register)).toBe(before);
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });

  it("refuses an exercise after a flip-in while the Rights are still redeemable", async () => {
    const register = await distributed(await backend.fresh(), (s) => {
      s.events.unshift({ at: "2004-05-10", type: "tender-offer", id: "t", bidder: "raider", allShares: false, sharesSought: 1_000_000 });
    });
    const r = await lib.exercise(register, { holder: "d01", rights: 1, certify: true, at: at("2004-06-08T10:00:00-04:00") });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ rule: "R-7-after-flip-in", message: expect.stringMatching(/until 2004-06-14T17:00:00-04:00/) });
    await lib.closeRegister(register);
  });

  it("gives the engine the register's transfers into and out of a Person's holders as its acquisitions and dispositions (R-1d)", async () => {
    const applied = async (moves: [string, string, number, string][], events: unknown[] = []) => {
      const register = await lib.openRegister(await backend.fresh());
      value(await lib.importHolders(register, { csv: holdersCsv }));
      for (const [from, to, shares, when] of moves) value(await lib.transfer(register, { from, to, shares, at: at(when) }));
      const s = scenario();
      s.events = [...events, ...s.events];
      const result = value(await lib.applyScenario(register, { scenario: s, dir: dirname(scenarioPath) }));
      // The same facts again: each warning is said to have been given before, not repeated as news.
      const again = value(await lib.applyScenario(register, { scenario: s, dir: dirname(scenarioPath) }));
      expect(again.warnings).toEqual(result.warnings.map((w) => expect.stringMatching(new RegExp(`^as warned at the apply of 2004-06-30T17:00:00-04:00: ${w.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`))));
      await lib.closeRegister(register);
      return result;
    };
    const bought = await applied([["cede", "raider", 200_000, "2004-06-01T09:00:00-04:00"]]);
    expect(bought.rulings).toMatchObject({ acquiringPersons: ["raider"], stockAcquisitionDate: "2004-06-02" });
    expect(bought.warnings).toEqual([]);
    const soldFirst = await applied([["raider", "d01", 300_000, "2004-05-28T09:00:00-04:00"], ["cede", "raider", 200_000, "2004-06-01T09:00:00-04:00"]]);
    expect(soldFirst.rulings.acquiringPersons).toEqual([]);
    const twice = await applied([["cede", "raider", 200_000, "2004-06-01T09:00:00-04:00"]], [{ at: "2004-06-01", type: "acquire", person: "raider", shares: 200_000 }]);
    expect(twice.warnings[0]).toMatch(/transfer of 200,000 shares to raider's holder of record .* and the scenario's event 0 .* are counted as two trades \(R-1d\)/);
    expect(twice.voidOutsideRegister).toBe(200_000);
  });

  it("says so when an act given no instant is dated at the register's start (no command has run at one yet), a retry under its key too", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(register, { csv: holdersCsv }));
    const undated = value(await lib.transfer(register, { from: "cede", to: "raider", shares: 100, key: "t-1" }));
    expect(undated.warnings).toEqual([expect.stringContaining("this transfer is dated at the register's start (1969-12-31T19:00:00-05:00), before every event of the facts; give the instant to date it")]);
    const retried = await lib.transfer(register, { from: "cede", to: "raider", shares: 100, key: "t-1" });
    expect(retried).toMatchObject({ replayed: true, value: { warnings: undated.warnings } });
    value(await lib.transfer(register, { from: "cede", to: "raider", shares: 100, at: at("2004-06-01T09:00:00-04:00") }));
    // Once a command ran at an instant, an act without one runs at the register's clock: nothing to say.
    expect(value(await lib.transfer(register, { from: "raider", to: "cede", shares: 100 }))).not.toHaveProperty("warnings");
    await lib.closeRegister(register);
  });

  it("warns, naming R-3a and R-T5, when facts applied after the distribution put the Distribution Date before it, and keeps the counts of the certificates sent", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(register, { csv: holdersCsv }));
    value(await lib.transfer(register, { from: "cede", to: "raider", shares: 200_000, at: at("2004-06-01T09:00:00-04:00") }));
    const late = scenario();
    late.events = [{ at: "2004-06-09", type: "announce", by: "raider", subject: "raider" }];
    expect(value(await lib.applyScenario(register, { scenario: late, dir: dirname(scenarioPath) })).rulings.distributionDate).toBe("2004-06-21T17:00:00-04:00");
    value(await lib.transfer(register, { from: "cede", to: "d01", shares: 5_000, at: at("2004-06-16T10:00:00-04:00") }));
    value(await lib.distribute(register));
    const early = value(await lib.applyScenario(register, { scenario: scenario(), dir: dirname(scenarioPath) }));
    expect(early.rulings.distributionDate).toBe("2004-06-14T17:00:00-04:00");
    expect(early.warnings).toEqual([expect.stringMatching(/Distribution Date at 2004-06-14T17:00:00-04:00, before the Rights Certificates were sent .* at 2004-06-21T17:00:00-04:00 \(R-3a.*R-T5\).*transfer of 5,000 shares from cede to d01 .* register transfer-rights --from d01 --to cede --rights 5000/)]);
    const d01 = (await lib.holderList(register)).find((h) => h.holder === "d01")!;
    expect(d01).toMatchObject({ shares: 15_000, rights: 15_000 });
    // The same facts again: the warning is not given in full again, but said to have been given, and when.
    const again = value(await lib.applyScenario(register, { scenario: scenario(), dir: dirname(scenarioPath) }));
    expect(again.warnings).toEqual([expect.stringMatching(/^as warned at the apply of 2004-0.*(R-3a, R-T5)/)]);
    expect(again.warnings[0]).not.toContain("transfer-rights --from d01");
    // Facts that move the Distribution Date again are news: warned in full.
    const earlier = scenario();
    earlier.events = [{ at: "2004-06-01T12:00:00-04:00", type: "announce", by: "raider", subject: "raider" }];
    expect(value(await lib.applyScenario(register, { scenario: earlier, dir: dirname(scenarioPath) })).warnings).toEqual([expect.stringMatching(/Distribution Date at 2004-06-11T17:00:00-04:00, before the Rights Certificates were sent/)]);
    expect((await lib.verify(register)).problems).toEqual([]);
    await lib.closeRegister(register);
    // Certificates sent late on the Distribution Date already ruled, nothing moved in between: no news, no warning.
    const sentLate = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(sentLate, { csv: holdersCsv }));
    value(await lib.transfer(sentLate, { from: "cede", to: "raider", shares: 200_000, at: at("2004-06-01T09:00:00-04:00") }));
    value(await lib.applyScenario(sentLate, { scenario: scenario(), dir: dirname(scenarioPath) }));
    value(await lib.distribute(sentLate, { at: at("2004-06-16T12:00:00-04:00") }));
    expect(value(await lib.applyScenario(sentLate, { scenario: scenario(), dir: dirname(scenarioPath) })).warnings).toEqual([]);
    await lib.closeRegister(sentLate);
  });

  it("refuses an exchange once an Acquiring Person owns 50% (R-24)", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(register, { csv: holdersCsv }));
    value(await lib.transfer(register, { from: "cede", to: "raider", shares: 3_700_000, at: at("2004-06-01T09:00:00-04:00") }));
    const s = scenario();
    s.events = [];
    value(await lib.applyScenario(register, { scenario: s, dir: dirname(scenarioPath) }));
    const before = await entries(register);
    const r = await lib.exchange(register, { key: "x" });
    expect(r).toMatchObject({ ok: false, problem: { kind: "refused", rule: "R-24" } });
    expect(await entries(register)).toBe(before);
    await lib.closeRegister(register);
  });

  it("pays a redemption in the window once to each holder of record", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.importHolders(register, { csv: holdersCsv }));
    const s = scenario();
    s.events = [];
    s.asOf = "2004-06-15";
    value(await lib.applyScenario(register, { scenario: s, dir: dirname(scenarioPath) }));
    const run = value(await lib.redeem(register, { key: "r" }));
    expect(run).toMatchObject({ price: "0.01", payments: 42, rights: 10_000_000, paid: "100000" });
    const report = await lib.report(register);
    expect(report).toMatchObject({ rights: { outstanding: 0, redeemed: 10_000_000 }, cash: { redemptionPaid: "100000" }, reconciled: true });
    expect(value(await lib.redeem(register, { key: "r" }))).toEqual(run);
    expect((await lib.redeem(register, {})).ok).toBe(false);
    const d01 = (await lib.holderPage(register, "d01"))!;
    expect(d01.payments).toEqual([expect.objectContaining({ kind: "redemption", rule: "R-23", amount: "100" })]);
    expect(d01.balances).toMatchObject({ rights: 0, voidRights: 0, cash: "100" });
    await lib.closeRegister(register);
  });

  it("gives a holder's page: balances, every certificate with its status and legend, exercises and payments", async () => {
    const register = await distributed(await backend.fresh());
    value(await lib.exercise(register, { holder: "d01", rights: 2500, certify: true, at: at("2004-06-21T10:00:00-04:00") }));
    const d01 = (await lib.holderPage(register, "d01"))!;
    expect(d01.holder).toMatchObject({ id: "d01", kind: "drs" });
    expect(d01.balances).toMatchObject({ rights: 7500, voidRights: 0, cash: "-37498.84" });
    expect(d01.certificates.map((c) => [c.rights, c.status])).toEqual([[10_000, "surrendered"], [7500, "outstanding"]]);
    expect(d01.exercises).toEqual([expect.objectContaining({ rights: 2500, paid: "37500", cashInLieu: "1.16", at: "2004-06-21T10:00:00-04:00" })]);
    expect(d01.payments.map((p) => [p.kind, p.rule, p.amount])).toEqual([["Purchase Price paid", "R-7", "-37500"], ["cash in lieu", "R-14", "1.16"]]);
    const raider = (await lib.holderPage(register, "raider"))!;
    expect(raider.balances).toMatchObject({ shares: 1_600_000, rights: 0, voidRights: 1_600_000 });
    expect(raider.certificates).toEqual([expect.objectContaining({ voidRights: 1_600_000, status: "outstanding", legend: expect.stringMatching(/^R-7e: /) })]);
    expect(await lib.holderPage(register, "nobody")).toBeNull();
    await lib.closeRegister(register);
  });

  it("imports nothing from a bad holder list and says what is wrong, line by line", async () => {
    const register = await lib.openRegister(await backend.fresh());
    const header = "holder,name,kind,shares\n";
    const cases: [string, RegExp, number?][] = [
      [header + "a,A,drs,10\nb,B,drs,5\na,A again,drs,3\n", /line 4: holder "a" is listed twice \(first on line 2\)/],
      [header + "a,A,drs,-10\n", /line 2: holder "a": shares -10 is negative/],
      [header + "a,A,drs,10.5\n", /line 2: holder "a": shares 10.5 is not a whole number/],
      [header + "a,A,drs,10\nb,B,drs\n", /line 3: malformed line: 3 fields where the header has 4/],
      [header + "a,A,broker,10\n", /line 2: holder "a": kind "broker" is not cede, drs or certificate/],
      [header + "a,A,drs,10\nb,B,drs,5\n", /add up to 15 shares, not the 20 shares outstanding/, 20],
      ['holder,name,kind,shares\na,"A, unterminated,drs,10\n', /malformed CSV/],
      // Line numbers count blank lines, each of CRLF, LF and CR as one break, and every line of a quoted field.
      ["\uFEFFholder,name,kind,shares\r\n\r\na,A,drs,10\r\n  \r\nb,B,drs,1.5\r\n", /line 5: holder "b": shares 1.5 is not a whole number/],
      ["holder,name,kind,shares\ra,A,drs,10\r\rb,B,drs,x\r", /line 4: holder "b": shares "x" is not a number/],
      [header + 'a,"A\nand A",drs,10\n\nb,B,drs,-1\n', /line 5: holder "b": shares -1 is negative/],
    ];
    for (const [csv, message, sharesOutstanding] of cases) {
      const r = await lib.importHolders(register, { csv, sharesOutstanding });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.kind).toBe("input");
        expect(r.problem.message).toMatch(message);
      }
    }
    const report = await lib.report(register);
    expect(report).toMatchObject({ holdersOfRecord: 0, sharesOutstanding: 0, audit: { entries: 0, chainIntact: true } });
    await lib.closeRegister(register);
  });

  it("exports a holder list whose names a spreadsheet would run as formulas as text (CSV injection)", async () => {
    const register = await lib.openRegister(await backend.fresh());
    const csv = 'holder,name,kind,shares,address\nx,"=HYPERLINK(""http://evil"",""click"")",drs,10,@SUM(A1)\ny,-2+3,drs,5,-\n';
    value(await lib.importHolders(register, { csv }));
    const path = join(mkdtempSync(join(tmpdir(), "rightsplan-export-")), "holders.csv");
    await lib.writeHolderList(await lib.holderList(register), path);
    expect(readFileSync(path, "utf8").split("\n").slice(1, 3)).toEqual(['x,"\'=HYPERLINK(""http://evil"",""click"")",drs,"\'@SUM(A1)",10,10,0,0,,false,0', 'y,"\'-2+3",drs,-,5,5,0,0,,false,0']);
    await lib.closeRegister(register);
  });

  it("names a certificate on file changed, retired, moved to another holder or deleted behind the register's back (the chained journal records each)", async () => {
    const register = await distributed(await backend.fresh());
    expect((await lib.verify(register)).ok).toBe(true);
    await register.db.updateTable("certificates").set({ rights: 1_000_000 }).where("number", "=", 1).execute();
    await register.db.updateTable("certificates").set({ status: "cancelled" }).where("number", "=", 2).execute();
    await register.db.updateTable("certificates").set({ holder: "d01" }).where("number", "=", 3).execute();
    await register.db.deleteFrom("certificates").where("number", "=", 4).execute();
    const problems = (await lib.verify(register)).problems;
    expect(problems).toContainEqual(expect.stringMatching(/^certificate no\. 1 on file says .*1000000 Rights .*; the journal says /));
    expect(problems).toContainEqual(expect.stringMatching(/^certificate no\. 2 on file says .*, cancelled; the journal says .*, outstanding$/));
    expect(problems).toContainEqual(expect.stringMatching(/^certificate no\. 3 on file says d01, .*; the journal says (?!d01)/));
    expect(problems).toContainEqual("certificate no. 4 is in the journal but not on file (deleted)");
    await lib.closeRegister(register);
  });

  it("names a command on file (its arguments, key or stored result) changed, deleted or added behind the register's back (the chained journal records each)", async () => {
    const register = await distributed(await backend.fresh());
    expect((await lib.verify(register)).ok).toBe(true);
    const transfer = await register.db.selectFrom("commands").select(["id", "args"]).where("name", "=", "transfer").executeTakeFirstOrThrow();
    // A retry under a key is compared with the arguments on file: changed, they would let another transfer pass as the one done.
    await register.db.updateTable("commands").set({ args: transfer.args.replace("200000", "900000") }).where("id", "=", transfer.id).execute();
    await register.db.updateTable("commands").set({ key: "forged" }).where("name", "=", "distribute").execute();
    // What a retry under the key returns: a forged result would tell the agent the work was other than it was.
    await register.db.updateTable("commands").set({ result: JSON.stringify({ forged: true }) }).where("name", "=", "apply").execute();
    const init = await register.db.selectFrom("commands").selectAll().where("name", "=", "init").executeTakeFirstOrThrow();
    await register.db.deleteFrom("commands").where("id", "=", init.id).execute();
    await register.db.insertInto("commands").values({ ...init, id: 999 }).execute();
    const { ok, problems } = await lib.verify(register);
    expect(ok).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^command ${transfer.id} on file is transfer at 2004-06-01T09:00:00-04:00 with .*900000.*; the journal records transfer at 2004-06-01T09:00:00-04:00 with .*200000`)));
    expect(problems).toContainEqual(expect.stringMatching(/^command \d+ on file is distribute under key "forged" at/));
    expect(problems).toContainEqual(expect.stringMatching(/^command \d+'s stored result \(what a retry under its key returns\) is not the one it recorded/));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^command ${init.id} \\(init at .*\\) is in the journal but not on file \\(deleted\\)`)));
    expect(problems).toContainEqual(expect.stringMatching(/^command 999 is on file \(init at .*\) but the journal has no record of it/));
    expect(problems).toContainEqual("the journal ends before command 999: its last rows were deleted");
    await lib.closeRegister(register);
  });

  it("names a setting changed, deleted or added behind the register's back (each command records the settings it wrote)", async () => {
    const register = await distributed(await backend.fresh());
    expect((await lib.verify(register)).ok).toBe(true);
    const set = (name: string, value: string) => register.db.updateTable("settings").set({ value }).where("name", "=", name).execute();
    const scenarioText = (await register.db.selectFrom("settings").select("value").where("name", "=", "scenario").executeTakeFirstOrThrow()).value;
    await set("rightsPerShare", JSON.stringify("2"));
    await set("scenario", scenarioText.replace("raider", "someone"));
    await register.db.deleteFrom("settings").where("name", "=", "distribution").execute();
    // Rights that never ended, marked ended: a later redemption or exercise would be refused.
    await register.db.insertInto("settings").values({ name: "ended", value: JSON.stringify({ how: "redeemed", at: "2004-06-15T10:00:00-04:00" }) }).execute();
    const { ok, chainIntact, problems } = await lib.verify(register);
    expect({ ok, chainIntact }).toEqual({ ok: false, chainIntact: true });
    expect(problems).toEqual(
      expect.arrayContaining([
        'setting rightsPerShare on file is not what the command that wrote it recorded (on file "2"; recorded "1")',
        "setting scenario on file is not what the command that wrote it recorded",
        "setting distribution is in the journal but not on file (deleted)",
        "setting ended is on file but no command recorded writing it",
      ]),
    );
    await lib.closeRegister(register);
  });

  it("names a holder of record changed, deleted or added behind the register's back (the journal records each when it is put on the register)", async () => {
    const register = await lib.openRegister(await backend.fresh());
    value(await lib.initRegister(register, { plan: "net-perceptions" }));
    value(await lib.importHolders(register, { csv: holdersCsv, sharesOutstanding: 10_000_000 }));
    expect((await lib.verify(register)).ok).toBe(true);
    // A certificate holder turned into a book-entry one would be sent a statement, not a certificate.
    await register.db.updateTable("holders").set({ kind: "drs", name: "Someone Else" }).where("id", "=", "c01").execute();
    await register.db.deleteFrom("holders").where("id", "=", "d02").execute();
    await register.db.insertInto("holders").values({ id: "ghost", name: "Ghost LLC", kind: "drs", address: null, certificate: null }).execute();
    const { ok, chainIntact, problems } = await lib.verify(register);
    expect({ ok, chainIntact }).toEqual({ ok: false, chainIntact: true });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^holder c01 on file is \{"name":"Someone Else","kind":"drs",.*; the journal records \{"name":"[^"]+","kind":"certificate"/),
        "holder d02 is in the journal but not on file (deleted)",
        'holder ghost is on file ({"name":"Ghost LLC","kind":"drs","address":null,"certificate":null}) but the journal never put it on the register',
      ]),
    );
    await lib.closeRegister(register);
  });

  it("names a journal row changed or deleted behind the register's back", async () => {
    const register = await distributed(await backend.fresh());
    expect((await lib.verify(register)).ok).toBe(true);
    await register.db.updateTable("journal").set({ amount: "1500000" }).where("seq", "=", 10).execute();
    const changed = await lib.verify(register);
    expect(changed.chainIntact).toBe(false);
    expect(changed.problems).toContainEqual(expect.stringMatching(/^journal row 10 was changed after it was written/));
    expect(changed.problems).toContainEqual(expect.stringMatching(/control book shows/));
    await register.db.deleteFrom("journal").where("seq", "=", 20).execute();
    expect((await lib.verify(register)).problems).toContainEqual("journal row 20 is missing (deleted)");
    expect((await lib.report(register)).audit.chainIntact).toBe(false);
    await lib.closeRegister(register);
  });

  it("names the journal's last row deleted (the last command's record of its stored result), and a stored result changed where they part", async () => {
    const register = await distributed(await backend.fresh());
    const last = await register.db.selectFrom("journal").select(["seq", "command", "asset"]).orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow();
    expect(last.asset).toBe("result");
    await register.db.deleteFrom("journal").where("seq", "=", last.seq).execute();
    const { ok, problems } = await lib.verify(register);
    expect(ok).toBe(false);
    expect(problems).toContain(`the journal's record of command ${last.command}'s stored result (what a retry under its key returns) is missing: its row was deleted`);
    const transfer = await register.db.selectFrom("commands").select(["id", "result"]).where("name", "=", "transfer").executeTakeFirstOrThrow();
    await register.db.updateTable("commands").set({ result: transfer.result.replace('"shares":200000', '"shares":200001') }).where("id", "=", transfer.id).execute();
    expect((await lib.verify(register)).problems).toContainEqual(expect.stringMatching(/stored result .* is not the one it recorded: on file .*"shares":200001.*; recorded .*"shares":200000/));
    await lib.closeRegister(register);
  });
});

const postgres = backends.find((b) => b.name === "postgres");

describe.runIf(postgres)("the register on PostgreSQL", () => {
  it("keeps two registers in two schemas of one database, each with its own migrations", async () => {
    const base = new URL(await postgres!.fresh());
    const inSchema = (schema: string) => {
      const url = new URL(base);
      url.searchParams.set("options", `-c search_path=${schema}`);
      return url.toString();
    };
    const admin = await lib.openRegister(base.toString());
    await sql`create schema first_register`.execute(admin.db);
    await sql`create schema second_register`.execute(admin.db);
    await lib.closeRegister(admin);
    for (const [schema, shares] of [["first_register", 7], ["second_register", 9]] as const) {
      const register = await lib.openRegister(inSchema(schema));
      value(await lib.importHolders(register, { csv: `holder,name,kind,shares\nh,Holder,drs,${shares}\n` }));
      await lib.closeRegister(register);
    }
    for (const [schema, shares] of [["first_register", 7], ["second_register", 9]] as const) {
      const register = await lib.openRegister(inSchema(schema));
      expect((await lib.holderList(register)).map((h) => [h.holder, h.shares])).toEqual([["h", shares]]);
      expect((await lib.verify(register)).ok).toBe(true);
      await lib.closeRegister(register);
    }
  });
});
