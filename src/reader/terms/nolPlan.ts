/**
 * Whether the plan protects tax benefits (an NOL plan): "Section 382", its regulations ("Section 1.382-3"), "net operating loss
 * carryforwards", "NOLs", "Tax Benefit Preservation Plan", "Tax Asset Protection Rights Plan",
 * "preserve ... tax benefits", news's "protecting its accrued tax benefits"; not one where the text says so ("is not a tax benefits
 * preservation plan"), nor one that no longer needs it ("such protection is no longer required", after the sentence
 * naming the NOLs), nor another plan a news page links to ("Related: Acme sets 4.9% NOL pill | ...").
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";

const NOL = phrase(`\\bSection\\s+382\\b|\\b1\\.382-\\d|\\bnet\\s+operating\\s+loss(?:es)?\\b|\\bNOLs?\\b|\\btax\\s+(?:benefits?|assets?|attributes?)\\s+(?:preservation|protection)\\b|\\b(?:preserv|protect)\\w*\\s+(?:the\\s+|our\\s+|its\\s+|certain\\s+)?(?:Company's\\s+)?(?:(?:accrued|accumulated|valuable|deferred|significant)\\s+)?(?:tax\\s+(?:benefits|assets|attributes)|net\\s+operating)`);
const NOT_NOL = phrase(`\\bnot\\s+(?:an?\\s+)?(?:NOL|Section\\s+382|tax\\s+benefits?\\s+preservation|tax\\s+asset\\s+protection)\\s+(?:rights\\s+)?(?:plan|agreement)`);

const ABOUT_THE_PLAN = /\b(?:plan|rights?|agreement|protect\w*|preserv\w*|382|ownership\s+change|safeguard\w*|limit\w*|use\s+(?:of\s+)?(?:its|the|our))\b/i;
/** Whether a sentence names the tax benefits (NOL, without its flags: tested once per sentence). */
const NAMES_NOL = new RegExp(NOL.source, "i");
/** Protection said to be needed no more ("the Partnership believes that such protection is no longer required"): the plan is no longer an NOL plan. */
const NO_LONGER = phrase(`\\b(?:protection|preservation|restriction|threshold)\\b[^;.]{0,40}?\\bno\\s+longer\\s+(?:required|needed|necessary)\\b`);

/** A news page's links to other stories. */
const NAVIGATION = /^(?:Related(?:\s+(?:stories|articles|news))?|See\s+also|Read\s+more|More\s+from|Most\s+read|Also\s+read)\b\s*:?/i;

export function nolPlan(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  // Said right after (or in) a sentence naming the tax benefits, it outweighs that sentence.
  doc.sentences.forEach((s, i) => {
    const aboutNol = (t: string | undefined) => t !== undefined && NAMES_NOL.test(t);
    if (!aboutNol(s.text) && !aboutNol(doc.sentences[i - 1]?.text)) return;
    for (const m of s.text.matchAll(NO_LONGER)) out.push({ term: "nolPlan", value: false, ...spanOf(s, m), confidence: 0.95 });
  });
  for (const s of sentencesMatching(doc, /382|operating\s+loss|NOL|tax/i)) {
    // A page's links to other stories ("Related: Acme sets 4.9% NOL pill | ...") are not this plan's.
    if (NAVIGATION.test(s.text)) continue;
    const denied = [...s.text.matchAll(NOT_NOL)];
    for (const m of denied) out.push({ term: "nolPlan", value: false, ...spanOf(s, m), confidence: 0.9 });
    if (denied.length) continue;
    // Tax losses named with no word of the plan, of protecting them or of Section 382 (a bidder's argument that investors undervalue them) are not the plan's purpose.
    if (!ABOUT_THE_PLAN.test(s.text)) continue;
    for (const m of s.text.matchAll(NOL)) out.push({ term: "nolPlan", value: true, ...spanOf(s, m), confidence: 0.9 });
  }
  return out;
}
