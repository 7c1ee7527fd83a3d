#!/usr/bin/env node
/**
 * Builds the workbench (vite, into dist/web) when its inputs changed since the last build: the
 * workbench's sources (web/), the project's modules it imports (src/), and the locked dependencies.
 * A fingerprint of their contents is kept in dist/web/.inputs; `npm test` builds first, and most
 * runs change no file the workbench is made of. RIGHTSPLAN_BUILD_WEB=always builds regardless.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stamp = join(root, "dist/web/.inputs");

/** Every file under `dir`, in a stable order. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** A fingerprint of the workbench's inputs: each file's path and bytes. */
function fingerprint() {
  const hash = createHash("sha256");
  for (const file of [...filesUnder(join(root, "web")), ...filesUnder(join(root, "src")), join(root, "package-lock.json")]) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const inputs = fingerprint();
if (process.env.RIGHTSPLAN_BUILD_WEB !== "always" && existsSync(join(root, "dist/web/index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8") === inputs) {
  process.stdout.write("dist/web is up to date with web/, src/ and package-lock.json\n");
} else {
  await build({ configFile: join(root, "web/vite.config.ts"), root: join(root, "web"), logLevel: "warn" });
  writeFileSync(stamp, inputs);
}
