/**
 * Sentences of normalised text: a paragraph ("\n") or a bullet always starts one; a full stop
 * does when the next word starts like a sentence and the stop does not end an abbreviation
 * ("Inc.", "N.A.", "No.", "P.M.", "Aug.") or an initial ("Joseph A. Liemandt").
 */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The index of the paragraph the sentence is in. */
  readonly paragraph: number;
}

const ABBREVIATIONS = new Set([
  "inc", "co", "corp", "ltd", "no", "nos", "n.a", "u.s", "u.s.a", "p.m", "a.m", "st", "mr", "mrs", "ms", "dr", "jr",
  "sr", "e.g", "i.e", "vs", "v", "l.p", "l.l.c", "sec", "secs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "art", "para", "cf", "approx", "n.v", "s.a", "p.c", "fig", "pp", "ch", "par", "del",
  "ave", "dept", "govt", "messrs", "seq", "incl", "bros", "mfg", "assn", "natl", "int'l",
]);

/** A stop and the spaces after it, or a stop run together with the next sentence's first word ("2020.The", as XBRL and PDF text has it). */
const STOP = /[.!?]["')\]]* +(?=["'(\[\u2022|A-Z0-9$])|(?<=[a-z0-9%]{2})[.!?](?=[A-Z][a-z])|[\n\u2022]/g;

/** A corporate suffix after "!" keeps a name whole ("Yahoo! Inc."). */
const SUFFIX_AFTER = /^["')\]]* +(?:Inc|Corp|Corporation|Co|Ltd|LLC|L\.P)\b/;

/** Whether the stop at `stop` ends an abbreviation or an initial ("Inc.", "N.A.", "P.M.", "A.") rather than a sentence. */
export function endsWithAbbreviation(text: string, stop: number): boolean {
  if (text[stop] !== "." && SUFFIX_AFTER.test(text.slice(stop + 1, stop + 20))) return true;
  const before = /([A-Za-z][A-Za-z.']*)$/.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? "";
  const word = before.toLowerCase();
  // A letter after digits ends a form's name ("Schedule 13G."), not an initial.
  const afterDigit = /\d/.test(text[stop - before.length - 1] ?? "");
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(before) && !afterDigit || /^(?:[a-z]\.)+[a-z]$/i.test(before);
}

/** The sentences of `text`, in order, covering every non-space character once. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e), paragraph });
  };
  for (const m of text.matchAll(STOP)) {
    const mark = m[0][0]!;
    if (mark === "\n") {
      push(m.index);
      paragraph++;
      start = m.index + 1;
    } else if (mark === "\u2022") {
      push(m.index);
      start = m.index + 1;
    } else if (!endsWithAbbreviation(text, m.index)) {
      const end = m.index + m[0].trimEnd().length;
      push(end);
      start = end;
    }
  }
  push(text.length);
  return sentences;
}
