/**
 * The reader's formats and its answers to junk, through the built CLI: the same plan description
 * (written for this test) as plain text, an EDGAR HTML page with a table, an EDGAR full
 * submission whose plan is in an exhibit, a PDF (written with pdf-lib), a Word .docx (written
 * with docx) and standard input, each read into the same summary with quotes that are the text
 * at their offsets (of the file, or of the text extracted from a PDF or .docx). Empty files,
 * random bytes and texts about something else exit 2 with a sentence; `--out` marks the terms
 * the text does not give as assumed and `--strict` refuses to write them; `--table` reads many
 * documents into CSV, JSON or Excel rows. The CLI runs in this process (test/support/cli.ts), and
 * as a process where the process is the subject: standard input, and the table's worker threads
 * (the bundled dist/cli/worker.js).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { wordFileOf } from "./support/wordFile.js";
import ExcelJS from "exceljs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { cli as inProcess } from "./support/cli.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist/cli/main.js");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-formats-"));
const filingsMore = resolve(root, "../shared/filings-more");

/** The built CLI in a new process, `input` its standard input. */
function run(args: readonly string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A plan's description in the words of an 8-K, written for these tests. */
const PARAGRAPHS = [
  'On March 2, 2021, the Board of Directors of Fernwood Robotics, Inc. (the "Company") declared a dividend of one preferred share purchase right (a "Right") for each outstanding share of common stock, payable to the stockholders of record at the close of business on March 15, 2021.',
  'Each Right entitles its holder to purchase from the Company one one-thousandth of a share of Series A Junior Participating Preferred Stock at a price of $48.00 per one one-thousandth of a share (the "Purchase Price"), subject to adjustment.',
  'The terms of the Rights are set out in a Rights Agreement, dated as of March 2, 2021, between the Company and Lakeshore Stock Transfer Company, as Rights Agent.',
  'A person who acquires beneficial ownership of 12.5% or more of the outstanding common stock becomes an "Acquiring Person".',
  "The Board may redeem the Rights at a price of $0.001 per Right at any time before a person becomes an Acquiring Person.",
  "The Rights will expire at the close of business on March 1, 2024, unless redeemed or exchanged earlier.",
];
const EXPECTED = {
  issuer: "Fernwood Robotics, Inc.", planDate: "2021-03-02", recordDate: "2021-03-15", rightsAgent: "Lakeshore Stock Transfer Company",
  acquiringPersonThresholdPercent: "12.5", purchasePrice: "48", redemptionPrice: "0.001", finalExpirationDate: "2024-03-01",
};
const plainText = PARAGRAPHS.join("\n\n") + "\n";

function html(): string {
  const [first, second, ...rest] = PARAGRAPHS;
  return `<html><head><title>8-K</title></head><body>\n<p style="margin:0">${first!.replace(/"/g, "&#8220;")}</p>\n<table border="1"><tr><td><b>Exercise</b></td><td>${second}</td></tr>\n${rest.map((p) => `<tr><td>Term</td><td><font size="2">${p.replace(/&/g, "&amp;")}</font></td></tr>`).join("\n")}</table>\n</body></html>\n`;
}

function submission(): string {
  const doc = (type: string, sequence: number, body: string) => `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<FILENAME>d${sequence}.htm\n<TEXT>\n${body}\n</TEXT>\n</DOCUMENT>\n`;
  return `<SEC-DOCUMENT>0000000000-21-000001.txt : 20210302\n<SEC-HEADER>0000000000-21-000001.hdr.sgml : 20210302\nCONFORMED SUBMISSION TYPE:\t8-K\nCOMPANY CONFORMED NAME:\t\tFERNWOOD ROBOTICS INC\n</SEC-HEADER>\n`
    + doc("8-K", 1, "<html><body><p>Item 3.03. The Company adopted a plan; see Exhibit 4.1. On April 9, 2015 the Company entered into a Rights Agreement that is no longer in force.</p></body></html>")
    + doc("EX-4.1", 2, html())
    + doc("EX-99.1", 3, "<html><body><p>Fernwood Robotics reports its quarterly sales.</p></body></html>")
    + "</SEC-DOCUMENT>\n";
}

async function pdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.TimesRoman);
  let page = document.addPage([612, 792]);
  let y = 740;
  for (const paragraph of PARAGRAPHS) {
    // Lines of about 90 characters, as a typeset page breaks them; a blank line between paragraphs.
    for (const line of paragraph.match(/.{1,90}(?:\s|$)/g)!) {
      if (y < 60) {
        page = document.addPage([612, 792]);
        y = 740;
      }
      page.drawText(line.trim(), { x: 54, y, size: 10, font });
      y -= 14;
    }
    y -= 14;
  }
  return Buffer.from(await document.save());
}

