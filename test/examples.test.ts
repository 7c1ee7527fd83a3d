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
  // R-X13: a plan's terms marked `assumed` (the selectica-2009 reconstruction's) are named in the
  // warnings; no other warning is expected of an example.
  it.each(examples)("%s is answered without errors or warnings other than its plan's assumed terms", async (file) => {
    const r = await cli(["evaluate", join(repoRoot, "examples", file), "--json"]);
    const answer = JSON.parse(r.stdout) as { errors: unknown[]; warnings: { code: string }[] };
    const others = answer.warnings.filter((w) => w.code !== "assumed-term");
    expect({ errors: answer.errors, warnings: others }).toEqual({ errors: [], warnings: [] });
  });

  it("names the selectica-2009 reconstruction's assumed Purchase Price in the warnings (R-X13)", async () => {
    const r = await cli(["evaluate", join(repoRoot, "examples", "08-selectica-2009-exchange.yaml"), "--json"]);
    const answer = JSON.parse(r.stdout) as { warnings: { rule: string; code: string; message: string }[] };
    expect(answer.warnings.filter((w) => w.rule === "R-X13" && w.code === "assumed-term" && w.message.includes("purchasePrice"))).toHaveLength(1);
  });
});
