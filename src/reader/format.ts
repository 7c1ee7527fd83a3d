/** The readable answer of `rightsplan read`: each term with its value, confidence and quote; then what was not found; then the amendments. */
import { termValueText } from "../terms/valueText.js";
import type { Found } from "./found.js";
import type { FoundTerms, Reading } from "./read.js";
import { READER_TERMS } from "./read.js";

const QUOTE_WIDTH = 110;

/** A value as one line: lists joined, objects as key=value. */
function quoteText(found: Found): string {
  const quote = found.quote.replace(/\s+/g, " ");
  return quote.length > QUOTE_WIDTH ? `${quote.slice(0, QUOTE_WIDTH - 1)}\u2026` : quote;
}

function termLines(terms: FoundTerms, indent: string): string[] {
  const width = Math.max(...READER_TERMS.map((t) => t.length));
  return READER_TERMS.flatMap((term) => {
    const found = terms[term];
    if (!found) return [];
    return [
      `${indent}${term.padEnd(width)}  ${termValueText(found.value)}  (${found.confidence})`,
      `${indent}${" ".repeat(width)}  "${quoteText(found)}" [${found.start}-${found.end}${found.file ? ` ${found.file}` : ""}]`,
    ];
  });
}

export function formatReading(reading: Reading): string {
  const out = [`Read ${reading.files.join(", ")}`, "", "Terms of the plan as adopted:", ...termLines(reading.terms, "  ")];
  out.push("", `Not found: ${reading.notFound.length ? reading.notFound.join(", ") : "nothing"}`);
  for (const a of reading.amendments) {
    out.push("", `${a.name} (${a.kind}), dated ${a.date?.value ?? "?"}, effective ${a.effective?.value ?? "?"}${a.sections.length ? `, amends Section ${a.sections.join(", ")}` : ""}:`);
    out.push(...(Object.keys(a.changes).length ? termLines(a.changes, "  ") : ["  (no change to a term the reader knows)"]));
  }
  return out.join("\n");
}
