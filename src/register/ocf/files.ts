/**
 * Reading an OCF export: a folder of `*.ocf.json` files or an `.ocf.zip` of them. Each file is a
 * JSON object with `file_type` and `items`; each item is read against its schema and kept with
 * the file and line where it starts, so that a bad object is named precisely.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { issuesOf, formatIssue } from "../../errors.js";
import { READ_OBJECTS, UNREPLAYED_STOCK_TRANSACTIONS, type Stakeholder, type StockClass, type StockTransaction } from "./schema.js";

export interface Located<T> {
  readonly object: T;
  readonly file: string;
  readonly line: number;
}

export interface OcfObjects {
  readonly stakeholders: Located<Stakeholder>[];
  readonly stockClasses: Located<StockClass>[];
  readonly transactions: Located<StockTransaction>[];
  /** Objects of other types (vesting, valuations, options...), counted, not read. */
  skipped: number;
  readonly problems: string[];
}

/** The files of an export: name and text. */
export async function ocfFiles(path: string): Promise<{ name: string; text: string }[]> {
  if ((await stat(path)).isDirectory()) {
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith(".json")).sort();
    return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(path, name), "utf8") })));
  }
  const zip = await JSZip.loadAsync(await readFile(path));
  const entries = Object.values(zip.files).filter((f) => !f.dir && f.name.toLowerCase().endsWith(".json"));
  return Promise.all(entries.map(async (f) => ({ name: `${basename(path)}:${f.name}`, text: await f.async("string") })));
}

/** Every object of the files, read and located; each bad one is a problem naming its file and line. */
export function readOcfObjects(files: readonly { name: string; text: string }[]): OcfObjects {
  const found: OcfObjects = { stakeholders: [], stockClasses: [], transactions: [], skipped: 0, problems: [] };
  for (const file of files) readFileObjects(file, found);
  return found;
}

function readFileObjects(file: { name: string; text: string }, found: OcfObjects): void {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines });
  if (doc.errors.length) {
    found.problems.push(`${file.name}: not valid JSON: ${doc.errors[0].message.split("\n")[0]}`);
    return;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    found.problems.push(`${file.name}: an OCF file is a JSON object with file_type and items`);
    return;
  }
  const items = root.get("items", true);
  if (!isSeq(items)) return; // the manifest and files without items hold no objects to read
  items.items.forEach((node, i) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const line = range ? lines.linePos(range[0]).line : 0;
    const where = `${file.name} line ${line} (item ${i})`;
    const value = (node as { toJSON(): unknown }).toJSON();
    const type = typeof value === "object" && value !== null ? (value as { object_type?: unknown }).object_type : undefined;
    const schema = typeof type === "string" ? READ_OBJECTS[type as keyof typeof READ_OBJECTS] : undefined;
    if (typeof type !== "string") {
      found.problems.push(`${where}: an OCF object needs an object_type`);
      return;
    }
    if (!schema) {
      if (UNREPLAYED_STOCK_TRANSACTIONS.has(type)) found.problems.push(`${where}: ${type} ${(value as { id?: string }).id ?? ""}: the register does not replay this transaction, so the holdings after it would be wrong`);
      else found.skipped++;
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
