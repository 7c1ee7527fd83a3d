/**
 * A separate threshold for passive investors, those who may report on Schedule 13G: "(but who
 * is the Beneficial Owner of less than 20% of the shares ...) on Schedule 13G", "a passive
 * investor ... becomes an Acquiring Person only at 20% or more", "10% or more (or 20% or more for a
 * passive investor)" (the aside only), "10%, or 20% in the case of certain passive investors, or more", "10% or more (20% in the case of some passive investors)", "(15% in the case of a passive institutional investor ...)", "(or 15% in the case of an existing "13G Investor" ...)".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { PERCENT, percentValue } from "../phrases/numbers.js";
import { withoutPassiveAsides } from "./threshold.js";

const PATTERNS: readonly RegExp[] = [
  phrase(`\\b(?:less\\s+than|under|below)\\s+(${PERCENT})`),
  phrase(`(${PERCENT})\\s+or\\s+more`),
  // "Passive institutional investors that report ... on Schedule 13G can own up to 20%", "For a passive investor ..., the threshold is 20%".
  phrase(`\\b(?:up\\s+to|threshold\\s+is)\\s+(${PERCENT})`),
  phrase(`(?:\\bor\\s+|\\(\\s*)(${PERCENT})\\s+(?:in\\s+the\\s+case\\s+of|for)\\s+(?:(?:certain|some|eligible|qualified|a|an)\\s+)?passive`),
  // "(20 percent for certain shareholders who report beneficial ownership on Schedule 13G ...)".
  phrase(`(?:\\bor\\s+|\\(\\s*)(${PERCENT})\\s+(?:in\\s+the\\s+case\\s+of|for)\\s+[^()%;]{0,80}?\\bSchedule\\s+13G`),
  // A defined "13G Investor" ("10% (or 15% in the case of an existing "13G Investor" as defined in the Rights Agreement) or more").
  phrase(`(?:\\bor\\s+|\\(\\s*)(${PERCENT})\\s+(?:in\\s+the\\s+case\\s+of|for)\\s+(?:(?:certain|some|eligible|qualified|a|an|any)\\s+)?(?:existing\\s+)?"?13G\\s+Investors?\\b`),
];

export function passiveThreshold(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /Schedule\s+13G|13G\s+(?:filer|investor)|passive\s+(?:institutional\s+)?investor/i)) {
    // Where the sentence states the main threshold too, only its aside about passive investors is read.
    const main = withoutPassiveAsides(s.text);
    const text = main === null ? s.text : s.text.split("").map((c, i) => (main[i] === c && c !== " " ? " " : c)).join("");
    for (const pattern of PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const value = percentValue(m[1]!);
        if (value !== null) out.push({ term: "passiveInvestorThresholdPercent", value, ...spanOf(s, m), confidence: 0.85 });
      }
    }
  }
  return out;
}
