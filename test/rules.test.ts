/**
 * The rule catalogue for users (item 13 of issue 8): every rule of the rule book is in it, the
 * seed's words it quotes are the seed's, docs/rules.md is generated from it and current, and
 * `rightsplan rules [ID]` prints a rule, its section and the seed's words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_TEXT, RULES, type RuleId } from "../src/agreement/rules.js";
import { eventSchema } from "../src/scenario/schema.js";
import { rulesMarkdown } from "../src/cli/ruleBook.js";
import { cli, repoRoot } from "./support/cli.js";

const shared = join(repoRoot, "../shared");
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const seed = collapse(readFileSync(join(shared, "seeds/000_208d602dd66c619c.txt"), "utf8"));
const ruleIds = Object.keys(RULES) as RuleId[];

describe("the rule catalogue", () => {
  it("has every rule of the rule book, each with a summary", () => {
    const book = readFileSync(join(shared, "spec/rights-plan.md"), "utf8");
    const cited = new Set([...book.matchAll(/\*\*(R-[A-Za-z0-9-]+)/g), ...book.matchAll(/^\| (R-X\d+) \|/gm)].map((m) => m[1]!));
    expect(cited.size).toBeGreaterThan(40);
    expect([...cited].filter((id) => !(id in RULES))).toEqual([]);
    for (const id of ruleIds) expect(RULE_TEXT[id].summary.length, id).toBeGreaterThan(40);
  });

  it("quotes the seed word for word (whitespace aside), in order where words are left out", () => {
    for (const id of ruleIds) {
      for (const { words } of RULE_TEXT[id].seed) {
        let from = 0;
        for (const piece of words.split(" ... ")) {
          const at = seed.indexOf(collapse(piece), from);
          expect(at, `${id}: "${piece}"`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
      }
    }
  });

  it("generates docs/rules.md, which is current (npm run docs:rules)", async () => {
    const page = readFileSync(join(repoRoot, "docs/rules.md"), "utf8");
    expect(page).toBe(rulesMarkdown());
    expect((await cli(["rules", "--markdown"])).stdout).toBe(page);
    for (const id of ruleIds) expect(page).toContain(`## ${id}\n`);
  });
});

describe("rightsplan rules", () => {
  it("prints one rule: its section, what it does and the seed's words", async () => {
    const r = await cli(["rules", "r-23"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^R-23: Redemption\n {2}Section 23 of the Rights Agreement\n/);
    expect(r.stdout).toContain("The seed, Item 1:");
    expect(r.stdout).toContain('"At any time until 10 days following the Stock Acquisition Date, the Company may redeem the');
    expect((await cli(["rules", "R-X11"])).stdout).toContain("The seed does not state this rule: a reading decided where the seed is silent");
  });

  it("prints every rule after an index when given no id", async () => {
    const r = await cli(["rules"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}R-1ff +Section 1\(ff\) +Stock Acquisition Date$/m);
    for (const id of ruleIds) expect(r.stdout).toContain(`\n${id}: ${RULES[id].title}\n`);
  });

  it("with --plan, adds the terms of that plan the rule reads, in force at --as-of, with their words", async () => {
    const r = await cli(["rules", "R-23", "--plan", "net-perceptions", "--as-of", "2003-12-21"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("(net-perceptions@2001-06-01), the terms this rule reads:\n");
    expect(r.stdout).toMatch(/\n {4}Redemption Price \(redemptionPrice\): 0\.01\n {6}Item 1: /);
    expect(r.stdout).toContain("    days to redeem after the Stock Acquisition Date (redemptionDaysAfterStockAcquisition): 10\n");
    expect((await cli(["rules", "R-T4", "--plan", "selectica-2009"])).stdout).toContain("has no term for this rule: it applies as written above.");
  });

  it("asks for a rule id with --plan, and for --plan with --as-of (exit 2)", async () => {
    for (const args of [["rules", "--plan", "net-perceptions"], ["rules", "R-23", "--as-of", "2004-01-02"]]) {
      const r = await cli(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/--plan/);
    }
  });

  it("refuses an unknown rule with exit 2, saying where the list is", async () => {
    const r = await cli(["rules", "R-99"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('there is no rule "R-99"');
  });
});

describe("docs/scenario-format.md", () => {
  it("explains every event type and every part of a scenario", () => {
    const page = readFileSync(join(repoRoot, "docs/scenario-format.md"), "utf8");
    const types = eventSchema.options.map((o) => o.shape.type.value);
    expect(types.length).toBeGreaterThan(20);
    for (const type of types) expect(page, type).toContain(`| \`${type}\` |`);
    for (const field of ["plan", "asOf", "company", "persons", "holdings", "options", "prices", "events"]) expect(page, field).toContain(`| \`${field}\` |`);
  });
});
