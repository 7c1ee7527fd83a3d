/** (a) The dilution of a flip-in (R-11a-ii). */
import { exactRatio, sharesAndFraction } from "../../numbers/wholeUnits.js";
import { dec, formatDecimal } from "../../numbers/decimal.js";
import type { Split, State } from "../../engine/state.js";
import { isExercisable } from "../../agreement/exercise.js";
import { spreadPerRight } from "../../agreement/flipIn.js";
import { isRedeemable, redemptionDeadline } from "../../agreement/redemption.js";
import { formatNewYork } from "../../time/instant.js";
import { count, money } from "../price.js";
import type { Explanation, DilutionScenario } from "./types.js";
import { holdersOf, primaryAcquirer } from "./holders.js";
import { fmt, computeRows, acquirerRow, authorizedFacts, valueExplanations, outcomeOf } from "./rows.js";
import { type Context, lazyFractionPrice, cashInLieuFacts } from "./context.js";

/** (a) A flip-in: valid Rights exercised at rate R for the Adjustment Shares (R-11a-ii). */
export function flipInDilution(ctx: Context): DilutionScenario {
  const { state, rate } = ctx;
  const flipIn = state.flipIn!;
  const holders = holdersOf(state);
  const perRight = exactRatio(flipIn.sharesPerRight);
  const inputs = holders.map((h) => {
    const used = dec(h.validRights).times(rate).floor().toNumber();
    return { holder: h, used, ...sharesAndFraction(perRight, used), cashPaid: flipIn.exercisePrice.times(used) };
  });
  const lazy = lazyFractionPrice(ctx);
  const c = computeRows(inputs, state.sharesOutstanding, ctx.price?.price ?? null, lazy.price);
  const fp = ctx.lite ? { price: null, reason: "not looked up" } : lazy.get();
  if (c.fractions.gt(0) && fp.price === null && !ctx.lite) ctx.questions.push(`Cash in lieu of ${formatDecimal(c.fractions)} fractional shares on a flip-in exercise (R-14) needs the Current Market Price on ${ctx.date}: ${fp.reason}`);
  const authorized = authorizedFacts(state, c.newShares);
  const short = authorized.authorizedShortfall ?? 0;
  const spread = spreadPerRight(state);
  const primary = primaryAcquirer(state);
  const acquirer = primary === null ? null : acquirerRow(state, primary, c.rows, c.sharesBefore, c.sharesAfter);
  const used = inputs.reduce((s, i) => s + i.used, 0);
  const validRights = holders.reduce((s, h) => s + h.validRights, 0);
  const notes: string[] = [];
  if (state.status === "attached") notes.push("No Distribution Date yet: the Rights are not exercisable (R-7a); this is what exercise would do once they are.");
  else if (!isExercisable(state, state.now)) {
    notes.push(isRedeemable(state, state.now) ? `After a Section 11(a)(ii) Event the Rights are not exercisable while redeemable (R-7-after-flip-in), here until ${formatNewYork(redemptionDeadline(state))}.` : "The Rights are not exercisable as of this date.");
  }
  if (authorized.authorizedSuffices === null) notes.push("Authorised Common Stock not given: assumed to suffice for every exercise (R-11a-iii).");
  if (short > 0) {
    notes.push(
      `Authorised Common Stock falls ${count(short)} shares short (R-11a-iii): the Board must deliver the Spread (${money(spread)} a Right) in cash, other equity, debt or property, or lower the Purchase Price. ` +
        "The engine's entitlement shows it as cash for nothing; this dilution counts the shortfall as Common Stock equivalents of equal value.",
    );
  }
  const explain: Explanation[] = ctx.lite ? [] : [
    { quantity: "Current Market Price on the event date", rule: "R-11d", formula: `average close of ${state.terms.values.currentMarketPriceTradingDays} Trading Days before ${flipIn.date}`, value: formatDecimal(flipIn.currentMarketPrice), unit: "dollars" },
    { quantity: "Adjustment Shares per Right", rule: "R-11a-ii", formula: `${money(flipIn.exercisePrice)} x ${state.terms.values.flipInMultiple} / ${money(flipIn.currentMarketPrice)}${splitNote(state)}`, value: formatDecimal(flipIn.sharesPerRight) },
    { quantity: "valid Rights", rule: "R-7e", formula: `${count(holders.reduce((s, h) => s + h.rights, 0))} Rights - ${count(holders.reduce((s, h) => s + h.rights - h.validRights, 0))} void`, value: validRights },
    { quantity: "Rights exercised", rule: "R-7a, R-14", formula: `each holder's valid Rights x ${formatDecimal(rate)}, whole Rights only`, value: used },
    { quantity: "new shares", rule: "R-11a-ii, R-14", formula: `each holder: floor(Rights x ${formatDecimal(flipIn.sharesPerRight)}), summed`, value: c.newShares },
    { quantity: "cash paid to the Company", rule: "R-7a", formula: `${count(used)} Rights x ${money(flipIn.exercisePrice)}`, value: formatDecimal(c.cashPaid), unit: "dollars" },
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: fp.price === null ? "Current Market Price unknown" : `${formatDecimal(c.fractions)} fractional shares x ${money(fp.price)}`, value: fmt(c.cashInLieu), unit: "dollars" },
    authorized.authorizedCommon === null
      ? { quantity: "authorised Common Stock", rule: "R-11a-iii", formula: "not given: assumed to suffice", value: null }
      : { quantity: "authorised shortfall", rule: "R-11a-iii", formula: `max(0, ${count(c.newShares)} needed - (${count(authorized.authorizedCommon)} authorised - ${count(state.sharesOutstanding)} outstanding))`, value: short },
    { quantity: "Spread per Right", rule: "R-11a-iii", formula: `${money(flipIn.adjustmentSharesValue)} (the Adjustment Shares at the event's ${money(flipIn.currentMarketPrice)}${splitsSinceEvent(state).length ? ", before later splits" : ""}) - ${money(flipIn.exercisePrice)}`, value: formatDecimal(spread), unit: "dollars" },
    ...valueExplanations(c, ctx.price, acquirer),
  ];
  return {
    kind: "flip-in",
    title: `Flip-in: ${formatDecimal(rate.times(100))}% of the valid Rights exercised for ${formatDecimal(flipIn.sharesPerRight)} shares each (R-11a-ii)`,
    rules: ["R-11a-ii", "R-11d", "R-7e", "R-7a", "R-11a-iii", "R-14"],
    security: "common",
    perRight: { pay: formatDecimal(flipIn.exercisePrice), receive: `${formatDecimal(flipIn.sharesPerRight)} common` },
    rightsUsed: used,
    newShares: c.newShares,
    newCommonShares: c.newShares - short,
    commonEquivalents: short,
    cashPaidToCompany: formatDecimal(c.cashPaid),
    cashPaidOnExercise: formatDecimal(c.cashPaid),
    cashPaidTo: "company",
    cashInLieu: cashInLieuFacts(c, fp, ctx.date),
    ...authorized,
    spreadPerRight: formatDecimal(spread),
    substituteValueOwed: short > 0 ? formatDecimal(spread.times(used)) : null,
    ...outcomeOf(c, acquirer),
    explain,
    notes,
  };
}

/** The Common Stock splits after the Section 11(a)(ii) Event, which scale its Adjustment Shares (R-11p, R-X6). */
function splitsSinceEvent(state: State): Split[] {
  return state.splits.filter((s) => s.at > state.flipIn!.at);
}

/** " x 2 (the split of 2004-03-15, R-11p, R-X6)": the factor by which later splits scaled the Adjustment Shares, so that the formula gives its value. */
export function splitNote(state: State): string {
  const later = splitsSinceEvent(state);
  if (!later.length) return "";
  const factor = later.reduce((f, s) => f.times(s.ratio), dec(1));
  return ` x ${formatDecimal(factor)} (the split${later.length > 1 ? "s" : ""} of ${later.map((s) => s.date).join(", ")} since the event, R-11p, R-X6)`;
}
