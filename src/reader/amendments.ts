/**
 * Where a document speaks of an amendment, and which amendment. An amendment *document* starts
 * with its preamble ("This Amendment No. 1 to Rights Agreement ... is being entered into as of
 * December 22, 2003") and runs to the next one or the end; its recitals state the plan as it was,
 * its operative part (from "NOW, THEREFORE" or "is hereby amended") what the amendment makes it.
 * A *report* of an amendment (8-K, 10-K note, Form 8-A/A) is a sentence saying one was made ("On
 * May 6, 2019 ... entered into a First Amendment", "amended its Rights Plan Agreement"), whose
 * paragraph goes on to say what it changed.
 */
import { phrase, type ReaderDocument } from "./document.js";
import { DATE, dateValue } from "./phrases/dates.js";
import { cardinalValue, ordinalValue } from "./phrases/numbers.js";

/** A stretch of sentences about one amendment: [first, end), its changes from `operative` on. */
export interface AmendmentRange {
  readonly first: number;
  readonly operative: number;
  readonly end: number;
}

export interface DatedPassage {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface AmendmentScope {
  readonly key: string;
  readonly number: number | null;
  readonly name: string;
  readonly date: DatedPassage | null;
  readonly effective: DatedPassage | null;
  readonly kind: "document" | "report";
  readonly ranges: readonly AmendmentRange[];
}

const ORDINAL_TITLE = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+amendment";
const NUMBERED_TITLE = "amendments?\\s+(?:no\\.?|number)\\s*(?:\\d+|[a-z]+)";
const TITLE = `(?:${ORDINAL_TITLE}|${NUMBERED_TITLE})`;
const AGREEMENT = "(?:the\\s+)?(?:[a-z]+\\s+){0,4}?rights\\s+(?:plan\\s+)?agreement";

const PREAMBLE = phrase(`\\bthis\\s+(${TITLE})(?:\\s+to\\s+${AGREEMENT})?(?:\\s*\\([^()]{0,40}\\))?,?\\s+(?:dated|effective|is\\s+(?:being\\s+)?(?:made|entered|by\\s+and\\s+between|between|among|by\\s+and\\s+among)|to\\s+the\\s+(?:[a-z]+\\s+){0,4}?rights)`);
const TITLE_DATED = phrase(`(${TITLE})(?:\\s+to\\s+${AGREEMENT})?,?\\s+(dated|effective)\\s+(?:as\\s+of\\s+)?(${DATE})`);
const ENTERED_DATED = phrase(`\\b(?:is|was)\\s+(?:being\\s+)?(?:made\\s+and\\s+)?entered\\s+into\\s+(?:[^;]{0,120}?\\s)?(?:as\\s+of|on|this)\\s+(${DATE})`);
const DATED_AMENDMENT = phrase(`dated\\s+(?:as\\s+of\\s+)?(${DATE})\\s*\\(\\s*(?:this|the)\\s+"[^"]{0,30}amendment"`);
const EFFECTIVE = phrase(`\\beffective\\s+(?:as\\s+of\\s+)?(${DATE})`);
const OPERATIVE = /\bNOW,?\s+THEREFORE\b|\bagree[sd]?\s+(?:to\s+amend\s+the\s+(?:Rights\s+)?Agreement\s+)?as\s+follows|\b(?:is|are)\s+hereby\s+amended|\bshall\s+be\s+amended|\bhereby\s+amends?\b/i;
const REPORT = phrase(`\\b(?:entered\\s+into|executed|adopted|approved|signed)\\s+(?:[^;]{0,40}?\\s)?(?:an?\\s+|the\\s+)?(${TITLE}|amendment)\\s+to\\b|\\bamended(?:\\s+and\\s+restated)?\\s+(?:its|the)\\s+(?:[a-z]+\\s+){0,3}?rights\\s+(?:plan\\s+)?agreement\\b`);
const REPORT_DATE = phrase(`\\b(?:on|as\\s+of)\\s+(${DATE})`);
const A_DATE = new RegExp(DATE, "i");
const A_TITLE = new RegExp(TITLE, "i");
/** A plan's purpose ("the plan is intended to discourage", news's "the plan's intend to to discourage") is what it does, not what may happen. */
const HYPOTHETICAL = /\bintends?\s+to\b(?!\s+(?:to\s+)?(?:discourage|deter|protect|preserve|prevent|ensure|encourage|reduce|guard)\b)|\bproposes?\s+to\b|\bwould\s+(?:amend|change|extend)\b|\bwill\s+change\s+from\b|\bif\s+(?:our\s+)?(?:stockholders|shareholders)\s+(?:ratify|approve)/i;

/** Whether a sentence speaks of what may happen rather than what is ("If stockholders ratify ..., the Board intends to amend"). */
export function isHypothetical(text: string): boolean {
  return HYPOTHETICAL.test(text);
}

/** Whether a sentence is an amendment's preamble ("This Amendment No. 1 ... is being entered into as of <date>"). */
export function isAmendmentPreamble(text: string): boolean {
  PREAMBLE.lastIndex = 0;
  return PREAMBLE.test(text) && A_DATE.test(text);
}

/** The number of an amendment title: "Amendment No. 3" 3, "Second Amendment" 2, "Amendment No. Two" 2. */
export function amendmentNumber(title: string): number | null {
  const numbered = /no\.?\s*(\d+)|(?:no\.?|number)\s*([a-z]+)/i.exec(title);
  if (numbered?.[1]) return Number(numbered[1]);
  const word = numbered?.[2] ?? /^(\w+)\s+amendment/i.exec(title)?.[1] ?? "";
  const value = numbered?.[2] ? cardinalValue(word) : ordinalValue(word);
  return Number.isInteger(value) && value > 0 ? value : null;
}

function titleCase(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean !== clean.toUpperCase()) return clean[0]!.toUpperCase() + clean.slice(1);
  return clean.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(To|The|Of|And)\b/g, (w) => w.toLowerCase());
}

