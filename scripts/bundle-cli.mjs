#!/usr/bin/env node
/**
 * Bundles the `rightsplan` command with esbuild (issue 8 item 8: start-up), run by `npm run build`
 * after tsc. Loading some 200 small modules one by one costs `evaluate` about a third of its
 * start-up; the bundle is one file per command group, code-split, so that a command still loads
 * only what it needs.
 *
 * The bundle replaces tsc's dist/cli/main.js (the package's `bin`, and what the tests and the
 * scripts run), its chunks beside it in dist/cli/. Files found next to the code keep their
 * places: the reader's worker is bundled as dist/cli/worker.js (batch.ts looks for `./worker.js`
 * beside itself), and `../../` from dist/cli is still the package root (examples/, dist/web,
 * dist/server/worker.js). The library's entry points (`rightsplan`, `rightsplan/analysis`, ...)
 * stay tsc's modules.
 *
 * Bundled: the pure JavaScript libraries every command uses; every other dependency (native
 * modules, piscina's workers, the server's, the reader's and the charts' libraries) is loaded from
 * node_modules when a command asks for it.
 */
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist/cli");
/** The bundle's files of the last build, removed before the next (chunk names change with their content). */
const manifest = join(outdir, "bundle-files.json");
const BUNDLED = ["commander", "decimal.js", "fraction.js", "temporal-polyfill", "yaml", "zod"];

const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
if (existsSync(manifest)) for (const file of JSON.parse(readFileSync(manifest, "utf8"))) rmSync(join(outdir, file), { force: true });
rmSync(join(outdir, "main.js.map"), { force: true });

const result = await build({
  entryPoints: { main: join(root, "src/cli/main.ts"), worker: join(root, "src/reader/table/worker.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
  // CommonJS libraries in the bundle require Node's modules: give them a `require`.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  metafile: true,
  logLevel: "warning",
});
const files = Object.keys(result.metafile.outputs).map((path) => path.slice(path.lastIndexOf("/") + 1));
writeFileSync(manifest, JSON.stringify(files, null, 2) + "\n");
