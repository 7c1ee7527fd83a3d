/**
 * The analysis commands as a user runs them (called in-process through the CLI's `run`, see
 * test/support/cli.ts): dilution, sweep, chart and report, their outputs, files and exit codes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, shared } from "./analysis-support.js";
import { cli } from "./support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "rightsplan-analysis-cli-"));

const run = (...args: string[]) => cli(args);

const isPng = (path: string) => readFileSync(path).subarray(0, 8).toString("hex") === "89504e470d0a1a0a";

describe("rightsplan dilution", () => {
  it("prints the exchange of shared example 08: 15.1639% -> 8.2039% (4 places, cut), with the rules", async () => {
    const r = await run("dilution", shared("08-exchange-after-flip-in.yaml"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("bidder: 15.1639% -> 8.2039%");
    expect(r.stdout).toContain("Exchange: every valid Right for 1 share(s) of Common Stock (R-24)");
    expect(r.stdout).toContain("check: the engine's own exchange leaves 49,975,628 shares outstanding (matches)");
  });

  it("answers JSON with the fields of the issue, and draws a PNG", async () => {
    const png = join(scratch, "dilution.png");
    const r = await run("dilution", shared("07-seed-worked-example.yaml"), "--json", "--exercise-rate", "1", "--chart", png);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    const flipIn = a.scenarios.find((s: { kind: string }) => s.kind === "flip-in");
    for (const field of ["kind", "newShares", "sharesAfter", "parties", "acquirerLossPercent", "authorizedShortfall", "spreadPerRight"]) expect(flipIn).toHaveProperty(field);
    expect(flipIn.parties[0]).toMatchObject({ person: "bidder", sharesBefore: 5_000_000, sharesAfter: 5_000_000 });
    for (const field of ["person", "sharesBefore", "percentBefore", "sharesAfter", "percentAfter", "valueBefore", "valueAfter"]) expect(flipIn.parties[0]).toHaveProperty(field);
    expect(flipIn.newShares).toBe(661_134_420);
    expect(isPng(png)).toBe(true);
    expect(r.stderr).toContain(`chart written to ${png}`);
  });

  it("takes --price and --principal-party-shares, and refuses bad values with exit 2", async () => {
    const r = JSON.parse((await run("dilution", project("examples/04-flip-over-merger.yaml"), "--json", "--principal-party-shares", "100000000", "--price", "2")).stdout);
    expect(r.marketPrice).toEqual({ price: "2", basis: "stated (--price)" });
    // the Company did not survive the merger: no exchange to analyse (R-13(i))
    expect(r.scenarios.map((s: { kind: string }) => s.kind)).toEqual(["flip-over"]);
    const bad = await run("dilution", shared("07-seed-worked-example.yaml"), "--exercise-rate", "1.5");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("between 0 and 1");
    expect((await run("dilution", shared("07-seed-worked-example.yaml"), "--chart", "x.gif")).stderr).toContain(".svg or .png");
  });

  it("exits 1 when the scenario breaks a rule (shared example 09), still analysing the events before", async () => {
    const r = await run("dilution", shared("09-error-redeem-after-window.yaml"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("event 2 (R-23)");
  });
});

describe("tables to take away (--out)", () => {
  it("writes the dilution table, a row per remedy and party, as CSV, Excel and JSON with the exact values of the JSON answer", async () => {
    const [csv, xlsx, json] = ["csv", "xlsx", "json"].map((ext) => join(scratch, `dilution-08.${ext}`));
    for (const out of [csv, xlsx, json]) expect((await run("dilution", shared("08-exchange-after-flip-in.yaml"), "--out", out)).stderr).toContain(`table written to ${out}`);
    const lines = readFileSync(csv, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("remedy,rules,person,name,role,rightsVoid,rights,rightsUsed,sharesBefore,percentBefore,sharesAfter,percentAfter,sharesReceived,fractionalShares,cashInLieu,cashPaid,valueBefore,valueAfter,netChange");
    expect(lines).toContain("exchange,R-24 R-7e R-11p R-14,bidder,,acquiring-person,true,4100000,0,4100000,15.163947795484,4100000,8.203998957252,0,0,0,0,7298000,3948363.921950115364,-3349636.078049884636");
    const rows = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>[];
    const answer = JSON.parse((await run("dilution", shared("08-exchange-after-flip-in.yaml"), "--json")).stdout) as { scenarios: { kind: string; parties: Record<string, unknown>[] }[] };
    expect(rows).toEqual(answer.scenarios.flatMap((s) => s.parties.map((p) => expect.objectContaining({ remedy: s.kind, ...p }))));
    const { default: ExcelJS } = await import("exceljs");
    const sheet = (await new ExcelJS.Workbook().xlsx.readFile(xlsx)).getWorksheet("dilution")!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(2).getCell(7).value).toBe(4_100_000);
  });

  it("writes every point of a sweep, with the error that ended a point, and refuses a table file of another kind before evaluating", async () => {
    const csv = join(scratch, "sweep-points.csv");
    const r = await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=-1000000:3000000:1000000", "--metric", "acquiringPersons", "--out", csv);
    expect(r.stdout).toMatch(/^events\.1\.shares +acquiringPersons +error$/m); // five points: printed as a table too
    const lines = readFileSync(csv, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("events.1.shares,acquiringPersons,error");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^-1000000,,"?event 1: shares/);
    expect(lines[4]).toBe("2000000,bidder,");
    const refused = await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1:2:1", "--out", join(scratch, "points.ods"));
    expect(refused).toMatchObject({ status: 2, stderr: expect.stringContaining("cannot write the sweep's points to") });
    expect(refused.stderr).toContain("must end in .csv, .xlsx, .json");
  });
});

describe("rightsplan sweep", () => {
  it("finds the largest purchase that does not trigger, as JSON", async () => {
    const r = await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1000000:1100000:5000", "--metric", "acquiringPersons", "--metric", "acquirerPercentAfterExchange", "--json");
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.points).toHaveLength(21);
    expect(s.metrics).toEqual(["acquiringPersons", "acquirerPercentAfterExchange"]);
    expect(s.summary.triggerBoundary).toEqual({ without: 1_055_672, with: 1_055_673, exact: true, direction: "rising" });
    expect(r.stderr).not.toContain("sweep ["); // no progress bar off a terminal
  });

  it("prints a table for a short sweep and draws the curve", async () => {
    const svg = join(scratch, "sweep.svg");
    const r = await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.2.at=2004-03-02:2004-03-06:1", "--metric", "distributionDate", "--chart", svg);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2004-03-03\s+2004-03-15T17:00:00-05:00/);
    expect(r.stdout).toContain("distributionDate is 10 days after events.2.at");
    expect(readFileSync(svg, "utf8")).toContain("distributionDate (New York date)");
  });

  it("prints the distinct causes of the points that end in an error, and exits 1 when every point does", async () => {
    const file = join(scratch, "no-prices.yaml");
    writeFileSync(file, "company: {sharesOutstanding: 1000000}\npersons: [{id: bidder}]\nevents:\n  - {at: 2004-03-01, type: acquire, person: bidder, shares: 200000}\n");
    const all = await run("sweep", file, "--vary", "events.0.shares=150000:200000:10000");
    expect(all.status).toBe(1);
    expect(all.stdout).toContain("Why points ended with an error");
    expect(all.stdout).toMatch(/^ {2}6: event 0 \(R-11d\): the Current Market Price on 2004-03-01 needs closes/m);
    const some = await run("sweep", file, "--vary", "events.0.shares=100000:200000:50000");
    expect(some.status).toBe(0);
    expect(some.stdout).toMatch(/^ {2}2: event 0 \(R-11d\)/m);
    expect((await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1000000:1100000:50000")).stdout).not.toContain("Why points ended");
  });

  it("names a bad spec or metric, exit 2", async () => {
    const bad = await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1:2");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("PATH=FROM:TO:STEP");
    expect((await run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1:2:1", "--metric", "nope")).stderr).toContain('unknown metric "nope"');
  });
});

describe("rightsplan chart", () => {
  it("draws ownership over time as SVG and PNG", async () => {
    const svg = join(scratch, "ownership.svg");
    const png = join(scratch, "ownership.png");
    expect((await run("chart", shared("01-open-market-crossing.yaml"), "--out", svg)).status).toBe(0);
    expect((await run("chart", shared("01-open-market-crossing.yaml"), "--out", png)).status).toBe(0);
    const text = readFileSync(svg, "utf8");
    expect(text).toContain("Acquiring Person threshold 15% (R-1a)");
    expect(text).toContain("2004-03-03 Stock Acquisition Date (R-1ff)");
    expect(isPng(png)).toBe(true);
  });

  it("draws the dilution bars with --kind dilution, and refuses another kind", async () => {
    const svg = join(scratch, "bars.svg");
    expect((await run("chart", shared("08-exchange-after-flip-in.yaml"), "--kind", "dilution", "--out", svg)).status).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain("After exchange (R-24)");
    expect((await run("chart", shared("08-exchange-after-flip-in.yaml"), "--kind", "pie", "--out", svg)).status).toBe(2);
  });
});

describe("rightsplan report", () => {
  it("writes an HTML memo with inline charts", async () => {
    const out = join(scratch, "memo.html");
    const r = await run("report", shared("01-open-market-crossing.yaml"), "--out", out, "--date", "2026-11-30");
    expect(r.status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<h1>Memorandum</h1>");
    expect(html).toContain("2026-11-30");
    expect(html.match(/<svg /g)?.length).toBe(2);
  });

  it("writes a Markdown memo with the charts as files beside it, or prints it", async () => {
    const out = join(scratch, "memo.md");
    expect((await run("report", project("examples/08-selectica-2009-exchange.yaml"), "--format", "md", "--out", out)).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("](memo-ownership.svg)");
    expect(existsSync(join(scratch, "memo-dilution.svg"))).toBe(true);
    const printed = await run("report", shared("07-seed-worked-example.yaml"), "--format", "md");
    expect(printed.stdout).toMatch(/^# Memorandum/);
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--format", "pdf")).status).toBe(2);
    const counsel = await run("report", shared("07-seed-worked-example.yaml"), "--format", "md", "--to", "Board of Directors", "--from", "Counsel to the Company", "--re", "The 13D", "--privileged");
    expect(counsel.stdout).toMatch(/^\*\*PRIVILEGED AND CONFIDENTIAL[^\n]*\*\*\n\n# Memorandum\n\n\*\*To:\*\* Board of Directors {2}\n\*\*From:\*\* Counsel to the Company {2}\n/);
    expect(counsel.stdout).toContain("**Re:** The 13D  ");
  });

  it("writes the format the name of --out says, and refuses a PDF or a name it cannot write, saying which formats exist", async () => {
    const pdf = join(scratch, "memo.pdf");
    const refused = await run("report", shared("07-seed-worked-example.yaml"), "--out", pdf);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("does not write PDF: write the memo as .html and print it to PDF from a web browser, or as .docx and save it as PDF from Word");
    expect(existsSync(pdf)).toBe(false);
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--out", join(scratch, "memo.odt"))).stderr).toContain("Markdown (--format md, a .md file), HTML (--format html, a .html file) or Word (--format docx, a .docx file)");
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--format", "md", "--out", join(scratch, "memo.html"))).stderr).toContain("does not match");
    const htm = join(scratch, "memo.htm");
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--out", htm)).status).toBe(0);
    expect(readFileSync(htm, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("writes the memo as a Word file that says what the Markdown memo says, without charts", async () => {
    const folder = mkdtempSync(join(scratch, "word-"));
    const docx = join(folder, "memo.docx");
    const written = await run("report", shared("07-seed-worked-example.yaml"), "--out", docx, "--date", "2004-05-21");
    expect(written.status).toBe(0);
    const { docxText } = await import("../src/reader/input/extracted.js");
    const text = await docxText(readFileSync(docx));
    const markdown = (await run("report", shared("07-seed-worked-example.yaml"), "--date", "2004-05-21")).stdout;
    expect(text).toMatch(/^Memorandum\n/);
    for (const heading of markdown.match(/^## .*$/gm)!) expect(text).toContain(`\n${heading.slice(3)}\n`);
    expect(readdirSync(folder)).toEqual(["memo.docx"]);
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--format", "docx")).stderr).toContain("--format docx needs --out FILE.docx");
    expect((await run("report", shared("07-seed-worked-example.yaml"), "--out", docx, "--charts", "files")).stderr).toContain("a Word memo carries no charts");
  });

  it("says so when --out cannot be written (exit 2, not a bug)", async () => {
    const r = await run("report", shared("07-seed-worked-example.yaml"), "--out", join(scratch, "no-such-folder/memo.md"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("its folder does not exist");
  });

  it("has --help for every analysis command", async () => {
    for (const c of ["dilution", "sweep", "chart", "report"]) {
      const r = await run(c, "--help");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: rightsplan ${c}`);
    }
  });
});
