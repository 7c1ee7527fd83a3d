/**
 * Whether a build step's outputs are up to date with its inputs, by content rather than by date:
 * a fingerprint of the inputs' paths and bytes is kept beside the outputs, and the step runs again
 * only when it differs or an output is missing (`npm test` builds first, and most runs change
 * nothing the build is made of). RIGHTSPLAN_BUILD=always rebuilds regardless.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `path` (or `path` itself), in a stable order. */
function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** A fingerprint of the files under `paths` (relative to `root`): each file's path and bytes. */
export function fingerprint(root, paths) {
  const hash = createHash("sha256");
  for (const path of paths) for (const file of filesUnder(join(root, path))) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/**
 * Runs `build` unless the fingerprint of `inputs` is the one stamped in `stamp` and every file of
 * `outputs` exists; stamps the new fingerprint after a build. Returns whether it built.
 */
export async function buildUnlessUpToDate({ root, stamp, inputs, outputs }, build) {
  const now = fingerprint(root, inputs);
  const stampPath = join(root, stamp);
  const fresh = process.env.RIGHTSPLAN_BUILD !== "always" && existsSync(stampPath) && readFileSync(stampPath, "utf8") === now && outputs.every((o) => existsSync(join(root, o)));
  if (fresh) return false;
  await build();
  writeFileSync(stampPath, now);
  return true;
}
