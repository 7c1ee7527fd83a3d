/**
 * The reader's benchmark (standalone; never run by the tests). It reads every filing of the shared
 * corpus (both folders) in-process, as `rightsplan read` does after start-up, and reports documents
 * per second; then the batch mode (`read --table`: a pool of worker threads, one document a row)
 * with one thread and with one per core; then it reads one synthetic ~300 KB Rights Agreement
 * (the seed and the shared filings concatenated until 300 KB) in each format the reader takes
 * (plain text, HTML, an EDGAR full submission, PDF, .docx), from its bytes to the terms, and
 * reports the time of the first read and the median of the next ones. Machine information is printed beside the numbers. Target (issue 4): the 300 KB read
 * well under a second. Each figure is given in wall time and in CPU time (user + system of this
 * process): on a shared machine the CPU time is the steadier.
 *
 * Run from the repository root:
 *   npx tsc -p bench/tsconfig.json && node node_modules/.cache/rightsplan-bench/bench/reader.js
 * (`npx tsx bench/reader.ts` works too, a little slower). Options: --filings=DIR,DIR (default
 * ../shared/filings,../shared/filings-more), --seed=FILE (default ../shared/seeds/000_208d602dd66c619c.txt),
 * --seconds=N (time spent on the corpus, default 3), --runs=N (300 KB runs, default 7; PDF runs at most 3).
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { sourceDocument } from "../src/reader/input/load.js";
import { readTexts } from "../src/reader/read.js";
import { readTable } from "../src/reader/table/batch.js";

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function machine(): string {
  const cpu = cpus();
  return [
    `machine: ${cpu[0]?.model ?? "unknown CPU"} x ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}`,
    `runtime: node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`,
  ].join("\n");
}

const filingsDirs = option("filings", "../shared/filings,../shared/filings-more").split(",").map((d) => resolve(d));
const seedFile = resolve(option("seed", "../shared/seeds/000_208d602dd66c619c.txt"));
const seconds = Number(option("seconds", "3"));
const runs = Number(option("runs", "7"));

const corpusFiles = filingsDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f)));
const corpus = corpusFiles.map((file) => ({ file, text: readFileSync(file, "utf8") }));
const corpusBytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/** CPU milliseconds (user + system) this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let documents = 0;
const started = performance.now();
const startedCpu = cpuMs();
while (performance.now() - started < seconds * 1000) {
  for (const doc of corpus) readTexts([doc]);
  documents += corpus.length;
}
const corpusMs = performance.now() - started;
const corpusCpuMs = cpuMs() - startedCpu;

const pieces = [readFileSync(seedFile, "utf8"), ...corpus.map((d) => d.text)];
const parts: string[] = [];
let size = 0;
for (let i = 0; size < 300 * 1024; i++) {
  const piece = pieces[i % pieces.length]!;
  parts.push(piece);
  size += Buffer.byteLength(piece) + 2;
}
const agreement = parts.join("\n\n");

/** The agreement's text as a Standard-14 PDF font can write it (straight quotes, no symbols). */
function latin(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/[^\x20-\x7E\n]/g, " ");
}

async function pdfBytes(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Courier);
  const lines = latin(text).split("\n").flatMap((line) => line.match(/.{1,95}/g) ?? [""]);
  for (let i = 0; i < lines.length; i += 60) {
    const page = pdf.addPage([612, 792]);
    lines.slice(i, i + 60).forEach((line, j) => page.drawText(line, { x: 30, y: 760 - j * 12, size: 8, font }));
  }
  return pdf.save();
}

async function docxBytes(text: string): Promise<Uint8Array> {
  const paragraphs = text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

function html(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<html><body>\n${escaped.split(/\n\s*\n/).map((p) => `<p style="margin:0">${p}</p>`).join("\n")}\n</body></html>\n`;
}

function submission(text: string): string {
  return `<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nItem 3.03. See Exhibit 4.1.\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-4.1\n<TEXT>\n${html(text)}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;
}

const formats: readonly [string, string, () => Promise<Uint8Array>, number][] = [
  ["text", "agreement.txt", async () => Buffer.from(agreement), runs],
  ["HTML", "agreement.htm", async () => Buffer.from(html(agreement)), runs],
  ["full submission", "0000000000-00-000000.txt", async () => Buffer.from(submission(agreement)), runs],
  ["PDF", "agreement.pdf", () => pdfBytes(agreement), Math.min(runs, 3)],
  [".docx", "agreement.docx", () => docxBytes(agreement), runs],
];

/** Wall and CPU milliseconds of `runs + 1` reads of a file's bytes into terms (format, extraction, reading). */
async function timeFormat(file: string, bytes: Uint8Array, count: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count + 1; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    const doc = await sourceDocument(file, bytes);
    readTexts([{ file: doc.file, text: doc.text }]);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall, cpu };
}

/** Documents per second of the batch mode with `threads` worker threads (pool start included). */
async function batch(threads: number): Promise<string> {
  const t0 = performance.now();
  const rows = await readTable(corpusFiles, { threads });
  const s = (performance.now() - t0) / 1000;
  return `  ${threads} thread${threads > 1 ? "s" : ""}: ${rows.length} documents in ${s.toFixed(2)} s, ${(rows.length / s).toFixed(1)} documents/s (pool start-up included)`;
}

console.log(machine());
console.log(`corpus: ${corpus.length} filings (${(corpusBytes / 1024).toFixed(0)} KB) in ${filingsDirs.join(", ")}`);
console.log(`  ${documents} documents read in ${(corpusMs / 1000).toFixed(2)} s: ${(documents / (corpusMs / 1000)).toFixed(1)} documents/s wall, ${(documents / (corpusCpuMs / 1000)).toFixed(1)} documents/s CPU (${(corpusCpuMs / documents).toFixed(2)} ms CPU per document)`);
console.log("batch mode (read --table), each file read from disk into a row:");
console.log(await batch(1));
console.log(await batch(Math.max(2, availableParallelism())));
console.log(`synthetic Rights Agreement: ${(Buffer.byteLength(agreement) / 1024).toFixed(0)} KB of text, from the file's bytes to the terms`);
for (const [name, file, make, count] of formats) {
  const bytes = await make();
  const { wall, cpu } = await timeFormat(file, bytes, count);
  const next = wall.slice(1);
  console.log(`  ${name.padEnd(15)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB file: first ${wall[0]!.toFixed(0)} ms; next ${count}: median ${median(next).toFixed(0)} ms wall (min ${Math.min(...next).toFixed(0)}, max ${Math.max(...next).toFixed(0)}), median ${median(cpu.slice(1)).toFixed(0)} ms CPU`);
}
