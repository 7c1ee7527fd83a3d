/**
 * The plan's date (plan term `agreementDate`, the Rights Dividend Declaration Date): the date of
 * the Rights Agreement ("Rights Agreement, dated as of June 1, 2001", "Preferred Stock Rights
 * Agreement originally dated as of September 4, 2002", "Tax Benefit Preservation Plan (the
 * "Plan"), dated as of April 22, 2016"), the day it was entered into ("on September 13, 1996 the
 * Company and the Rights Agent entered into a Rights Agreement"), or the day the Board declared
 * the Rights or adopted the plan ("On March 1, 2001, the Board of Directors ... declared a
 * dividend distribution", "tax benefits preservation plan ("Plan") adopted January 5, 2017").
 * A date that belongs to an amendment ("Amendment No. 1 to Rights Agreement, dated December 22,
 * 2003") or to a registration statement is not the plan's.
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue } from "../phrases/dates.js";

const INSTRUMENT = "(?:rights\\s+(?:plan\\s+)?agreement|(?:tax\\s+benefits?\\s+preservation|tax\\s+asset\\s+protection|(?:stock|share)holder\\s+(?:protection\\s+)?rights|section\\s+382\\s+rights|nol\\s+rights|rights)\\s+plan)";
const AGREEMENT_DATED = phrase(`\\b${INSTRUMENT}(?:\\s*\\([^()]{0,60}\\))?,?\\s+(originally\\s+)?dated\\s+(?:as\\s+of\\s+)?(${DATE})`);
const ENTERED_INTO = phrase(`\\bon\\s+(${DATE}),?\\s+(?:(?!\\bon\\s+${DATE})[^;]){0,160}?\\bentered\\s+into\\s+(?:a|the|that\\s+certain)\\s+(?:[a-z0-9-]+\\s+){0,4}?${INSTRUMENT}`);
const DECLARED = phrase(`\\bon\\s+(${DATE}),?\\s+(?:[^;]{0,60}?\\s)?board\\s+of\\s+directors[^;]{0,120}?\\b(?:declared|adopted|authorized|approved)\\s+(?:and\\s+(?:authorized\\s+and\\s+)?declared\\s+)?(?:a\\s+dividend|a\\s+(?:[a-z0-9-]+\\s+){0,5}?(?:rights\\s+plan|rights\\s+agreement|plan)\\b)`);
const ADOPTED = phrase(`\\b(?:rights|preservation|protection)\\s+plan\\s*(?:\\([^()]{0,40}\\))?,?\\s+(?:was\\s+)?adopted\\s+(?:on\\s+)?(${DATE})`);
/** Text just before "Rights Agreement" that makes the following date an amendment's ("Amendment No. 1 to [the Amended and Restated]"). */
const AMENDMENT_BEFORE = /\b(?:amendments?(?:\s+no\.?\s*\w+(?:\s+and\s+\w+)?)?|(?:first|second|third|fourth|fifth|sixth)\s+amendment)\s+to\s+(?:the\s+)?(?:[a-z0-9]+\s+){0,3}$/i;

export function agreementDate(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  const add = (sentence: Parameters<typeof spanOf>[0], m: RegExpExecArray, group: number, confidence: number) => {
    const value = dateValue(m[group]!);
    if (value) out.push({ term: "agreementDate", value, ...spanOf(sentence, m), confidence, role: "prior" });
  };
  for (const s of sentencesMatching(doc, /dated/i)) {
    for (const m of s.text.matchAll(AGREEMENT_DATED)) {
      if (!AMENDMENT_BEFORE.test(s.text.slice(Math.max(0, m.index - 80), m.index))) add(s, m, 2, m[1] ? 0.95 : 0.9);
    }
  }
  for (const s of sentencesMatching(doc, /entered\s+into/i)) {
    for (const m of s.text.matchAll(ENTERED_INTO)) if (!/amendment/i.test(m[0])) add(s, m, 1, 0.9);
  }
  for (const s of sentencesMatching(doc, /board\s+of\s+directors/i)) for (const m of s.text.matchAll(DECLARED)) add(s, m, 1, 0.85);
  for (const s of sentencesMatching(doc, /plan[^;]{0,60}adopted/i)) for (const m of s.text.matchAll(ADOPTED)) add(s, m, 1, 0.85);
  return out;
}
