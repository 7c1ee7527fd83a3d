/** Writing a file the user asked for (--out, --chart): a folder that does not exist or cannot be written is said in words, exit 2. */
import { statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../errors.js";

const REASONS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of its path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
};

function cannotWrite(path: string, e: unknown): InputError {
  const reason = REASONS[(e as NodeJS.ErrnoException).code ?? ""];
  if (reason === undefined) throw e;
  return new InputError(`cannot write ${path}: ${reason}`, []);
}

/**
 * Refuses, before a command does its work, an output file whose folder does not exist (or is a
 * file), or that is itself a folder: the answer is not printed and then followed by an error.
 */
export function checkOutputFolders(...paths: readonly (string | undefined)[]): void {
  for (const path of paths) {
    if (path === undefined) continue;
    try {
      if (!statSync(dirname(path)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    } catch (e) {
      throw cannotWrite(path, e);
    }
  }
}

export function writeOutputFile(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content);
  } catch (e) {
    throw cannotWrite(path, e);
  }
}
