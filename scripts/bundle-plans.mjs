#!/usr/bin/env node
/**
 * Bundles the built-in plans (plans/*.yaml) as data into src/terms/builtInPlanData.ts, so that the
 * engine has them without reading a file (issue 8 item 6). Run by `npm run build`; the test
 * src/terms/builtInPlans.test.ts fails when the bundle and plans/ differ.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { writeIfChanged } from "./write-if-changed.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const plansDir = join(root, "plans");
const data = Object.fromEntries(
  readdirSync(plansDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => [f.slice(0, -".yaml".length), parse(readFileSync(join(plansDir, f), "utf8"))]),
);
const text = `/**
 * The built-in plans as data: plans/*.yaml, bundled by scripts/bundle-plans.mjs (\`npm run build\`).
 * Generated: edit plans/ and rebuild, never this file.
 */

/** The ids of the built-in plans, sorted (light to load: \`rightsplan plan list\` needs no more). */
export const BUILT_IN_PLAN_IDS: readonly string[] = ${JSON.stringify(Object.keys(data))};

export const BUILT_IN_PLAN_DATA: Readonly<Record<string, unknown>> = ${JSON.stringify(data, null, 2)};
`;
writeIfChanged(join(root, "src/terms/builtInPlanData.ts"), text);
