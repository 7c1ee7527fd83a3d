/**
 * One spelling per character: curly quotes and backticks become straight quotes, the many
 * spaces and hyphens of word processors become " " and "-", invisible characters go, and line
 * ends become "\n". Each character maps to one or none, so offsets stay exact.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

const REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "`": "'", "\u00B4": "'",
  "\u00A0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ",
  "\u2008": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u3000": " ", "\t": " ", "\v": " ",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00AD": "", "\u200B": "", "\u200C": "", "\u200D": "", "\uFEFF": "", "\r": "\n",
};

const SPELLED_OTHERWISE = new RegExp(`[${Object.keys(REPLACEMENTS).join("")}]`, "g");

/** The text with one spelling per character; "\r\n" becomes a single "\n". */
export function plainCharacters(source: MappedText): MappedText {
  const text = source.text;
  return mapMatches(source, SPELLED_OTHERWISE, (ch, i) => (ch === "\r" && text[i + 1] === "\n" ? "" : REPLACEMENTS[ch]));
}
