/**
 * Text derived from an original file that remembers, for every character, the span of the
 * original it came from. Each normalisation step maps one MappedText to another, so offsets in
 * the final text always lead back to the ORIGINAL file's characters, whatever was removed,
 * decoded or joined on the way.
 */

export interface MappedText {
  readonly text: string;
  /** starts[i] and ends[i]: the original offsets that character i of `text` came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** The original text itself: each character maps to its own offset. */
export function identityMapped(original: string): MappedText {
  const n = original.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: original, starts, ends };
}

/** Builds the next MappedText from pieces of a source MappedText. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private length = 0;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);

  constructor(private readonly source: MappedText) {}

  /** Appends `chars`, each mapped to the original span of source characters [from, to). */
  push(chars: string, from: number, to: number): void {
    if (chars.length === 0) return;
    const start = this.source.starts[Math.min(from, this.source.text.length - 1)]!;
    const end = this.source.ends[Math.max(Math.min(to, this.source.text.length) - 1, 0)]!;
    this.reserve(chars.length);
    for (let k = 0; k < chars.length; k++) {
      this.starts[this.length + k] = start;
      this.ends[this.length + k] = end;
    }
    this.length += chars.length;
    this.parts.push(chars);
  }

  /** Appends source characters [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.starts.set(this.source.starts.subarray(from, to), this.length);
    this.ends.set(this.source.ends.subarray(from, to), this.length);
    this.length += to - from;
    this.parts.push(this.source.text.slice(from, to));
  }

  /** The last character appended, or "" when nothing has been. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last === undefined ? "" : last[last.length - 1]!;
  }

  build(): MappedText {
    return { text: this.parts.join(""), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/** The original span [start, end) behind characters [from, to) of a MappedText. */
export function originalSpan(mapped: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < mapped.starts.length ? mapped.starts[from]! : (mapped.ends[mapped.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: mapped.starts[from]!, end: mapped.ends[to - 1]! };
}

/**
 * Maps `source` through the matches of `pattern` (global): `replace` answers the replacement of
 * each match ("" drops it, undefined keeps it); the text between matches is copied.
 */
export function mapMatches(source: MappedText, pattern: RegExp, replace: (match: string, index: number) => string | undefined): MappedText {
  const out = new MappedTextBuilder(source);
  let run = 0;
  for (const m of source.text.matchAll(pattern)) {
    const replacement = replace(m[0], m.index);
    if (replacement === undefined) continue;
    out.copy(run, m.index);
    out.push(replacement, m.index, m.index + m[0].length);
    run = m.index + m[0].length;
  }
  out.copy(run, source.text.length);
  return out.build();
}
