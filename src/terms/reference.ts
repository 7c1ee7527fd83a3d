/**
 * The reference of every plan term for docs/terms.md, written from the declarations: section,
 * meaning, the rules that read it, range, standard form and how R-27 judges a change after the
 * Distribution Date.
 */
import { SECTIONS, type TermName } from "./declarations.js";
import type { AnyTermDeclaration, R27Class } from "./declare.js";
import { termValueText } from "./valueText.js";

/** The line docs/terms.md keeps above the generated reference (`npm run terms-doc` rewrites what follows it). */
export const REFERENCE_MARKER = "<!-- generated from src/terms/sections by `npm run terms-doc`; do not edit below -->";

/** How R-27 judges a change to the term after the Distribution Date (R-X12), in words. */
export function r27Text(r27: R27Class): string {
  switch (r27.kind) {
    case "time-period":
      return "time period: may be shortened or lengthened";
    case "descriptive":
      return `descriptive: may change (${r27.why})`;
    case "cannot-judge":
      return `cannot judge: refused (${r27.why})`;
    case "holder-favourable":
      return `holder-favourable only: ${directionText(r27)}`;
  }
}

function directionText(r27: Extract<R27Class, { kind: "holder-favourable" }>): string {
  if (r27.direction === "toward") return `may only change to ${termValueText(r27.toward)}`;
  if (r27.direction === "narrower") return r27.how;
  return { lower: "may only go down (none counts as lowest)", higher: "may only go up", "no-additions": "nothing may be added" }[r27.direction];
}

/** The standard form in words, for a plan dated 2001-06-01 where it depends on the plan's date. */
function standardText(declaration: AnyTermDeclaration): string {
  const { standard } = declaration;
  if (!standard) return "none: a plan file must give it";
  const known = { agreementDate: "2001-06-01" };
  return `${termValueText(standard.value(known))} — ${standard.reason(known)}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function row(name: TermName, d: AnyTermDeclaration): string {
  const range = d.relation ? `${d.range.text}; ${d.relation.text} (${d.relation.other})` : d.range.text;
  const rules = d.rules.length ? d.rules.join(", ") : "none (stated only)";
  return `| \`${name}\` (${cell(d.label)}) | ${cell(d.meaning)} | ${rules} | ${cell(range)} | ${cell(standardText(d))} | ${cell(r27Text(d.r27))} |`;
}

/** The reference, one table per Agreement section. */
export function termsReference(): string {
  return SECTIONS.map((s) => [
    `### ${s.section}: ${s.title}`,
    "",
    "| term | meaning | rules | range | standard form | R-27 after the Distribution Date |",
    "|---|---|---|---|---|---|",
    ...Object.entries(s.terms).map(([name, d]) => row(name as TermName, d as AnyTermDeclaration)),
  ].join("\n")).join("\n\n") + "\n";
}

/** docs/terms.md with its reference rewritten: the text down to REFERENCE_MARKER kept, the reference after it. */
export function withReference(doc: string): string {
  const at = doc.indexOf(REFERENCE_MARKER);
  if (at === -1) throw new Error(`docs/terms.md has no line ${REFERENCE_MARKER}`);
  return `${doc.slice(0, at + REFERENCE_MARKER.length)}\n\n${termsReference()}`;
}
