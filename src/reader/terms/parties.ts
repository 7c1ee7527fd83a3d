/**
 * The two parties of a rights agreement named where no role is written beside the agent: a
 * Canadian agreement's recital of parties ("ACME CORP., a corporation incorporated under the laws
 * of ... OF THE FIRST PART" and "... TRUST COMPANY, a company ... OF THE SECOND PART"), and a
 * certificate legend's "(the "Rights Agreement") between Acme Corp. and Dominion Trust Company", and news's "rights
 * agreement between the Corporation and CST Trust Company" (the agent only).
 * The first party is the company, the second the Rights Agent; a legend's second party must read
 * as an agent (a trust company, a transfer agent, a bank), and a first party that is only a defined term
 * ("between the Trust and ...") names no company.
 */
import { casedPhrase, type Candidate, type ReaderDocument } from "../document.js";
import { DATE } from "../phrases/dates.js";
import { cleanName, isRedacted, NAME } from "../phrases/names.js";
import { CORPORATE, GENERIC } from "./issuer.js";

const DESCRIBED = ",\\s+an?\\s+(?:[a-z]+\\s+){0,2}(?:corporation|company)\\b";
/** "NAME, a corporation ... OF THE FIRST PART ... NAME, a company ... OF THE SECOND PART". */
const BY_PART = casedPhrase(`(${NAME})${DESCRIBED}[^]{0,300}?\\bOF\\s+THE\\s+FIRST\\s+PART\\b[\\s|]*(${NAME})${DESCRIBED}[^]{0,300}?\\bOF\\s+THE\\s+SECOND\\s+PART\\b`);
/** A legend's "(the "Rights Agreement") between NAME and NAME". */
const LEGEND = casedPhrase(`\\(\\s*the\\s+"Rights\\s+Agreement"\\s*\\)\\s+between\\s+(${NAME})\\s+and\\s+(${NAME})`);
/**
 * News's "an amended and restated rights agreement between the Corporation and CST Trust Company", a note's "the Rights
 * Agreement, dated as of ... (the "Rights Agreement"), between the Company and ... Trust Company, N.A.", a prospectus's
 * "the Rights Agreement dated as of ... between us and ... Bank": the company only by its defined term or as "us".
 */
const WITH_DEFINED_COMPANY = casedPhrase(`\\b[Rr]ights\\s+(?:plan\\s+)?[Aa]greement(?:,?\\s+dated\\s+(?:as\\s+of\\s+)?${DATE})?(?:\\s*\\(\\s*the\\s+"Rights\\s+Agreement"\\s*\\))?,?\\s+(?:by\\s+and\\s+)?between\\s+(?:the\\s+(?:Corporation|Company)|us)\\s+and\\s+(${NAME})`);
const AGENT_LIKE = /\b(?:Trust|TRUST|Transfer|TRANSFER|Bank|BANK|Registrar|REGISTRAR|Computershare|COMPUTERSHARE|Equiniti|EQUINITI|Investor\s+Services|INVESTOR\s+SERVICES)\b/;

function usable(raw: string): string | null {
  const name = cleanName(raw);
  return name && !isRedacted(name) && /[A-Za-z]{2}/.test(name) ? name : null;
}

export function parties(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.normal.text;
  for (const [pattern, confidence] of [[BY_PART, 0.8], [LEGEND, 0.75]] as const) {
    for (const m of text.matchAll(pattern)) {
      const company = usable(m[1]!);
      const agent = usable(m[2]!);
      if (!company || !agent || GENERIC.test(company) || !CORPORATE.test(company) || !AGENT_LIKE.test(agent)) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({ term: "company", value: company, ...span, confidence, role: "prior" });
      out.push({ term: "rightsAgent", value: agent, ...span, confidence });
    }
  }
  for (const m of text.matchAll(WITH_DEFINED_COMPANY)) {
    const agent = usable(m[1]!);
    if (agent && AGENT_LIKE.test(agent)) out.push({ term: "rightsAgent", value: agent, start: m.index, end: m.index + m[0].length, confidence: 0.7 });
  }
  return out;
}
