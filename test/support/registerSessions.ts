/**
 * Rights Agents' sessions as data (session.json, expect.json: the format of
 * ../shared/tools/check_register.py), run through the CLI in-process on one database
 * (test/register-sessions-sqlite.test.ts, test/register-sessions-postgres.test.ts: two files, so
 * that two workers run them; the sessions of a file run a few at once, each on its own database):
 * the shared example, read in place, the project's own worked session and every folder of
 * test/fixtures/register-sessions (each with a README.md giving its totals by hand). Each step
 * must succeed or be refused as the session says (a step may also name its exit code: 1 refused,
 * 2 bad input; never 70, a crash; and the words it must say, and fields the report must hold right
 * after it); `register report --json` must hold every expected field
 * (numbers compared exactly) and `register verify` must pass.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, it, type ExpectStatic } from "vitest";
import { Decimal } from "decimal.js";
import { cli, repoRoot } from "./cli.js";
import { countText } from "../../src/numbers/readableText.js";
import { csvCell, type CsvValue } from "../../src/export/csvCell.js";
import { backends, type Backend } from "./registerDb.js";

const OWN = join(repoRoot, "test/fixtures/register-sessions");
const SESSIONS = [
  join(repoRoot, "../shared/examples/register"),
  join(repoRoot, "test/fixtures/register-session"),
  ...readdirSync(OWN, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(OWN, d.name)),
];

interface Step {
  readonly args: string;
  readonly ok?: boolean;
  readonly exit?: number;
  readonly what?: string;
  /** Words the command must say (stdout or stderr), e.g. the line a bad holder list is wrong on. */
  readonly said?: readonly string[];
  /** Fields `register report --json` must hold right after this step, e.g. `{"reconciled": true}`. */
  readonly report?: Record<string, unknown>;
}

/** The fields of `expected` that `got` lacks or holds differently, as `path: expected …, got …`. */
function misses(expected: unknown, got: unknown, path = "report"): string[] {
  if (typeof expected === "object" && expected !== null) {
    return Object.entries(expected).flatMap(([k, v]) => misses(v, typeof got === "object" && got !== null ? (got as Record<string, unknown>)[k] : undefined, `${path}.${k}`));
  }
  const same = typeof expected === "boolean" || expected === null ? got === expected : typeof got !== "object" && got !== undefined && sameValue(String(expected), String(got));
  return same ? [] : [`${path}: expected ${String(expected)}, got ${String(got)}`];
}

/** Numbers and decimal strings compared exactly as decimals; any other text (an instant, a date, a status, a Person's id) as the same text. */
function sameValue(expected: string, got: string): boolean {
  const decimal = (v: string): Decimal | undefined => {
    try {
      return new Decimal(v);
    } catch {
      return undefined;
    }
  };
  const want = decimal(expected);
  if (!want) return got === expected;
  const have = decimal(got);
  return have !== undefined && want.equals(have);
}

/** The holder list `register export` writes, as CSV lines; the XLSX export must hold the same rows (as text, never formulas). */
async function exported(register: (args: string) => Promise<{ status: number }>, expect: ExpectStatic): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "rightsplan-export-"));
  expect((await register(`export ${join(dir, "holders.csv")}`)).status).toBe(0);
  expect((await register(`export ${join(dir, "holders.xlsx")}`)).status).toBe(0);
  const csv = readFileSync(join(dir, "holders.csv"), "utf8").trimEnd().split("\n");
  const { default: ExcelJS } = await import("exceljs");
  const book = await new ExcelJS.Workbook().xlsx.readFile(join(dir, "holders.xlsx"));
  const sheet: string[] = [];
  // Each cell as the CSV writes it: a name a spreadsheet would run as a formula is plain text in the workbook, an apostrophe before it in the CSV.
  book.worksheets[0].eachRow((row) => sheet.push((row.values as unknown[]).slice(1).map((v) => csvCell(v as CsvValue)).join(",")));
  expect(sheet).toEqual(csv);
  return csv;
}

/**
 * What a refused command must leave as it was: `report --json` (its journal's entries among it; a
 * table changed without its journal entry is caught by the `verify` at the session's end).
 */
async function state(register: (args: string) => Promise<{ status: number; stdout: string; stderr: string }>): Promise<unknown> {
  const report = await register("report --json");
  return report.status === 0 ? JSON.parse(report.stdout) : report.stderr;
}

/**
 * Every session on the database named, a few at once (vitest's maxConcurrency): on PostgreSQL one
 * session's commands run while another's wait for the server. Skipped where that database is not
 * among the backends (PostgreSQL on a developer's machine without RIGHTSPLAN_TEST_PG_URL).
 */
export function sessionsOn(name: Backend["name"]): void {
  const backend = backends.find((b) => b.name === name);
  describe.skipIf(!backend)(`Rights Agents' sessions on ${name}`, { timeout: 120_000 }, () => {
    it.concurrent.for(SESSIONS.map((dir, i) => [relative(repoRoot, dir), dir, String(i)]))("%s", async ([, dir, i], { expect }) => {
      // Issue 9's `--db` takes a bare SQLite path as well as sqlite:PATH: every other session on SQLite names its file bare.
      const fresh = await backend!.fresh();
      const db = name === "sqlite" && Number(i) % 2 === 1 ? fresh.slice("sqlite:".length) : fresh;
      const register = (args: string) => cli(["register", ...args.replaceAll("{dir}", dir).split(/\s+/).filter(Boolean), "--db", db]);
      for (const step of JSON.parse(readFileSync(join(dir, "session.json"), "utf8")) as Step[]) {
        // A refused or unreadable command changes nothing: the report after it is the one before it.
        const before = step.ok === false ? await state(register) : undefined;
        const r = await register(step.args);
        if (before) expect({ step: step.what ?? step.args, state: await state(register) }).toEqual({ step: step.what ?? step.args, state: before });
        expect({ step: step.what ?? step.args, ok: r.status === 0, exit: r.status, said: r.stderr }).toMatchObject({ ok: step.ok ?? true, ...(step.exit === undefined ? {} : { exit: step.exit }) });
        expect(r.status, `${step.args}: ${r.stderr}`).not.toBe(70);
        for (const words of step.said ?? []) expect(`${r.stdout}${r.stderr}`, `${step.what ?? step.args} must say ${words}`).toContain(words);
        if (step.report) expect({ step: step.what ?? step.args, misses: misses(step.report, JSON.parse((await register("report --json")).stdout)) }).toEqual({ step: step.what ?? step.args, misses: [] });
      }
      const report = await register("report --json");
      const totals = JSON.parse(report.stdout) as { sharesOutstanding: number; rights: { outstanding: number; void: number } };
      expect(misses(JSON.parse(readFileSync(join(dir, "expect.json"), "utf8")), totals)).toEqual([]);
      // The same report for people: counts with thousands separators, money in dollars and cents.
      const text = (await register("report")).stdout;
      expect(text).toContain(`shares outstanding:   ${countText(totals.sharesOutstanding)}\n`);
      expect(text).toContain(`Rights outstanding:   ${countText(totals.rights.outstanding)} (${countText(totals.rights.void)} void)`);
      expect(text).toMatch(/^cash: +Purchase Price received \$[\d,]+\.\d\d, redemption paid \$[\d,]+\.\d\d, cash in lieu \$[\d,]+\.\d\d$/m);
      expect((await register("verify")).status).toBe(0);
      if (existsSync(join(dir, "expect-export.csv"))) expect(await exported(register, expect)).toEqual(readFileSync(join(dir, "expect-export.csv"), "utf8").trimEnd().split("\n"));
    });
  });
}
