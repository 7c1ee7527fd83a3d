/**
 * A change stated as "from X to Y": "increase the threshold percentage ... from 20% to 25%",
 * "extends the final expiration date ... from May 18, 2019 to May 18, 2022", "changes the initial
 * purchase price ... from $13.86 to $13.39", "accelerating the expiration of the Rights from
 * 5:00 p.m. ET, on August 1, 2022, to 5:00 p.m. ET, on August 1, 2020". X is the plan's value
 * before the amendment, Y the amendment's; the words before "from" name the term. A history of
 * successive changes ("Amendment One ... extended the Expiration Date from August 10, 2010 to August 10,
 * 2011. ... Amendment Two ... from August 10, 2011 to August 10, 2012") makes a Y that a later change
 * starts "from" a superseded value: it is no amendment's current value.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import type { ReaderTerm } from "../found.js";
import { DATE, dateValue, TIME, timeValue } from "../phrases/dates.js";
import { MONEY, moneyValue, PERCENT, percentValue } from "../phrases/numbers.js";

const MOMENT = `(?:(?:${TIME})\\s*,?\\s+(?:on\\s+)?)?(?:${DATE})`;
const VALUE = `(?:${PERCENT}|${MONEY}|${MOMENT})`;
const CHANGE = phrase(`\\b(?:increas|decreas|reduc|rais|lower|chang|extend|accelerat|mov|amend)\\w*\\s+(?:the\\s+)?([^;]{0,160}?)\\s+from\\s+(${VALUE})\\s*,?\\s+to\\s+(${VALUE})`);

/** The term a change's subject names, with the reader of its values. */
function termOf(subject: string): { term: ReaderTerm; valueOf: (text: string) => unknown } | null {
  if (/threshold|acquiring\s+person|ownership/i.test(subject)) return { term: "acquiringPersonThresholdPercent", valueOf: percentValue };
  if (/redemption\s+price/i.test(subject)) return { term: "redemptionPrice", valueOf: moneyValue };
  if (/purchase\s+price|exercise\s+price/i.test(subject)) return { term: "purchasePrice", valueOf: moneyValue };
  if (/expir|\bterm\b/i.test(subject)) return { term: "finalExpiration", valueOf: momentValue };
  return null;
}

const A_DATE = new RegExp(DATE, "i");
const A_TIME = new RegExp(TIME, "i");

function momentValue(text: string): { date: string; time: string } | null {
  const date = A_DATE.exec(text);
  const time = A_TIME.exec(text.slice(0, date?.index ?? 0));
  const iso = date ? dateValue(date[0]) : null;
  return iso ? { date: iso, time: (time && timeValue(time[0])) ?? "17:00" } : null;
}

/** A value's identity for comparing one change's "to" with another's "from": a moment by its day. */
function valueKey(term: ReaderTerm, value: unknown): string {
  const day = typeof value === "object" && value !== null && "date" in value ? (value as { date: string }).date : value;
  return `${term}:${JSON.stringify(day)}`;
}

export function changes(doc: ReaderDocument): Candidate[] {
  const found: { term: ReaderTerm; before: unknown; after: unknown; span: { start: number; end: number } }[] = [];
  for (const s of sentencesMatching(doc, /\bfrom\b[^;]{1,80}\bto\b/i)) {
    for (const m of s.text.matchAll(CHANGE)) {
      const target = termOf(m[1]!);
      if (!target) continue;
      const before = target.valueOf(m[2]!);
      const after = target.valueOf(m[3]!);
      if (before === null || after === null) continue;
      found.push({ term: target.term, before, after, span: spanOf(s, m) });
    }
  }
  const startsOfLaterChanges = new Set(found.map((c) => valueKey(c.term, c.before)));
  return found.flatMap(({ term, before, after, span }): Candidate[] => [
    { term, value: before, ...span, confidence: 0.9, role: "prior" },
    ...(startsOfLaterChanges.has(valueKey(term, after)) ? [] : [{ term, value: after, ...span, confidence: 0.95, role: "new" as const }]),
  ]);
}
