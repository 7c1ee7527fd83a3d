/** The value model applied to each party (see dilution.ts): shares received, fractions in cash, values before and after, the acquirer's line. */
import { ANSWER_PLACES, dec, formatDecimal, type Dec } from "../../numbers/decimal.js";
import { percentOf } from "../../numbers/ratio.js";
import { personId, type State } from "../../engine/state.js";
import { count, money, type MarketPrice } from "../price.js";
import { PRINCIPAL_PARTY_HOLDERS, PUBLIC_PARTY, type PartyRole, type Explanation, type PartyRow, type AcquirerRow } from "./types.js";
import type { Holder } from "./holders.js";

export interface RowInput {
  readonly holder: Holder | { person: string; role: PartyRole; index: null; name?: string; shares: number | null; rights: number; validRights: number };
  readonly used: number;
  /** The whole shares received, and the fraction of one paid in cash (R-14), counted from the exact ratio (numbers/wholeUnits.ts). */
  readonly whole: Dec;
  readonly fraction: Dec;
  readonly cashPaid: Dec;
}

export interface Computed {
  readonly rows: PartyRow[];
  readonly newShares: number;
  readonly fractions: Dec;
  readonly cashInLieu: Dec | null;
  readonly cashPaid: Dec;
  readonly sharesBefore: number | null;
  readonly sharesAfter: number | null;
  readonly vpsBefore: Dec | null;
  readonly vpsAfter: Dec | null;
}

export const pct = (part: number, whole: number | null) => (whole === null || whole === 0 ? null : formatDecimal(percentOf(part, whole)));

export const fmt = (d: Dec | null) => (d === null ? null : formatDecimal(d));

/** "bidder's", and the plural parties' "principal party's holders'" (not "holders's"). */
export const possessive = (party: string) => (party === PRINCIPAL_PARTY_HOLDERS || party === PUBLIC_PARTY ? `${party}'` : `${party}'s`);

/**
 * A loss as a percentage of the value before: the loss is summed from values the rows give to the
 * answer's 12 places, so the quotient is given to 12 places too (formatDecimal would keep every place
 * of a quotient that happens to terminate: 45.945945945945946 for 68,918.918918918919 / 150,000).
 */
export const lossPercentOf = (loss: Dec, valueBefore: Dec) => formatDecimal(loss.dividedBy(valueBefore).times(100).toDecimalPlaces(ANSWER_PLACES));

/** The rows of a dilution: shares received (fractions in cash at the price `fractionPriceOf` gives, asked only if there are fractions), values under the value model at `price`. */
export function computeRows(inputs: readonly RowInput[], sharesBefore: number | null, price: Dec | null, fractionPriceOf: () => Dec | null): Computed {
  let fractionPriceValue: Dec | null | undefined;
  let newShares = 0;
  let fractions = dec(0);
  let cashPaid = dec(0);
  const partial = inputs.map((input) => {
    const { whole, fraction } = input;
    newShares += whole.toNumber();
    fractions = fractions.plus(fraction);
    cashPaid = cashPaid.plus(input.cashPaid);
    if (fraction.isZero()) return { input, whole: whole.toNumber(), fraction, cash: dec(0) as Dec | null };
    if (fractionPriceValue === undefined) fractionPriceValue = fractionPriceOf();
    return { input, whole: whole.toNumber(), fraction, cash: fractionPriceValue === null ? null : fraction.times(fractionPriceValue) };
  });
  const cashInLieu = partial.some((p) => p.cash === null) ? null : partial.reduce((sum, p) => sum.plus(p.cash!), dec(0));
  const sharesAfter = sharesBefore === null ? null : sharesBefore + newShares;
  const vpsBefore = price;
  const vpsAfter =
    price === null || sharesBefore === null || sharesAfter === null || sharesAfter === 0
      ? null
      : dec(sharesBefore).times(price).plus(cashPaid).minus(cashInLieu ?? 0).dividedBy(sharesAfter);
  const rows = partial.map(({ input, whole, fraction, cash }): PartyRow => {
    const h = input.holder;
    const before = h.shares;
    const after = before === null ? null : before + whole;
    const valueBefore = before === null || price === null ? null : dec(before).times(price);
    const valueAfter = after === null || vpsAfter === null ? null : dec(after).times(vpsAfter);
    const net = valueBefore === null || valueAfter === null || cash === null ? null : valueAfter.plus(cash).minus(input.cashPaid).minus(valueBefore);
    return {
      person: h.person,
      ...(h.name ? { name: h.name } : {}),
      role: h.role,
      rightsVoid: h.role !== "principal-party" && h.rights > 0 && h.validRights === 0,
      rights: h.rights,
      rightsUsed: input.used,
      sharesBefore: before,
      percentBefore: before === null ? null : pct(before, sharesBefore),
      sharesAfter: after,
      percentAfter: after === null ? null : pct(after, sharesAfter),
      sharesReceived: whole,
      fractionalShares: formatDecimal(fraction),
      cashInLieu: fmt(cash),
      cashPaid: formatDecimal(input.cashPaid),
      valueBefore: fmt(valueBefore),
      valueAfter: fmt(valueAfter),
      netChange: fmt(net),
    };
  });
  return { rows, newShares, fractions, cashInLieu, cashPaid, sharesBefore, sharesAfter, vpsBefore, vpsAfter };
}

