/**
 * The sentences of a plan's description, each with the terms it states. Each sentence is declared
 * with its term (src/terms/sections/); the wording follows the descriptions companies file (Item 1
 * of a Form 8-A), so that `read` reads them back into the same terms: that round trip is the test
 * that each sentence says what its terms are.
 */
import { declarationOf, TERM_NAMES } from "../../terms/declarations.js";
import { PARAGRAPHS, type Sentence } from "../../terms/declare.js";
import type { Amendment, TermValues } from "../../terms/schema.js";
import { dateText } from "../../terms/words.js";

export interface Stated {
  readonly text: string;
  /** The terms the sentence states (an amendment's own sentence names the amendment). */
  readonly terms: readonly string[];
}

/** Every declared sentence, in the order of the description: by paragraph, then by place. */
const SENTENCES: readonly Sentence[] = TERM_NAMES.flatMap((name) => declarationOf(name).sentences?.() ?? []).sort(
  (a, b) => PARAGRAPHS.indexOf(a.paragraph) - PARAGRAPHS.indexOf(b.paragraph) || a.order - b.order,
);

/** What a sentence says about `v`: nothing, one sentence or one per person named. */
function stated(sentence: Sentence, v: TermValues): Stated[] {
  const text = sentence.text(v);
  if (text === null) return [];
  return (typeof text === "string" ? [text] : text).map((t) => ({ text: t, terms: sentence.states }));
}

/** The paragraphs describing a plan whose terms are `v`. */
export function planParagraphs(v: TermValues): Stated[][] {
  return PARAGRAPHS.map((paragraph) => SENTENCES.filter((s) => s.paragraph === paragraph).flatMap((s) => stated(s, v)));
}

/** How an amendment that changed `changed` restates a sentence: as declared, in its amended form, or not at all. */
function restated(sentence: Sentence, changed: ReadonlySet<string>, after: TermValues): Stated[] {
  if (sentence.amended === null) return [];
  if (sentence.amended) return sentence.amended.states.some((t) => changed.has(t)) ? [{ text: sentence.amended.text(after), terms: sentence.amended.states }] : [];
  return sentence.states.some((t) => changed.has(t)) ? stated(sentence, after) : [];
}

/**
 * The paragraph of an amendment: that it was made, and each sentence stating a term it changed,
 * with the values in force after it (`after`).
 */
export function amendmentParagraph(amendment: Amendment, after: TermValues): Stated[] {
  const changed: ReadonlySet<string> = new Set(Object.keys(amendment.changes));
  const effective = amendment.effective === amendment.date ? "" : `, effective ${dateText(amendment.effective)}`;
  const made: Stated = {
    text: `On ${dateText(amendment.date)}, the Company and the Rights Agent entered into ${amendment.name ?? "an amendment to the Rights Agreement"}, dated ${dateText(amendment.date)}${effective}.`,
    terms: [`${amendment.id}.date`, `${amendment.id}.effective`],
  };
  return [made, ...SENTENCES.flatMap((s) => restated(s, changed, after))];
}
