import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TERM_NAMES } from "./declarations.js";
import { r27Text, termsReference, withReference } from "./reference.js";
import { declarationOf } from "./declarations.js";

const doc = readFileSync(resolve(import.meta.dirname, "../../docs/terms.md"), "utf8");

describe("docs/terms.md", () => {
  it("has the reference of the terms as declared (npm run terms-doc rewrites it)", () => {
    expect(doc).toBe(withReference(doc));
  });

  it("lists every term with its range, standard form and R-27 class", () => {
    const reference = termsReference();
    for (const name of TERM_NAMES) {
      const line = reference.split("\n").find((l) => l.startsWith(`| \`${name}\` (${declarationOf(name).label}) |`));
      expect(line, name).toBeDefined();
      expect(line).toContain(declarationOf(name).range.text);
      expect(line).toContain(r27Text(declarationOf(name).r27));
    }
  });
});
