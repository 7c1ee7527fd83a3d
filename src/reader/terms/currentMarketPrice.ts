/** The Current Market Price's window (R-11d): "the average of the daily closing prices ... for the 30 consecutive Trading Days immediately prior to such date". */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { NUMBER, numberValue } from "../phrases/numbers.js";

const WINDOW = phrase(`(${NUMBER})\\s+consecutive\\s+Trading\\s+Days`);

export function currentMarketPrice(doc: ReaderDocument): Candidate[] {
  return sentencesMatching(doc, /trading\s+days/i).flatMap((s) =>
    [...s.text.matchAll(WINDOW)].flatMap((m) => {
      const days = Number(numberValue(m[1]!));
      return Number.isInteger(days) && days > 0 ? [{ term: "currentMarketPriceTradingDays" as const, value: days, ...spanOf(s, m), confidence: 0.85 }] : [];
    }),
  );
}
