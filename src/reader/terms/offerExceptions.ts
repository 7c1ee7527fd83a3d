/**
 * Offers that make no Stock Acquisition Date (R-1ff) and mergers that make no flip-over (R-13d):
 * "an Acquiring Person has become such other than pursuant to a Qualified Offer or a Qualified
 * Transaction"; "(other than with an entity which acquired the shares pursuant to a Qualified
 * Offer)"; "such transaction is consummated with a Person ... which is a Qualified Offer or a
 * Qualified Transaction". A definition of the Stock Acquisition Date, or a flip-over, stated
 * without such words has no exception.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import type { ReaderTerm } from "../found.js";

const OFFERS = "(qualified\\s+(?:offer|transaction))(?:\\s+or\\s+an?\\s+(qualified\\s+(?:offer|transaction)))?";
const SAD_EXCEPTION = phrase(`\\bother\\s+than\\s+pursuant\\s+to\\s+an?\\s+${OFFERS}`);
const SAD_DEFINED = phrase(`"(?:Stock|Shares?)\\s+Acquisition\\s+Date"`);
const MERGER_EXCEPTION = phrase(`\\bother\\s+than\\s+with\\s+an?\\s+(?:entity|person)[^)]{0,80}?pursuant\\s+to\\s+an?\\s+${OFFERS}|\\bconsummated\\s+with\\s+an?\\s+Person[^;]{0,200}?\\bwhich\\s+is\\s+an?\\s+${OFFERS}`);
const FLIP_OVER = phrase(`\\bmerger\\b[^;]{0,400}?\\b(?:acquiring\\s+company|Principal\\s+Party|other\\s+company)`);

function offersOf(m: RegExpExecArray): string[] {
  return m.slice(1).flatMap((g) => (g === undefined ? [] : [/transaction/i.test(g) ? "qualified-transaction" : "qualified-offer"]));
}

function exceptions(doc: ReaderDocument, term: ReaderTerm, filter: RegExp, stated: RegExp, excepted: RegExp): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, filter)) {
    const found = [...s.text.matchAll(excepted)];
    for (const m of found) out.push({ term, value: offersOf(m), ...spanOf(s, m), confidence: 0.9 });
    if (found.length) continue;
    for (const m of s.text.matchAll(stated)) out.push({ term, value: [], ...spanOf(s, m), confidence: 0.5 });
  }
  return out;
}

export function stockAcquisitionDateExceptions(doc: ReaderDocument): Candidate[] {
  return exceptions(doc, "stockAcquisitionDateExceptions", /Acquisition\s+Date/, SAD_DEFINED, SAD_EXCEPTION);
}

export function section13dExceptions(doc: ReaderDocument): Candidate[] {
  return exceptions(doc, "section13dExceptions", /merger|consummated/i, FLIP_OVER, MERGER_EXCEPTION);
}
