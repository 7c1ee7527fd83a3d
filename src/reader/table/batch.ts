/**
 * Many documents into a table, one row each, read in parallel by a pool of worker threads
 * (piscina), one per core, in the order given. A directory stands for the filings in it (and in
 * its folders): text, HTML, PDF and Word files.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { InputError } from "../../errors.js";
import type { TableRow } from "./row.js";
import { rowOfFile } from "./worker.js";

const FILING = /\.(?:txt|htm|html|xml|pdf|docx)$/i;

/** The filings a list of files and directories names, directories expanded in name order. */
export function filingsOf(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, []);
    }
    if (!stat.isDirectory()) return [path];
    const entries = readdirSync(path).sort();
    return filingsOf(entries.map((e) => join(path, e)).filter((p) => statSync(p).isDirectory() || FILING.test(p)));
  });
}

export interface TableOptions {
  /** Worker threads; 1 reads in this thread. Default: one per core. */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One row per file, in the order of `files`. */
export async function readTable(files: readonly string[], options: TableOptions = {}): Promise<TableRow[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  let done = 0;
  const counted = async (row: Promise<TableRow>) => {
    const r = await row;
    options.onProgress?.(++done, files.length);
    return r;
  };
  if (threads === 1) {
    const rows: TableRow[] = [];
    for (const file of files) rows.push(await counted(rowOfFile(file)));
    return rows;
  }
  const pool = new Piscina({ filename: fileURLToPath(new URL("./worker.js", import.meta.url)), minThreads: threads, maxThreads: threads });
  try {
    return await Promise.all(files.map((file) => counted(pool.run({ file }) as Promise<TableRow>)));
  } finally {
    await pool.destroy();
  }
}