const docx = (): Promise<Buffer> => wordFileOf(PARAGRAPHS);

function write(name: string, content: string | Buffer): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

interface Answer {
  summary: Record<string, unknown>;
  terms: Record<string, { value: unknown; quote: string; start: number; end: number; file: string }>;
  documents: { file: string; format: string; part?: string; offsetsInto: string }[];
}

function answerOf(r: { status: number | null; stdout: string; stderr: string }): Answer {
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Answer;
}

const readJson = async (args: readonly string[]): Promise<Answer> => answerOf(await inProcess(["read", ...args, "--json"]));

/** Every quote is the text at its offsets in `text`. */
function expectQuotesAt(answer: Answer, text: string): void {
  for (const found of Object.values(answer.terms)) expect(text.slice(found.start, found.end)).toBe(found.quote);
}

describe("formats", () => {
  it("plain text", async () => {
    const file = write("plan.txt", plainText);
    const answer = await readJson([file]);
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents).toEqual([{ file, format: "text", offsetsInto: "the file" }]);
    expectQuotesAt(answer, plainText);
  });

  it("EDGAR HTML with the terms in a table, quotes pointing into the HTML", async () => {
    const page = html();
    const answer = await readJson([write("plan.htm", page)]);
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents[0]!.format).toBe("html");
    expectQuotesAt(answer, page);
    expect(answer.terms.purchasePrice!.quote).toContain("$48.00");
  });

  it("an EDGAR full submission: the exhibit holding the plan is read, offsets into the whole file", async () => {
    const text = submission();
    const answer = await readJson([write("0000000000-21-000001.txt", text)]);
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents[0]).toMatchObject({ format: "submission", part: "EX-4.1", offsetsInto: "the file" });
    expectQuotesAt(answer, text);
    expect(answer.terms.agreementDate!.start).toBeGreaterThan(text.indexOf("<TYPE>EX-4.1"));
  });

  it("a PDF: its extracted text is read, and the answer says the offsets point into it", async () => {
    const answer = await readJson([write("plan.pdf", await pdf())]);
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents[0]).toMatchObject({ format: "pdf", offsetsInto: "the text extracted from the PDF" });
  });

  it("a Word .docx: its extracted text is read, the offsets into that text", async () => {
    const answer = await readJson([write("plan.docx", await docx())]);
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents[0]).toMatchObject({ format: "docx", offsetsInto: "the text extracted from the Word file" });
    expectQuotesAt(answer, PARAGRAPHS.join("\n\n"));
  });

  it("standard input, named -", () => {
    const answer = answerOf(run(["read", "-", "--json"], plainText));
    expect(answer.summary).toMatchObject(EXPECTED);
    expect(answer.documents[0]!.file).toBe("<stdin>");
    expectQuotesAt(answer, plainText);
  });
});

