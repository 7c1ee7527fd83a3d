/**
 * The reader on the server: filings uploaded as bytes, read as `rightsplan read --json` reads
 * files. Their names only label the answer and pick the format; nothing is written to disk.
 */
import { planOrReason } from "../reader/planOf.js";
import { documentNote, sourceDocument, type SourceDocument } from "../reader/input/load.js";
import { readTexts, type Reading } from "../reader/read.js";
import { summaryOf } from "../reader/summary.js";

type Upload = { readonly name: string; readonly bytes: Uint8Array };

const documentsOf = (files: readonly Upload[]): Promise<SourceDocument[]> => Promise.all(files.map((f) => sourceDocument(f.name, f.bytes)));
const readingOf = (documents: readonly SourceDocument[]): Reading => readTexts(documents.map(({ file, text }) => ({ file, text })));

export async function readUploads(files: readonly Upload[]): Promise<Reading> {
  return readingOf(await documentsOf(files));
}

/**
 * The answer of `read --json`: summary, terms with their quotes, what was not found, amendments,
 * the documents, and the plan or why not. A document whose passages point into text extracted
 * from it (a PDF, a Word file) comes with that text, which the client cannot make itself: the
 * workbench shows it with the passages marked.
 */
export async function readFilings(files: readonly Upload[]) {
  const sources = await documentsOf(files);
  const reading = readingOf(sources);
  const read = planOrReason(reading);
  const plan = "error" in read ? { plan: null, planError: read.error } : { plan: read.plan, placeholders: read.placeholders };
  const documents = sources.map((d) => ({ ...documentNote(d), ...(d.offsetsInto === "the file" ? {} : { text: d.text }) }));
  return { summary: summaryOf(reading), terms: reading.terms, notFound: reading.notFound, amendments: reading.amendments, documents, ...plan };
}
