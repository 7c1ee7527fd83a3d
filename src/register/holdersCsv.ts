/**
 * The holder list a transfer agent hands over: CSV with the header
 * `holder,name,kind,shares[,address,certificate]`, kind `cede` (Cede & Co., DTC's nominee),
 * `drs` (book-entry) or `certificate`. Every bad line is named by its line number; nothing is
 * imported from a file with any.
 */
import { parse } from "csv-parse/sync";
import type { OpeningHolder } from "./importHolders.js";

export type HolderLine = OpeningHolder;

export interface LineProblem {
  readonly line: number;
  readonly message: string;
}

const HEADER = ["holder", "name", "kind", "shares"];
const OPTIONAL = ["address", "certificate"];
const KINDS = new Set(["cede", "drs", "certificate"]);
export const HOLDER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The holders in `text`, or every problem found, each with its line. */
export function parseHoldersCsv(text: string): { holders: HolderLine[]; problems: LineProblem[] } {
  let records: { record: string[]; line: number }[];
  try {
    records = readRecords(text);
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    const opened = err.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(text) : undefined;
    if (opened !== undefined) {
      // The lines before the one the quote opens on read as they are: their problems are named too.
      const before = opened > 2 ? parseHoldersCsv(text.split(/\r\n|\n|\r/).slice(0, opened - 1).join("\n")).problems : [];
      return { holders: [], problems: [...before, { line: opened, message: "malformed CSV: a quote opened on this line is never closed" }] };
    }
    return { holders: [], problems: [{ line: err.lines ?? 1, message: `malformed CSV: ${err.message}` }] };
  }
  if (!records.length) return { holders: [], problems: [{ line: 1, message: `the file is empty: expected the header ${HEADER.join(",")}` }] };
  const header = records[0].record.map((h) => h.toLowerCase());
  const headerProblem = checkHeader(header);
  if (headerProblem) return { holders: [], problems: [{ line: records[0].line, message: headerProblem }] };
  const holders: HolderLine[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record, line } of records.slice(1)) {
    const read = holderOf(header, record, line);
    if (typeof read === "string") {
      problems.push({ line, message: read });
      continue;
    }
    const first = seen.get(read.id);
    if (first !== undefined) {
      problems.push({ line, message: `holder "${read.id}" is listed twice (first on line ${first})` });
      continue;
    }
    seen.set(read.id, line);
    holders.push(read);
  }
  return { holders, problems };
}

const OPTIONS = { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true };

/** The records of `text`, each with the line it is on. */
function readRecords(text: string): { record: string[]; line: number }[] {
  const plain = plainRecords(text);
  if (plain) return plain;
  const records = parse(text, OPTIONS) as string[][];
  const lines = text.includes('"') ? undefined : nonBlankLines(text, records.length);
  if (lines) return records.map((record, i) => ({ record, line: lines[i] }));
  // A quoted field may span lines: the parser counts them (five times slower).
  return (parse(text, { ...OPTIONS, info: true }) as unknown as { record: string[]; info: { lines: number } }[]).map(({ record, info }) => ({ record, line: info.lines }));
}

/**
 * A holder list as transfer agents' systems write it (a hundred thousand lines of ASCII with no
 * quotes) read as the parser reads it, in a fifth of its time: with no quote, CSV's records are
 * the lines and the fields what lies between commas, each trimmed of spaces and tabs, lines of
 * nothing else skipped, a byte-order mark at the start dropped (the OPTIONS above). Undefined for
 * any other text (a quote, a character outside printing ASCII and tabs, line ends other than
 * LF throughout or CRLF throughout), which the parser reads. holdersCsv.test.ts checks the two
 * agree on such text.
 */
export function plainRecords(text: string): { record: string[]; line: number }[] | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^[\t\n\r\x20\x21\x23-\x7e]*$/.test(body)) return undefined;
  const crlf = body.includes("\r");
  if (crlf && /\r(?!\n)|(?<!\r)\n/.test(body)) return undefined;
  const records: { record: string[]; line: number }[] = [];
  body.split(crlf ? "\r\n" : "\n").forEach((line, i) => {
    if (line.trim() !== "") records.push({ record: line.split(",").map((field) => field.trim()), line: i + 1 });
  });
  return records;
}

/** With no quotes no field spans lines, and each record is a line that is not blank: their numbers (none if the count is not the parser's). */
function nonBlankLines(text: string, records: number): number[] | undefined {
  const lines: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((l, i) => {
    if (l.trim() !== "") lines.push(i + 1);
  });
  return lines.length === records ? lines : undefined;
}

/**
 * The line on which the quoted field left open at the end of `text` begins (the parser names only
 * the last line, where it gave up): a quote opens a field at the start of a field; inside one,
 * "" is a quote and a lone " closes it.
 */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let opened: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (opened !== undefined) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') opened = undefined;
      else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
      continue;
    }
    if (c === '"' && fieldStart) opened = line;
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
    fieldStart = c === "," || c === "\n" || c === "\r" || (fieldStart && (c === " " || c === "\t" || c === "\ufeff"));
  }
  return opened;
}

function checkHeader(header: string[]): string | undefined {
  const expected = [...HEADER, ...OPTIONAL].slice(0, Math.max(header.length, HEADER.length));
  if (header.length < HEADER.length || header.length > expected.length || header.some((h, i) => h !== expected[i])) {
    return `the header must be ${HEADER.join(",")}[,${OPTIONAL.join(",")}], not ${header.join(",")}`;
  }
  return undefined;
}

function holderOf(header: string[], record: string[], line: number): HolderLine | string {
  if (record.length !== header.length) return `malformed line: ${record.length} fields where the header has ${header.length}`;
  const field = (name: string) => record[header.indexOf(name)] ?? "";
  const id = field("holder");
  if (!HOLDER_ID.test(id)) return `the holder id "${id}" must be letters, digits, dots, hyphens or underscores`;
  const kind = field("kind").toLowerCase();
  if (!KINDS.has(kind)) return `holder "${id}": kind "${field("kind")}" is not cede, drs or certificate`;
  const sharesText = field("shares").replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(sharesText)) return `holder "${id}": shares "${field("shares")}" is not a number`;
  const shares = Number(sharesText);
  if (shares < 0) return `holder "${id}": shares ${sharesText} is negative`;
  if (!Number.isInteger(shares)) return `holder "${id}": shares ${sharesText} is not a whole number`;
  if (!Number.isSafeInteger(shares)) return `holder "${id}": shares ${sharesText} is past 9,007,199,254,740,991 (R-X14)`;
  const name = field("name");
  if (!name) return `holder "${id}": the name is empty`;
  return { id, name, kind: kind as HolderLine["kind"], shares, address: field("address") || null, certificate: field("certificate") || null, line };
}
