/**
 * Commands repeated and run at once (issue: "nothing lost on a crash", each command once under
 * `--key K`), as the eleventh examiner found them:
 * - an import repeated under its key with the file corrected in place was answered "already
 *   done" and the correction never imported: the list's (or export's) SHA-256 is an argument,
 *   as `apply`'s scenario is, so the second is refused and names a new key;
 * - a second process opening a new SQLite register while the first still made it failed (exit 2
 *   "database is locked" at the switch to WAL, or exit 70 in the migrations), where it must wait;
 * - a command that waited in vain for another process's command failed as "a bug in rightsplan"
 *   (exit 70, SqliteError): it is refused in a sentence, nothing done.
 */
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import { cli, cliProcess, repoRoot } from "./support/cli.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const scratch = mkdtempSync(join(tmpdir(), "rightsplan-register-repeat-"));
const holdersCsv = readFileSync(join(repoRoot, "examples/holders.csv"), "utf8");
/** The same list with one holder's name corrected. */
const corrected = holdersCsv.replace("d01,DRS holder 1,", "d01,DRS Holder One,");
const ocfExport = join(repoRoot, "test/fixtures/register-sessions/opening-from-ocf/export");

afterAll(dropTestDatabases, 120_000);

describe.each(backends)("an import repeated under its key, on $name", { timeout: 120_000 }, (backend) => {
  it("the same holder list is done once; the list corrected in the same file is refused, nothing imported", async () => {
    const r = await lib.openRegister(await backend.fresh());
    try {
      expect(await lib.importHolders(r, { csv: holdersCsv, source: "holders.csv", key: "imp-1" })).toMatchObject({ ok: true, replayed: false });
      expect(await lib.importHolders(r, { csv: holdersCsv, source: "holders.csv", key: "imp-1" })).toMatchObject({ ok: true, replayed: true });
      // It was answered "already done" with the holder d01 still under its old name.
      expect(await lib.importHolders(r, { csv: corrected, source: "holders.csv", key: "imp-1" })).toMatchObject({ ok: false, problem: { kind: "refused", code: "key-reused", message: expect.stringMatching(/the key "imp-1" was already used by another import-holders .*use a new key/) } });
      expect((await r.db.selectFrom("holders").select("name").where("id", "=", "d01").executeTakeFirstOrThrow()).name).toBe("DRS holder 1");
      // The import ran before the register's clock had any instant: the refusal names none (it said "at 1969-12-31T19:00:00-05:00").
      const other = await lib.importHolders(r, { csv: holdersCsv, source: "holders.csv", sharesOutstanding: 10_000_000, key: "imp-1" });
      expect(other).toMatchObject({ ok: false, problem: { code: "key-reused" } });
      expect(other.ok ? "" : other.problem.message).not.toMatch(/1969|at \d{4}-/);
    } finally {
      await lib.closeRegister(r);
    }
  });

  it("the same OCF export is done once; the export corrected in the same folder is refused, nothing imported", async () => {
    const dir = mkdtempSync(join(scratch, `ocf-${backend.name}-`));
    cpSync(ocfExport, dir, { recursive: true });
    const r = await lib.openRegister(await backend.fresh());
    try {
      const options = { path: dir, sharesOutstanding: 9_800_000, key: "ocf-1" };
      expect(await lib.importOcf(r, options)).toMatchObject({ ok: true, replayed: false });
      expect(await lib.importOcf(r, options)).toMatchObject({ ok: true, replayed: true });
      const stakeholders = join(dir, "Stakeholders.ocf.json");
      writeFileSync(stakeholders, readFileSync(stakeholders, "utf8").replace('"Bea Angel"', '"Beatrice Angel"'));
      expect(await lib.importOcf(r, options)).toMatchObject({ ok: false, problem: { kind: "refused", code: "key-reused", message: expect.stringMatching(/the key "ocf-1" was already used by another import-ocf/) } });
      expect((await r.db.selectFrom("holders").select("name").where("id", "=", "angel").executeTakeFirstOrThrow()).name).toBe("Bea Angel");
    } finally {
      await lib.closeRegister(r);
    }
  });
});

/**
 * A process that takes SQLite's write lock on `path` (in `mode`), writes a table, holds it `ms`
 * (or until told, a line on its stdin) and commits; resolved with its stdin once it holds the lock.
 */
