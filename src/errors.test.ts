import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesOf } from "./errors.js";
import { parsePlan } from "./terms/load.js";
import { InputError } from "./errors.js";

describe("a field that does not belong", () => {
  it("points a scenario's writer to docs/scenario-format.md", () => {
    const result = z.object({ a: z.number() }).strict().safeParse({ a: 1, colour: "red" });
    expect(issuesOf(result.error!)[0].message).toContain("see docs/scenario-format.md");
  });

  it("points a plan terms file's writer to docs/terms.md", () => {
    let error: unknown;
    try {
      parsePlan({ id: "mine", colour: "red" }, "mine");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const unknown = (error as InputError).issues.find((i) => i.path.join(".") === "colour");
    expect(unknown?.message).toContain("see docs/terms.md");
    expect(unknown?.message).not.toContain("scenario-format");
  });
});
