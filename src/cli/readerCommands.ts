/**
 * The reader's commands: `read` (filings to plan terms, each with its quote), `diff` (the terms
 * two plans differ in) and `describe` (a plan's terms in plain English, each sentence traced to
 * the terms it states). Errors are thrown as InputError; main.ts turns them into exit code 2.
 */
import { asOfInstant } from "./asOf.js";
import { statSync } from "node:fs";
import type { Command } from "commander";
import { stringify } from "yaml";
import { InputError } from "../errors.js";
import { loadPlan } from "../files/plans.js";
import { formatReading } from "../reader/format.js";
import { planOrReason, type ReadPlan } from "../reader/planOf.js";
import { readTexts } from "../reader/read.js";
import { documentNote, loadDocuments } from "../reader/input/load.js";
import { progressBar } from "./progress.js";
import { checkOutputFolders, writeOutputFile } from "./outputFile.js";
import { planLifeNote } from "./planLife.js";
import { tableFormatOf } from "../export/tableFormats.js";
import type { CliCall } from "./io.js";
import { summaryOf } from "../reader/summary.js";
import { describePlan, DESCRIPTION_FORMATS, type DescriptionFormat } from "../reader/describe/describe.js";
import { formatDifferences, planDifferences } from "../reader/diff.js";

/** The plan of a reading, or why there is none (an answer to print, not an error). */
/** A plan file's YAML, with a header saying where its terms came from. */
function planYaml(read: ReadPlan, files: readonly string[]): string {
  const header = [
    `# Plan terms read by \`rightsplan read ${files.join(" ")}\`.`,
    "# Each source quotes the passage of the filing the value was read from, with its character offsets;",
    "# \"not in the text\" marks a standard-form default or a placeholder the text did not give; such a term's",
    "# `assumed` says why, and evaluations on this plan warn of each assumed term in force (R-X13).",
    ...(read.placeholders.length ? [`# Placeholders (no text, no standard form): ${read.placeholders.join(", ")}.`] : []),
  ];
  return `${header.join("\n")}\n${stringify(read.plan, { lineWidth: 0 })}`;
}

interface ReadOptions {
  json?: boolean;
  out?: string;
  strict?: boolean;
  table?: string;
  threads?: string;
  progress: boolean;
}

/**
 * Refuses options that would do nothing in this combination (each says which option it needs)
 * and an output file that cannot be written, before any filing is read.
 */
function checkReadOptions(opts: ReadOptions): void {
  if (opts.strict && opts.out === undefined) throw new InputError("--strict works with --out: add --out FILE.yaml to write the plan (refused when it has assumed terms)", []);
  if (opts.table === undefined && opts.threads !== undefined) throw new InputError("--threads works with --table: add --table FILE.csv (or .xlsx, .json) to read each document into a row", []);
  if (opts.table !== undefined && (opts.out !== undefined || opts.json)) throw new InputError(`--table writes a table of plans, one row per document: leave out ${opts.out !== undefined ? "--out" : "--json"}, or leave out --table to read the files as one plan`, []);
  checkOutputFolders(opts.out, opts.table);
}

/** Refuses a folder given as a filing of one plan: its files are read one by one into a table. */
function checkNoFolder(files: readonly string[]): void {
  const folder = files.find((f) => f !== "-" && statSync(f, { throwIfNoEntry: false })?.isDirectory());
  if (folder !== undefined) throw new InputError(`cannot read ${folder}: it is a folder; give the filings of one plan (the plan first, then its amendments), or read every filing in it into a table with --table FILE.csv`, []);
}

/** What a document's offsets point into, for the answer. */
/**
 * Writes the plan file; false when it refuses (exit 1): with `strict`, a plan with assumed terms.
 * No plan at all (no date in the text) is an input error.
 */
function writePlan(call: CliCall, out: string, read: ReadPlan | { error: string }, files: readonly string[], strict: boolean): boolean {
  if ("error" in read) throw new InputError(read.error, []);
  if (strict && read.assumed.length) {
    call.stderr(`--strict: not writing ${out}: the text does not give ${read.assumed.length} terms, which the plan would assume:\n${read.assumed.map((t) => `  - ${t}`).join("\n")}\n`);
    call.exitCode = 1;
    return false;
  }
  writeOutputFile(out, planYaml(read, files));
  return true;
}

/** `read --table`: one row per document, read in parallel, written as CSV, Excel or JSON. */
async function readIntoTable(call: CliCall, paths: readonly string[], opts: ReadOptions): Promise<void> {
  // Loaded here: the worker pool and the Excel writer are large, and only tables need them.
  const [{ filingsOf, readTable }, { plansTable }, { tableBytes }] = await Promise.all([import("../reader/table/batch.js"), import("../reader/table/row.js"), import("../export/tableFile.js")]);
  const table = opts.table!;
  const format = tableFormatOf(table, "a table of plans");
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new InputError(`--threads must be a whole number of at least 1, not "${opts.threads}"`, []);
  const files = filingsOf(paths);
  if (!files.length) throw new InputError(`no filings in ${paths.join(", ")} (text, HTML, PDF or .docx files)`, []);
  const rows = await readTable(files, { threads, onProgress: progressBar(call, "reading", "documents", opts.progress) });
  writeOutputFile(table, await tableBytes(plansTable(rows), format));
  const failed = rows.filter((r) => r.error).length;
  call.stdout(`Wrote ${table}: ${rows.length} documents${failed ? `, ${failed} of them unreadable (see the error column)` : ""}.\n`);
}

