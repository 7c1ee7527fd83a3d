/**
 * The Qualified Transaction exception (R-11a-ii(C), Amendment No. 1): a tender offer for all
 * shares that leaves the bidder with "at least 85% of the shares of Common Stock outstanding",
 * excluding from the shares outstanding those of "(1) individuals, if any, who are directors and
 * also officers of the Company" and "(2) stock plans ... in which Company employee participants
 * do not have the right to determine confidentially whether shares ... will be tendered".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { PERCENT, percentValue } from "../phrases/numbers.js";

const AT_LEAST = phrase(`\\bat\\s+least\\s+(${PERCENT})\\s+of\\s+the\\s+(?:outstanding\\s+)?shares`);
const DIRECTOR_OFFICERS = /\bdirectors\s+(?:who\s+are\s+(?:also\s+)?officers|and\s+also\s+officers)|\bwho\s+are\s+directors\s+and\s+also\s+officers/i;
const STOCK_PLANS = /\bstock\s+plans?\b[^;]{0,200}?confidential/i;

export function qualifiedTransaction(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /at\s+least/i)) {
    if (!/Qualified\s+Transaction|flip[\s-]?in|tender\s+offer/i.test(s.text)) continue;
    for (const m of s.text.matchAll(AT_LEAST)) {
      const percent = percentValue(m[1]!);
      if (percent === null) continue;
      const value = { percent, excludeDirectorOfficers: DIRECTOR_OFFICERS.test(s.text), excludeStockPlans: STOCK_PLANS.test(s.text) };
      out.push({ term: "qualifiedTransaction", value, ...spanOf(s, m), confidence: /Qualified\s+Transaction/.test(s.text) ? 0.9 : 0.85 });
    }
  }
  return out;
}
