import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { declarationOf, SECTIONS, TERM_NAMES } from "./declarations.js";

describe("the terms' declarations", () => {
  it("declare each term once, in one section", () => {
    const declared = SECTIONS.flatMap((s) => Object.keys(s.terms));
    expect(declared).toEqual(TERM_NAMES);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("cite only rules of the rule book", () => {
    const book = readFileSync(resolve(import.meta.dirname, "../../../shared/spec/rights-plan.md"), "utf8");
    for (const name of TERM_NAMES) for (const rule of declarationOf(name).rules) expect(book, `${name}: ${rule}`).toMatch(new RegExp(`\\*\\*${rule}\\b|\\| ${rule} \\|`));
  });

  it("give each term a standard form or, for the reader, a fallback, never both", () => {
    for (const name of TERM_NAMES) {
      const { standard, readerFallback } = declarationOf(name);
      expect(Boolean(standard) !== Boolean(readerFallback), name).toBe(true);
    }
  });

  it("give each standard form a value within the term's range", () => {
    for (const name of TERM_NAMES) {
      const { standard, range } = declarationOf(name);
      for (const known of [{ agreementDate: "2001-06-01" }, { agreementDate: "2008-02-29", qualifiedOffer: true, nolPlan: true }]) {
        if (standard) expect(range.allows(standard.value(known)), name).toBe(true);
      }
    }
  });

  it("make each sentence state the term that declares it, in a place of its paragraph no other sentence takes", () => {
    const places = new Set<string>();
    for (const name of TERM_NAMES) {
      for (const sentence of declarationOf(name).sentences?.() ?? []) {
        expect(sentence.states, name).toContain(name);
        const place = `${sentence.paragraph} ${sentence.order}`;
        expect(places.has(place), place).toBe(false);
        places.add(place);
      }
    }
  });

  it("let describe state every term in some sentence", () => {
    const stated = new Set(TERM_NAMES.flatMap((name) => declarationOf(name).sentences?.().flatMap((s) => s.states) ?? []));
    expect(TERM_NAMES.filter((name) => !stated.has(name))).toEqual([]);
  });
});
