/**
 * The Purchase Price of a Unit (R-7a): "at a purchase price of $15 per Unit", "at a Purchase
 * Price of $250 per Unit", "at an exercise price of $60 per 1 one-thousandth", "for $16.14 (the
 * "Purchase Price")", "at a price of $ 150.00 per one one-thousandth of a share", a price defined
 * and stated apart ("the "Exercise Price" is initially $74", "The Exercise Price was set initially at $12.00 per share", an amendment's "`Initial Exercise Price' shall be $540" (or ""Exercise Price" shall mean initially $180.00 per one one-hundredth"), "per one of a Preferred Share" where XBRL text lost the fraction, "Purchase Price. The price at which ..., which price shall
 * initially be $200.00"), one after the unit ("one
 * one-hundredth of a share ... for $33", "one unit of a share of preferred stock for $250.00" or "... at a price of $33, subject to adjustment", past the unit's par value, "$0.01" or "one cent ($0.01)"), and what an amendment makes it ("the increase of the
 * Purchase Price ... to $280", "raises the purchase price from $20 ... to $45", "has increased the Exercise Price ... to $50"), and a share's price over the
 * fraction's denominator ("at a price equal to the quotient of $170.00 divided by ten thousand for each Unit":
 * $0.017 a Right), news's "purchase, for $52.00, additional shares ... having a market value of twice such exercise price", a note's "purchase, for $71.60, one one-hundredth of a share" (or "purchase for $20 one half a share"). Never a redemption price,
 * a worked example's "$30 worth", nor a price an example supposes ("for instance, if the market price is $32 ... an
 * exercise price of $160").
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { FRACTION, fractionValue } from "../phrases/fractions.js";
import { dec } from "../../numbers/decimal.js";
import { MONEY, moneyValue, NUMBER, numberValue } from "../phrases/numbers.js";

/** A flip-in told in dollars: "purchase $80 worth of common stock for $40", news's "buy $80 worth of ... for a total price of $40" (a sentence that also speaks of redemption may say it). */
const WORTH_FOR = phrase(`\\b(?:purchase|buy|acquire)\\b[^;$]{0,80}?\\$\\s*[\\d,.]*\\s*worth\\s+of\\s+[^;$]{0,60}?\\bfor\\s+(?:a\\s+(?:total\\s+)?price\\s+of\\s+|the\\s+same\\s+)?(${MONEY})`);
/** An amendment's change of the price, from one amount (group 1) to another (group 2). */
const FROM_TO = phrase(`\\b(?:increas|rais|decreas|reduc|chang|amend|adjust)\\w*\\s+(?:of\\s+|in\\s+)?the\\s+(?:purchase|exercise)\\s+price[^;$]{0,80}?\\bfrom\\s+(${MONEY})[^;]{0,160}?\\bto\\s+(${MONEY})`);
const PATTERNS: readonly { pattern: RegExp; confidence: number; role?: "new" | "prior"; group?: number }[] = [
  { pattern: phrase(`\\b(?:for|at\\s+a\\s+price\\s+of)\\s+(${MONEY})\\s*\\(\\s*(?:[^()"]{0,60},\\s*)?the\\s+"(?:purchase|exercise)\\s+price"\\s*\\)`), confidence: 0.95 },
  { pattern: phrase(`\\b(?:purchase|exercise)\\s+price["'’]?(?:\\s+per\\s+(?:Right|Unit)|\\s+(?:of|for)\\s+(?:each|a|one|the)\\s+(?:[A-Z][\\w-]*\\s+){0,4}?Rights?|\\s+for\\s+each\\s+(?:${FRACTION}\\s+of\\s+a\\s+[^;$"]{0,60}?|Unit\\s+)(?:purchasable|pursuant|upon)\\b[^;$]{0,80}?\\bRight)?\\s+(?:of|equal\\s+to|is(?:\\s+initially)?|remains|(?:shall|will)\\s+remain|(?:shall|will)\\s+(?:initially\\s+)?be|(?:shall|will)\\s+mean(?:\\s+initially)?|(?:was|is|has\\s+been)\\s+(?:initially\\s+)?(?:set|fixed|established)\\s+(?:initially\\s+)?at)\\s+(${MONEY})`), confidence: 0.9 },
  // An amendment raising (or lowering) it, as a release tells it: "to increase the initial exercise price of each Preferred Stock Purchase Right to $280".
  { pattern: phrase(`\\b(?:increas|rais|reduc|decreas|lower|chang|amend)\\w*\\s+the\\s+(?:initial\\s+)?(?:purchase|exercise)\\s+price\\s+(?:of\\s+(?:each|a|the)\\s+(?:[A-Z][\\w-]*\\s+){0,4}?Rights?\\s+)?to\\s+(${MONEY})`), confidence: 0.85, role: "new" },
  { pattern: phrase(`\\bpurchase\\b[^;$]{0,300}?\\bwhich\\s+price\\s+(?:shall|will)\\s+(?:initially\\s+)?be\\s+(${MONEY})`), confidence: 0.85 },
  // An amendment that leaves it: "does not change the Purchase Price, which remains $44.00 per one one-hundredth".
  { pattern: phrase(`\\b(?:purchase|exercise)\\s+price,\\s+which\\s+remains\\s+(${MONEY})`), confidence: 0.85 },
  { pattern: phrase(`(?:${FRACTION}|\\b(?:one|a)\\s+unit)(?:\\s*\\([^()]{0,30}\\))?\\s+of\\s+(?:a|one)\\s+(?:[\\w-]+\\s+){0,5}?(?:share|preferred\\s+share|preference\\s+share)\\b(?:\\bpar\\s+value\\s+(?:of\\s+)?${MONEY}|[^;$]){0,140}?\\b(?:for|at\\s+a\\s+price\\s+of)\\s+(${MONEY})(?!\\s+per\\s+Right)`), confidence: 0.8 },
  { pattern: WORTH_FOR, confidence: 0.75 },
  // News's flip-in told with the price set off by commas: "entitle its holder to purchase, for $52.00, additional shares ... having a market value of twice such exercise price".
  { pattern: phrase(`\\b(?:purchase|buy|acquire),?\\s+for\\s+(${MONEY}),\\s+[^;$]{0,120}?\\b(?:having|with)\\s+a\\s+(?:then[\\s-]+current\\s+)?market\\s+value\\s+(?:of|equal\\s+to)\\s+(?:twice|two\\s+times)\\b`), confidence: 0.85 },
  // A note's "entitle its holder ... to purchase, for $71.60, one one-hundredth of a share of ... Preferred Stock", or without the commas,
  // "entitled to purchase for $20 one half a share of the Company's common stock".
  { pattern: phrase(`\\b(?:purchase|buy|acquire),?\\s+for\\s+(${MONEY}),?\\s+${FRACTION}\\s+(?:of\\s+)?(?:a|one)\\s+share\\b`), confidence: 0.85 },
  { pattern: FROM_TO, confidence: 0.8, role: "prior", group: 1 },
  { pattern: FROM_TO, confidence: 0.92, role: "new", group: 2 },
  { pattern: phrase(`\\bat\\s+a\\s+price\\s+of\\s+(${MONEY})\\s+per\\s+(?:${FRACTION}|unit|one\\s+share|one\\s+of\\s+a\\s+(?:preferred\\s+)?share)`), confidence: 0.85 },
  { pattern: phrase(`\\b(?:increase|decrease|reduction|change|adjustment)\\s+(?:of|in)\\s+the\\s+purchase\\s+price[^;]{0,60}?\\s+to\\s+(${MONEY})`), confidence: 0.9, role: "new" },
  // The same told with the verb: "the Company has increased the Exercise Price of the Rights under the Rights Agreement to $50".
  { pattern: phrase(`\\b(?:increased|raised|decreased|reduced|changed|amended|adjusted)\\s+the\\s+(?:purchase|exercise)\\s+price\\b[^;$]{0,80}?\\s+to\\s+(${MONEY})`), confidence: 0.9, role: "new" },
];

