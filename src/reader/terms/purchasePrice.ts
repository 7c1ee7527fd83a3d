/**
 * The Purchase Price of a Unit (R-7a): "at a purchase price of $15 per Unit", "at a Purchase
 * Price of $250 per Unit", "at an exercise price of $60 per 1 one-thousandth", "for $16.14 (the
 * "Purchase Price")", "at a price of $ 150.00 per one one-thousandth of a share", and what an
 * amendment makes it ("the increase of the Purchase Price ... to $280"). Never a redemption price
 * nor a worked example's "$30 worth".
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { FRACTION } from "../phrases/fractions.js";
import { MONEY, moneyValue } from "../phrases/numbers.js";

const PATTERNS: readonly { pattern: RegExp; confidence: number; role?: "new" }[] = [
  { pattern: phrase(`\\bfor\\s+(${MONEY})\\s*\\(\\s*the\\s+"(?:purchase|exercise)\\s+price"\\s*\\)`), confidence: 0.95 },
  { pattern: phrase(`\\b(?:purchase|exercise)\\s+price\\s+(?:of|equal\\s+to|is)\\s+(${MONEY})`), confidence: 0.9 },
  { pattern: phrase(`\\bat\\s+a\\s+price\\s+of\\s+(${MONEY})\\s+per\\s+(?:${FRACTION}|unit|one\\s+share)`), confidence: 0.85 },
  { pattern: phrase(`\\b(?:increase|decrease|reduction|change|adjustment)\\s+(?:of|in)\\s+the\\s+purchase\\s+price[^;]{0,60}?\\s+to\\s+(${MONEY})`), confidence: 0.9, role: "new" },
];

export function purchasePrice(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /\$/)) {
    if (/\bredeem|redemption\s+price/i.test(s.text) && !/purchase\s+price|exercise\s+price/i.test(s.text)) continue;
    const example = /\bfor\s+example\b/i.test(s.text) ? 0.2 : 0;
    for (const { pattern, confidence, role } of PATTERNS) {
      for (const m of s.text.matchAll(pattern)) {
        const value = moneyValue(m[1]!);
        if (value !== null && Number(value) > 0) out.push({ term: "purchasePrice", value, ...spanOf(s, m), confidence: confidence - example, ...(role ? { role } : {}) });
      }
    }
  }
  return out;
}
