/**
 * `rightsplan register` as a Rights Agent runs it, on SQLite and PostgreSQL: a whole session
 * through check_register.py (test/fixtures/register-session, totals computed by hand), and
 * crashes: the process is killed (SIGKILL) in the middle of a distribution and of a redemption
 * payment run; run again under the same key, every holder has exactly one certificate or one
 * payment and `verify` passes. The killed run and its restart are processes; the commands around
 * them run in this process through the CLI's own `run` (test/support/cli.ts), with the same exit
 * codes and messages.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import { cli as inProcess, cliProcess } from "./support/cli.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist/cli/main.js");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-register-cli-"));
/** Enough holders that a run killed at its first progress line (1,000 done) still has five chunks and its commit ahead. */
const HOLDERS = 6_000;
/** The progress lines of a whole run: one per chunk of 1,000 (src/register/command.ts), each a tenth or more of the way. */
const progressLines = (what: string) => Array.from({ length: HOLDERS / 1_000 }, (_, i) => `${what}: ${(i + 1) * 1_000} of ${HOLDERS}\n`).join("");

/** `rightsplan register ...args --db DB`, in this process. */
const register = (db: string, ...args: string[]) => inProcess(["register", ...args, "--db", db]);
/** The same as a new process: a restart after a crash. */
const registerProcess = (db: string, ...args: string[]) => cliProcess(["register", ...args, "--db", db]);

/** A holder list of HOLDERS holders adding up to the example's 10,000,000 shares. */
function bigHolderList(): string {
  const lines = ["holder,name,kind,shares", `cede,Cede & Co.,cede,${8_600_000 - 50 * (HOLDERS - 2)}`, "raider,Raider Partners LP,drs,1400000"];
  for (let i = 1; i <= HOLDERS - 2; i++) lines.push(`h${i},Holder ${i},${i % 10 === 0 ? "certificate" : "drs"},50`);
  const path = join(scratch, `holders-${HOLDERS}.csv`);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

/** A scenario in which nothing happens by `asOf`: the Rights are attached and redeemable. */
function quietScenario(asOf: string): string {
  const path = join(scratch, `quiet-${asOf}.yaml`);
  writeFileSync(path, `plan: net-perceptions\nasOf: '${asOf}'\ncompany: {sharesOutstanding: 10000000}\npersons: [{id: raider, holders: [raider]}]\nholdings: [{person: raider, shares: 1400000}]\nevents: []\n`);
  return path;
}

/** Runs `args` and kills it (SIGKILL) when it reports its first chunk of work done. */
function killMidway(db: string, args: string[], progress: RegExp): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, "register", ...args, "--db", db], { cwd: root });
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!killed && progress.test(stderr)) killed = child.kill("SIGKILL");
    });
    child.on("exit", () => done({ killed, stderr }));
  });
}

afterAll(dropTestDatabases, 120_000);

