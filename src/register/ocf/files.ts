/**
 * Reading an OCF export's files (exportFiles.ts finds them in a folder or an `.ocf.zip`). Each file is a
 * JSON object with `file_type` and `items`; each item is read against its schema and kept with
 * the file and line where it starts, so that a bad object is named precisely.
 */
import { printParseErrorCode, visit, type JSONPath, type ParseErrorCode } from "jsonc-parser";
import { issuesOf, formatIssue } from "../../errors.js";
import { OCF_OBJECT_TYPES, READ_OBJECTS, UNREPLAYED_STOCK_TRANSACTIONS, type Stakeholder, type StockClass, type StockTransaction } from "./schema.js";

export interface Located<T> {
  readonly object: T;
  readonly file: string;
  readonly line: number;
}

export interface OcfObjects {
  readonly stakeholders: Located<Stakeholder>[];
  readonly stockClasses: Located<StockClass>[];
  readonly transactions: Located<StockTransaction>[];
  /** Objects of other OCF types (vesting, valuations, options...), counted by type, not read. */
  readonly skipped: Record<string, number>;
  readonly problems: string[];
}

/** Every object of the files, read and located; each bad one is a problem naming its file and line. */
export function readOcfObjects(files: readonly { name: string; text: string }[]): OcfObjects {
  const found: OcfObjects = { stakeholders: [], stockClasses: [], transactions: [], skipped: {}, problems: [] };
  for (const file of files) readFileObjects(file, found);
  for (const group of [found.stakeholders, found.stockClasses, found.transactions]) sameIdTwice(group, found.problems);
  return found;
}

/**
 * An id used by two objects of a kind (two stakeholders, two stock classes, two transactions): OCF
 * names each object by its id, so which one a transaction means cannot be told (read in turn, the
 * later stakeholder's name replaced the earlier's on the register without a word).
 */
function sameIdTwice(group: readonly Located<{ object_type: string; id: string }>[], problems: string[]): void {
  const first = new Map<string, Located<{ object_type: string; id: string }>>();
  for (const o of group) {
    const earlier = first.get(o.object.id);
    if (earlier) problems.push(`${o.file} line ${o.line}: ${o.object.object_type} ${o.object.id}: the id is also that of the ${earlier.object.object_type} at ${earlier.file} line ${earlier.line}`);
    else first.set(o.object.id, o);
  }
}

/**
 * The line each element of the file's `items` starts on (1-based), found by jsonc-parser's
 * scanner without building a tree, and the first syntax error, if any, with its line (strict
 * JSON: no comments, no trailing commas). The values themselves come from JSON.parse: the two
 * together read a 20,000-holder export several times faster than one YAML document tree did.
 */
function itemLines(text: string): { lines: number[]; error?: string } {
  const lines: number[] = [];
  let error: string | undefined;
  const atItem = (startLine: number, path: () => JSONPath) => {
    const at = path();
    if (at.length === 2 && at[0] === "items") lines[at[1] as number] = startLine + 1;
  };
  let depth = 0;
  visit(
    text,
    {
      onObjectBegin: (_o, _l, line, _c, path) => void (depth++ === 2 && atItem(line, path)),
      onObjectEnd: () => void depth--,
      onArrayBegin: (_o, _l, line, _c, path) => void (depth++ === 2 && atItem(line, path)),
      onArrayEnd: () => void depth--,
      onLiteralValue: (_v, _o, _l, line, _c, path) => void (depth === 2 && atItem(line, path)),
      onError: (code, _o, _l, line, column) => void (error ??= `${errorWords(code)} at line ${line + 1}, column ${column + 1}`),
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return { lines, error };
}

/** "CommaExpected" -> "comma expected". */
function errorWords(code: ParseErrorCode): string {
  return printParseErrorCode(code).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function readFileObjects(file: { name: string; text: string }, found: OcfObjects): void {
  const { lines, error } = itemLines(file.text);
  if (error) {
    found.problems.push(`${file.name}: not valid JSON: ${error}`);
    return;
  }
  const root: unknown = JSON.parse(file.text);
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    found.problems.push(`${file.name}: an OCF file is a JSON object with file_type and items`);
    return;
  }
  const { items, file_type: fileType } = root as { items?: unknown; file_type?: unknown };
  if (fileType === "OCF_MANIFEST_FILE") return; // the manifest lists files; it holds no objects
  if (!Array.isArray(items)) {
    // Read past, its objects would be missing from the register without a word (a transactions file whose "items" is spelt "Items" imported no one).
    found.problems.push(`${file.name}: an OCF file${typeof fileType === "string" ? ` (${fileType})` : ""} holds its objects in an "items" array, and this one has none`);
    return;
  }
  items.forEach((value: unknown, i) => {
    const line = lines[i] ?? 0;
    const where = `${file.name} line ${line} (item ${i})`;
    const type = typeof value === "object" && value !== null ? (value as { object_type?: unknown }).object_type : undefined;
    const schema = typeof type === "string" ? READ_OBJECTS[type as keyof typeof READ_OBJECTS] : undefined;
    if (typeof type !== "string") {
      found.problems.push(`${where}: an OCF object needs an object_type`);
      return;
    }
    if (!schema) {
      if (UNREPLAYED_STOCK_TRANSACTIONS.has(type)) found.problems.push(`${where}: ${type} ${(value as { id?: string }).id ?? ""}: the register does not replay this transaction, so the holdings after it would be wrong`);
      else if (!OCF_OBJECT_TYPES.has(type)) found.problems.push(`${where}: object_type ${JSON.stringify(type)} is not an OCF 1.2 object type`);
      else found.skipped[type] = (found.skipped[type] ?? 0) + 1;
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      found.problems.push(`${where}: ${type} ${(value as { id?: string }).id ?? ""}: ${issuesOf(parsed.error).map(formatIssue).join("; ")}`);
      return;
    }
    const located = { object: parsed.data, file: file.name, line };
    if (type === "STAKEHOLDER") found.stakeholders.push(located as Located<Stakeholder>);
    else if (type === "STOCK_CLASS") found.stockClasses.push(located as Located<StockClass>);
    else found.transactions.push(located as Located<StockTransaction>);
  });
}
