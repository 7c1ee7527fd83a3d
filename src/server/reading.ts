/**
 * The reader on the server: filings uploaded as bytes, read as `rightsplan read --json` reads
 * files. Their names only label the answer and pick the format; nothing is written to disk.
 */
import { extname } from "node:path";
import { InputError } from "../errors.js";
import { planOf, type ReadPlan } from "../reader/planOf.js";
import { readTexts, type Reading } from "../reader/read.js";
import { summaryOf } from "../reader/summary.js";

const TEXT_FORMATS = new Set(["", ".txt", ".text", ".htm", ".html"]);

/** The text of an uploaded filing (plain text or HTML); other formats are refused by name. */
function textOf(file: { readonly name: string; readonly bytes: Uint8Array }): { file: string; text: string } {
  const ext = extname(file.name).toLowerCase();
  if (!TEXT_FORMATS.has(ext)) throw new InputError(`${file.name}: the reader takes plain text or HTML filings (.txt, .htm, .html)`, []);
  return { file: file.name, text: new TextDecoder().decode(file.bytes) };
}

export function readUploads(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Reading {
  return readTexts(files.map(textOf));
}

/** The plan of a reading, or why there is none. */
export function planOrReason(reading: Reading): ReadPlan | { error: string } {
  try {
    return planOf(reading);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

/** The answer of `read --json`: summary, terms with their quotes, what was not found, amendments, and the plan or why not. */
export function readFilings(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]) {
  const reading = readUploads(files);
  const read = planOrReason(reading);
  const plan = "error" in read ? { plan: null, planError: read.error } : { plan: read.plan, placeholders: read.placeholders };
  return { summary: summaryOf(reading), terms: reading.terms, notFound: reading.notFound, amendments: reading.amendments, ...plan };
}
