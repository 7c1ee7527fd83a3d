/**
 * What a dilution scenario comes to, in sentences for people (the memo's bullets and the
 * workbench's Dilution panel): new shares, cash paid on exercise, cash in lieu of fractions (R-14),
 * authorised Common Stock and the Spread (R-11a-iii), each step of the workings with its rule, the
 * notes, and the check against the scenario's own exchange. Pure: a scenario of the analysis in,
 * sentences out.
 */
import type { DilutionScenario } from "./dilution/types.js";
import { dollars, explanationTail, shares } from "./format.js";

export function dilutionSentences(s: DilutionScenario): string[] {
  return [
    `New ${s.security === "common" ? "shares" : "Principal Party shares"}: ${shares(s.newShares)}${s.commonEquivalents ? ` (${shares(s.commonEquivalents)} as Common Stock equivalents for the authorised-share shortfall)` : ""}; shares after: ${shares(s.sharesAfter)}.`,
    s.cashPaidTo === "company" ? `Cash paid to the Company on exercise: ${dollars(s.cashPaidToCompany)}.` : `Cash paid to the Principal Party on exercise: ${dollars(s.cashPaidOnExercise)}.`,
    `Cash in lieu of fractional shares (R-14): ${dollars(s.cashInLieu.total)} for ${s.cashInLieu.fractionalShares} fractional shares (${s.cashInLieu.priceBasis}).`,
    ...(s.kind === "flip-over" ? [] : [`Authorised Common Stock (R-11a-iii): ${s.authorizedSuffices === null ? "not given; assumed to suffice" : s.authorizedSuffices ? "suffices" : `falls ${shares(s.authorizedShortfall)} shares short`}.${s.spreadPerRight !== null ? ` Spread per Right: ${dollars(s.spreadPerRight)}.` : ""}`]),
    ...s.explain.map((e) => `${e.quantity} (${e.rule}): ${e.formula}${explanationTail(e)}`),
    ...s.notes,
    ...(s.check ? [`Check: the scenario's own exchange leaves ${shares(s.check.engineSharesOutstanding)} shares outstanding (${s.check.matches ? "the same" : "different"}).`] : []),
  ];
}
