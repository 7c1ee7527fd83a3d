/**
 * Reading filings into terms. Every extractor proposes candidates; each candidate is placed in
 * the plan as first adopted, in an amendment, or nowhere (a sentence about what may happen, or
 * a value given only as an example);
 * the most confident candidate of each term in each place wins. Files are read in the order
 * given: the first states the plan, later ones (amendments) add dated changes; a change that
 * restates the value already in force is no change.
 */
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { termValueShapes, type TermName } from "../terms/schema.js";
import { amendmentNumber, amendmentScopes, isHypothetical, mergedScopes, type AmendmentScope, type DatedPassage } from "./amendments.js";
import { readerDocument, withoutOverlaps, type Candidate, type ReaderDocument } from "./document.js";
import { LIST_TERMS, READER_ONLY_TERMS, type Found, type Passage, type ReaderTerm } from "./found.js";
import { sameValue } from "./sameValue.js";
import { EXTRACTORS } from "./terms/index.js";
import { originalSpan } from "./text/mappedText.js";

export type FoundTerms = Partial<Record<ReaderTerm, Found>>;

export interface ReadAmendment {
  readonly id: string;
  readonly name: string;
  readonly number: number | null;
  /** "document": the amendment's own text; "report": a filing that says it was made. */
  readonly kind: "document" | "report";
  readonly file: string;
  readonly date: Found<string> | null;
  readonly effective: Found<string> | null;
  /** The sections of the Rights Agreement its operative text amends ("1(a)", "3(a)"). */
  readonly sections: readonly string[];
  readonly changes: FoundTerms;
}

export interface Reading {
  readonly files: readonly string[];
  /** The terms of the plan as first adopted (before any amendment read). */
  readonly terms: FoundTerms;
  /** The amendments read, in the order they take effect. */
  readonly amendments: readonly ReadAmendment[];
  /** Terms no file states. */
  readonly notFound: readonly ReaderTerm[];
}

/** Every term the reader knows, in the order of the plan schema and then the reader's own. */
export const READER_TERMS: readonly ReaderTerm[] = [...(Object.keys(termValueShapes) as TermName[]), ...READER_ONLY_TERMS];

interface Placed extends Candidate {
  readonly doc: ReaderDocument;
  readonly fileIndex: number;
}

interface ScopeInFile {
  readonly scope: AmendmentScope;
  readonly doc: ReaderDocument;
  readonly candidates: Placed[];
}

const EXAMPLE = /\bfor\s+(?:example|instance)\b|\bby\s+way\s+of\s+(?:example|illustration)\b|\be\.g\.|\bto\s+illustrate\b|\bhypothetical(?:ly)?\b/i;

/** Whether a sentence gives its values only as an example ("By way of illustration, if the Rights were to expire on ..."). */
function isExample(text: string): boolean {
  return EXAMPLE.test(text);
}

