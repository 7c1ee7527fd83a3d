/**
 * How shares a person has the right to acquire count (R-1d(ii)): in its ownership but "not in the
 * number of shares outstanding", or in both as under "Rule 13d-3(d)(1)(i)".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const NUMERATOR_ONLY = phrase(`\\bright\\s+to\\s+acquire\\b[^;]{0,200}?\\bbut\\s+not\\s+in\\s+the\\s+(?:number\\s+of\\s+)?shares\\s+outstanding`);
const BOTH = phrase(`\\bright\\s+to\\s+acquire\\b[^;]{0,200}?\\b(?:both\\s+in|in\\s+both)\\b[^;]{0,120}?\\bshares\\s+outstanding|\\bRule\\s+13d-3\\(d\\)\\(1\\)\\(i\\)`);

export function derivativeCounting(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /right\s+to\s+acquire|13d-3/i).flatMap((s) => [
    ...[...s.text.matchAll(NUMERATOR_ONLY)].map((m) => ({ term: "derivativeCounting" as const, value: "numerator-only", ...spanOf(s, m), confidence: 0.8 })),
    ...[...s.text.matchAll(BOTH)].map((m) => ({ term: "derivativeCounting" as const, value: "numerator-and-denominator", ...spanOf(s, m), confidence: 0.8 })),
  ]);
}