function datedAt(sentenceStart: number, m: RegExpExecArray, group: number): DatedPassage | null {
  const value = dateValue(m[group]!);
  const [s, e] = m.indices![group]!;
  return value ? { value, start: sentenceStart + s, end: sentenceStart + e } : null;
}

function firstDate(pattern: RegExp, text: string, start: number, group: number): DatedPassage | null {
  for (const m of text.matchAll(pattern)) {
    const d = datedAt(start, m, group);
    if (d) return d;
  }
  return null;
}

/** The date, effective date, number and name an amendment's preamble or report sentence gives. */
function amendmentFacts(text: string, start: number) {
  const titled = [...text.matchAll(TITLE_DATED)][0];
  const date = (titled ? datedAt(start, titled, 3) : null) ?? firstDate(ENTERED_DATED, text, start, 1) ?? firstDate(DATED_AMENDMENT, text, start, 1) ?? firstDate(REPORT_DATE, text, start, 1);
  const effective = titled?.[2]?.toLowerCase() === "effective" ? date : firstDate(EFFECTIVE, text, start, 1);
  const title = titled?.[1] ?? A_TITLE.exec(text)?.[0] ?? null;
  return { date, effective, number: title ? amendmentNumber(title) : null, title };
}

function nameOf(text: string, title: string | null, number: number | null): string {
  const full = title ? new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:\\s+to\\s+${AGREEMENT})?`, "i").exec(text)?.[0] : null;
  if (full) return titleCase(full);
  if (number !== null) return `Amendment No. ${number} to Rights Agreement`;
  const restated = /amended\s+and\s+restated/i.test(text);
  return restated ? "Amended and Restated Rights Agreement" : "Amendment to Rights Agreement";
}

/** The amendments a document is or reports, each with the sentences that speak of it. */
export function amendmentScopes(doc: ReaderDocument): AmendmentScope[] {
  const { sentences } = doc;
  const found: AmendmentScope[] = [];
  const preambles = sentences.flatMap((s, i) => (isAmendmentPreamble(s.text) ? [i] : []));
  const inDocument = new Set<number>();
  preambles.forEach((first, k) => {
    const end = preambles[k + 1] ?? sentences.length;
    let operative = first;
    while (operative < end && !OPERATIVE.test(sentences[operative]!.text)) operative++;
    for (let i = first; i < end; i++) inDocument.add(i);
    const s = sentences[first]!;
    const facts = amendmentFacts(s.text, s.start);
    found.push({
      key: "", number: facts.number, name: nameOf(s.text, facts.title, facts.number), date: facts.date, effective: facts.effective,
      kind: "document", ranges: [{ first, operative, end }],
    });
  });
  sentences.forEach((s, i) => {
    REPORT.lastIndex = 0;
    if (inDocument.has(i) || isHypothetical(s.text) || !REPORT.test(s.text)) return;
    let end = i + 1;
    while (end < sentences.length && sentences[end]!.paragraph === s.paragraph) end++;
    const facts = amendmentFacts(s.text, s.start);
    found.push({
      key: "", number: facts.number, name: nameOf(s.text, facts.title, facts.number), date: facts.date, effective: facts.effective,
      kind: "report", ranges: [{ first: i, operative: i + 1, end }],
    });
  });
  return mergedScopes(found);
}

function keyOf(scope: AmendmentScope, index: number): string {
  return scope.date?.value ?? (scope.number !== null ? `no-${scope.number}` : `amendment-${index + 1}`);
}

/** Scopes of the same amendment (same date, or same number where a date is missing) as one, in document order. */
export function mergedScopes(scopes: readonly AmendmentScope[]): AmendmentScope[] {
  const byKey = new Map<string, AmendmentScope>();
  scopes.forEach((scope, index) => {
    const key = keyOf(scope, index);
    const same = byKey.get(key) ?? [...byKey.values()].find((s) => scope.date === null && s.number !== null && s.number === scope.number);
    if (!same) {
      byKey.set(key, { ...scope, key });
      return;
    }
    const preferred = same.kind === "document" || scope.kind !== "document" ? same : scope;
    byKey.set(same.key, {
      ...preferred,
      key: same.key,
      number: same.number ?? scope.number,
      date: same.date ?? scope.date,
      effective: same.effective ?? scope.effective,
      ranges: [...same.ranges, ...scope.ranges],
    });
  });
  return [...byKey.values()];
}
