/**
 * A bug met inside the engine while it applies an event is answered as an error with the rule
 * "internal" (src/engine/evaluate.ts); the CLI exits 70 for it and says it is a bug, not a rule
 * the scenario breaks. The engine is mocked here to give such an answer.
 */
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cli, repoRoot } from "./support/cli.js";

vi.mock("../src/engine/evaluate.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/engine/evaluate.js")>();
  return {
    ...real,
    evaluateParsed: (...args: Parameters<typeof real.evaluateParsed>) => ({
      ...real.evaluateParsed(...args),
      errors: [{ event: 1, rule: "internal", message: "internal error, please report it with the scenario: TypeError: injected" }],
    }),
  };
});

describe("an internal error in the answer", () => {
  it("exits 70 and says it is a bug, in the text and the JSON output", async () => {
    for (const format of [[], ["--json"]]) {
      const r = await cli(["evaluate", join(repoRoot, "examples/01-bidder-crosses-and-files-13d.yaml"), ...format]);
      expect(r.status).toBe(70);
      expect(r.stderr).toContain("rightsplan: internal error, please report it with the scenario: TypeError: injected");
      expect(r.stderr).toContain("This is a bug in rightsplan");
    }
  });
});