it("reads no register where there is none: report, verify and export of a mistyped path say so, with exit 2, and make no file", async () => {
  // They once made an empty register at the path and answered for it: "0 holders of record ... reconciled: yes", "verified: 0 journal entries".
  for (const db of [join(scratch, "mistyped.db"), `sqlite:${join(scratch, "mistyped.db")}`]) {
    for (const args of [["report"], ["report", "--json"], ["verify"], ["export", join(scratch, "mistyped.csv")]]) {
      expect(await register(db, ...args)).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot open the register at .*mistyped\.db: there is no such file \(a register is made by `rightsplan register init/) });
    }
  }
  expect(existsSync(join(scratch, "mistyped.db"))).toBe(false);
  expect(existsSync(join(scratch, "mistyped.csv"))).toBe(false);
  // init makes it; then the same path, bare or as sqlite:PATH, is the same register.
  expect((await register(join(scratch, "mistyped.db"), "init")).status).toBe(0);
  expect(await register(`sqlite:${join(scratch, "mistyped.db")}`, "verify")).toMatchObject({ status: 0 });
});

it("says in a sentence, with exit 2, why a register cannot be opened", async () => {
  const garbage = join(scratch, "not-a-register.db");
  writeFileSync(garbage, "these are not the bytes of an SQLite database\n".repeat(100));
  const cases: [string, RegExp][] = [
    [join(scratch, "no-such-folder", "r.db"), /the folder .*no-such-folder does not exist/],
    [garbage, /not-a-register\.db: the file is not an SQLite database/],
    ["", /a register is kept in a file/],
    ["sqlite::memory:", /a register is kept in a file/],
    ["postgres://someone:secret@127.0.0.1:1/none", /postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: no PostgreSQL server answers there/],
    // A URL of a database rightsplan does not use was once taken for an SQLite path ("the folder mysql://u@h does not exist").
    ["mysql://u@h/db", /^rightsplan: --db "mysql:\/\/u@h\/db": rightsplan keeps its data in SQLite \(a file path, or sqlite:PATH\) or PostgreSQL/],
  ];
  for (const [db, said] of cases) expect(await register(db, "report")).toMatchObject({ status: 2, stderr: expect.stringMatching(said) });
});

describe.each(backends)("rightsplan register on $name", { timeout: 300_000 }, (backend) => {
  it("report, verify and export refuse a database that holds no register (exit 2), and make none there", async () => {
    const db = await backend.fresh();
    const none = backend.name === "sqlite" ? /there is no such file/ : /the database holds no register \(a register is made by `rightsplan register init --db postgres:\/\/[^:]*:\*\*\*@/;
    for (const args of [["report"], ["verify"], ["export", join(scratch, `${backend.name}-none.csv`)]]) expect(await register(db, ...args)).toMatchObject({ status: 2, stderr: expect.stringMatching(none) });
    expect(existsSync(join(scratch, `${backend.name}-none.csv`))).toBe(false);
    // The refusals made nothing: it is still no register, until init makes one.
    expect((await register(db, "verify")).status).toBe(2);
    expect((await register(db, "init")).status).toBe(0);
    expect(await register(db, "report", "--json")).toMatchObject({ status: 0, stdout: expect.stringContaining('"holdersOfRecord": 0') });
  });

  // A process per command: run where RIGHTSPLAN_PROCESS_CHECKS=1 (.ci/run sets it); test/register.test.ts
  // runs the same session through the library in-process.
  it.runIf(process.env.RIGHTSPLAN_PROCESS_CHECKS === "1")("runs the worked session of test/fixtures/register-session through check_register.py", async () => {
    const db = await backend.fresh();
    const out = execFileSync("python3", [join(root, "../shared/tools/check_register.py"), join(root, "test/fixtures/register-session"), "--cli", `node ${cli}`, "--db", db], { cwd: root, encoding: "utf8" });
    expect(out.trim().split("\n").pop()).toBe("register: 33/33 checks pass");
  });

  it("exits 2 on input it cannot read and 1 on a refusal, and writes the holder list as CSV and .xlsx", async () => {
    const db = await backend.fresh();
    expect(await register(db, "import-holders", join(scratch, "no-such-file.csv"))).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot read .*no-such-file\.csv/) });
    const bad = join(scratch, "bad.csv");
    writeFileSync(bad, "holder,name,kind,shares\na,A,drs,10\nb,B,drs,1.5\n");
    expect(await register(db, "import-holders", bad)).toMatchObject({ status: 2, stderr: expect.stringMatching(/line 3: holder "b": shares 1\.5 is not a whole number/) });
    expect((await register(db, "import-holders", join(root, "examples/holders.csv"))).status).toBe(0);
    expect(await register(db, "exercise", "--holder", "d01", "--rights", "10", "--at", "2004-06-21")).toMatchObject({ status: 1, stderr: expect.stringMatching(/refused \(R-7e\)/) });
    const csv = join(scratch, `holders-${backend.name}.csv`);
    expect((await register(db, "export", csv)).status).toBe(0);
    const lines = readFileSync(csv, "utf8").trim().split("\n");
    expect(lines[0]).toBe("holder,name,kind,address,shares,rights,voidRights,cash,certificates,legend,inTrust");
    expect(lines).toContain('cede,Cede & Co.,cede,"570 Washington Blvd, Jersey City, NJ",8000000,8000000,0,0,,false,0');
    const xlsx = join(scratch, `holders-${backend.name}.xlsx`);
    expect((await register(db, "export", xlsx)).status).toBe(0);
    const { default: ExcelJS } = await import("exceljs");
    const book = await new ExcelJS.Workbook().xlsx.readFile(xlsx);
    const sheet = book.getWorksheet("Holders of record")!;
    expect(sheet.rowCount).toBe(43);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).value).toBe(lines[1].split(",")[0]);
    // No command has run at an instant yet: an act without --at is dated at the register's start, and says so.
    expect(await register(db, "transfer", "--from", "cede", "--to", "d01", "--shares", "10")).toMatchObject({ status: 0, stdout: expect.stringMatching(/^10 shares moved from cede to d01 .*\n {2}warning: no instant was given \(--at, or "at" in the API\) .* dated at the register's start \(1969-12-31T19:00:00-05:00\)/s) });
  });

  it("survives a SIGKILL in the middle of a distribution: after a restart each holder has one certificate", async () => {
    const db = await backend.fresh();
    expect(await register(db, "import-holders", bigHolderList(), "--shares-outstanding", "10000000")).toMatchObject({ status: 0, stderr: progressLines("importing: holders of record") });
    // The raider crosses 15% by this transfer, which the engine counts as its acquisition (examples/register-pill.yaml).
    expect((await register(db, "transfer", "--from", "cede", "--to", "raider", "--shares", "200000", "--at", "2004-06-01T09:00:00-04:00")).status).toBe(0);
    expect((await register(db, "apply", join(root, "examples/register-pill.yaml"))).status).toBe(0);
    const crash = await killMidway(db, ["distribute", "--key", "d-1"], /distributing: certificates: 1000 of/);
    expect(crash.killed).toBe(true);
    await expectCertificates(db, 0);
    const again = registerProcess(db, "distribute", "--key", "d-1");
    expect(again.stderr).toBe(progressLines("distributing: certificates"));
    expect(again.status).toBe(0);
    expect((await register(db, "distribute", "--key", "d-1")).stderr).toMatch(/already done under the key "d-1"/);
    await expectCertificates(db, HOLDERS);
    expect((await register(db, "verify")).status).toBe(0);
  });

  it("survives a SIGKILL in the middle of a redemption payment run: after a restart each holder is paid once", async () => {
    const db = await backend.fresh();
    expect((await register(db, "import-holders", bigHolderList())).status).toBe(0);
    expect((await register(db, "apply", quietScenario("2004-06-10"))).status).toBe(0);
    const crash = await killMidway(db, ["redeem", "--key", "r-1"], /redemption run: holders paid: 1000 of/);
    expect(crash.killed).toBe(true);
    await expectPayments(db, 0);
    expect(registerProcess(db, "redeem", "--key", "r-1")).toMatchObject({ status: 0, stderr: progressLines("redemption run: holders paid") });
    expect((await register(db, "redeem", "--key", "r-1")).status).toBe(0);
    await expectPayments(db, HOLDERS);
    const report = JSON.parse((await register(db, "report", "--json")).stdout);
    // The report's audit is `verify`'s: the chain, the control book against the journal, the invariants.
    expect(report).toMatchObject({ rights: { outstanding: 0, redeemed: 10_000_000 }, cash: { redemptionPaid: "100000" }, reconciled: true, audit: { chainIntact: true, problems: [] } });
  });
});

