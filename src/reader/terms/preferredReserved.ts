/** Shares of the preferred reserved for the Rights: "1,500,000 shares of Series A Preferred Stock are initially reserved for issuance upon exercise of the Rights". */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { NUMBER, numberValue } from "../phrases/numbers.js";

const RESERVED = phrase(`(${NUMBER})\\s+shares\\s+of\\s+[^;]{0,80}?\\s(?:are|have\\s+been|will\\s+be|is)\\s+(?:initially\\s+)?reserved\\s+for\\s+issuance\\s+upon\\s+(?:the\\s+)?exercise\\s+of\\s+the\\s+Rights`);

export function preferredReserved(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /reserved/i).flatMap((s) =>
    [...s.text.matchAll(RESERVED)].flatMap((m) => {
      const value = Number(numberValue(m[1]!));
      return Number.isSafeInteger(value) ? [{ term: "preferredReserved" as const, value, ...spanOf(s, m), confidence: 0.9 }] : [];
    }),
  );
}
