/**
 * The reader on the server: filings uploaded as bytes, read as `rightsplan read --json` reads
 * files. Their names only label the answer and pick the format; nothing is written to disk.
 */
import { planOrReason } from "../reader/planOf.js";
import { sourceDocument } from "../reader/input/load.js";
import { readTexts, type Reading } from "../reader/read.js";
import { summaryOf } from "../reader/summary.js";

export async function readUploads(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<Reading> {
  const documents = await Promise.all(files.map((f) => sourceDocument(f.name, f.bytes)));
  return readTexts(documents.map(({ file, text }) => ({ file, text })));
}

/** The answer of `read --json`: summary, terms with their quotes, what was not found, amendments, and the plan or why not. */
export async function readFilings(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]) {
  const reading = await readUploads(files);
  const read = planOrReason(reading);
  const plan = "error" in read ? { plan: null, planError: read.error } : { plan: read.plan, placeholders: read.placeholders };
  return { summary: summaryOf(reading), terms: reading.terms, notFound: reading.notFound, amendments: reading.amendments, ...plan };
}