/** The index of the sentence holding normalised offset `at`. */
function sentenceIndex(doc: ReaderDocument, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a candidate belongs: "base" (the plan as adopted), an amendment scope, "unnamed" (a value
 * a change made, told where no amendment is named: "lowers the threshold ... from 15% to 12%" in a
 * list under "The Amended and Restated Rights Agreement:"), or null (nowhere: a sentence about
 * what may happen, `hypothetical[i]` for sentence i).
 */
function placeOf(candidate: Candidate, doc: ReaderDocument, scopes: readonly AmendmentScope[], hypothetical: readonly boolean[], example: readonly boolean[]): "base" | "unnamed" | AmendmentScope | null {
  const index = sentenceIndex(doc, candidate.start);
  if (hypothetical[index]) return null;
  // A worked example states the plan's own exercise price (its extractor trusts it less); any other value in it is only an example.
  if (example[index] && candidate.term !== "purchasePrice") return null;
  if (candidate.role === "prior") return "base";
  for (const scope of scopes) {
    for (const range of scope.ranges) {
      if (index < range.first || index >= range.end) continue;
      if (index >= range.operative) return scope;
      // A recital's change made by an earlier amendment it names ("WHEREAS, Amendment No. 2 extended ... from April 30, 2013 to April 30, 2018") is the plan before this one.
      return candidate.role === "new" && !namesAnEarlierAmendment(doc.sentences[index]!.text, scope) ? scope : "base";
    }
  }
  return candidate.role === "new" ? "unnamed" : "base";
}

/** Whether a sentence names an amendment other than `scope`, one made before it ("Amendment No. 2 extended", "the First Amendment increased"). */
function namesAnEarlierAmendment(text: string, scope: AmendmentScope): boolean {
  const named = [...text.matchAll(/\b(?:amendment\s+(?:no\.?|number)\s*\w+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+amendment)\b/gi)].map((m) => amendmentNumber(m[0]));
  return named.some((n) => n !== null && scope.number !== null && n < scope.number);
}

/** The amendment a document tells of without naming it, holding the sentences of the changes it tells. */
function unnamedAmendment(doc: ReaderDocument, sentences: readonly number[]): AmendmentScope {
  const restated = /amended\s+and\s+restated\s+(?:[a-z]+\s+){0,3}?rights\s+(?:plan\s+)?agreement/i.test(doc.normal.text);
  return {
    key: "", number: null, name: restated ? "Amended and Restated Rights Agreement" : "Amendment to Rights Agreement", date: null, effective: null,
    kind: "report", ranges: sentences.map((i) => ({ first: i, operative: i, end: i + 1 })),
  };
}

function passageOf(doc: ReaderDocument, start: number, end: number): Passage {
  const span = originalSpan(doc.normal, start, end);
  return { quote: doc.original.slice(span.start, span.end), start: span.start, end: span.end };
}

function foundOf(c: Placed, value: unknown = c.value, more?: Passage[]): Found {
  return { value, ...passageOf(c.doc, c.start, c.end), confidence: Math.min(1, Math.round(c.confidence * 100) / 100), file: c.doc.file, ...(more?.length ? { more } : {}) };
}

function datedFound(doc: ReaderDocument, passage: DatedPassage | null, confidence: number): Found<string> | null {
  return passage ? { value: passage.value, ...passageOf(doc, passage.start, passage.end), confidence, file: doc.file } : null;
}

/** Whether a value is text in capitals only ("AMERICAN STOCK TRANSFER & TRUST COMPANY"), the spelling of title pages. */
function isAllCaps(value: unknown): boolean {
  return typeof value === "string" && /[A-Z]/.test(value) && value === value.toUpperCase();
}

/** The most confident candidate per term (earlier file, then earlier place, on ties); list terms gather every item. */
function bestTerms(candidates: readonly Placed[]): FoundTerms {
  const byTerm = new Map<ReaderTerm, Placed[]>();
  for (const c of candidates) {
    const list = byTerm.get(c.term);
    if (list) list.push(c);
    else byTerm.set(c.term, [c]);
  }
  const terms: FoundTerms = {};
  for (const term of READER_TERMS) {
    const list = byTerm.get(term);
    if (!list) continue;
    const ranked = [...list].sort((a, b) => b.confidence - a.confidence || a.fileIndex - b.fileIndex || a.start - b.start);
    const best = ranked.find((c) => sameValue(c.value, ranked[0]!.value) && !isAllCaps(c.value)) ?? ranked[0]!;
    if (!LIST_TERMS.has(term)) {
      terms[term] = foundOf(best);
      continue;
    }
    const items: unknown[] = [];
    for (const c of list) for (const item of c.value as unknown[]) if (!items.some((i) => sameValue(i, item))) items.push(item);
    terms[term] = foundOf(best, items, list.filter((c) => c !== best).map((c) => passageOf(c.doc, c.start, c.end)));
  }
  return terms;
}

const SECTION = /\bSections?\s+(\d+(?:\([a-z]{1,3}\))?(?:\([ivx]{1,5}\))?)/g;

/** The sections an amendment document's operative sentences amend. */
function sectionsOf(scope: AmendmentScope, doc: ReaderDocument): string[] {
  if (scope.kind !== "document") return [];
  const sections = new Set<string>();
  for (const range of scope.ranges) {
    for (const s of doc.sentences.slice(range.operative, range.end)) {
      if (/amend/i.test(s.text)) for (const m of s.text.matchAll(SECTION)) sections.add(m[1]!);
    }
  }
  return [...sections];
}

function amendmentOf(parts: readonly ScopeInFile[]): Omit<ReadAmendment, "changes"> & { candidates: Placed[] } {
  const main = parts.find((p) => p.scope.kind === "document") ?? parts[0]!;
  const dated = parts.find((p) => p.scope.date) ?? main;
  const effective = parts.find((p) => p.scope.effective);
  const number = parts.find((p) => p.scope.number !== null)?.scope.number ?? null;
  const date = datedFound(dated.doc, dated.scope.date, 0.9);
  return {
    id: number !== null ? `amendment-${number}` : `amendment-${date?.value ?? main.scope.key}`,
    name: main.scope.name,
    number,
    kind: main.scope.kind,
    file: main.doc.file,
    date,
    effective: effective ? datedFound(effective.doc, effective.scope.effective, 0.85) : date,
    sections: [...new Set(parts.flatMap((p) => sectionsOf(p.scope, p.doc)))],
    candidates: parts.flatMap((p) => p.candidates),
  };
}

/**
 * Whether a plan date is the date of the amendment whose own text this is: an amendment is not dated
 * the day of the agreement it amends, however the filer's exhibit line names it ("RESTATED RIGHTS
 * AGREEMENT DATED ..." over the amendment's own text).
 */
function isAmendmentsOwnDate(candidate: Candidate, scopes: readonly AmendmentScope[]): boolean {
  return candidate.term === "agreementDate" && scopes.some((scope) => scope.kind === "document" && scope.date?.value === candidate.value);
}

/** Reads the texts of filings (`file` names each in the answer), first the plan, then its amendments. */
export function readTexts(texts: readonly { file: string; text: string }[]): Reading {
  const base: Placed[] = [];
  const scoped: ScopeInFile[] = [];
  texts.forEach(({ file, text }, fileIndex) => {
    const doc = readerDocument(file, text);
    const scopes = amendmentScopes(doc);
    const hypothetical = doc.sentences.map((s) => isHypothetical(s.text));
    const example = doc.sentences.map((s) => isExample(s.text));
    const inFile = scopes.map((scope) => ({ scope, doc, candidates: [] as Placed[] }));
    const unnamed: Placed[] = [];
    for (const extract of EXTRACTORS) {
      for (const c of withoutOverlaps(extract(doc))) {
        const place = placeOf(c, doc, scopes, hypothetical, example);
        if (place === null) continue;
        if (place === "unnamed") {
          unnamed.push({ ...c, doc, fileIndex });
          continue;
        }
        // An amendment's own operative text states its changes more surely than a report of it.
        const own = place !== "base" && place.kind === "document" ? 0.05 : 0;
        const placed = { ...c, confidence: c.confidence + own, doc, fileIndex };
        if (place === "base" && isAmendmentsOwnDate(c, scopes)) continue;
        if (place === "base") base.push(placed);
        else inFile[scopes.indexOf(place)]!.candidates.push(placed);
      }
    }
    scoped.push(...inFile);
    if (unnamed.length > 0) scoped.push({ scope: unnamedAmendment(doc, [...new Set(unnamed.map((c) => sentenceIndex(doc, c.start)))]), doc, candidates: unnamed });
  });
  const merged = mergedScopes(scoped.map((s) => s.scope));
  const groups = merged.map((m) => scoped.filter((s) => m.ranges.some((r) => s.scope.ranges.includes(r))));
  const terms = bestTerms(base);
  const inForce: FoundTerms = { ...terms };
  const amendments = groups
    .map(amendmentOf)
    .sort((a, b) => (a.effective?.value ?? "9999").localeCompare(b.effective?.value ?? "9999"))
    .map(({ candidates, ...amendment }) => {
      const changes: FoundTerms = {};
      for (const [term, found] of Object.entries(bestTerms(candidates)) as [ReaderTerm, Found][]) {
        if (inForce[term] && sameValue(inForce[term]!.value, found.value)) continue;
        changes[term] = found;
        inForce[term] = found;
      }
      return { ...amendment, changes };
    });
  const notFound = READER_TERMS.filter((t) => !terms[t] && !amendments.some((a) => a.changes[t]));
  return { files: texts.map((t) => t.file), terms, amendments, notFound };
}

/** Reads filings from disk (plain text or HTML). An unreadable file is an input error. */
export function readFiles(paths: readonly string[]): Reading {
  return readTexts(paths.map((file) => {
    try {
      return { file, text: readFileSync(file, "utf8") };
    } catch (e) {
      throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, []);
    }
  }));
}

/** The terms in force after every amendment read: the plan's terms with each amendment's changes laid over, in order. */
export function termsInForceOf(reading: Reading): FoundTerms {
  return Object.assign({}, reading.terms, ...reading.amendments.map((a) => a.changes)) as FoundTerms;
}