export function registerReaderCommands(program: Command, call: CliCall): void {
  program
    .command("read")
    .description("read a rights plan's terms from filings (text, EDGAR HTML or full submission, PDF, Word .docx; - for standard input): the plan first, then its amendments")
    .argument("<files...>", "filings: a plan's description or agreement, then amendments in order; with --table, files and directories of filings, one row each")
    .option("--json", "print { summary, terms, notFound, amendments, documents, plan } as JSON")
    .option("--out <file>", "write a plan terms file (YAML) that runs with `evaluate`; terms the text does not give are marked assumed")
    .option("--strict", "with --out: refuse to write a plan that has assumed terms (exit 1, listing them)")
    .option("--table <file>", "read each document alone into one row of a table: .csv, .xlsx or .json")
    .option("--threads <n>", "with --table: worker threads (default: one per core)")
    .option("--no-progress", "with --table: no progress bar")
    .addHelpText("after", "\nExit codes: 0 read, 1 --strict refused the plan, 2 a file cannot be read (empty, not text, or not about a rights plan).")
    .action(async (files: string[], opts: ReadOptions) => {
      checkReadOptions(opts);
      if (opts.table !== undefined) return readIntoTable(call, files, opts);
      checkNoFolder(files);
      const documents = await loadDocuments(files);
      const reading = readTexts(documents.map(({ file, text }) => ({ file, text })));
      const read = planOrReason(reading);
      const wrote = opts.out !== undefined && writePlan(call, opts.out, read, files, opts.strict === true);
      if (opts.json) {
        const plan = "error" in read ? { plan: null, planError: read.error } : { plan: read.plan, placeholders: read.placeholders, assumed: read.assumed };
        const answer = { summary: summaryOf(reading), terms: reading.terms, notFound: reading.notFound, amendments: reading.amendments, documents: documents.map(documentNote), ...plan };
        call.stdout(JSON.stringify(answer, null, 2) + "\n");
        return;
      }
      call.stdout(formatReading(reading) + "\n");
      for (const d of documents.filter((d) => d.offsetsInto !== "the file")) call.stdout(`\nOffsets in ${d.file} point into ${d.offsetsInto}.\n`);
      if (wrote && !("error" in read)) {
        const note = read.assumed.length ? `; assumed (not in the text): ${read.assumed.join(", ")}` : "";
        call.stdout(`\nWrote ${opts.out}${note}.\n`);
      }
    });

  program
    .command("diff")
    .description("list the terms in which two plans differ, as an analyst compares a new plan with market practice")
    .argument("<planA>", "a built-in plan id or a plan terms file")
    .argument("<planB>", "a built-in plan id or a plan terms file")
    .option("--as-of <date>", "compare the terms in force on this date (default: every amendment in force)")
    .option("--json", "print the differences as JSON")
    .action((a: string, b: string, opts: { asOf?: string; json?: boolean }) => {
      const plans = [loadPlan(a), loadPlan(b)] as const;
      const at = asOfInstant(opts.asOf);
      if (opts.asOf !== undefined) for (const p of plans) call.stderr(planLifeNote(p, at) ?? "");
      const diff = planDifferences(plans[0], plans[1], at, { a, b, asOf: opts.asOf ?? null });
      call.stdout((opts.json ? JSON.stringify(diff, null, 2) : formatDifferences(diff)) + "\n");
    });

  program
    .command("describe")
    .description("write the plain-English description of a plan's Rights, each sentence traced to the terms it states")
    .argument("<plan>", "a built-in plan id or a plan terms file")
    .option("--as-of <date>", "describe the terms in force on this date (default: the plan as adopted, then each amendment)")
    .option("--format <format>", `${DESCRIPTION_FORMATS.join(", ")}`, "md")
    .action((ref: string, opts: { asOf?: string; format: string }) => {
      if (!(DESCRIPTION_FORMATS as readonly string[]).includes(opts.format)) {
        throw new InputError(`unknown format "${opts.format}": ${DESCRIPTION_FORMATS.join(", ")}`, []);
      }
      const at = opts.asOf === undefined ? undefined : asOfInstant(opts.asOf);
      const plan = loadPlan(ref);
      if (at !== undefined) call.stderr(planLifeNote(plan, at) ?? "");
      call.stdout(describePlan(plan, { at, format: opts.format as DescriptionFormat }) + "\n");
    });
}
