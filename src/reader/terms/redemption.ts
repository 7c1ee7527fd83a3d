/**
 * Redemption: the price ("redeem the Rights in whole, but not in part, at a price of $.01
 * per Right", "the redemption price of $0.01 per share", "$.01 per Right (the "Redemption
 * Price")", "redeemable at $.01 per Right", "redeem the rights for $0.001 per right", "to receive the $0.01 redemption price", news's "for a price of one penny per right", "one-tenth of one cent per Right", an
 * 8-K's "voted to redeem the rights issued pursuant to its existing Rights Agreement ... by paying one cent ($.01) per
 * Right") and the window ("At any time until 10 days following the Stock Acquisition Date, the
 * Company may redeem", "prior to the close of business on the tenth day after the Stock
 * Acquisition Date"), in calendar days or in business days ("until 10 business days following").
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { CARDINAL_WORDS, cardinalValue, DAY_COUNT, dayCountValue, DOLLARS, MONEY, moneyValue } from "../phrases/numbers.js";
import { dec } from "../../numbers/decimal.js";
import { FRACTION, fractionValue } from "../phrases/fractions.js";

const PRICES: readonly [RegExp, number][] = [
  [phrase(`\\bredeem[^;]{0,120}?\\b(?:at|for)\\s+a\\s+(?:redemption\\s+)?price\\s+of\\s+(${MONEY})`), 0.9],
  [phrase(`\\bredemption\\s+price"?\\s+(?:of|equal\\s+to|is|remains|(?:shall|will)\\s+(?:remain|mean|be))\\s+(${MONEY})`), 0.9],
  [phrase(`(${DOLLARS})\\s+per\\s+Right\\s*(?:\\(\\s*the\\s+"Redemption\\s+Price"\\s*\\)|redemption\\s+price)`), 0.85],
  [phrase(`\\bredeem(?:ed|able)?\\s+[^;]{0,80}?\\b(?:at|for)\\s+(${MONEY})\\s+(?:per\\s+Right|each\\b)`), 0.85],
  [phrase(`\\bredeem[^;]{0,240}?\\bby\\s+paying\\s+(${MONEY})\\s+(?:per|for\\s+each)\\s+Right\\b`), 0.85],
  [phrase(`\\breceive\\s+the\\s+(${DOLLARS})\\s+(?:per\\s+Right\\s+)?redemption\\s+price\\b`), 0.8],
];
/** A price told in cents, as news writes it: "redeem the rights for a price of one penny per right", "for two cents a right"; or a part of one ("at a redemption price of one-tenth of one cent per Right"). */
const IN_CENTS = phrase(`\\bredeem[^;]{0,120}?\\b(?:at|for)\\s+(?:a\\s+(?:redemption\\s+)?price\\s+of\\s+)?(?:(a|one)\\s+penny|(${CARDINAL_WORDS}|\\d{1,2})\\s+cents?|(${FRACTION})\\s+(?:of\\s+(?:a|one)\\s+)?cent(?:\\s*\\(\\s*\\$\\s?[\\d.]+\\s*\\))?)\\s+(?:(?:per|a|each)\\s+(?:right|share)\\b|each\\b)`);
const WINDOW = phrase(`\\b(?:until|prior\\s+to|before)\\s+(?:the\\s+earlier\\s+of\\s+(?:\\(i\\)\\s+)?)?(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DAY_COUNT})\\s+(?:following|after)\\s+the\\s+(?:Stock|Shares?)\\s+Acquisition\\s+Date`);

export function redemption(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /redeem|redemption/i)) {
    for (const [pattern, confidence] of PRICES) {
      for (const m of s.text.matchAll(pattern)) {
        const value = moneyValue(m[1]!);
        if (value !== null) out.push({ term: "redemptionPrice", value, ...spanOf(s, m), confidence });
      }
    }
    for (const m of s.text.matchAll(IN_CENTS)) {
      if (m[3] !== undefined) {
        const part = fractionValue(m[3]);
        if (part !== null && Number(part) > 0 && Number(part) < 1) out.push({ term: "redemptionPrice", value: dec(part).div(100).toString(), ...spanOf(s, m), confidence: 0.8 });
        continue;
      }
      const cents = m[1] ? 1 : /^\d+$/.test(m[2]!) ? Number(m[2]) : cardinalValue(m[2]!);
      if (Number.isInteger(cents) && cents > 0 && cents < 100) out.push({ term: "redemptionPrice", value: dec(cents).div(100).toString(), ...spanOf(s, m), confidence: 0.8 });
    }
    for (const m of s.text.matchAll(WINDOW)) {
      const count = dayCountValue(m[1]!);
      if (!count) continue;
      out.push({ term: "redemptionDaysAfterStockAcquisition", value: count.days, ...spanOf(s, m), confidence: 0.85 });
      out.push({ term: "redemptionDayKind", value: count.business ? "business" : "calendar", ...spanOf(s, m), confidence: 0.85 });
    }
  }
  return out;
}
