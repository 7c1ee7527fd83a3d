/**
 * Printing a large answer: JSON.stringify(answer, null, 2) of a million findings is a 220 MB
 * string, and past about 2.4 million it is longer than the longest string V8 can make; the
 * timeline of a million findings is 130 MB. These write the same text a piece at a time: lines a
 * thousand at a time; JSON's top object key by key and its long lists a thousand elements at a
 * time (each piece still made by JSON.stringify, which is fast).
 */

const ELEMENTS_PER_PIECE = 1000;

/** Writes `lines`, each followed by a newline, through `write`, a thousand lines at a time. */
export function writeLines(lines: Iterable<string>, write: (piece: string) => void): void {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === ELEMENTS_PER_PIECE) {
      write(batch.join("\n") + "\n");
      batch = [];
    }
  }
  if (batch.length) write(batch.join("\n") + "\n");
}

/** Writes `value` exactly as `JSON.stringify(value, null, 2) + "\n"`, through `write`, a piece at a time. */
export function writePrettyJson(value: unknown, write: (piece: string) => void): void {
  if (!isPlainObject(value)) {
    writeValue(value, "", write);
    write("\n");
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) {
    write("{}\n");
    return;
  }
  entries.forEach(([key, v], i) => {
    write(`${i ? "," : "{"}\n  ${JSON.stringify(key)}: `);
    writeValue(v, "  ", write);
  });
  write("\n}\n");
}

/** A value at indentation `indent`: a long list in pieces, anything else whole. */
function writeValue(value: unknown, indent: string, write: (piece: string) => void): void {
  if (!Array.isArray(value) || value.length <= ELEMENTS_PER_PIECE) {
    write(stringifyAt(value, indent));
    return;
  }
  for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
    const piece = stringifyAt(value.slice(start, start + ELEMENTS_PER_PIECE), indent);
    // "[\n<indent>  a,\n<indent>  b\n<indent>]" without its brackets is "\n<indent>  a,\n<indent>  b"
    write((start ? "," : "[") + piece.slice(1, -(indent.length + 2)));
  }
  write(`\n${indent}]`);
}

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by `indent` ("" or two
 * spaces, a top-level key's value). JSON.stringify indents it itself, as the element of a list:
 * adding the indent to each line afterwards (a replaceAll of the newlines) took six times as long
 * as the stringify.
 */
function stringifyAt(value: unknown, indent: string): string {
  if (!indent) return JSON.stringify(value, null, 2);
  return JSON.stringify([value], null, 2).slice(4, -2); // "[\n  " + the value indented by two + "\n]"
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}
