/**
 * The reader's view of a filing: running text without markup, page furniture, margin line numbers or footnote marks, with one
 * spelling per character, and a map from every character back to the original file.
 */
import { plainCharacters } from "./characters.js";
import { withoutFootnoteMarks } from "./footnoteMarks.js";
import { joinedLines } from "./lines.js";
import { withoutMarginLineNumbers } from "./lineNumbers.js";
import { spacedRunTogether } from "./runTogether.js";
import { withoutMarkup } from "./markup.js";
import { identityMapped, type MappedText } from "./mappedText.js";

/** The normalised text of an original filing (HTML or plain text), mapped to the original's offsets. */
export function normalizedText(original: string): MappedText {
  return spacedRunTogether(joinedLines(withoutFootnoteMarks(withoutMarginLineNumbers(plainCharacters(withoutMarkup(identityMapped(original)))))));
}