function holdLock(path: string, mode: "delete" | "wal", ms: number): Promise<NodeJS.WritableStream> {
  const script = `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(path)}); d.pragma("journal_mode = ${mode}"); d.exec("begin immediate; create table other_process (x)"); process.stdout.write("locked\\n"); const done = () => { d.exec("commit"); d.close(); process.exit(0); }; setTimeout(done, ${ms}); process.stdin.on("data", done);`;
  const child = spawn(process.execPath, ["-e", script], { cwd: repoRoot });
  return new Promise((locked, failed) => {
    child.stdout.on("data", () => locked(child.stdin));
    child.on("exit", (code) => failed(new Error(`the lock holder ended (${code}) before it held the lock`)));
  });
}

describe("two processes on one new SQLite register", { timeout: 60_000 }, () => {
  it("the second waits while the first makes the register's tables, then finds them made (it failed at once, exit 70)", async () => {
    const path = join(mkdtempSync(join(scratch, "new-")), "r.db");
    await holdLock(path, "wal", 5_000);
    const init = cliProcess(["register", "init", "--db", path]);
    expect(init).toMatchObject({ status: 0, stdout: "register keeps the Rights of plan net-perceptions\n", stderr: "" });
    expect(cliProcess(["register", "verify", "--db", path]).status).toBe(0);
  });

  it("a new file another process writes in the old journal mode cannot be opened (SQLite does not wait there): said in a sentence, exit 2", async () => {
    const path = join(mkdtempSync(join(scratch, "new-")), "r.db");
    const holder = await holdLock(path, "delete", 60_000);
    const init = cliProcess(["register", "init", "--db", path]);
    holder.write("release\n");
    // It said only "database is locked".
    expect(init).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot open the register at .*r\.db: another process holds it \(a command still running\): nothing was done; run the command again/) });
  });
});

it("a command that waits in vain for another process's command is refused in a sentence, and does nothing", async () => {
  const db = `sqlite:${join(mkdtempSync(join(scratch, "busy-")), "r.db")}`;
  const r = await lib.openRegister(db);
  const other = new Database(db.slice("sqlite:".length));
  try {
    expect((await lib.importHolders(r, { csv: holdersCsv })).ok).toBe(true);
    r.sqlite!.pragma("busy_timeout = 0"); // the 30 s the CLI waits, cut short
    other.exec("begin immediate");
    const refused = await lib.transfer(r, { from: "cede", to: "d01", shares: 10 });
    expect(refused).toMatchObject({ ok: false, problem: { kind: "refused", rule: "register", code: "busy", message: expect.stringMatching(/^the register at .*r\.db is busy: it waited 30 seconds in vain; another process holds it .* nothing was done; run the command again/) } });
    other.exec("rollback");
    expect((await lib.transfer(r, { from: "cede", to: "d01", shares: 10 })).ok).toBe(true);
    expect(await lib.verify(r)).toMatchObject({ ok: true, problems: [] });
  } finally {
    other.close();
    await lib.closeRegister(r);
  }
});

it("a decimal argument written another way under the same key is the same command: --portion 0.5, .5 and 0.50; --right-value 0.30 and 0.3", async () => {
  // They were refused as other arguments ("another exchange ({"portion":"0.5",...}) ... use a new key"), as an instant written three ways is not.
  const db = join(mkdtempSync(join(scratch, "decimals-")), "r.db");
  const run = (...args: string[]) => cli(["register", ...args, "--db", db]);
  expect((await run("import-holders", join(repoRoot, "examples/holders.csv"))).status).toBe(0);
  expect((await run("transfer", "--from", "cede", "--to", "raider", "--shares", "200000", "--at", "2004-06-01T09:00:00-04:00")).status).toBe(0);
  expect((await run("apply", join(repoRoot, "examples/register-pill.yaml"))).status).toBe(0);
  expect((await run("distribute", "--right-value", "0.30", "--key", "d-1")).status).toBe(0);
  expect(await run("distribute", "--right-value", "0.3", "--key", "d-1")).toMatchObject({ status: 0, stderr: 'already done under the key "d-1": nothing was done again\n' });
  const exchanged = await run("exchange", "--portion", "0.5", "--at", "2004-06-22T10:00:00-04:00", "--key", "x-1");
  expect(exchanged.status).toBe(0);
  for (const portion of [".5", "0.50"]) expect(await run("exchange", "--portion", portion, "--at", "2004-06-22T10:00:00-04:00", "--key", "x-1")).toMatchObject({ status: 0, stdout: exchanged.stdout, stderr: 'already done under the key "x-1": nothing was done again\n' });
  expect((await run("exchange", "--portion", "0.25", "--at", "2004-06-22T10:00:00-04:00", "--key", "x-1")).stderr).toMatch(/already used by another exchange/);
  expect((await run("verify")).status).toBe(0);
});
