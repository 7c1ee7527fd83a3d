#!/usr/bin/env node
/**
 * Bundles the `rightsplan` command with esbuild (issue 8 item 8: start-up), run by `npm run build`
 * after tsc. Loading some 200 small modules one by one costs a command about a third of its
 * start-up, and loading a command from one file rather than from a dozen shared chunks saves a
 * sixth more, so each command group is bundled into a file of its own:
 *
 * - dist/cli/bundle-<module>.js: the whole command line limited to one group of commands
 *   (src/cli/commandModules.ts), for `rightsplan evaluate ...`, `rightsplan plan ...`, and so on;
 * - dist/cli/bundle-all.js and its chunks: every command, loaded as each is asked for, for help,
 *   `--version` and unknown commands, and for the groups that one file does not suit: in one file
 *   a library that a group loads only when needed (exceljs for `read --table`, PostgreSQL's
 *   driver) would be loaded by every command of the group;
 * - dist/cli/main.js (the package's `bin`, and what the tests and the scripts run) replaces tsc's:
 *   it picks the bundle of the command asked and runs it.
 *
 * Files found next to the code keep their places: the reader's worker is bundled as
 * dist/cli/worker.js (batch.ts looks for `./worker.js` beside itself), and `../../` from dist/cli
 * is still the package root (examples/, dist/web, dist/server/worker.js). The library's entry
 * points (`rightsplan`, `rightsplan/analysis`, ...) stay tsc's modules.
 *
 * Bundled: the pure JavaScript libraries every command uses; every other dependency (native
 * modules, piscina's workers, the server's, the reader's and the charts' libraries) is loaded from
 * node_modules.
 */
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist/cli");
const main = join(root, "src/cli/main.ts");
/** The bundle's files of the last build, removed before the next (chunk names change with their content). */
const manifest = join(outdir, "bundle-files.json");
const BUNDLED = ["commander", "decimal.js", "fraction.js", "temporal-polyfill", "yaml", "zod"];

/**
 * An esbuild plugin that bundles zod's error messages in English only. The commands word their
 * errors in English and never choose another of zod's locales, yet zod's index loads all of them
 * (some 60 modules, over a third of a command's bundle) at every start; `z.locales` keeps `en`.
 */
const zodInEnglishOnly = {
  name: "zod-in-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(dirname(args.importer), "../locales/index.js"), namespace: "zod-english" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "zod-english" }, (args) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: dirname(args.path) }));
  },
};

const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir,
  external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
  // CommonJS libraries in the bundle require Node's modules: give them a `require`.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  metafile: true,
  logLevel: "warning",
  plugins: [zodInEnglishOnly],
};

/** The command groups: the module each is in ("evaluateCommand") and the commands it defines, from tsc's build of commandModules.ts and its source. */
async function commandGroups() {
  const { COMMAND_MODULES } = await import(pathToFileURL(join(outdir, "commandModules.js")).href);
  const source = readFileSync(join(root, "src/cli/commandModules.ts"), "utf8");
  const modules = [...source.matchAll(/import\("\.\/(\w+)\.js"\)/g)].map((m) => m[1]);
  if (modules.length !== COMMAND_MODULES.length) throw new Error(`bundle-cli: ${modules.length} imports in commandModules.ts for ${COMMAND_MODULES.length} command groups: one import("./<module>.js") per group`);
  return COMMAND_MODULES.map((group, i) => ({ module: modules[i], commands: group.commands }));
}

/** An esbuild plugin that leaves out of the bundle every command group but `module` (never loaded: the dispatcher sends their commands to their own bundles). */
const onlyGroup = (module) => ({
  name: "only-group",
  setup(b) {
    b.onResolve({ filter: /^\.\/\w+\.js$/ }, (args) => (args.importer.endsWith("commandModules.ts") && args.path !== `./${module}.js` ? { path: args.path, external: true } : undefined));
  },
});

if (existsSync(manifest)) for (const file of JSON.parse(readFileSync(manifest, "utf8"))) rmSync(join(outdir, file), { force: true });
rmSync(join(outdir, "main.js.map"), { force: true });

/** Whether a one-file bundle loads a library when it starts (an import from node_modules at its top). */
const loadsLibraries = (result) => Object.values(result.metafile.outputs).some((o) => o.imports.some((i) => i.external && i.kind === "import-statement" && !i.path.startsWith("node:")));
const fileNames = (result) => Object.keys(result.metafile.outputs).map((path) => path.slice(path.lastIndexOf("/") + 1));

const groups = await commandGroups();
const [all, ...perGroup] = await Promise.all([
  build({ ...common, entryPoints: { "bundle-all": main, worker: join(root, "src/reader/table/worker.ts") }, splitting: true }),
  ...groups.map((g) => build({ ...common, entryPoints: { [`bundle-${g.module}`]: main }, plugins: [...common.plugins, onlyGroup(g.module)] })),
]);
const oneFile = groups.filter((g, i) => !loadsLibraries(perGroup[i]));
for (const g of groups) if (!oneFile.includes(g)) rmSync(join(outdir, `bundle-${g.module}.js`));
const bundleOf = Object.fromEntries(oneFile.flatMap((g) => g.commands.map((command) => [command, `./bundle-${g.module}.js`])));
writeFileSync(join(outdir, "main.js"), `#!/usr/bin/env node
// The rightsplan command, written by scripts/bundle-cli.mjs: runs the one-file bundle of the
// command asked, or the bundle of every command (help, --version, the other commands).
const BUNDLE_OF = ${JSON.stringify(bundleOf, null, 2)};
const { runAsProcess } = await import(Object.hasOwn(BUNDLE_OF, process.argv[2] ?? "") ? BUNDLE_OF[process.argv[2]] : "./bundle-all.js");
await runAsProcess();
`);
chmodSync(join(outdir, "main.js"), 0o755); // the package's bin, run as `rightsplan`
writeFileSync(manifest, JSON.stringify([...fileNames(all), ...oneFile.map((g) => `bundle-${g.module}.js`)], null, 2) + "\n");
