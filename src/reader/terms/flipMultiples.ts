/**
 * The flip-in and flip-over multiples (R-11a-ii, R-13): "Common Stock ... having a value equal to
 * two times the exercise price of the Right", "a then-current market value of twice the Purchase
 * Price", or the Agreement's formula, "dividing that product by 50% of the Current Market Price"
 * (a multiple of 2). A sentence about a merger, a business combination, an asset sale or the
 * acquiring company states the flip-over; one about becoming an Acquiring Person, the flip-in.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { dec } from "../../numbers/decimal.js";
import { MULTIPLE, multipleValue, PERCENT, percentValue } from "../phrases/numbers.js";

const TIMES_PRICE = phrase(`(${MULTIPLE})\\s+(?:the\\s+)?(?:then[\\s-]+current\\s+)?(?:purchase|exercise)\\s+price`);
const FORMULA = phrase(`\\bdividing\\s+that\\s+product[^;]{0,200}?\\bby\\s+(${PERCENT})\\s+of\\s+the\\s+(?:then\\s+)?current\\s+market\\s+price`);
const FLIP_OVER = /merger|business\s+combination|acquiring\s+company|acquiror|other\s+company|successor|consolidat|earning\s+power|Principal\s+Party|flip[\s-]?over/i;
const FLIP_IN = /Acquiring\s+Person|flip[\s-]?in|exercisable|Triggering|Section\s+11/i;

export function flipMultiples(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /times|twice|dividing/i)) {
    const term = FLIP_OVER.test(s.text) ? "flipOverMultiple" : FLIP_IN.test(s.text) ? "flipInMultiple" : null;
    if (!term) continue;
    for (const m of s.text.matchAll(TIMES_PRICE)) {
      const value = multipleValue(m[1]!);
      if (value !== null) out.push({ term, value, ...spanOf(s, m), confidence: 0.9 });
    }
    for (const m of s.text.matchAll(FORMULA)) {
      const percent = percentValue(m[1]!);
      if (percent !== null && Number(percent) > 0) out.push({ term, value: dec(100).dividedBy(percent).toString(), ...spanOf(s, m), confidence: 0.75 });
    }
  }
  return out;
}
