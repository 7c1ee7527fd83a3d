/**
 * The books of a command (src/register/books.ts) and the invariants checked after it
 * (commandInvariants in src/register/invariants.ts), on SQLite: a command that would break an
 * invariant is rolled back whole, and the control book this process keeps between commands is
 * the database's (read again when another process moved the journal on, unchanged by a command
 * that was rolled back). On PostgreSQL, a long run's journal rows go by COPY while the command goes
 * on: what it asks meanwhile comes after them, and a COPY that fails fails the command whole.
 */
import { describe, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import { runCommand } from "../src/register/command.js";
import { ACCOUNTS } from "../src/register/accounts.js";
import { bulkInsert } from "../src/register/bulk.js";
import type { Register, Result } from "../src/register/index.js";
import { backends } from "./support/registerDb.js";

const sqlite = backends.find((b) => b.name === "sqlite")!;
const postgres = backends.find((b) => b.name === "postgres");
const csv = "holder,name,kind,shares\nalice,Alice,drs,100\nbob,Bob,drs,50\n";
const at = Date.parse("2004-06-01T10:00:00-04:00");

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

async function opened(ref?: string): Promise<Register> {
  const register = await lib.openRegister(ref ?? (await sqlite.fresh()));
  if (!ref) value(await lib.importHolders(register, { csv }));
  return register;
}

/** Runs a command that posts `lines` (after loading the books they name) and returns its result. */
function posting(register: Register, lines: Parameters<import("../src/register/books.js").Books["post"]>[1]) {
  return runCommand(register, { name: "test-posting", args: {} }, async ({ books }) => {
    await books.load(...new Set(lines.map((l) => l.asset)));
    books.post(at, lines);
    return null;
  });
}

async function balances(register: Register, asset: string): Promise<Record<string, string>> {
  const rows = await register.db.selectFrom("control").select(["account", "balance"]).where("asset", "=", asset).orderBy("account").execute();
  return Object.fromEntries(rows.map((r) => [r.account, r.balance]));
}

describe("the invariants after a command", () => {
  it("refuse a command that leaves a holder with fewer than no shares, changing nothing", async () => {
    const register = await opened();
    const before = await balances(register, "shares");
    const r = await posting(register, [
      { account: "@bob", asset: "shares", amount: -60 },
      { account: ACCOUNTS.issuer, asset: "shares", amount: 60 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/bob holds -10 shares/);
    expect(await balances(register, "shares")).toEqual(before);
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });

  it("refuse Rights that leave the holders for no account of the Rights' life (issued ≠ outstanding + ended)", async () => {
    const register = await opened();
    const r = await posting(register, [
      { account: "@alice", asset: "rights", amount: -10 },
      { account: "somewhere", asset: "rights", amount: 10 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Rights issued 150 ≠ outstanding 140/);
    await lib.closeRegister(register);
  });

  it("refuse, before the Distribution Date, Rights that part from the shares they are attached to (R-3-attached)", async () => {
    const register = await opened();
    const r = await posting(register, [
      { account: "@alice", asset: "rights", amount: -10 },
      { account: "@bob", asset: "rights", amount: 10 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.message).toMatch(/alice holds 90 Rights on 100 shares, not 100 \(R-3-attached\)/);
      expect(r.problem.message).toMatch(/bob holds 60 Rights on 50 shares, not 50/);
    }
    await lib.closeRegister(register);
  });

  it("refuse certificates journalled as issued that are not on file", async () => {
    const register = await opened();
    const r = await posting(register, [
      { account: "@alice", asset: "certificates", amount: 1 },
      { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/the journal shows 1 certificates issued by this command but 0 are on file/);
    await lib.closeRegister(register);
  });

  it("refuse a certificate filed that the journal does not show issued", async () => {
    const register = await opened();
    const r = await runCommand(register, { name: "test-filing", args: {} }, async ({ books, command }) => {
      await books.load("certificates");
      await bulkInsert(register, "certificates", ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"], [[1, "alice", "statement", 100, 0, null, "countersigned", command, "outstanding"]]);
      return null;
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/the journal shows 0 certificates issued by this command but 1 are on file/);
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });
});

describe("the control book kept between commands", () => {
  it("is read again when another process's command moved the journal on", async () => {
    const ref = await sqlite.fresh();
    const first = await opened(ref);
    value(await lib.importHolders(first, { csv }));
    const second = await opened(ref);
    value(await lib.transfer(second, { from: "alice", to: "bob", shares: 40, at }));
    // The first register kept alice at 100 shares; moving 70 more would leave her -10 if it used them.
    const r = await lib.transfer(first, { from: "alice", to: "bob", shares: 70, at });
    expect(r.ok).toBe(false);
    value(await lib.transfer(first, { from: "alice", to: "bob", shares: 60, at }));
    expect(await balances(first, "shares")).toMatchObject({ "@alice": "0", "@bob": "150" });
    expect((await lib.verify(first)).ok).toBe(true);
    await lib.closeRegister(first);
    await lib.closeRegister(second);
  });

  it("is unchanged by a command rolled back", async () => {
    const register = await opened();
    expect((await posting(register, [{ account: "@bob", asset: "shares", amount: -60 }, { account: ACCOUNTS.issuer, asset: "shares", amount: 60 }])).ok).toBe(false);
    value(await lib.transfer(register, { from: "bob", to: "alice", shares: 50, at }));
    expect(await balances(register, "shares")).toMatchObject({ "@alice": "150", "@bob": "0" });
    expect(await balances(register, "rights")).toMatchObject({ "@alice": "150", "@bob": "0" });
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });
});

describe("a command's balances", () => {
  it("list the accounts of an asset (on the control book, then those the command opened; back at zero only when asked) and count each", async () => {
    const register = await opened();
    let seen: { held: string[]; all: string[]; counts: number[] } | undefined;
    // Shares moved without their Rights break R-3-attached: the command is rolled back once the balances are seen.
    const refused = await runCommand(register, { name: "test-balances", args: {} }, async ({ books }) => {
      await books.load("shares");
      books.post(at, [
        { account: "@bob", asset: "shares", amount: -50 },
        { account: "@carol", asset: "shares", amount: 30 },
        { account: "@dave", asset: "shares", amount: 20 },
      ]);
      books.post(at, [
        { account: "@dave", asset: "shares", amount: -20 },
        { account: "@alice", asset: "shares", amount: 20 },
      ]);
      const shares = books.counts("shares");
      expect(() => books.counts("rights")).toThrow(/rights book was not loaded/);
      seen = { held: books.accounts("shares"), all: books.accounts("shares", true), counts: ["@alice", "@bob", "@carol", "@dave", "@erin"].map(shares) };
      return null;
    });
    expect(refused.ok).toBe(false);
    // Those on the control book (alice, bob, the issuer, in the book's order), then those the command opened, in the order it opened them.
    expect(seen!.all.slice(0, 3).sort()).toEqual(["@alice", "@bob", ACCOUNTS.issuer].sort());
    expect(seen!.all.slice(3)).toEqual(["@carol", "@dave"]);
    expect(seen!.held).toEqual(seen!.all.filter((a) => a !== "@bob" && a !== "@dave"));
    expect(seen!.counts).toEqual([120, 0, 30, 0, 0]);
    await lib.closeRegister(register);
  });
});

/** A long run on `register`: `entries` loans of a share from the issuer to alice and back (four journal rows each), a checkpoint after each `chunk` of them (and, when `read`, a read), the first loan's memo `memo`. */
function longRun(register: Register, entries: number, chunk: number, memo: string, read = true) {
  return runCommand(register, { name: "test-long-run", args: {} }, async ({ books }) => {
    await books.load("shares");
    const holders: number[] = [];
    for (let i = 0; i < entries; i++) {
      books.post(at, [{ account: "@alice", asset: "shares", amount: 1, memo: i === 0 ? memo : "lent" }, { account: ACCOUNTS.issuer, asset: "shares", amount: -1 }]);
      books.post(at, [{ account: "@alice", asset: "shares", amount: -1, memo: "returned" }, { account: ACCOUNTS.issuer, asset: "shares", amount: 1 }]);
      if ((i + 1) % chunk === 0) {
        await books.checkpoint();
        // A read while the rows may still be going in: it comes after them.
        if (read) holders.push(Number((await register.db.selectFrom("holders").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n));
      }
    }
    return holders;
  });
}

async function journalEnd(register: Register): Promise<number> {
  return Number((await register.db.selectFrom("journal").select((eb) => eb.fn.max("seq").as("n")).executeTakeFirstOrThrow()).n);
}

describe.runIf(postgres)("a long run's journal on PostgreSQL", () => {
  it("goes in by COPY while the command goes on, every row in its place", async () => {
    const register = await opened(await postgres!.fresh());
    value(await lib.importHolders(register, { csv }));
    const before = await journalEnd(register);
    // 48,000 journal rows, a COPY of 12,000 sent at each of four checkpoints, each read after.
    expect(value(await longRun(register, 12_000, 3_000, "lent"))).toEqual([2, 2, 2, 2]);
    expect(await journalEnd(register)).toBe(before + 48_000 + 2); // and the records of the command and of its result
    expect(await balances(register, "shares")).toMatchObject({ "@alice": "100", "@bob": "50" });
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });

  it("says when a COPY's rows are all sent, before the server has written them", async () => {
    const register = await opened(await postgres!.fresh());
    const said: string[] = [];
    const rows = Array.from({ length: 500 }, (_, i) => [`h${i}`, `Holder ${i}`, "drs", null, null]);
    await bulkInsert(register, "holders", ["id", "name", "kind", "address", "certificate"], rows, () => said.push("sent")).then(() => said.push("written"));
    expect(said).toEqual(["sent", "written"]);
    expect(Number((await register.db.selectFrom("holders").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n)).toBe(500);
    await lib.closeRegister(register);
  });

  it("fails the command whole, saying why, when a COPY sent at a checkpoint fails", async () => {
    const register = await opened(await postgres!.fresh());
    value(await lib.importHolders(register, { csv }));
    const before = await journalEnd(register);
    // PostgreSQL's text holds no NUL character: the server refuses the COPY sent at the run's one
    // checkpoint while the command goes on; the flush, awaiting it, says why.
    await expect(longRun(register, 3_000, 3_000, "lent\u0000", false)).rejects.toThrow(/0x00/);
    expect(await journalEnd(register)).toBe(before);
    expect((await lib.verify(register)).ok).toBe(true);
    value(await lib.transfer(register, { from: "alice", to: "bob", shares: 10, at }));
    expect(await balances(register, "shares")).toMatchObject({ "@alice": "90", "@bob": "60" });
    await lib.closeRegister(register);
  });
});
