/**
 * Numbers run together with the word after them, as text taken from XBRL or PDF often has it
 * ("15%or more", "$0.01per Right", "$83.00,subject to", "150,000shares"): a space is put between
 * them so that the number and the word are read as the filing meant them. Ordinals and fractions ("10th", "2nd", "1/100ths"), plurals of numbers ("1990s")
 * and capitalised words (codes such as "8-A12B") are left as they are.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

/** The places between a number (or its "%" or a comma after it) and a lower-case word glued to it. */
const GLUED = /(?<=%)(?=[a-z])|(?<=\d,)(?=[a-z]{2,})|(?<=\d)(?!(?:st|nd|rd|th|d|s|ths|nds|rds)\b)(?=[a-z]{2,}\b)/g;

/** The text with a space (mapped to no original character) wherever a number is run together with the next word. */
export function spacedRunTogether(source: MappedText): MappedText {
  return mapMatches(source, GLUED, () => " ");
}
