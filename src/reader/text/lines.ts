/**
 * From the lines of a filing to paragraphs of running text: page furniture goes (`<PAGE>`
 * markers, form feeds, page numbers, headers and footers repeated at page breaks, rules of
 * dashes), words hyphenated at a line end are joined ("exer-\ncisable" becomes "exercisable",
 * "one-\nthousandth" keeps its hyphen), wrapped lines are joined with a space, and so are the
 * items of a list that a line leads into ("the earlier of:" / "(i) ...; and" / "(ii) ..."), blank
 * lines between them or not, and so are the pieces of a sentence that XBRL text splits around
 * blank lines, or a table cell's lines that go on a sentence ("|... announced that" / "|it has
 * adopted ..."); runs of spaces become one. Paragraphs end with "\n". Every kept character keeps its original offset.
 */
import { MappedTextBuilder, type MappedText } from "./mappedText.js";
import { endsWithAbbreviation } from "./sentences.js";

type LineKind = "content" | "blank" | "page" | "furniture" | "rule" | "cut";

interface Line {
  readonly start: number;
  /** The end of the line's text, before its "\n". */
  readonly end: number;
  /** The first and last non-space characters (start = end for an empty line). */
  readonly first: number;
  readonly last: number;
  kind: LineKind;
}

const PAGE_MARKER = /^<PAGE>\s*\d*$|^\f+$/i;
const PAGE_NUMBER = /^(?:-\s*\d{1,4}\s*-|\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*[ivxlcIVXLC]{1,7}\s*-|[ivxlc]{1,7}|[A-Z]-\d{1,3})$/;
const RULE = /^[\s|+]*[-_=*~]{3,}[-_=*~\s|+]*$/;
const ONLY_BARS = /^[\s|]*$/;
/** Words that keep their hyphen when split at a line end ("one-\nthousandth", "non-\nassessable"). */
const KEEP_HYPHEN = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "non", "self", "co", "anti", "flip", "well", "so",
  "multi", "semi", "cross", "ex", "then", "pre", "post", "pro", "quasi", "sub", "vice", "first", "second", "third",
]);
const TERMINAL = /[.:;!?]["')\]]*$/;
const NEW_BLOCK_START = /^[A-Z0-9"'(\[\u2022|]/;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let first = start;
    while (first < end && (text[first] === " " || text[first] === "\f")) first++;
    let last = end;
    while (last > first && (text[last - 1] === " " || text[last - 1] === "\f")) last--;
    const trimmed = text.slice(first, last);
    const formFeed = text.slice(start, end).includes("\f");
    const kind: LineKind = formFeed && trimmed === "" ? "page"
      : trimmed === "" || ONLY_BARS.test(trimmed) ? "blank"
      : PAGE_MARKER.test(trimmed) ? "page"
      : PAGE_NUMBER.test(trimmed) ? "furniture"
      : RULE.test(trimmed) ? "rule"
      : trimmed === "[...]" ? "cut"
      : "content";
    lines.push({ start, end, first, last, kind });
    start = end + 1;
  }
  return lines;
}

/** A link back to the contents that EDGAR's HTML pages carry at each page's head, furniture beside a page break even once. */
const CONTENTS_LINK = /^(?:table\s+of\s+contents|index)$/;

/**
 * Marks as furniture the short lines that recur beside page breaks (running headers and footers): three times
 * anywhere beside one, or twice at the same distance from one (a short text's two pages each headed "RIGHTS
 * AGREEMENT" under the page number), and a contents link beside one.
 */
function markRunningHeads(lines: Line[], text: string): void {
  const nearBreak = new Map<string, number[]>();
  const atDistance = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, j: number) => {
    const seen = map.get(key) ?? [];
    if (!seen.includes(j)) seen.push(j);
    map.set(key, seen);
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== "page" && lines[i]!.kind !== "furniture") continue;
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      const line = lines[j]!;
      if (line.kind !== "content" || line.last - line.first > 80) continue;
      const key = text.slice(line.first, line.last).replace(/\s+/g, " ").toLowerCase();
      note(nearBreak, key, j);
      note(atDistance, `${j - i} ${key}`, j);
    }
  }
  for (const [key, indexes] of nearBreak) {
    if (indexes.length >= 3 || CONTENTS_LINK.test(key)) for (const j of indexes) lines[j]!.kind = "furniture";
  }
  for (const indexes of atDistance.values()) {
    if (indexes.length >= 2) for (const j of indexes) lines[j]!.kind = "furniture";
  }
}

