/** A worker of the table's pool (piscina): reads one file into its row. */
import { readFileSync } from "node:fs";
import { sourceDocument } from "../input/load.js";
import { errorRow, tableRow, type TableRow } from "./row.js";

/** The row of `file`; a file that cannot be read gives a row with its reason. */
export async function rowOfFile(file: string): Promise<TableRow> {
  try {
    return tableRow(await sourceDocument(file, readFileSync(file)));
  } catch (e) {
    return errorRow(file, e instanceof Error ? e.message : String(e));
  }
}

export default function run({ file }: { file: string }): Promise<TableRow> {
  return rowOfFile(file);
}
