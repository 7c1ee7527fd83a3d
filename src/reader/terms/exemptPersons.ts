/**
 * Persons the plan names as never Acquiring Persons (R-1a): "neither LLR Equity Partners, L.P.,
 * a Pennsylvania limited partnership ("LLR Equity") nor LLR Equity Partners Parallel, L.P. ...
 * shall at any time come within the definition of an Acquiring Person", "neither Kanders &
 * Company nor any of its existing or future Affiliates or Associates shall ...", "shall not
 * include (i) the Company, ... or (iv) Toshiba Corporation, a corporation organized under the
 * laws of Japan", "Acme Corp. shall at no time be deemed an Acquiring Person". Short names are
 * read as the full names the document defines.
 */
import { casedPhrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { cleanName, isRedacted, NAME } from "../phrases/names.js";
import { definedNames } from "./definedNames.js";

const DESCRIBED = "(?:,\\s+an?\\s+[^,()\"]{1,80})?(?:\\s*\\([^()]{0,80}\\))?";
const NEITHER = casedPhrase(`\\bneither\\s+(${NAME})${DESCRIBED}\\s+nor\\s+(?:any\\s+of\\s+its\\s+|(${NAME})${DESCRIBED}\\s+)`);
const NEVER = casedPhrase(`(${NAME})\\s+shall\\s+(?:at\\s+no\\s+time|never|not\\s+at\\s+any\\s+time)\\s+be\\s+(?:deemed\\s+)?(?:to\\s+be\\s+)?an\\s+Acquiring\\s+Person`);
const NOT_INCLUDE = /shall\s+not\s+include\s+/g;
const ITEM = casedPhrase(`\\((?:[ivx]+|[a-h])\\)\\s+(${NAME})(?=\\s*[,(;]|\\s+and\\b|\\s+or\\b)`);
/** The sentence, or the text just before it, is about the definition of an Acquiring Person (Section 1(a)). */
const ABOUT_ACQUIRING_PERSON = /Section\s+1\(a\)|Acquiring\s+Person/i;
const GENERIC_ITEM = /^(?:the\s+)?(?:Company|Subsidiary|Subsidiaries|Person|Board)\b/i;

function fullName(raw: string, defined: ReadonlyMap<string, string>): string | null {
  const name = cleanName(defined.get(cleanName(raw)) ?? raw);
  return name && !isRedacted(name) && !GENERIC_ITEM.test(name) ? name : null;
}

export function exemptPersons(doc: ReaderDocument): Candidate[] {
  const defined = definedNames(doc);
  const out: Candidate[] = [];
  const text = doc.normal.text;
  sentencesMatching(doc, /\bneither\b|shall\s+not\s+include|at\s+no\s+time|shall\s+never|not\s+at\s+any\s+time/).forEach((s) => {
    if (!ABOUT_ACQUIRING_PERSON.test(text.slice(Math.max(0, s.start - 600), s.end))) return;
    const add = (raws: (string | undefined)[], span: { start: number; end: number }, confidence: number) => {
      const names = raws.flatMap((r) => (r ? [fullName(r, defined)] : [])).filter((n): n is string => n !== null);
      if (names.length) out.push({ term: "exemptPersons", value: names.map((name) => ({ name })), ...span, confidence });
    };
    for (const m of s.text.matchAll(NEITHER)) add([m[1], m[2]], spanOf(s, m), 0.85);
    for (const m of s.text.matchAll(NEVER)) add([m[1]], spanOf(s, m), 0.85);
    for (const include of s.text.matchAll(NOT_INCLUDE)) {
      for (const m of s.text.slice(include.index).matchAll(ITEM)) {
        const start = s.start + include.index + m.index;
        add([m[1]], { start, end: start + m[0].length }, 0.7);
      }
    }
  });
  return out;
}
