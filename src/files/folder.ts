/**
 * Files a scenario names beside it (a plan file, a prices CSV): a relative path that must stay
 * inside the scenario's folder, links followed, so that a scenario cannot make rightsplan read
 * other files.
 */
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** Where `ref` leads inside `folder`: its real path, or why not (it leads outside, or nothing is there). */
export type PlaceInFolder = { readonly path: string } | { readonly outside: true } | { readonly missing: true };

export function placeInFolder(folder: string, ref: string): PlaceInFolder {
  if (isAbsolute(ref)) return { outside: true };
  const path = resolve(folder, ref);
  if (!isInside(folder, path)) return { outside: true };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { missing: true };
  }
  return isInside(realpathSync(folder), real) ? { path: real } : { outside: true };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
