/**
 * The shared hand-computed examples (../shared/examples relative to the repository root, read in
 * place, never copied): each `NAME.yaml` evaluated with the library must match `NAME.expect.json`
 * under check_scenarios.py's semantics (support/subset.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/engine/evaluate.js";
import { exitCodeMismatches, subsetMismatches } from "./support/subset.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = resolve(repoRoot, "../shared/examples");

describe("../shared/examples: the shared hand-computed scenarios", () => {
  it("are there to read", () => {
    expect(existsSync(examplesDir), `${examplesDir} is missing: the shared folder sits beside the repository`).toBe(true);
  });

  const files = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith(".yaml")).sort() : [];
  for (const file of files) {
    it(basename(file, ".yaml"), () => {
      const path = join(examplesDir, file);
      const scenario: unknown = parseYaml(readFileSync(path, "utf8"));
      const expected = JSON.parse(readFileSync(path.replace(/\.yaml$/, ".expect.json"), "utf8")) as Record<string, unknown>;
      const answer = evaluate(scenario);
      expect([...subsetMismatches(expected, answer), ...exitCodeMismatches(expected, answer)]).toEqual([]);
    });
  }
});
