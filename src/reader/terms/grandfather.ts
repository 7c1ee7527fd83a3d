/**
 * Grandfathering (R-1a-grandfather): holders at or above the threshold on a date who do not
 * become Acquiring Persons by it ("the beneficial ownership by a person of 15% or more of the
 * outstanding Common Stock as of March 1, 2001", "the beneficial owner of 20% or more ... as of
 * 5:00 p.m., New York time, on June 28, 2004 shall be deemed"), the trigger dated by an
 * acquisition "after June 1, 2001", holders the text calls grandfathered ("Stockholders owning
 * five percent or more ... at the time of adoption of the Plan are grandfathered"), and named
 * grandfathered holders ("Acme Partners, L.P. is grandfathered").
 */
import { casedPhrase, phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue, TIME } from "../phrases/dates.js";
import { cleanName, NAME } from "../phrases/names.js";
import { PERCENT } from "../phrases/numbers.js";

const AS_OF = phrase(`\\bbeneficial(?:ly)?\\s+own(?:er|ership|s)?[^;]{0,200}?(?:${PERCENT})\\s+or\\s+more[^;]{0,160}?\\bas\\s+of\\s+(?:(?:${TIME}),?\\s+)?(?:on\\s+)?(${DATE})`);
const AFTER = phrase(`\\bacquired\\s+beneficial\\s+ownership\\s+of\\s+(?:${PERCENT})\\s+or\\s+more[^;]{0,80}?\\bafter\\s+(${DATE})`);
const SAID = phrase(`\\bgrandfathered\\b`);
const NAMED = casedPhrase(`(${NAME})\\s+(?:is|shall\\s+be)\\s+(?:a\\s+)?grandfathered`);

export function grandfather(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /as\s+of|after|grandfather/i)) {
    const owner = /beneficial/i.test(s.text);
    for (const [pattern, confidence] of owner ? ([[AS_OF, 0.85], [AFTER, 0.75]] as const) : []) {
      for (const m of s.text.matchAll(pattern)) {
        const date = dateValue(m[1]!);
        if (!date) continue;
        out.push({ term: "grandfatherDate", value: date, ...spanOf(s, m), confidence });
        out.push({ term: "grandfathered", value: true, ...spanOf(s, m), confidence });
      }
    }
    for (const m of s.text.matchAll(SAID)) out.push({ term: "grandfathered", value: true, ...spanOf(s, m), confidence: 0.9 });
    for (const m of s.text.matchAll(NAMED)) {
      out.push({ term: "grandfatheredPersons", value: [{ name: cleanName(m[1]!) }], ...spanOf(s, m), confidence: 0.85 });
    }
  }
  return out;
}
