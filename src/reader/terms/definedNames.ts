/**
 * Names a document defines for short ("Computershare Investor Services, LLC, a Delaware limited
 * liability company ("Computershare")", "Kanders & Company, Inc., a Delaware Corporation
 * ("Kanders & Company")"): short name -> full name. Read once per document.
 */
import { casedPhrase, type ReaderDocument } from "../document.js";
import { cleanName, NAME } from "../phrases/names.js";

const DEFINITION = casedPhrase(`(${NAME})((?:\\s*\\([^()]{0,150}\\)|,\\s+an?\\s+[^,()"]{1,80}){0,2})\\s*\\(\\s*(?:the\\s+|this\\s+)?"([^"]{1,40})"\\s*\\)`);
const read = new WeakMap<ReaderDocument, Map<string, string>>();

export function definedNames(doc: ReaderDocument): ReadonlyMap<string, string> {
  let names = read.get(doc);
  if (!names) {
    names = new Map();
    for (const m of doc.normal.text.matchAll(DEFINITION)) {
      const short = m[3]!.trim();
      if (!names.has(short)) names.set(short, cleanName(m[1]!));
    }
    read.set(doc, names);
  }
  return names;
}