describe("nothing to read", () => {
  it.each([
    ["an empty file", "empty.txt", "", /empty\.txt is empty: there is nothing to read\./],
    ["a file of spaces", "blank.txt", " \n\n  \n", /is empty/],
    ["random bytes", "noise.bin", randomBytes(8192), /noise\.bin is not text/],
    ["a text about something else", "recipe.txt", "Whisk two eggs with a cup of milk. Fold in the flour and bake for forty minutes at 180 degrees.\n", /recipe\.txt does not speak of a shareholder rights plan/],
    ["a zip that is no Word file", "archive.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(200)]), /not a Word \.docx file/],
    ["a broken PDF", "broken.pdf", "%PDF-1.4\nnot really a PDF\n", /looks like a PDF but cannot be read/],
  ])("%s exits 2 with a sentence saying so", async (_what, name, content, message) => {
    const r = await inProcess(["read", write(name, content)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("empty standard input exits 2", () => {
    const r = run(["read", "-"], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdin> is empty/);
  });
});

describe("read --out: assumed terms", () => {
  const file = write("assumed.txt", plainText);

  it("marks each term the text does not give with the reason it was assumed", async () => {
    const out = join(scratch, "assumed.yaml");
    const r = await inProcess(["read", file, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/assumed \(not in the text\): .*flipInMultiple/);
    const plan = parseYaml(readFileSync(out, "utf8")) as { terms: Record<string, { value: unknown; source: string; assumed?: string }> };
    expect(plan.terms.acquiringPersonThresholdPercent).toEqual({ value: "12.5", source: expect.stringContaining("12.5%") });
    expect(plan.terms.flipInMultiple!.assumed).toMatch(/standard-form default/);
    expect(plan.terms.flipInMultiple!.source).toMatch(/^not in the text: /);
  });

  it("--strict refuses to write a plan with assumed terms: exit 1, listing them", async () => {
    const out = join(scratch, "strict.yaml");
    const r = await inProcess(["read", file, "--out", out, "--strict"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^--strict: not writing .*strict\.yaml: the text does not give \d+ terms, which the plan would assume:\n {2}- /);
    expect(r.stderr).toContain("  - flipInMultiple\n");
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("read --table: many plans at once", () => {
  it("writes one JSON row per document of a folder and its subfolders, with the summary, confidence and what was assumed", () => {
    const folder = join(scratch, "filings");
    mkdirSync(join(folder, "amendments"), { recursive: true });
    for (const [name, under] of [["003_iteris-2009-summary.txt", ""], ["049_cik29669-2019-10k-note-10pct-20pct-plan.txt", ""], ["005_capital-senior-living-2013-amendment.txt", "amendments"]]) symlinkSync(join(filingsMore, name), join(folder, under, name));
    const out = join(scratch, "terms.json");
    const r = run(["read", folder, write("recipe2.txt", "Nothing here but soup.\n"), "--table", out, "--threads", "2"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*terms\.json: 4 documents, 1 of them unreadable/);
    const rows = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>[];
    expect(rows.map((row) => basename(String(row.source)))).toEqual(["003_iteris-2009-summary.txt", "049_cik29669-2019-10k-note-10pct-20pct-plan.txt", "005_capital-senior-living-2013-amendment.txt", "recipe2.txt"]);
    const iteris = rows.find((row) => String(row.source).endsWith("003_iteris-2009-summary.txt"))!;
    expect(iteris).toMatchObject({ format: "text", issuer: "Iteris, Inc.", planDate: "2009-08-20", purchasePrice: "7", error: null });
    expect(iteris.confidence).toEqual(expect.any(Number));
    expect(iteris.assumed).toContain("flipInMultiple");
    expect(rows[3]).toMatchObject({ issuer: null, error: expect.stringMatching(/does not speak of a shareholder rights plan/) });
  });

  it("writes the same rows as CSV and as an Excel workbook", async () => {
    const files = [join(filingsMore, "003_iteris-2009-summary.txt"), join(filingsMore, "049_cik29669-2019-10k-note-10pct-20pct-plan.txt")];
    const csv = join(scratch, "terms.csv");
    expect((await inProcess(["read", ...files, "--table", csv, "--threads", "1"])).status).toBe(0);
    const lines = readFileSync(csv, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^source,format,issuer,planDate,recordDate,rightsAgent,acquiringPersonThresholdPercent,/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(",10,");
    const xlsx = join(scratch, "terms.xlsx");
    expect((await inProcess(["read", ...files, "--table", xlsx, "--threads", "1"])).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet("plans")!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(3).value).toBe("Iteris, Inc.");
  });

  it("refuses a table file of another kind before reading anything", async () => {
    const r = await inProcess(["read", filingsMore, "--table", join(scratch, "terms.ods")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must end in \.csv, \.xlsx, \.json/);
  });
});
