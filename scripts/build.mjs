#!/usr/bin/env node
/**
 * `npm run build`: the built-in plans bundled as data (scripts/bundle-plans.mjs), the library
 * compiled by tsc into dist/, the built-in plans checked (scripts/check-plans.mjs), the command
 * bundled (scripts/bundle-cli.mjs), and the workbench built (scripts/build-web.mjs). The compile
 * steps run only when their inputs changed since the last build (scripts/inputs-stamp.mjs): tsc
 * alone spends about 5 s of CPU reading the 1,000 declaration files it needs even when nothing
 * changed, and `npm test` builds before every run.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildUnlessUpToDate } from "./inputs-stamp.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const node = (script, ...args) => execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

try {
  node(join(root, "scripts/bundle-plans.mjs"));
  await buildUnlessUpToDate(
    {
      root,
      stamp: "dist/.inputs",
      inputs: ["src", "plans", "tsconfig.json", "tsconfig.build.json", "package-lock.json", "scripts/check-plans.mjs", "scripts/bundle-cli.mjs"],
      outputs: ["dist/index.js", "dist/cli/main.js", "dist/cli/bundle-all.js"],
    },
    () => {
      node(tsc, "-p", "tsconfig.build.json");
      node(join(root, "scripts/check-plans.mjs"));
      node(join(root, "scripts/bundle-cli.mjs"));
    },
  );
  node(join(root, "scripts/build-web.mjs"));
} catch (e) {
  // The failing step has said why (its output is inherited); exit as it did.
  process.exit(typeof e.status === "number" ? e.status : 1);
}
