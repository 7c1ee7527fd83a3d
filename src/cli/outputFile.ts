/** Writing a file the user asked for (--out, --chart): a folder that does not exist or cannot be written is said in words, exit 2. */
import { writeFileSync } from "node:fs";
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

export function writeOutputFile(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content);
  } catch (e) {
    const reason = REASONS[(e as NodeJS.ErrnoException).code ?? ""];
    if (reason === undefined) throw e;
    throw new InputError(`cannot write ${path}: ${reason}`, []);
  }
}
