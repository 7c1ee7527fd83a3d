/**
 * `register import-ocf`: the opening register from an Open Cap Table Format (v1.2) export, a
 * folder of OCF files or an .ocf.zip. Stakeholders holding the Common Stock become holders of
 * record (book-entry, DRS), with the Rights attached to their shares; every bad object is named
 * by its file and line, and nothing is imported from an export with any.
 */
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { loadHolders } from "./importHolders.js";
import { holdersOfCommon } from "./ocf/capTable.js";
import { ocfFiles, readOcfObjects } from "./ocf/files.js";
import { badInput, type Result } from "./problems.js";

export interface ImportOcfOptions {
  /** An .ocf.zip file or a folder of OCF JSON files. */
  readonly path: string;
  /** The stock class whose holders are the holders of record (default: the only COMMON class). */
  readonly stockClass?: string;
  readonly sharesOutstanding?: number;
  readonly key?: string;
}

export interface ImportOcfResult {
  readonly holders: number;
  readonly shares: number;
  readonly rights: number;
  readonly stockClass: string;
  readonly objects: number;
  readonly skipped: number;
}

export async function importOcf(register: Register, options: ImportOcfOptions): Promise<Result<ImportOcfResult>> {
  let files: { name: string; text: string }[];
  try {
    files = await ocfFiles(options.path);
  } catch (e) {
    return { ok: false, problem: { kind: "input", code: "unreadable", message: `cannot read the OCF export ${options.path}: ${(e as Error).message}` } };
  }
  return runCommand(register, { name: "import-ocf", key: options.key, args: { path: options.path, stockClass: options.stockClass ?? null } }, async ({ books, at }) => {
    const objects = readOcfObjects(files);
    const table = holdersOfCommon(objects, options.stockClass);
    const problems = [...objects.problems, ...table.problems];
    if (problems.length || !table.stockClass) badInput("bad-ocf", `${options.path} cannot be imported:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    const loaded = await loadHolders(register, books, at, table.holders, options.path, options.sharesOutstanding);
    return { ...loaded, stockClass: table.stockClass.name, objects: objects.stakeholders.length + objects.stockClasses.length + objects.transactions.length, skipped: objects.skipped };
  });
}
