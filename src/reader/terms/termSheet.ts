/**
 * Terms given as a labelled line, as term sheets, summary tables and client alerts set them out: a
 * label at the line's start, then the value ("* Exercise price: $180 per one one-thousandth of a
 * share", "- Trigger. 11% of the outstanding common stock", a table row "Redemption $0.01 per Right",
 * "* Trigger: acquisition of beneficial ownership of 15% or more"). Only the first value after the
 * label is read: what follows is its gloss (a passive investors' higher threshold, a price per whole share).
 */
import { type Candidate, type ReaderDocument } from "../document.js";
import type { ReaderTerm } from "../found.js";
import { MONEY, moneyValue, PERCENT, percentValue } from "../phrases/numbers.js";

/**
 * The label at a line's start (after a bullet or a table's bar) or after a bullet inside a line (a list the
 * text joined to its lead-in: "Summary of terms * Exercise price: ..."), then what parts it from its value
 * (a colon, a full stop, a dash, a bar, or a table cell's space).
 */
const lineLabel = (label: string) => `(?:^[\\s|*\\u2022\\u00b7-]*|(?<=\\s)[*\\u2022\\u00b7-]\\s+)(?:${label})\\s*(?:[:.|\\u2013\\u2014-]+\\s*)?`;

const LABELLED: readonly { term: ReaderTerm; pattern: RegExp; valueOf: (text: string) => string | null }[] = [
  { term: "acquiringPersonThresholdPercent", pattern: new RegExp(`${lineLabel("(?:Ownership\\s+)?(?:Trigger|Threshold)")}(?:[^%;\\n]{0,60}?\\b)?(${PERCENT})`, "gimd"), valueOf: percentValue },
  { term: "purchasePrice", pattern: new RegExp(`${lineLabel("(?:Exercise|Purchase)\\s+[Pp]rice")}(${MONEY})`, "gimd"), valueOf: moneyValue },
  { term: "redemptionPrice", pattern: new RegExp(`${lineLabel("Redemption(?:\\s+[Pp]rice)?")}(${MONEY})`, "gimd"), valueOf: moneyValue },
];

export function termSheet(doc: ReaderDocument): Candidate[] {
  const text = doc.normal.text;
  const out: Candidate[] = [];
  for (const { term, pattern, valueOf } of LABELLED) {
    for (const m of text.matchAll(pattern)) {
      const value = valueOf(m[1]!);
      if (value === null) continue;
      const end = m.indices![1]![1];
      out.push({ term, value, start: m.index! + m[0].search(/\S/), end, confidence: 0.85 });
    }
  }
  return out;
}
