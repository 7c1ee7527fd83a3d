/**
 * Footnote marks set against a word ("the Rights Agreement(1), dated as of ...", "the Rights Agreement*
 * dated ...", an HTML page's superscript "Agreement<sup>1</sup>" once its tags are gone): they go, so that
 * the words around them read as one phrase. Only a mark right after a small letter and before a space or
 * punctuation counts, so a clause's number ("Section 13(d)(1)", "Rule 13d-3(a)") stays.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

const MARK = /(?<=[a-z])(?:\(\d{1,2}\)|\*{1,3}|[\u00B9\u00B2\u00B3\u2020\u2021])(?=[\s,.;:)"'\u201D]|$)/g;

/** The text without footnote marks set against words. */
export function withoutFootnoteMarks(source: MappedText): MappedText {
  return mapMatches(source, MARK, () => "");
}
