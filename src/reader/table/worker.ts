/** A worker of the table's pool (piscina): reads one file into its row. */
import { readFileSync } from "node:fs";
import { sourceDocument } from "../input/load.js";
import { errorRow, tableRow, type TableRow } from "./row.js";

/** The row of a document named `source` whose bytes `bytes` gives; one that cannot be read gives a row with its reason. */
async function rowOf(source: string, bytes: () => Uint8Array): Promise<TableRow> {
  try {
    return tableRow(await sourceDocument(source, bytes()));
  } catch (e) {
    return errorRow(source, e instanceof Error ? e.message : String(e));
  }
}

/** The row of `file`, read from the disk. */
export const rowOfFile = (file: string): Promise<TableRow> => rowOf(file, () => readFileSync(file));

/** The row of a document uploaded as bytes (the server's batch read): its name only labels the row and picks the format. */
export const rowOfUpload = (name: string, bytes: Uint8Array): Promise<TableRow> => rowOf(name, () => bytes);

export default function run({ file }: { file: string }): Promise<TableRow> {
  return rowOfFile(file);
}