async function expectCertificates(db: string, holders: number): Promise<void> {
  const r = await lib.openRegister(db);
  try {
    const rows = await r.db.selectFrom("certificates").select((eb) => ["holder", eb.fn.countAll<number>().as("n")]).groupBy("holder").execute();
    expect(rows.length).toBe(holders);
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
  } finally {
    await lib.closeRegister(r);
  }
}

async function expectPayments(db: string, holders: number): Promise<void> {
  const r = await lib.openRegister(db);
  try {
    const rows = await r.db.selectFrom("journal").select((eb) => ["account", eb.fn.countAll<number>().as("n")]).where("asset", "=", "cash").where("memo", "like", "R-23:%").groupBy("account").execute();
    expect(rows.length).toBe(holders);
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
  } finally {
    await lib.closeRegister(r);
  }
}

it("says, when the exchange trust holds Rights on its shares, which holders must claim and the command for each (R-3-attached, R-24)", async () => {
  const dir = join(root, "test/fixtures/register-sessions/exchange-into-trust-before-distribution");
  const db = `sqlite:${join(mkdtempSync(join(scratch, "trust-")), "r.db")}`;
  const steps = (JSON.parse(readFileSync(join(dir, "session.json"), "utf8")) as { args: string }[]).map((s) => s.args.replaceAll("{dir}", dir));
  for (const args of steps.slice(0, steps.findIndex((a) => a.startsWith("exchange --portion 1")))) await register(db, ...args.split(/\s+/));
  const refused = await register(db, "exchange", "--portion", "1", "--at", "2004-06-14T10:00:00-04:00");
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/trust holds 202,499 Rights on the shares it holds for c01 \(10,000 shares\), c02 \(4,999 shares\), cede \(390,000 shares\)/);
  expect(refused.stderr).toContain("register claim --holder c01 --certify; register claim --holder c02 --certify; register claim --holder cede --certify");
});
