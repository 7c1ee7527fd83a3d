/**
 * Line numbers in the left margin, as typeset filings and pleading paper carry them ("   1   RIGHTS AGREEMENT",
 * "   2", "   3   This Agreement ..."), counting up a line at a time and starting again on each page: they go, so
 * the text reads as it was written. A text counts as numbered only when most of its lines are so numbered, in
 * runs that count up by one; then only the numbers of lines within such runs go, so a list's "1 ..." stays elsewhere.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

/** A line's leading number: a number of one to three digits alone on its line or followed by spaces. */
const LEADING_NUMBER = /^ *(\d{1,3})(?: +|$)/gm;
/** The shortest run of lines numbered one after another whose numbers go. */
const MIN_RUN = 3;

interface Numbered {
  readonly at: number;
  readonly line: number;
  readonly n: number;
}

/** The text without margin line numbers, when it has them; otherwise the text itself. */
export function withoutMarginLineNumbers(source: MappedText): MappedText {
  const text = source.text;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = new Map(lineStarts.map((start, k) => [start, k]));
  const numbered: Numbered[] = [];
  for (const m of text.matchAll(LEADING_NUMBER)) numbered.push({ at: m.index, line: lineOf.get(m.index)!, n: Number(m[1]) });
  const inRuns = new Set<number>();
  let run: Numbered[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) for (const r of run) inRuns.add(r.at);
    run = [];
  };
  for (const entry of numbered) {
    const prev = run[run.length - 1];
    if (prev && !(entry.line === prev.line + 1 && entry.n === prev.n + 1)) close();
    run.push(entry);
  }
  close();
  const contentLines = lineStarts.filter((start, k) => text.slice(start, k + 1 < lineStarts.length ? lineStarts[k + 1]! - 1 : text.length).trim() !== "").length;
  if (inRuns.size * 2 < contentLines) return source;
  return mapMatches(source, LEADING_NUMBER, (_match, index) => (inRuns.has(index) ? "" : undefined));
}
