/**
 * `prices: prices.csv` in a scenario: the closing prices in a CSV file with the header
 * `date,close`, next to the scenario (scenario-format.md). The file must be inside the
 * scenario's folder. Each row's values are checked with the rest of the scenario; an error in
 * one names the CSV file's line.
 */
import { createRequire } from "node:module";
import type * as CsvParse from "csv-parse/sync";
import { InputError } from "../errors.js";
import { placeInFolder } from "../files/folder.js";
import { readTextFile } from "../files/textFile.js";

export interface PricesFile {
  readonly rows: { date: string; close: string }[];
  /** The line of the file each row is on. */
  readonly lines: number[];
  /** The path as the scenario gives it. */
  readonly name: string;
}

export function readPricesCsv(name: string, scenarioDir: string): PricesFile {
  const path = pathInside(name, scenarioDir);
  const text = readTextFile(path, "a CSV text file of closing prices (date,close)", `prices file ${name}`);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = csvParse()(text.replace(/^\uFEFF/, ""), { info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (e) {
    throw new InputError(`prices: ${name} is not a CSV file: ${(e as Error).message}`, []);
  }
  const [header, ...body] = records;
  if (header === undefined || header.record.join(",").toLowerCase() !== "date,close") {
    throw new InputError(`prices: ${name} line 1 must be the header date,close${header ? `; it is ${header.record.join(",")}` : " (the file is empty)"}`, []);
  }
  const rows: PricesFile["rows"] = [];
  const lines: number[] = [];
  for (const { record, info } of body) {
    if (record.length !== 2) throw new InputError(`prices: ${name} line ${info.lines}: a row is a date and a close (2 values); this one has ${record.length}`, []);
    rows.push({ date: record[0]!, close: record[1]! });
    lines.push(info.lines);
  }
  return { rows, lines, name };
}

/** The file `name` names, relative to `dir`; refused when it is absolute or leads out of `dir` (links followed). */
function pathInside(name: string, dir: string): string {
  const place = placeInFolder(dir, name);
  if ("outside" in place) throw new InputError(`prices: ${name} is not inside the scenario's folder: give the CSV file's path relative to the scenario's folder, without ".."`, []);
  if ("missing" in place) throw new InputError(`prices: cannot read ${name}: there is no such file next to the scenario`, []);
  return place.path;
}

/** csv-parse, loaded when a scenario names a prices file (not at start-up, where it costs about 20 ms: issue 8 item 8). */
function csvParse(): typeof CsvParse.parse {
  return (createRequire(import.meta.url)("csv-parse/sync") as typeof CsvParse).parse;
}
