/**
 * A filing's text as the Reader page shows it: an HTML filing without its markup (tags gone, block
 * tags a line break, entities decoded: the reader's own step, src/reader/text/markup.ts), blank
 * lines run together; plain text as it is but for its entities. The reader's passages are offsets
 * into the file as it came (`offsetsInto: "the file"`), so the page maps them to the text shown,
 * and a selection in the text shown back to the file.
 */
import { identityMapped, mapMatches, type MappedText } from "../../src/reader/text/mappedText.js";
import { withoutMarkup } from "../../src/reader/text/markup.js";

export interface FilingText {
  /** The text shown. */
  readonly shown: string;
  /** The span of the text shown that came from the file's characters [start, end). */
  shownSpan(start: number, end: number): [number, number];
  /** The span of the file that the shown characters [start, end) came from. */
  fileSpan(start: number, end: number): [number, number];
}

export function filingTextOf(file: string): FilingText {
  const mapped = mapMatches(withoutMarkup(identityMapped(file)), /\n[ \t\u00A0]*(?:\n[ \t\u00A0]*){2,}/g, () => "\n\n");
  return {
    shown: mapped.text,
    shownSpan: (start, end) => {
      const from = firstAtOrAfter(mapped, start);
      return [from, Math.max(from, firstAtOrAfter(mapped, end))];
    },
    fileSpan: (start, end) => (end <= start || start >= mapped.text.length ? [fileOffset(mapped, start), fileOffset(mapped, start)] : [mapped.starts[start]!, mapped.ends[end - 1]!]),
  };
}

/** Where `words` (trimmed, any case) next stand in `text` from `from`, else from the top; -1 when nowhere. */
export function nextOccurrence(text: string, words: string, from: number): number {
  const [haystack, needle] = [text.toLowerCase(), words.trim().toLowerCase()];
  if (!needle) return -1;
  const at = haystack.indexOf(needle, from);
  return at >= 0 ? at : haystack.indexOf(needle);
}

/** The first shown character that came from at or after file offset `offset` (the shown length when none). */
function firstAtOrAfter(mapped: MappedText, offset: number): number {
  let [lo, hi] = [0, mapped.text.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mapped.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where shown offset `at` (between characters) lies in the file. */
function fileOffset(mapped: MappedText, at: number): number {
  return at < mapped.text.length ? mapped.starts[at]! : mapped.text.length ? mapped.ends[mapped.text.length - 1]! : 0;
}
