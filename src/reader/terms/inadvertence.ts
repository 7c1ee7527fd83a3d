/**
 * The divestiture period of an inadvertent Acquiring Person (R-1a-inadvertent): "determines
 * crossed the threshold inadvertently and that divests below it within 10 Business Days", "...
 * inadvertently ..., and (B) who ... within 10 Business Days of being requested by the Board ...
 * divests".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DAY_COUNT, dayCountValue } from "../phrases/numbers.js";

const PERIOD = phrase(`\\binadvertent\\w*\\b[^;]{0,200}?\\b(?:divest\\w*|dispos\\w*)\\b[^;]{0,120}?\\bwithin\\s+(${DAY_COUNT})|\\binadvertent\\w*\\b[^;]{0,200}?\\bwithin\\s+(${DAY_COUNT})[^;]{0,120}?\\b(?:divest\\w*|dispos\\w*)`);

export function inadvertence(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /inadvertent/i).flatMap((s) =>
    [...s.text.matchAll(PERIOD)].flatMap((m) => {
      const count = dayCountValue(m[1] ?? m[2]!);
      return count?.business ? [{ term: "inadvertenceDivestBusinessDays" as const, value: count.days, ...spanOf(s, m), confidence: 0.8 }] : [];
    }),
  );
}
