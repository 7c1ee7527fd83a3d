/** The hour of "close of business" (R-T1) where the text defines it: ""Close of business" on any day means 5:00 P.M. (New York City time) on that day". */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { timeValue } from "../phrases/dates.js";

const DEFINED = phrase(`\\bclose\\s+of\\s+business"?\\s+(?:on\\s+any\\s+(?:given\\s+)?(?:day|date)\\s+)?(?:shall\\s+)?means?\\s+(\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?))`);

export function closeOfBusiness(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /close\s+of\s+business[^;]{0,40}\bmeans?\b/i).flatMap((s) =>
    [...s.text.matchAll(DEFINED)].flatMap((m) => {
      const time = timeValue(m[1]!);
      return time ? [{ term: "closeOfBusinessTime" as const, value: time, ...spanOf(s, m), confidence: 0.9 }] : [];
    }),
  );
}
