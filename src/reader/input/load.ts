/**
 * Filings from disk or standard input, in any format the reader takes: plain text, EDGAR HTML,
 * an EDGAR full submission (the exhibit holding the plan is read), PDF and Word .docx (their
 * extracted text is read). Each comes with what its offsets point into. A file that is empty, not
 * text, or not about a rights plan is an input error that says so.
 */
import { readFileSync } from "node:fs";
import { InputError } from "../../errors.js";
import { unreadableReason } from "../subject.js";
import { docxText, pdfText } from "./extracted.js";
import { isSubmission, onlyPart, planPart, submissionParts } from "./submission.js";

export type SourceFormat = "text" | "html" | "submission" | "pdf" | "docx";

export interface SourceDocument {
  readonly file: string;
  readonly format: SourceFormat;
  /** The text the reader reads; quotes and offsets point into it. */
  readonly text: string;
  /** "the file" where offsets are the file's own; "the text extracted from the PDF/Word file" otherwise. */
  readonly offsetsInto: string;
  /** In a full submission, the type of the document read ("EX-4.1"). */
  readonly part?: string;
}

/** What the answer of `read --json` says of a document: its format, and what the passages' offsets point into. */
export function documentNote(d: SourceDocument) {
  return { file: d.file, format: d.format, ...(d.part ? { part: d.part } : {}), offsetsInto: d.offsetsInto };
}

/** The name standard input goes by. */
export const STDIN = "-";

const HTML = /<(?:html|body|p|div|table|font)\b/i;

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A text file's document: plain text, HTML, or a full submission's plan exhibit. */
function textDocument(file: string, text: string): SourceDocument {
  if (isSubmission(text)) {
    const parts = submissionParts(text);
    const part = planPart(text, parts);
    return { file, format: "submission", text: onlyPart(text, part), offsetsInto: "the file", part: part.type };
  }
  return { file, format: HTML.test(text.slice(0, 20_000)) ? "html" : "text", text, offsetsInto: "the file" };
}

/** The document of a file's bytes, its format told by its first bytes. */
export async function sourceDocument(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  if (isPdf(bytes)) {
    const text = await pdfText(bytes).catch((e: Error) => {
      throw new InputError(`${file} looks like a PDF but cannot be read as one (${e.message}).`, []);
    });
    return checked({ file, format: "pdf", text, offsetsInto: "the text extracted from the PDF" });
  }
  if (isZip(bytes)) {
    const text = await docxText(bytes).catch((e: Error) => {
      throw new InputError(`${file} is a zip archive but not a Word .docx file the reader can open (${e.message}).`, []);
    });
    return checked({ file, format: "docx", text, offsetsInto: "the text extracted from the Word file" });
  }
  return checked(textDocument(file, new TextDecoder("utf-8").decode(bytes)));
}

function checked(doc: SourceDocument): SourceDocument {
  const reason = unreadableReason(doc.file, doc.text);
  if (reason) throw new InputError(reason, []);
  return doc;
}

function bytesOf(file: string): Uint8Array {
  try {
    return readFileSync(file === STDIN ? 0 : file);
  } catch (e) {
    throw new InputError(`cannot read ${file === STDIN ? "standard input" : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, []);
  }
}

/** The documents of files (`-` is standard input), in order. */
export async function loadDocuments(files: readonly string[]): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const file of files) docs.push(await sourceDocument(file === STDIN ? "<stdin>" : file, bytesOf(file)));
  return docs;
}
