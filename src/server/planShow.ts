/** `plan show` for the server: the terms in force grouped by the part of the filing they were read from. */
import { termsInForce } from "../terms/inForce.js";
import type { Plan } from "../terms/schema.js";
import type { Instant } from "../time/instant.js";

/** "Item 1" of `Item 1: "quoted text"`; the whole source when it names no part. */
export function sectionOfSource(source: string): string {
  const colon = source.indexOf(":");
  return colon > 0 ? source.slice(0, colon).trim() : source;
}

export function planShow(plan: Plan, at: Instant) {
  const terms = termsInForce(plan, at);
  const sections = new Map<string, { term: string; value: unknown; source: string }[]>();
  for (const [term, value] of Object.entries(terms.values)) {
    const source = terms.sources[term as keyof typeof terms.sources];
    const section = sectionOfSource(source);
    sections.set(section, [...(sections.get(section) ?? []), { term, value, source }]);
  }
  return {
    id: plan.id,
    name: plan.name,
    source: plan.source,
    version: terms.version,
    sections: [...sections].map(([section, list]) => ({ section, terms: list })),
    amendments: plan.amendments.map((a) => ({ id: a.id, name: a.name, date: a.date, effective: a.effective, terms: Object.keys(a.changes) })),
  };
}
