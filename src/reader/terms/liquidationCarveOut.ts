/**
 * The carve-out of Amendment No. 1 from beneficial ownership (R-1d-amendment): an agreement
 * "solely with respect to the voting ... solely with respect to the Plan of Complete Liquidation
 * and Dissolution" forms no group; "stockholders who enter into voting agreements ... solely
 * regarding voting on the Company's proposed plan of liquidation and dissolution will not be
 * deemed to beneficially own the shares owned by the other parties".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const CARVE_OUT = phrase(`\\bsolely\\s+(?:with\\s+respect\\s+to|regarding)\\s+(?:the\\s+)?voting\\b[^;]{0,200}?\\bplan\\s+of\\s+(?:complete\\s+)?liquidation`);

export function liquidationCarveOut(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /liquidation/i)
    .filter((s) => /not\s+be\s+deemed\s+to\s+beneficially\s+own/i.test(s.text))
    .flatMap((s) => [...s.text.matchAll(CARVE_OUT)].map((m) => ({ term: "liquidationPlanVotingCarveOut" as const, value: true, ...spanOf(s, m), confidence: 0.85 })));
}
