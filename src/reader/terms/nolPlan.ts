/**
 * Whether the plan protects tax benefits (an NOL plan): "Section 382", its regulations ("Section 1.382-3"), "net operating loss
 * carryforwards", "NOLs", "Tax Benefit Preservation Plan", "Tax Asset Protection Rights Plan",
 * "preserve ... tax benefits", news's "protecting its accrued tax benefits"; not one where the text says so ("is not a tax benefits
 * preservation plan").
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const NOL = phrase(`\\bSection\\s+382\\b|\\b1\\.382-\\d|\\bnet\\s+operating\\s+loss(?:es)?\\b|\\bNOLs?\\b|\\btax\\s+(?:benefits?|assets?|attributes?)\\s+(?:preservation|protection)\\b|\\b(?:preserv|protect)\\w*\\s+(?:the\\s+|our\\s+|its\\s+|certain\\s+)?(?:Company's\\s+)?(?:(?:accrued|accumulated|valuable|deferred|significant)\\s+)?(?:tax\\s+(?:benefits|assets|attributes)|net\\s+operating)`);
const NOT_NOL = phrase(`\\bnot\\s+(?:an?\\s+)?(?:NOL|Section\\s+382|tax\\s+benefits?\\s+preservation|tax\\s+asset\\s+protection)\\s+(?:rights\\s+)?(?:plan|agreement)`);

export function nolPlan(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /382|operating\s+loss|NOL|tax/i)) {
    const denied = [...s.text.matchAll(NOT_NOL)];
    for (const m of denied) out.push({ term: "nolPlan", value: false, ...spanOf(s, m), confidence: 0.9 });
    if (denied.length) continue;
    for (const m of s.text.matchAll(NOL)) out.push({ term: "nolPlan", value: true, ...spanOf(s, m), confidence: 0.9 });
  }
  return out;
}
