/** Writes `text` to `path` unless the file already holds it (so a generated file's date changes only with its content). */
import { readFileSync, writeFileSync } from "node:fs";

export function writeIfChanged(path, text) {
  let old = "";
  try {
    old = readFileSync(path, "utf8");
  } catch {
    // not written yet
  }
  if (old !== text) writeFileSync(path, text);
}
