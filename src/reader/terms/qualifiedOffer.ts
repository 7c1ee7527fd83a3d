/**
 * The qualified-offer exception (R-11a-ii(B)): a plan has one where it defines or excepts a
 * "Qualified Offer", "Qualifying Offer", "Permitted Offer" or, in a Canadian plan, "Permitted
 * Bid" ("other than pursuant to a Qualifying Offer"); it has none only where the text says so ("The Rights Agreement does not
 * contain a qualified offer exception"). Silence is neither.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const NAMED = phrase(`\\b(?:qualified|qualifying|permitted)\\s+(?:offers?|bids?)\\b`);
const DEFINED = /["']\s*(?:Qualified|Qualifying|Permitted)\s+(?:Offer|Bid)\s*["']|other\s+than\s+(?:pursuant\s+to\s+)?an?\s+(?:Qualified|Qualifying|Permitted)\s+(?:Offer|Bid)/i;
const NONE = phrase(`\\b(?:does|do|will|shall)\\s+not\\s+(?:contain|include|have|provide\\s+for)\\s+(?:a|any)\\s+"?(?:qualified|qualifying|permitted)[\\s-]+offer|\\bno\\s+"?(?:qualified|qualifying|permitted)[\\s-]+offer"?\\s+(?:exception|provision|clause)`);

export function qualifiedOffer(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /offer|bid/i)) {
    const none = [...s.text.matchAll(NONE)];
    for (const m of none) out.push({ term: "qualifiedOffer", value: false, ...spanOf(s, m), confidence: 0.9 });
    if (none.length) continue;
    const defined = DEFINED.test(s.text);
    for (const m of s.text.matchAll(NAMED)) {
      if (/[a-z]/.test(m[0][0]!) && !defined) continue;
      out.push({ term: "qualifiedOffer", value: true, ...spanOf(s, m), confidence: defined ? 0.9 : 0.75 });
    }
  }
  return out;
}
