/**
 * Exchange: the ratio ("at an exchange ratio of one share of Common Stock ... per Right",
 * "exchanging one Common Share ... for each Right", "the exchange of each outstanding right ...
 * for one share of the Company's common stock", "exchange each Right for one share of Common
 * Stock", "exchange the Rights ... for one share of Common Stock per Right") and the bar ("prior to the acquisition by such
 * person or group of fifty percent (50%) or more", "before an Acquiring Person owns 50% or more").
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { NUMBER, numberValue, PERCENT, percentValue } from "../phrases/numbers.js";

const COMMON = "(?:shares?\\s+of\\s+(?:the\\s+Company's\\s+|our\\s+)?)?common\\s+(?:shares?|stock)";
const RATIOS: readonly RegExp[] = [
  phrase(`\\bexchange\\s+ratio\\s+of\\s+(${NUMBER})\\s+${COMMON}`),
  phrase(`\\bexchang(?:e|es|ing)\\s+(${NUMBER})\\s+${COMMON}[^;]{0,160}?\\s+for\\s+each\\s+(?:outstanding\\s+)?Right`),
  phrase(`\\bexchang(?:e|es|ed|ing)\\s+(?:of\\s+)?(?:each|all|the|any)?\\s*(?:or\\s+part\\s+of\\s+the\\s+)?(?:outstanding\\s+)?rights?\\b[^;]{0,200}?\\s+for\\s+(${NUMBER})\\s+${COMMON}`),
  phrase(`\\bexchang[^;]{0,100}?\\b(${NUMBER})\\s+${COMMON}\\s+per\\s+(?:outstanding\\s+)?Right`),
];
const BAR = phrase(`\\b(?:prior\\s+to|before|until)\\s+[^;]{0,100}?(${PERCENT})\\s+or\\s+more`);

export function exchange(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /exchang/i)) {
    for (const pattern of RATIOS) {
      for (const m of s.text.matchAll(pattern)) {
        const value = numberValue(m[1]!);
        if (value !== null && Number(value) > 0) out.push({ term: "exchangeRatio", value, ...spanOf(s, m), confidence: 0.9 });
      }
    }
    if (!/Acquiring\s+Person/i.test(s.text)) continue;
    for (const m of s.text.matchAll(BAR)) {
      const value = percentValue(m[1]!);
      if (value !== null) out.push({ term: "exchangeBarPercent", value, ...spanOf(s, m), confidence: 0.85 });
    }
  }
  return out;
}
