/** (b) The dilution of an exchange: each holder's take is the engine's (exchangeTake). */
import { exactRatio } from "../../numbers/wholeUnits.js";
import { dec, formatDecimal, type Dec } from "../../numbers/decimal.js";
import { exchangeRatio, exchangeTake } from "../../agreement/exchange.js";
import { rightsPerShareDecimal } from "../../engine/answer.js";
import { count, money } from "../price.js";
import type { Explanation, AcquirerRow, DilutionScenario } from "./types.js";
import { holdersOf, primaryAcquirer } from "./holders.js";
import { fmt, computeRows, acquirerRow, authorizedFacts, valueExplanations, outcomeOf, possessive } from "./rows.js";
import { type Context, lazyFractionPrice, cashInLieuFacts } from "./context.js";

/** (b) An exchange of the valid Rights for Common Stock at the plan's ratio as adjusted, or the given one. */
export function exchangeDilution(ctx: Context, ratioGiven: string | undefined, portionGiven: string | undefined): DilutionScenario {
  const { state } = ctx;
  const ratio = ratioGiven === undefined ? exchangeRatio(state) : dec(ratioGiven);
  const portion = dec(portionGiven ?? "1");
  const holders = holdersOf(state);
  const exact = exactRatio(ratio);
  const inputs = holders.map((h) => {
    const take = exchangeTake(state, h.index ?? "public", exact, portion);
    return { holder: h, used: take.rights.toNumber(), whole: take.shares, fraction: take.fraction, cashPaid: dec(0) };
  });
  const lazy = lazyFractionPrice(ctx);
  const c = computeRows(inputs, state.sharesOutstanding, ctx.price?.price ?? null, lazy.price);
  const fp = ctx.lite ? { price: null, reason: "not looked up" } : lazy.get();
  if (c.fractions.gt(0) && fp.price === null && !ctx.lite) ctx.questions.push(`Cash in lieu of ${formatDecimal(c.fractions)} fractional shares on the exchange (R-14) needs the Current Market Price on ${ctx.date}: ${fp.reason}`);
  const authorized = authorizedFacts(state, c.newShares);
  const primary = primaryAcquirer(state);
  const acquirer = primary === null ? null : acquirerRow(state, primary, c.rows, c.sharesBefore, c.sharesAfter);
  const used = inputs.reduce((s, i) => s + i.used, 0);
  const notes: string[] = [];
  if (!state.flipIn) notes.push("No Section 11(a)(ii) Event occurred (the Acquiring Person became one through an exception): no Rights are void, and the Acquiring Person's Rights are exchanged too.");
  if ((authorized.authorizedShortfall ?? 0) > 0) notes.push(`The exchange needs ${count(c.newShares)} new shares but only ${count(authorized.authorizedAvailable!)} authorised shares are unissued: the engine refuses such an exchange (R-24).`);
  const explain: Explanation[] = ctx.lite ? [] : [
    { quantity: "exchange ratio", rule: "R-24, R-11p", formula: ratioGiven === undefined ? `${state.terms.values.exchangeRatio} share per Right x ${formatDecimal(state.exchangeMultiplier)} (splits)` : "as the Board set it", value: formatDecimal(ratio) },
    { quantity: "Rights exchanged", rule: "R-24, R-7e", formula: `each holder's valid Rights x ${formatDecimal(portion)}, void Rights get nothing`, value: used },
    { quantity: "new shares", rule: "R-24, R-14", formula: `each holder: floor(Rights x ${formatDecimal(ratio)}), summed`, value: c.newShares },
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: fp.price === null ? "Current Market Price unknown" : `${formatDecimal(c.fractions)} fractional shares x ${money(fp.price)}`, value: fmt(c.cashInLieu), unit: "dollars" },
    ...valueExplanations(c, ctx.price, acquirer),
    ...(ctx.lite ? [] : closedForm(acquirer, ratio, portion, rightsPerShareDecimal(state))),
  ];
  return {
    kind: "exchange",
    title: `Exchange: ${portion.eq(1) ? "every" : formatDecimal(portion.times(100)) + "% of each"} valid Right for ${formatDecimal(ratio)} share(s) of Common Stock (R-24)`,
    rules: ["R-24", "R-7e", "R-11p", "R-14"],
    security: "common",
    perRight: { pay: "0", receive: `${formatDecimal(ratio)} common` },
    rightsUsed: used,
    newShares: c.newShares,
    newCommonShares: c.newShares,
    commonEquivalents: 0,
    cashPaidToCompany: "0",
    cashPaidOnExercise: "0",
    cashPaidTo: "company",
    cashInLieu: cashInLieuFacts(c, fp, ctx.date),
    ...authorized,
    spreadPerRight: null,
    substituteValueOwed: null,
    ...outcomeOf(c, acquirer),
    explain,
    notes,
  };
}

/**
 * The exchange in closed form, to compare with reported figures: with the acquirer at v of the
 * shares and every other share carrying k valid Rights (k = 1 but after a split before the
 * Distribution Date, R-11p: a 1-for-2 reverse split leaves 2 Rights a share and halves r), an
 * exchange of all of them at r shares a Right leaves it v / (v + (1 + kr)(1 - v)); the shorthand
 * "everyone's shares multiply by 1 + kr" (the acquirer's too) gives v / (1 + kr), less than the
 * exact figure.
 */
export function closedForm(acquirer: AcquirerRow | null, ratio: Dec, portion: Dec, rightsPerShare: Dec): Explanation[] {
  if (!acquirer || acquirer.percentBefore === null || !portion.eq(1)) return [];
  const v = dec(acquirer.percentBefore).dividedBy(100);
  const perShare = rightsPerShare.times(ratio);
  const exact = v.dividedBy(v.plus(perShare.plus(1).times(dec(1).minus(v)))).times(100);
  const shorthand = v.dividedBy(perShare.plus(1)).times(100);
  const p = (d: Dec) => `${d.toFixed(4)}%`;
  const one = rightsPerShare.eq(1);
  const r = one ? "r" : "kr";
  const given = one ? `r = ${formatDecimal(ratio)} (every other share carrying one valid Right)` : `r = ${formatDecimal(ratio)}, k = ${formatDecimal(rightsPerShare)} (every other share carrying k valid Rights, R-11p)`;
  return [
    { quantity: `${possessive(acquirer.person)} % after, closed form`, rule: "R-24, R-7e", formula: `v / (v + (1 + ${r})(1 - v)) with v = ${p(v.times(100))}, ${given}`, value: formatDecimal(exact), unit: "percent" },
    { quantity: `${possessive(acquirer.person)} % after, shorthand`, rule: "comparison", formula: `v / (1 + ${r}), as if every share were multiplied by 1 + ${r}, the acquirer's too: ${p(shorthand)}, ${p(exact.minus(shorthand))} below the exact figure`, value: formatDecimal(shorthand), unit: "percent" },
  ];
}