/** A price per fraction given as a share's price over the fraction's denominator: "at a price equal to the quotient of $170.00 divided by ten thousand for each Unit". */
const QUOTIENT = phrase(`\\bprice\\s+equal\\s+to\\s+the\\s+quotient\\s+of\\s+(${MONEY})\\s+divided\\s+by\\s+(${NUMBER})`);

/** The lump sum paid for shares sold to an investor ("for an aggregate purchase price of $15,000,000 in cash"), not a Right's price. */
const LUMP_SUM = /\baggregate\s+(?:purchase|exercise)\s+price\b|\bprice\s+of\s+\$\s*[\d,.]+\s+in\s+cash\b/i;
const EXAMPLE = /\bfor\s+(?:example|instance|illustration)\b|\bby\s+way\s+of\s+(?:example|illustration)\b|\billustrat\w*|\be\.g\./i;
const SUPPOSED = /\b(?:if|assum\w*|suppos\w*|hypothetical\w*)\b/i;

/** A price told for a whole share ("$92.00 per whole Common Share"), right after the amount. */
const PER_WHOLE_SHARE_AFTER = /^\s*per\s+whole\s+(?:common\s+)?share\b/i;
/** What a Right buys when it is part of one share: "one-half of one Common Share". */
const PART_OF_ONE_SHARE = phrase(`(${FRACTION})\\s+of\\s+one\\s+(?:whole\\s+)?(?:common\\s+)?share\\b`);

