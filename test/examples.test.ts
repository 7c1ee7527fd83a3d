/**
 * The project's own example scenarios (examples/*.yaml) are answered without an error and without a
 * warning: a reader learning from them should not meet an assumption the answer had to make, such
 * as a close dated on a day the NYSE was shut (R-X10).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, repoRoot } from "./support/cli.js";

const examples = readdirSync(join(repoRoot, "examples")).filter((f) => f.endsWith(".yaml"));

describe("examples/", () => {
  it.each(examples)("%s is answered without errors or warnings", async (file) => {
    const r = await cli(["evaluate", join(repoRoot, "examples", file), "--json"]);
    const answer = JSON.parse(r.stdout) as { errors: unknown[]; warnings: unknown[] };
    expect({ errors: answer.errors, warnings: answer.warnings }).toEqual({ errors: [], warnings: [] });
  });
});
