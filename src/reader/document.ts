/**
 * A filing as the extractors see it: the original text, its normalised text mapped back to the
 * original, and its sentences. Candidates are values found at places in the normalised text.
 */
import type { ReaderTerm } from "./found.js";
import { normalizedText } from "./text/normalize.js";
import { sentencesOf, type Sentence } from "./text/sentences.js";
import type { MappedText } from "./text/mappedText.js";

export interface ReaderDocument {
  readonly file: string;
  readonly original: string;
  readonly normal: MappedText;
  readonly sentences: readonly Sentence[];
}

/** The reader's view of an original file's text. */
export function readerDocument(file: string, original: string): ReaderDocument {
  const normal = normalizedText(original);
  return { file, original, normal, sentences: sentencesOf(normal.text) };
}

/**
 * A value an extractor found, at normalised offsets [start, end). `role` places it in time: a
 * "prior" value is the plan's before an amendment ("from 20%"), a "new" one is what an amendment
 * makes it ("to 25%", "appointed as successor Rights Agent"); otherwise the passage's place in
 * the document decides.
 */
export interface Candidate {
  readonly term: ReaderTerm;
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly role?: "prior" | "new";
}

/** A reader of one term (or a few read from the same passages) from a document. */
export type Extractor = (doc: ReaderDocument) => Candidate[];

/**
 * The candidates without those another candidate of the same term and role covers at an overlapping
 * place with more confidence (two patterns reading one passage), in their original order.
 */
export function withoutOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const kept = new Map<string, Candidate[]>();
  for (const c of [...candidates].sort((a, b) => b.confidence - a.confidence)) {
    const key = `${c.term}/${c.role ?? ""}`;
    const same = kept.get(key);
    if (!same) kept.set(key, [c]);
    else if (!same.some((k) => k.start < c.end && c.start < k.end)) same.push(c);
  }
  const all = new Set([...kept.values()].flat());
  return candidates.filter((c) => all.has(c));
}

/** The sentences whose text matches `filter`. */
export function sentencesMatching(doc: ReaderDocument, filter: RegExp): Sentence[] {
  return doc.sentences.filter((s) => filter.test(s.text));
}

/** The normalised span of a match in a sentence. */
export function spanOf(sentence: Sentence, match: RegExpMatchArray): { start: number; end: number } {
  const start = sentence.start + match.index!;
  return { start, end: start + match[0].length };
}

/** A global, case-insensitive pattern with match indices, from a phrase source. */
export function phrase(source: string): RegExp {
  return new RegExp(source, "gid");
}

/** A global, case-sensitive pattern with match indices (for patterns holding proper NAMEs). */
export function casedPhrase(source: string): RegExp {
  return new RegExp(source, "gd");
}