/**
 * The price of a Right whose amount is told for a whole share while the Right buys part of one ("to purchase
 * ... one-half of one Common Share ... at an initial purchase price of $92.00 per whole Common Share": $46 a
 * Right): the amount times the part. A price per whole share with no part to be found is no Right's price (null);
 * any other amount is kept as it is (a plain "per share" beside "one one-hundredth of one share of Preferred"
 * may mean per Unit: only the word "whole" says the amount is not the Right's).
 */
function perRight(sentence: string, start: number, end: number, value: string): { value: string; start: number; end: number } | null {
  const after = PER_WHOLE_SHARE_AFTER.exec(sentence.slice(end));
  if (!after) return { value, start, end };
  for (const m of sentence.matchAll(PART_OF_ONE_SHARE)) {
    const part = fractionValue(m[1]!);
    if (part !== null && Number(part) < 1) {
      // The quote runs from the part the Right buys to the share the amount is told for.
      const partEnd = m.index + m[0].length;
      return { value: dec(value).times(part).toString(), start: Math.min(start, m.index), end: Math.max(end + after[0].length, partEnd) };
    }
  }
  return null;
}

export function purchasePrice(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /\$|\bdollars?\b/i)) {
    const aboutRedemption = /\bredeem|redemption\s+price/i.test(s.text) && !/purchase\s+price|exercise\s+price/i.test(s.text);
    // A worked example that supposes a market price states no term; one that only restates the price is trusted less.
    if (EXAMPLE.test(s.text) && SUPPOSED.test(s.text)) continue;
    const example = EXAMPLE.test(s.text) ? 0.2 : 0;
    for (const { pattern, confidence, role, group } of PATTERNS) {
      if (aboutRedemption && pattern !== WORTH_FOR) continue;
      for (const m of s.text.matchAll(pattern)) {
        if (LUMP_SUM.test(s.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12))) continue;
        const amount = moneyValue(m[group ?? 1]!);
        const read = amount === null ? null : perRight(s.text, m.index, m.index + m[0].length, amount);
        if (read !== null && Number(read.value) > 0) out.push({ term: "purchasePrice", value: read.value, start: s.start + read.start, end: s.start + read.end, confidence: confidence - example, ...(role ? { role } : {}) });
      }
    }
    for (const m of aboutRedemption ? [] : s.text.matchAll(QUOTIENT)) {
      const amount = moneyValue(m[1]!);
      const divisor = numberValue(m[2]!);
      if (amount !== null && divisor !== null && Number(divisor) > 0) out.push({ term: "purchasePrice", value: dec(amount).dividedBy(divisor).toString(), ...spanOf(s, m), confidence: 0.85 - example });
    }
  }
  return out;
}
