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
/** What an amendment quotes: a passage between double quotes (single ones may sit inside). */
const QUOTED = `"([^"]{1,200})"`;
const WORDING = "(?:the\\s+(?:words?|phrase|date|amount|figure|percentage)\\s+)?";
/**
 * A change made by editing the Agreement's words: "deleting "March 4, 1999" and substituting "March 4, 2006" as the Final
 * Expiration Date", "deleting the words "..." and inserting in lieu thereof "... (the 'Final Expiration Date')"", "replacing
 * "15%" with "4.95%"". The term is named after ("as the Redemption Price"), in the new words, or before ("The definition
 * of "Acquiring Person" ... is amended by").
 */
const REPLACEMENT = phrase(`\\b(?:delet\\w*\\s+${WORDING}${QUOTED}\\s*,?\\s+(?:and\\s+)?(?:substitut|insert|replac)\\w*\\s+(?:(?:therefor|in\\s+lieu\\s+thereof|in\\s+its\\s+place)\\s+)?|replac\\w*\\s+${WORDING}${QUOTED}\\s+with\\s+)${WORDING}${QUOTED}(\\s+as\\s+the\\s+[^.;,"]{1,60})?`);
/** A new value beside the one it replaces: "the Purchase Price ... shall be $150, in place of $75". */
const IN_PLACE_OF = phrase(`\\b(?:shall|will)\\s+be\\s+(${VALUE})\\s*,?\\s+(?:in\\s+place\\s+of|instead\\s+of)\\s+(${VALUE})`);
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

/** The first value of `term`'s kind in a passage of words ("the Close of Business on May 12, 2014 (the 'Final Expiration Date')"). */
function valueIn(target: NonNullable<ReturnType<typeof termOf>>, words: string): unknown {
  if (target.term !== "acquiringPersonThresholdPercent") return target.valueOf(words);
  const percent = new RegExp(PERCENT, "i").exec(words);
  return percent ? target.valueOf(percent[0]) : null;
}

/** Each change a sentence states: the term, the words of its value before and after, and where. */
function changesIn(text: string): { target: NonNullable<ReturnType<typeof termOf>>; before: string; after: string; m: RegExpExecArray }[] {
  const out: ReturnType<typeof changesIn> = [];
  for (const m of text.matchAll(CHANGE)) {
    const target = termOf(m[1]!);
    if (target) out.push({ target, before: m[2]!, after: m[3]!, m });
  }
  for (const m of text.matchAll(REPLACEMENT)) {
    const target = termOf(m[4] ?? "") ?? termOf(m[3]!) ?? termOf(text.slice(0, m.index));
    if (target) out.push({ target, before: m[1] ?? m[2]!, after: m[3]!, m });
  }
  for (const m of text.matchAll(IN_PLACE_OF)) {
    const target = termOf(text.slice(Math.max(0, m.index - 200), m.index));
    if (target) out.push({ target, before: m[2]!, after: m[1]!, m });
  }
  return out;
}

/** A value's identity for comparing one change's "to" with another's "from": a moment by its day. */
function valueKey(term: ReaderTerm, value: unknown): string {
  const day = typeof value === "object" && value !== null && "date" in value ? (value as { date: string }).date : value;
  return `${term}:${JSON.stringify(day)}`;
}

export function changes(doc: ReaderDocument): Candidate[] {
  const found: { term: ReaderTerm; before: unknown; after: unknown; span: { start: number; end: number } }[] = [];
  for (const s of sentencesMatching(doc, /\bfrom\b[^;]{1,80}\bto\b|\b(?:delet|replac)\w*\s[^;]{0,40}"|\bin\s+place\s+of\b|\binstead\s+of\b/i)) {
    for (const { target, before: was, after: is, m } of changesIn(s.text)) {
      const before = valueIn(target, was);
      const after = valueIn(target, is);
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
