/**
 * One spelling per character: curly quotes and backticks become straight quotes (and the doubled
 * backticks and apostrophes of old EDGAR text, ``Rights Agent'', a double quote), the many spaces and
 * hyphens of word processors become " " and "-", a soft hyphen (U+00AD) goes, and with it the line end it stands at, since it only
 * marks where a word was split ("dis\u00AD\ntribution" from a PDF is "distribution"), a fraction slash "/" ("1⁄100th"), a PDF's ligatures become their letters ("ﬁfteen" is
 * "fifteen"), invisible characters go, and line ends become "\n". Each replacement maps to the characters
 * it replaces, so offsets stay exact.
 */
import { mapMatches, type MappedText } from "./mappedText.js";

const REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "`": "'", "\u00B4": "'",
  "\u00A0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ",
  "\u2008": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u3000": " ", "\t": " ", "\v": " ",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00AD": "", "\u200B": "", "\u200C": "", "\u200D": "", "\uFEFF": "", "\r": "\n",
  "\u2044": "/", "\u2215": "/",
  "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st",
};

/** Old EDGAR text's quotes, two backticks to open and two apostrophes to close: each pair is one double quote. */
const DOUBLED_QUOTES = "``|''";
/** A soft hyphen at a line's end: the word goes on at the next line's start. */
const SOFT_HYPHEN_AT_LINE_END = "\u00AD[ \t]*\r?\n[ \t]*";
const SPELLED_OTHERWISE = new RegExp(`${SOFT_HYPHEN_AT_LINE_END}|${DOUBLED_QUOTES}|[${Object.keys(REPLACEMENTS).join("")}]`, "g");

/** The text with one spelling per character; "\r\n" becomes a single "\n". */
export function plainCharacters(source: MappedText): MappedText {
  const text = source.text;
  return mapMatches(source, SPELLED_OTHERWISE, (ch, i) => (ch.length >= 2 ? (ch[0] === "\u00AD" ? "" : '"') : ch === "\r" && text[i + 1] === "\n" ? "" : REPLACEMENTS[ch]));
}
