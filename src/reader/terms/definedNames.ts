/**
 * Names a document defines for short ("Computershare Investor Services, LLC, a Delaware limited
 * liability company ("Computershare")", "Kanders & Company, Inc., a Delaware Corporation
 * ("Kanders & Company")", "Acme Bank, National Association, a national banking association organized under the laws
 * of the United States of America ("Acme")", never the place of organisation): short name -> full name. Read once per document.
 */
import { casedPhrase, type ReaderDocument } from "../document.js";
import { cleanName, NAME } from "../phrases/names.js";

const DEFINITION = casedPhrase(`(${NAME})((?:\\s*\\([^()]{0,150}\\)|,\\s+an?\\s+[^,()"]{1,150}){0,2})\\s*\\(\\s*(?:the\\s+|this\\s+)?"([^"]{1,40})"\\s*\\)`);
/** A name right after "the laws of" is where a party was organised ("... organized under the laws of the United States of America ("Acme")"), not the party. */
const JURISDICTION_BEFORE = /\blaws\s+of\s+(?:the\s+)?$/i;
const read = new WeakMap<ReaderDocument, Map<string, string>>();

export function definedNames(doc: ReaderDocument): ReadonlyMap<string, string> {
  let names = read.get(doc);
  if (!names) {
    names = new Map();
    for (const m of doc.normal.text.matchAll(DEFINITION)) {
      if (JURISDICTION_BEFORE.test(doc.normal.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const short = m[3]!.trim();
      if (!names.has(short)) names.set(short, cleanName(m[1]!));
    }
    read.set(doc, names);
  }
  return names;
}
