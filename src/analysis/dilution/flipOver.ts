/** (c) The dilution of a flip-over. */
import { exactRatio, sharesAndFraction } from "../../numbers/wholeUnits.js";
import { dec, formatDecimal } from "../../numbers/decimal.js";
import { count, money } from "../price.js";
import { PRINCIPAL_PARTY_HOLDERS, type Explanation, type AcquirerRow, type DilutionScenario } from "./types.js";
import { holdersOf } from "./holders.js";
import { type RowInput, fmt, computeRows, valueExplanations, outcomeOf, lossPercentOf } from "./rows.js";
import type { Context } from "./context.js";

/**
 * (c) A flip-over: valid Rights exercised at rate R for the Principal Party's common stock.
 * Its holders are diluted, not the Company's; their number is not in the scenario, so percentages
 * and values need `principalPartyShares`.
 */
export function flipOverDilution(ctx: Context): DilutionScenario {
  const { state, rate } = ctx;
  const flipOver = state.flipOver!;
  const n = ctx.options.principalPartyShares ?? null;
  const holders = holdersOf(state);
  const perRight = exactRatio(flipOver.sharesPerRight);
  const inputs: RowInput[] = holders.map((h) => {
    const used = dec(h.validRights).times(rate).floor().toNumber();
    return { holder: { ...h, shares: 0 }, used, ...sharesAndFraction(perRight, used), cashPaid: flipOver.exercisePrice.times(used) };
  });
  inputs.unshift({ holder: { person: PRINCIPAL_PARTY_HOLDERS, role: "principal-party", index: null, shares: n, rights: 0, validRights: 0 }, used: 0, whole: dec(0), fraction: dec(0), cashPaid: dec(0) });
  const ppp = flipOver.principalPartyPrice;
  const c = computeRows(inputs, n, n === null ? null : ppp, () => ppp);
  const used = inputs.reduce((s, i) => s + i.used, 0);
  const principal = c.rows[0];
  const loss = principal.netChange === null ? null : dec(principal.netChange).negated();
  const acquirer: AcquirerRow | null =
    n === null
      ? null
      : {
          person: PRINCIPAL_PARTY_HOLDERS,
          members: [],
          sharesBefore: n,
          percentBefore: "100",
          sharesAfter: n,
          percentAfter: principal.percentAfter,
          valueBefore: principal.valueBefore,
          valueAfter: principal.valueAfter,
          lossDollars: fmt(loss),
          lossPercent: loss === null ? null : lossPercentOf(loss, dec(n).times(ppp)),
        };
  if (n === null) ctx.questions.push("The flip-over dilutes the Principal Party's holders: give its shares outstanding (--principal-party-shares) to measure their percentages and values.");
  const spread = flipOver.sharesPerRight.times(ppp).minus(flipOver.exercisePrice);
  const explain: Explanation[] = ctx.lite ? [] : [
    { quantity: "Principal Party shares per Right", rule: "R-13", formula: `${money(flipOver.exercisePrice)} x ${state.terms.values.flipOverMultiple} / ${money(ppp)}`, value: formatDecimal(flipOver.sharesPerRight) },
    { quantity: "Rights exercised", rule: "R-13, R-7e", formula: `each holder's valid Rights x ${formatDecimal(rate)}, whole Rights only`, value: used },
    { quantity: "new Principal Party shares", rule: "R-13, R-14", formula: `each holder: floor(Rights x ${formatDecimal(flipOver.sharesPerRight)}), summed`, value: c.newShares },
    { quantity: "cash paid to the Principal Party", rule: "R-13", formula: `${count(used)} Rights x ${money(flipOver.exercisePrice)}`, value: formatDecimal(c.cashPaid), unit: "dollars" },
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: `${formatDecimal(c.fractions)} fractional shares x ${money(ppp)} (the Principal Party's price)`, value: fmt(c.cashInLieu), unit: "dollars" },
    { quantity: "value moved to the Rights holders", rule: "R-13", formula: `${count(used)} Rights x (${formatDecimal(flipOver.sharesPerRight)} x ${money(ppp)} - ${money(flipOver.exercisePrice)}), before dilution`, value: formatDecimal(spread.times(used)), unit: "dollars" },
    ...valueExplanations(c, n === null ? null : { price: ppp, basis: "Principal Party price", date: null }, acquirer),
  ];
  return {
    kind: "flip-over",
    title: `Flip-over: ${formatDecimal(rate.times(100))}% of the valid Rights exercised for ${formatDecimal(flipOver.sharesPerRight)} Principal Party shares each (R-13)`,
    rules: ["R-13", "R-7e", "R-14"],
    security: "principal-party-common",
    perRight: { pay: formatDecimal(flipOver.exercisePrice), receive: `${formatDecimal(flipOver.sharesPerRight)} principal-party-common` },
    rightsUsed: used,
    newShares: c.newShares,
    newCommonShares: c.newShares,
    commonEquivalents: 0,
    cashPaidToCompany: "0",
    cashPaidOnExercise: formatDecimal(c.cashPaid),
    cashPaidTo: "principal-party",
    cashInLieu: { fractionalShares: formatDecimal(c.fractions), price: formatDecimal(ppp), priceBasis: "the Principal Party's Current Market Price (R-13, R-14)", total: fmt(c.cashInLieu) },
    authorizedCommon: null,
    authorizedAvailable: null,
    authorizedSuffices: null,
    authorizedShortfall: null,
    spreadPerRight: formatDecimal(spread),
    substituteValueOwed: null,
    ...outcomeOf(c, acquirer),
    sharesBefore: n,
    valuePerShareBefore: n === null ? null : formatDecimal(ppp),
    explain,
    notes: [`Cash for the exercise (${money(c.cashPaid)}) is paid to the Principal Party, whose shares are issued.`],
  };
}
