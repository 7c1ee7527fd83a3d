/**
 * The qualified-offer exception (R-11a-ii(B)): a plan has one where it defines or excepts a
 * "Qualified Offer", "Qualifying Offer", "Permitted Offer" or, in a Canadian plan, "Permitted
 * Bid" ("other than pursuant to a Qualifying Offer"), or where plain words say what one is ("such bids
 * are considered to be permitted bids", "a permitted bid must be made ...", "contains a qualifying offer clause", a plan "designed to require" a bid "that satisfies certain minimum requirements"); it has none only where the text says so ("The Rights Agreement does not
 * contain a qualified offer exception"). Silence is neither.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const NAMED = phrase(`\\b(?:qualified|qualifying|permitted)\\s+(?:offers?|bids?)\\b`);
const DEFINED = /["']\s*(?:Qualified|Qualifying|Permitted)\s+(?:Offer|Bid)\s*["']|other\s+than\s+(?:pursuant\s+to\s+)?an?\s+(?:Qualified|Qualifying|Permitted)\s+(?:Offer|Bid)/i;
/** Plain words saying what such an offer is ("those bids ... are considered to be permitted bids", "A permitted bid must be made ...", a plan that "contains a qualifying offer clause" or "includes qualifying offer provision", a bid that "does not meet the requirements of a permitted bid"). */
const DESCRIBED = /\b(?:considered|called|referred\s+to\s+as|known\s+as|deemed)\s+(?:to\s+be\s+)?(?:an?\s+)?["\u201c]?(?:qualified|qualifying|permitted)\s+(?:offers?|bids?)\b|\ban?\s+(?:qualified|qualifying|permitted)\s+(?:offer|bid)\s+(?:must|is\s+(?:a|an|one)\b)|\b(?:contains?|includes?|has|provides\s+for)\s+(?:an?\s+)?["\u201c]?(?:qualified|qualifying|permitted)[\s-]+(?:offer|bid)["\u201d]?\s+(?:clause|provision|exception|feature)\b|\brequirements\s+of\s+an?\s+(?:qualified|qualifying|permitted)\s+(?:offer|bid)\b/i;
/** A Canadian plan's permitted bid in plain words, unnamed: a plan "designed to require any ... transaction ... to be structured as a formal take-over bid that satisfies certain minimum requirements". */
const REQUIRED_BID = phrase(`\\b(?:take-?over\\s+bid|tender\\s+offer|bid|offer)\\s+(?:that|which)\\s+(?:satisfies|meets|complies\\s+with)\\s+(?:certain|specified|prescribed)\\s+(?:minimum\\s+)?(?:requirements|conditions|criteria)\\b`);
const NONE = phrase(`\\b(?:does|do|will|shall)\\s+not\\s+(?:contain|include|have|provide\\s+for)\\s+(?:a|any)\\s+"?(?:qualified|qualifying|permitted)[\\s-]+offer|\\bno\\s+"?(?:qualified|qualifying|permitted)[\\s-]+offer"?\\s+(?:exception|provision|clause)`);

export function qualifiedOffer(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /offer|bid/i)) {
    const none = [...s.text.matchAll(NONE)];
    for (const m of none) out.push({ term: "qualifiedOffer", value: false, ...spanOf(s, m), confidence: 0.9 });
    if (none.length) continue;
    if (/\brights\s+(?:plan|agreement)\b/i.test(s.text)) for (const m of s.text.matchAll(REQUIRED_BID)) out.push({ term: "qualifiedOffer", value: true, ...spanOf(s, m), confidence: 0.75 });
    const defined = DEFINED.test(s.text) || DESCRIBED.test(s.text);
    for (const m of s.text.matchAll(NAMED)) {
      if (/[a-z]/.test(m[0][0]!) && !defined) continue;
      out.push({ term: "qualifiedOffer", value: true, ...spanOf(s, m), confidence: defined ? 0.9 : 0.75 });
    }
  }
  return out;
}