/** The acquirer's line: the rows of its circle (Affiliates, Associates, group) summed. */
export function acquirerRow(state: State, p: number, rows: readonly PartyRow[], sharesBefore: number | null, sharesAfter: number | null): AcquirerRow {
  const members = state.ownership.circles.of(p).map((q) => personId(state, q));
  const mine = rows.filter((r) => members.includes(r.person));
  const sum = (f: (r: PartyRow) => number | null) => mine.reduce<number | null>((s, r) => (s === null || f(r) === null ? null : s + f(r)!), 0);
  const sumDec = (f: (r: PartyRow) => string | null) => mine.reduce<Dec | null>((s, r) => (s === null || f(r) === null ? null : s.plus(f(r)!)), dec(0));
  const before = sum((r) => r.sharesBefore);
  const after = sum((r) => r.sharesAfter);
  const valueBefore = sumDec((r) => r.valueBefore);
  const net = sumDec((r) => r.netChange);
  const valueAfter = sumDec((r) => r.valueAfter);
  const loss = net === null ? null : net.negated();
  return {
    person: personId(state, p),
    members,
    sharesBefore: before,
    percentBefore: before === null ? null : pct(before, sharesBefore),
    sharesAfter: after,
    percentAfter: after === null ? null : pct(after, sharesAfter),
    valueBefore: fmt(valueBefore),
    valueAfter: fmt(valueAfter),
    lossDollars: fmt(loss),
    lossPercent: loss === null || valueBefore === null || valueBefore.isZero() ? null : lossPercentOf(loss, valueBefore),
  };
}

export function authorizedFacts(state: State, needed: number) {
  if (state.authorizedCommon === undefined) return { authorizedCommon: null, authorizedAvailable: null, authorizedSuffices: null, authorizedShortfall: null };
  const available = Math.max(0, state.authorizedCommon - state.sharesOutstanding);
  return { authorizedCommon: state.authorizedCommon, authorizedAvailable: available, authorizedSuffices: needed <= available, authorizedShortfall: Math.max(0, needed - available) };
}

/** The common part of the three analyses' explanations: the value per share and the acquirer's loss. */
export function valueExplanations(c: Computed, price: MarketPrice | null, acquirer: AcquirerRow | null): Explanation[] {
  const out: Explanation[] = [];
  if (c.vpsAfter !== null && price !== null && c.sharesBefore !== null) {
    out.push({
      quantity: "value per share after",
      rule: "value model",
      formula: `(${count(c.sharesBefore)} shares x ${money(price.price)} + ${money(c.cashPaid)} paid - ${money(c.cashInLieu ?? dec(0))} in lieu) / ${count(c.sharesAfter!)} shares`,
      value: formatDecimal(c.vpsAfter),
      unit: "dollars",
    });
  }
  if (acquirer && acquirer.lossPercent !== null) {
    const cashNet = dec(acquirer.valueBefore!).minus(acquirer.valueAfter!).minus(acquirer.lossDollars!);
    out.push({
      quantity: `${possessive(acquirer.person)} loss`,
      rule: "value model",
      formula: `(${money(dec(acquirer.valueBefore!))} before - ${money(dec(acquirer.valueAfter!))} after${cashNet.isZero() ? "" : ` + ${money(cashNet.negated())} net cash paid`} = ${money(dec(acquirer.lossDollars!))}) / ${money(dec(acquirer.valueBefore!))}`,
      value: `${acquirer.lossPercent}%`,
    });
  }
  if (acquirer && acquirer.percentAfter !== null) {
    out.push({
      quantity: `${possessive(acquirer.person)} ownership`,
      rule: "R-1d",
      formula: `${count(acquirer.sharesBefore!)} / ${count(c.sharesBefore!)} -> ${count(acquirer.sharesAfter!)} / ${count(c.sharesAfter!)}`,
      value: `${acquirer.percentBefore}% -> ${acquirer.percentAfter}%`,
    });
  }
  return out;
}

/** What every kind of dilution reports of its outcome: shares, value per share, the acquirer and the parties. */
export function outcomeOf(c: Computed, acquirer: AcquirerRow | null) {
  return {
    sharesBefore: c.sharesBefore,
    sharesAfter: c.sharesAfter,
    valuePerShareBefore: fmt(c.vpsBefore),
    valuePerShareAfter: fmt(c.vpsAfter),
    acquirer,
    acquirerLossPercent: acquirer?.lossPercent ?? null,
    acquirerLossDollars: acquirer?.lossDollars ?? null,
    parties: c.rows,
  };
}
