/**
 * `register import-ocf`: the opening register from an Open Cap Table Format (v1.2) export, a
 * folder of OCF files or an .ocf.zip. Stakeholders holding the Common Stock become holders of
 * record (book-entry, DRS), with the Rights attached to their shares; every bad object is named
 * by its file and line, and nothing is imported from an export with any.
 */
import { contentHash } from "./chain.js";
import { runCommand, type Progress } from "./command.js";
import type { Register } from "./database.js";
import { loadHolders } from "./importHolders.js";
import { holdersOfCommon } from "./ocf/capTable.js";
import { ocfExport, type OcfExport } from "./ocf/exportFiles.js";
import { readOcfObjects } from "./ocf/files.js";
import { badInput, type Result } from "./problems.js";
import { registerPlan } from "./engineFacts.js";
import { readSetting, writeSetting } from "./settings.js";

export interface ImportOcfOptions {
  /** An .ocf.zip file or a folder of OCF JSON files. */
  readonly path: string;
  /**
   * What the export is called in messages and in the command's arguments (default: its path). The
   * server's uploads are "upload.ocf.zip": their temporary path is not the client's to see,
   * and differs each time, so a command sent again under its key would be another command.
   */
  readonly source?: string;
  /** The stock class whose holders are the holders of record (default: the only COMMON class). */
  readonly stockClass?: string;
  readonly sharesOutstanding?: number;
  readonly key?: string;
  readonly onProgress?: Progress;
}

export interface ImportOcfResult {
  readonly holders: number;
  readonly shares: number;
  readonly rights: number;
  readonly stockClass: string;
  readonly objects: number;
  /** Objects of OCF types the register does not read (no shares of record), how many of each type. */
  readonly skipped: Record<string, number>;
  /** Files of the export whose MD5 is not the one its manifest gives (read as they are). */
  readonly warnings: string[];
}

/** R-11p: the Rights per share the export's splits since the Record Date leave, for a register that holds no shares yet. */
async function adjustRightsPerShare(register: Register, rightsPerShare: string, path: string): Promise<void> {
  const current = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  if (rightsPerShare === current) return;
  const anyHolder = await register.db.selectFrom("holders").select("id").limit(1).executeTakeFirst();
  if (anyHolder) badInput("rights-per-share-differs", `${path}: its splits since the Record Date leave ${rightsPerShare} Rights per share (R-11p), but the register already holds shares at ${current}: import it into a new register`);
  await writeSetting(register, "rightsPerShare", rightsPerShare);
}

export async function importOcf(register: Register, options: ImportOcfOptions): Promise<Result<ImportOcfResult>> {
  const source = options.source ?? options.path;
  let exported: OcfExport;
  try {
    exported = await ocfExport(options.path);
  } catch (e) {
    return { ok: false, problem: { kind: "input", code: "unreadable", message: `cannot read the OCF export ${source}: ${(e as Error).message}` } };
  }
  // The export's files are an argument (their SHA-256), as apply's scenario is: an export corrected in place and imported under the same key is another command, refused.
  const content = contentHash(JSON.stringify(exported.files.map((f) => [f.name, f.text])));
  return runCommand(register, { name: "import-ocf", key: options.key, args: { path: source, content, stockClass: options.stockClass ?? null, sharesOutstanding: options.sharesOutstanding ?? null } }, async ({ books, at }) => {
    const objects = readOcfObjects(exported.files);
    const table = holdersOfCommon(objects, (await registerPlan(register)).terms.recordDate.value, options.stockClass);
    const problems = [...exported.problems, ...objects.problems, ...table.problems];
    if (problems.length || !table.stockClass) badInput("bad-ocf", `${source} cannot be imported:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    await adjustRightsPerShare(register, table.rightsPerShare, source);
    const loaded = await loadHolders(register, books, at, table.holders, { source, sharesOutstanding: options.sharesOutstanding, onProgress: options.onProgress });
    return { ...loaded, stockClass: table.stockClass.name, objects: objects.stakeholders.length + objects.stockClasses.length + objects.transactions.length, skipped: objects.skipped, warnings: exported.warnings };
  });
}
