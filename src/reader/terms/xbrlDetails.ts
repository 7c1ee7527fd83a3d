/**
 * A details table of an XBRL report (an EDGAR "R" page, "Note 10 - Shareholder Rights Plan (Details)"),
 * where each row is a label and the next its value: "|Shareholder Rights Plan, Redemption Price (in
 * dollars per share)" over "|$ 0.001" is the redemption price, "... Exercise Price ..." over
 * "|$ 15" the Purchase Price (R-7a), "... Trigger, Beneficial Owner of Outstanding Common Shares,
 * Percentage" over "|15.00%" the Acquiring Person threshold (R-1a). Only a label that names the rights
 * plan counts (a warrant's "Exercise Price of Warrants or Rights" is not the Right's), a price only in
 * dollars (a fraction of a share tagged as a price, "|0.005", is none), and a percentage only of
 * ownership (not "Assets or Earning Power Sold", a flip-in's "Percentage of Fair Value", nor a passive
 * investor's). A row with values for several dates says nothing. A row a converter set on one line, its
 * label and value cells side by side ("|... Redemption Price (in dollars per share) |$ 0.001"), is read the same way.
 */
import type { Candidate, ReaderDocument } from "../document.js";
import type { ReaderTerm } from "../found.js";
import { DOLLARS, moneyValue, PERCENT, percentValue } from "../phrases/numbers.js";

const OF_RIGHTS_PLAN = /\bRights?\s+(?:Plan|Agreement)\b|\bShare\s+Purchase\s+Rights?\b|\bStock\s+Purchase\s+Rights?\b|\bPoison\s+Pill\b/i;
const DOLLAR_CELL = new RegExp(`^\\|\\s*(${DOLLARS})\\s*$`);
const PERCENT_CELL = new RegExp(`^\\|\\s*(${PERCENT})\\s*$`, "i");

const ROWS: readonly { term: ReaderTerm; label: RegExp; not?: RegExp; cell: RegExp; value: (text: string) => string | null; confidence: number }[] = [
  { term: "redemptionPrice", label: /\bRedemption\s+Price\b/i, cell: DOLLAR_CELL, value: moneyValue, confidence: 0.85 },
  { term: "purchasePrice", label: /\b(?:Exercise|Purchase)\s+Price\b/i, not: /\bInput\b|Percentage|Fair\s+Value|Redemption/i, cell: DOLLAR_CELL, value: moneyValue, confidence: 0.8 },
  { term: "acquiringPersonThresholdPercent", label: /\bBeneficial(?:ly)?\s+Own/i, not: /Assets|Earning\s+Power|Fair\s+Value|Market|Exchange|Passive|13G|Redemption/i, cell: PERCENT_CELL, value: percentValue, confidence: 0.8 },
];

export function xbrlDetails(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  doc.sentences.forEach((sentence, i) => {
    if (!sentence.text.startsWith("|")) return;
    // The label's own line, then its value: the next cell on the same line, else the next line.
    const bar = sentence.text.indexOf("|", 1);
    const label = bar === -1 ? sentence.text : sentence.text.slice(0, bar);
    const cell = bar === -1 ? doc.sentences[i + 1] : { text: sentence.text.slice(bar), end: sentence.end };
    if (!cell || !OF_RIGHTS_PLAN.test(label)) return;
    for (const row of ROWS) {
      if (!row.label.test(label) || row.not?.test(label)) continue;
      const m = row.cell.exec(cell.text.trim());
      const value = m ? row.value(m[1]!) : null;
      if (value !== null && Number(value) > 0) out.push({ term: row.term, value, start: sentence.start, end: cell.end, confidence: row.confidence });
    }
  });
  return out;
}
