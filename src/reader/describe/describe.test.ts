import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../files/plans.js";
import { declarationOf, TERM_NAMES } from "../../terms/declarations.js";
import { termsWith } from "../../terms/inForce.js";
import { newYorkInstant } from "../../time/instant.js";
import { describePlan } from "./describe.js";

const builtIn = loadPlan("net-perceptions");
const fixture = (name: string) => loadPlan(resolve(import.meta.dirname, "../../../test/fixtures/plans", name));

describe("describePlan", () => {
  it("gives every sentence of the Markdown a footnote listing the terms it states, and states every term", () => {
    const md = describePlan(fixture("nol-tax-benefits.yaml"), { format: "md" });
    const notes = new Map([...md.matchAll(/^\[\^(\d+)\]: terms: (.+)$/gm)].map((m) => [m[1]!, m[2]!.split(", ")]));
    const body = md.slice(0, md.indexOf("\n[^1]:"));
    const paragraphs = body.split("\n\n").filter((p) => p.trim() && !p.startsWith("#")).map((p) => p.replace(/\n/g, " ").trim());
    for (const p of paragraphs) {
      const sentences = p.split(/(?<=\[\^\d+\]\.)\s/);
      for (const s of sentences) expect(s, s).toMatch(/\[\^\d+\]\.$/);
    }
    const stated = new Set([...notes.values()].flat());
    const plan = fixture("nol-tax-benefits.yaml");
    const adopted = termsWith(plan, []).values;
    const sentences = TERM_NAMES.flatMap((term) => declarationOf(term).sentences?.() ?? []);
    const saying = sentences.filter((sentence) => (sentence.text(adopted) ?? []).length > 0);
    for (const term of saying.flatMap((sentence) => sentence.states)) expect(stated, term).toContain(term);
    expect(stated.size).toBeGreaterThan(25);
    expect(stated).toContain("amendment-1.effective");
  });

  it("wraps every sentence of the HTML in a span naming its terms", () => {
    const html = describePlan(builtIn, { format: "html" });
    const spans = [...html.matchAll(/<span data-terms="([^"]*)">([^<]*)<\/span>/g)];
    expect(spans.length).toBeGreaterThan(15);
    expect(html.replace(/<span data-terms="[^"]*">[^<]*<\/span>|<\/?(?:p|article|h1|h2)\b[^>]*>|[^<]*(?=<\/h[12]>)|\s/g, "")).toBe("");
    expect(spans.find((s) => s[2]!.includes("purchase price of $15"))?.[1]).toBe("unitDescription unitFraction unitsPerRight purchasePrice");
  });

  it("numbers the terms of each sentence in plain text", () => {
    const text = describePlan(builtIn, { format: "text", at: newYorkInstant("2004-01-01", "12:00") }).replace(/\s+/g, " ");
    expect(text).toContain("Terms stated by each sentence:");
    expect(text).toMatch(/at least 85% of the outstanding shares/);
    expect(text).toMatch(/\[\d+\] terms: qualifiedTransaction\b/);
  });

  it("describes the terms in force at a date, or the plan as adopted and then what each amendment changed", () => {
    const before = describePlan(builtIn, { format: "md", at: newYorkInstant("2002-01-01", "12:00") });
    expect(before).not.toContain("Qualified Transaction");
    expect(before).toContain("net-perceptions@2001-06-01");
    const whole = describePlan(builtIn, { format: "md" }).replace(/\n(?!\n|#)/g, " ");
    const amendment = whole.slice(whole.indexOf("## Amendment No. 1"));
    expect(amendment).toContain("entered into Amendment No. 1 to Rights Agreement, dated December 22, 2003");
    expect(amendment).toContain("Qualified Transaction");
    expect(amendment).not.toContain("purchase price");
  });

  it("says which terms the plan's sources do not state (R-X13: assumed), and why, where a sentence states one", () => {
    // Selectica's terms file assumes, among others, the Purchase Price: its description read "at a purchase price of $15 per Unit" as if filed.
    const selectica = loadPlan("selectica-2009");
    const md = describePlan(selectica, { format: "md" });
    expect(md).toContain("Some terms below are assumed, not stated by the filings the plan was read from (R-X13)");
    const note = md.match(/^\[\^\d+\]: terms: unitDescription, unitFraction, unitsPerRight, purchasePrice — (.+)$/m)?.[1];
    expect(note).toContain("purchasePrice (the Purchase Price is not in the sources consulted");
    expect(md).toMatch(/^\[\^\d+\]: terms: agreementDate, rightsAgent$/m);
    // The NOL amendment states the threshold and the grandfather date it changes: not assumed there.
    expect(md).toMatch(/^\[\^\d+\]: terms: grandfatherDate, acquiringPersonThresholdPercent$/m);
    const html = describePlan(selectica, { format: "html" });
    expect(html).toMatch(/<span data-terms="unitDescription unitFraction unitsPerRight purchasePrice" data-assumed="unitFraction unitsPerRight purchasePrice" title="[^"]*">[^<]*purchase price of \$15/);
    // A plan whose every term is read from its filing says nothing of the kind.
    expect(describePlan(builtIn, { format: "md" })).not.toMatch(/assumed/);
  });
});
