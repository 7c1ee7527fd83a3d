#!/usr/bin/env node
/**
 * Builds the workbench (vite, into dist/web) when its inputs changed since the last build: the
 * workbench's sources (web/), the project's modules it imports (src/), and the locked dependencies
 * (scripts/inputs-stamp.mjs; RIGHTSPLAN_BUILD=always builds regardless).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { buildUnlessUpToDate } from "./inputs-stamp.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const built = await buildUnlessUpToDate(
  { root, stamp: "dist/web/.inputs", inputs: ["web", "src", "package-lock.json"], outputs: ["dist/web/index.html"] },
  () => build({ configFile: join(root, "web/vite.config.ts"), root: join(root, "web"), logLevel: "warn" }),
);
if (!built) process.stdout.write("dist/web is up to date with web/, src/ and package-lock.json\n");
