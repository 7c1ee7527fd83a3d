/** `rightsplan plan show` as text: the terms in force, by the Agreement section each belongs to, each with its source. */
import { termValueText } from "../terms/valueText.js";
import type { TermsInForce } from "../terms/inForce.js";
import { SECTIONS, declarationOf, type TermName } from "../terms/declarations.js";
import type { Plan } from "../terms/schema.js";
import { countText } from "../numbers/readableText.js";

/** `asOf`: the instant whose terms these are, in words; undefined for the terms with every amendment in force (as `diff` words it). */
export function formatPlan(plan: Plan, terms: TermsInForce, asOf: string | undefined): string {
  const when = asOf === undefined ? "terms with every amendment in force" : `terms in force on ${asOf}`;
  const out = [`${plan.name} (${terms.version}), ${when}`, `source: ${plan.source}`];
  for (const section of SECTIONS) {
    out.push("", `${section.section}: ${section.title}`);
    for (const name of Object.keys(section.terms) as TermName[]) {
      out.push(`  ${declarationOf(name).label} (${name}): ${valueText(terms.values[name])}`, `      ${terms.sources[name]}`);
    }
  }
  if (plan.amendments.length) {
    out.push("", "Amendments:");
    for (const a of plan.amendments) out.push(`  ${a.id} (${a.name ?? a.id}), dated ${a.date}, effective ${a.effective}: ${Object.keys(a.changes).join(", ")}`);
  }
  return out.join("\n");
}

/** A term's value for people: a count with its digits grouped (1,500,000), any other value as written (a company "CIK 1178711 issuer" keeps its digits). */
function valueText(value: unknown): string {
  return typeof value === "number" ? countText(value) : termValueText(value);
}
