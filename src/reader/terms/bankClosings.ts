/** One-off bank closings beyond the Federal Reserve holidays (R-T3): "banks in New York are treated as closed on September 11, 2001 and September 12, 2001". */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue } from "../phrases/dates.js";

const CLOSINGS = phrase(`\\b(?:banks?\\s+in\\s+New\\s+York|Business\\s+Days?)\\b[^;]{0,120}?\\b(?:treated\\s+as\\s+closed|not\\s+(?:a\\s+)?Business\\s+Days?)\\s+on\\s+((?:${DATE})(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:${DATE}))*)`);

const EACH_DATE = new RegExp(DATE, "gi");

export function bankClosings(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /closed|not\s+(?:a\s+)?Business\s+Day/i).flatMap((s) =>
    [...s.text.matchAll(CLOSINGS)].map((m) => {
      const dates = [...m[1]!.matchAll(EACH_DATE)].map((d) => dateValue(d[0])).filter((d): d is string => d !== null);
      return { term: "extraBankClosings" as const, value: dates, ...spanOf(s, m), confidence: 0.85 };
    }),
  );
}