/** How often each word of a text occurs (in small letters), and its words joined by a hyphen, to tell how the text spells a word split at a line end. */
interface Spellings {
  readonly words: ReadonlyMap<string, number>;
  readonly hyphened: ReadonlySet<string>;
}

function spellingsOf(text: string): Spellings {
  const lower = text.toLowerCase();
  const words = new Map<string, number>();
  for (const w of lower.match(/[a-z]+/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  return { words, hyphened: new Set(lower.match(/[a-z]+-[a-z]+/g) ?? []) };
}

/**
 * How a word hyphenated at the end of line `a` joins line `b`: "drop" the hyphen ("exer-" +
 * "cisable"), "keep" it ("one-" + "thousandth", "non-" + "assessable"), or null when `a` does not
 * end in a hyphenated word. How the text spells the word elsewhere decides first: "ex-" + "piration"
 * and "ten-" + "der" lose the hyphen where "expiration" and "tender" are written whole, "stock-" +
 * "holder" keeps it where only "stock-holder" is. Else a prefix or number word keeps it only before
 * a word the text uses on its own ("pre-" + "existing", "ten-" + "day"), not before a syllable ("pre-" +
 * "viously"). A word in capitals splits so too ("TAX BE-" + "NEFITS", "MEMO-" + "RANDUM", "FLIP-" + "IN").
 */
function hyphenJoin(text: string, a: Line, b: Line, spellings: Spellings): "drop" | "keep" | null {
  const capitals = /[A-Z]/.test(text[b.first] ?? "") && /[A-Z]/.test(text[a.last - 2] ?? "");
  if (text[a.last - 1] !== "-" || !(/[a-z]/.test(text[b.first] ?? "") || capitals)) return null;
  let k = a.last - 1;
  while (k > a.first && /[A-Za-z]/.test(text[k - 1]!)) k--;
  const word = text.slice(k, a.last - 1).toLowerCase();
  if (word === "") return null;
  const nextWord = (/^[A-Za-z]+/.exec(text.slice(b.first, b.first + 20))?.[0] ?? "").toLowerCase();
  const whole = spellings.words.has(word + nextWord);
  const hyphened = spellings.hyphened.has(`${word}-${nextWord}`);
  if (whole !== hyphened) return whole ? "drop" : "keep";
  if (/^(?:hundredths?|thousandths?|millionths?)$/.test(nextWord)) return "keep";
  // The word after the line end counts once here; a word the text uses on its own occurs again.
  return KEEP_HYPHEN.has(word) && (spellings.words.get(nextWord) ?? 0) >= 2 ? "keep" : "drop";
}

interface Join {
  /** What goes between the lines: "\n" (a new paragraph), " " (a wrapped line) or "" (a hyphenated word). */
  readonly separator: string;
  /** Whether line `a`'s final hyphen goes. */
  readonly dropHyphen: boolean;
}

const PARAGRAPH: Join = { separator: "\n", dropHyphen: false };
const WRAP: Join = { separator: " ", dropHyphen: false };

/** How a paragraph continues from line `a` to line `b` across a line end. */
function wrapJoin(text: string, a: Line, b: Line, spellings: Spellings): Join {
  const hyphen = hyphenJoin(text, a, b, spellings);
  return hyphen === null ? WRAP : { separator: "", dropHyphen: hyphen === "drop" };
}

/** Whether a line ends a sentence: a stop that ends no abbreviation ("N.A." and "P.M." do not end one). */
function endsSentence(text: string, line: Line): boolean {
  const tail = text.slice(Math.max(line.first, line.last - 4), line.last);
  if (!TERMINAL.test(tail)) return false;
  const stop = line.first + text.slice(line.first, line.last).search(/[.:;!?]["')\]]*$/);
  return text[stop] !== "." || !endsWithAbbreviation(text, stop);
}

/** A line that leads into a list ("the earlier of:", "the Stock Acquisition Date; and"). */
const LEADS_INTO_LIST = /(?::|[;,]\s*(?:and|or))$/;
/** A list item's enumerator: "(i)", "(ii)", "(a)", "(1)". */
const ENUMERATOR = /^\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s/;

/** Whether line `b` is an item of the list line `a` leads into, so the two belong to one sentence. */
function continuesList(text: string, a: Line, b: Line): boolean {
  return LEADS_INTO_LIST.test(text.slice(a.first, a.last)) && ENUMERATOR.test(text.slice(b.first, b.first + 8));
}

/** A word that cannot end a paragraph: a preposition or article waiting for its object ("On" / "April 4, 2008"). */
const DANGLING = /(?:^|\s)(?:on|of|in|to|at|by|for|from|the|an?|than|per|with|until|before|after)$/i;

/**
 * Whether a blank line falls inside a sentence, as in text extracted from XBRL that sets each
 * tagged fact on a line of its own ("On" / "April" / "4," / "2008,"): the line before ends no
 * sentence and either dangles ("On", "of") or the next starts like a continuation (a small
 * letter, a digit, "$" or "%").
 */
function splitsSentence(text: string, a: Line, b: Line): boolean {
  if (endsSentence(text, a)) return false;
  return DANGLING.test(text.slice(a.first, a.last)) || /[a-z\d$%]/.test(text[b.first] ?? "");
}

/**
 * Whether a line cannot end a paragraph, so the text after a page break goes on with it even from a capital:
 * it ends in a comma or a dangling word ("... the Board of Directors of" / page break / "Acme Corp. (the
 * "Company") declared"), or it fills the text's width without ending a sentence ("On November 2, 2023, Acme
 * Sustainable Infrastructure" / page break / "Capital, Inc. (the "Company") entered into"). `width` is how
 * long the text's wrapped lines run (0 where its lines are paragraphs).
 */
function waitsForMore(text: string, a: Line, width: number): boolean {
  const line = text.slice(a.first, a.last);
  return /,$/.test(line) || DANGLING.test(line) || (width > 0 && line.length >= width * 0.85);
}

/** How long a wrapped text's lines run (the longest but a tenth of them), or 0 where lines run past 200 characters (a paragraph each). */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => l.kind === "content").map((l) => l.last - l.first).sort((x, y) => x - y);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return lengths.length >= 10 && width >= 40 && width <= 200 ? width : 0;
}

/** How consecutive content lines `a` and `b` join; `gap` holds the kinds of the lines between them, `width` is the text's (see waitsForMore), `spellings` its words (see hyphenJoin). */
function joinOf(text: string, a: Line, b: Line, gap: readonly LineKind[], blankLineParagraphs: boolean, width: number, spellings: Spellings): Join {
  const paged = gap.some((k) => k === "page" || k === "furniture");
  const nextChar = text[b.first] ?? "";
  if (gap.some((k) => k === "rule" || k === "cut")) return PARAGRAPH;
  if (continuesList(text, a, b)) return wrapJoin(text, a, b, spellings);
  if (paged) return endsSentence(text, a) || !(/[a-z$(\d]/.test(nextChar) || waitsForMore(text, a, width)) ? PARAGRAPH : wrapJoin(text, a, b, spellings);
  if (gap.includes("blank")) return splitsSentence(text, a, b) ? wrapJoin(text, a, b, spellings) : PARAGRAPH;
  if (nextChar === "|") return /^\|\s*[a-z]/.test(text.slice(b.first, b.first + 4)) && !endsSentence(text, a) ? WRAP : PARAGRAPH;
  if (nextChar === "\u2022") return PARAGRAPH;
  if (!blankLineParagraphs && endsSentence(text, a) && NEW_BLOCK_START.test(nextChar)) return PARAGRAPH;
  return wrapJoin(text, a, b, spellings);
}

/** Copies a line's text with runs of spaces collapsed to one; `dropLast` leaves out its final character. */
function copyLine(out: MappedTextBuilder, text: string, line: Line, dropLast: boolean): void {
  const end = dropLast ? line.last - 1 : line.last;
  let run = line.first;
  for (let i = line.first; i < end; i++) {
    if (text[i] !== " " || text[i + 1] !== " ") continue;
    let j = i + 1;
    while (j < end && text[j] === " ") j++;
    out.copy(run, i + 1);
    run = j;
    i = j - 1;
  }
  out.copy(run, end);
}

/**
 * How many blank lines a double-spaced typescript puts between its lines (0: the text is not one): wrapped lines,
 * most of them followed by one blank line before the next, and most of those in mid-sentence. One blank line is then
 * a line's end, and more a paragraph's. (A text of one paragraph a line, apart by blank lines, has its lines end
 * sentences.) A copy that printed each line's end twice (a line of spaces, then an empty one) spaces its lines by
 * two; its cover's lines may follow one another unspaced or further apart, so there only the pairs two blank lines
 * apart are weighed, and only full lines broken in mid-sentence at a word (a title page's short lines and a table of
 * contents' lines ending in page numbers, two blank lines apart, are no wrapped paragraph).
 */
function lineSpacing(text: string, lines: readonly Line[], width: number): number {
  if (width === 0) return 0;
  let pairs = 0;
  let byTwo = 0;
  let midSentence = 0;
  let fullMidSentenceByTwo = 0;
  let previous: Line | undefined;
  let blanks = 0;
  for (const line of lines) {
    if (line.kind === "blank") blanks++;
    if (line.kind !== "content") continue;
    if (previous) {
      pairs++;
      if (blanks === 1 && !endsSentence(text, previous)) midSentence++;
      if (blanks === 2) byTwo++;
      if (blanks === 2 && !endsSentence(text, previous) && previous.last - previous.first >= width * 0.6 && /[A-Za-z,]/.test(text[previous.last - 1] ?? "")) fullMidSentenceByTwo++;
    }
    previous = line;
    blanks = 0;
  }
  if (pairs >= 10 && midSentence >= pairs * 0.5) return 1;
  return fullMidSentenceByTwo >= 5 && fullMidSentenceByTwo >= byTwo * 0.5 ? 2 : 0;
}

/** Paragraphs of running text from the lines of `source` (see the module comment). */
export function joinedLines(source: MappedText): MappedText {
  const text = source.text;
  const lines = linesOf(text);
  // A second pass finds what lies beside the headers and footers the first marked ("Table of Contents" under a running head).
  markRunningHeads(lines, text);
  markRunningHeads(lines, text);
  const content = lines.filter((l) => l.kind === "content");
  const blanks = lines.filter((l) => l.kind === "blank" && l.last === l.first).length;
  const width = wrapWidth(lines);
  const spacing = lineSpacing(text, lines, width);
  const blankLineParagraphs = spacing === 0 && blanks >= Math.max(2, content.length * 0.04);
  const spellings = spellingsOf(text);
  const out = new MappedTextBuilder(source);
  let previous: Line | undefined;
  let gap: LineKind[] = [];
  for (const line of lines) {
    if (line.kind !== "content") {
      if (previous) gap.push(line.kind);
      continue;
    }
    if (previous) {
      // Double-spaced, the first blank lines in a gap (one, or two) are only the spacing.
      for (let k = 0; k < spacing && gap.includes("blank"); k++) gap.splice(gap.indexOf("blank"), 1);
      const join = joinOf(text, previous, line, gap, blankLineParagraphs, width, spellings);
      copyLine(out, text, previous, join.dropHyphen);
      out.push(join.separator, previous.end, previous.end + 1);
    }
    previous = line;
    gap = [];
  }
  if (previous) copyLine(out, text, previous, false);
  return out.build();
}
