/**
 * Dilution of a Triggering Event: what a flip-in (R-11a-ii), an exchange (R-24) or a flip-over
 * (R-13) does to each party, from the engine's state. Pure: state in, numbers out. Shares are
 * integers, money and prices exact decimals; every number carries the rule and the formula that
 * produced it (`explain`).
 *
 * The value model (stated in every answer): P is the market price of the Common Stock (the latest
 * close on or before the as-of date unless the user states one). Before, a share is worth P. After,
 *
 *     value per share = (shares before x P + cash paid on exercise - cash paid in lieu of fractions)
 *                       / shares after,
 *
 * a party's holding is worth its shares times that, and its net change adds the cash it received
 * in lieu of fractions (R-14) and subtracts what it paid to exercise. The Rights themselves carry
 * no separate value. The changes of all parties sum to zero: the pill moves value, it creates none.
 */
import { dec, formatDecimal, type Dec } from "../numbers/decimal.js";
import { percentOf } from "../numbers/ratio.js";
import { personId, publicShares, type State } from "../engine/state.js";
import type { AnswerError } from "../engine/answer.js";
import { exchangeRatio, exchangeTake, isExchangeAvailable } from "../agreement/exchange.js";
import { isExercisable } from "../agreement/exercise.js";
import { spreadPerRight } from "../agreement/flipIn.js";
import { isRedeemable, redemptionDeadline } from "../agreement/redemption.js";
import { publicRights, rightsOf, validRightsOf } from "../agreement/voidRights.js";
import { formatNewYork, newYorkDateOf, type Instant } from "../time/instant.js";
import type { ParsedScenario } from "../scenario/parse.js";
import { baseRun, type AnalysisOptions, type BaseRun } from "./base.js";
import { count, fractionPrice, marketPrice, money, type MarketPrice } from "./price.js";

export type DilutionKind = "flip-in" | "exchange" | "flip-over";

export type PartyRole = "acquiring-person" | "void-rights" | "holder" | "public" | "principal-party";

export const PUBLIC_PARTY = "all other holders";
export const PRINCIPAL_PARTY_HOLDERS = "principal party's holders";

export const VALUE_MODEL =
  "P is the market price of the Common Stock (the latest close on or before the as-of date, or --price). Before, a share is worth P. " +
  "After: value per share = (shares before x P + cash paid on exercise - cash in lieu of fractions) / shares after; a party's value = its shares x that value per share; " +
  "its net change adds cash received in lieu of fractions (R-14) and subtracts cash paid on exercise. Rights carry no separate value. " +
  "Shares are those held of record (R-1d(i)); rights to acquire shares not yet outstanding are left out. " +
  "Where authorised Common Stock falls short (R-11a-iii) the rest is taken to be delivered as Common Stock equivalents of equal value (e.g. Units of Preferred), counted as shares.";

export interface DilutionOptions {
  /** R: the fraction of the valid Rights exercised under a flip-in or flip-over (default "1"). */
  readonly exerciseRate?: string;
  /** P of the value model; default: the latest close on or before the as-of date. */
  readonly price?: string;
  /** Shares of the Principal Party's common stock outstanding, to measure a flip-over's dilution of its holders. */
  readonly principalPartyShares?: number;
  /** Exchange ratio and portion (R-24); default: those of the scenario's exchange event, else the plan's ratio as adjusted and all Rights. */
  readonly exchangeRatio?: string;
  readonly exchangePortion?: string;
}

/** One step of a computation: what it is, the rule, the formula with its values, the result. */
export interface Explanation {
  readonly quantity: string;
  readonly rule: string;
  readonly formula: string;
  readonly value: string | number | null;
}

export interface PartyRow {
  person: string;
  name?: string;
  role: PartyRole;
  rightsVoid: boolean;
  /** Rights held before (void ones included). */
  rights: number;
  /** Rights exercised or exchanged. */
  rightsUsed: number;
  sharesBefore: number | null;
  percentBefore: string | null;
  sharesAfter: number | null;
  percentAfter: string | null;
  /** Shares (or Principal Party shares) received, fractions dropped (R-14). */
  sharesReceived: number;
  fractionalShares: string;
  cashInLieu: string | null;
  cashPaid: string;
  valueBefore: string | null;
  valueAfter: string | null;
  netChange: string | null;
}

export interface AcquirerRow {
  person: string;
  /** The Persons whose holdings count as the acquirer's (its Affiliates, Associates and group, R-1b, R-1d). */
  members: string[];
  sharesBefore: number | null;
  percentBefore: string | null;
  sharesAfter: number | null;
  percentAfter: string | null;
  valueBefore: string | null;
  valueAfter: string | null;
  lossDollars: string | null;
  lossPercent: string | null;
}

export interface DilutionScenario {
  kind: DilutionKind;
  title: string;
  rules: string[];
  /** What the new shares are shares of. */
  security: "common" | "principal-party-common";
  perRight: { pay: string; receive: string };
  rightsUsed: number;
  /** New shares (and Common Stock equivalents, R-11a-iii) issued, fractions paid in cash. */
  newShares: number;
  /** Of `newShares`, those authorised Common Stock covers, and the equivalents beyond it. */
  newCommonShares: number;
  commonEquivalents: number;
  sharesBefore: number | null;
  sharesAfter: number | null;
  cashPaidToCompany: string;
  /** Cash paid on exercise, and to whom (the Company, or the Principal Party on a flip-over). */
  cashPaidOnExercise: string;
  cashPaidTo: "company" | "principal-party";
  cashInLieu: { fractionalShares: string; price: string | null; priceBasis: string; total: string | null };
  authorizedCommon: number | null;
  authorizedAvailable: number | null;
  /** null: no authorised number given, assumed to suffice (R-11a-iii). */
  authorizedSuffices: boolean | null;
  authorizedShortfall: number | null;
  /** R-11a-iii: value of the Adjustment Shares less the Purchase Price, owed per Right where shares fall short (flip-in only). */
  spreadPerRight: string | null;
  /** R-11a-iii where shares fall short: the Spread on every Right exercised, owed in value if no Adjustment Shares are delivered (the engine's entitlement: cash for nothing). */
  substituteValueOwed: string | null;
  valuePerShareBefore: string | null;
  valuePerShareAfter: string | null;
  acquirer: AcquirerRow | null;
  acquirerLossPercent: string | null;
  acquirerLossDollars: string | null;
  parties: PartyRow[];
  explain: Explanation[];
  notes: string[];
  /** When the scenario itself made this exchange: the engine's shares outstanding after it, for comparison. */
  check?: { engineSharesOutstanding: number; matches: boolean };
}

export interface DilutionAnalysis {
  asOf: string;
  /** The instant of the state analysed (before the first exchange, exercise or redemption of the scenario). */
  baseAsOf: string;
  base: string;
  planVersion: string;
  company: string;
  sharesOutstanding: number;
  /** R-1a's threshold in force, percent. */
  thresholdPercent: string;
  marketPrice: { price: string; basis: string } | null;
  exerciseRate: string;
  valueModel: string;
  scenarios: DilutionScenario[];
  notApplicable: { kind: DilutionKind; rule: string; reason: string }[];
  openQuestions: string[];
  errors: AnswerError[];
}

interface Holder {
  readonly person: string;
  readonly name?: string;
  readonly index: number | null;
  readonly shares: number;
  readonly rights: number;
  readonly validRights: number;
  readonly role: PartyRole;
}

/** The holders of Common Stock and Rights: every named Person with shares or Rights, then all other holders. */
export function holdersOf(state: State): Holder[] {
  const holders: Holder[] = [];
  state.persons.forEach((person, p) => {
    const shares = state.ownership.heldOf(p);
    const rights = rightsOf(state, p);
    if (shares === 0 && rights === 0 && !state.acquiring.has(p)) return;
    const isVoid = state.voidHolders.has(p);
    holders.push({
      person: person.id,
      name: person.name,
      index: p,
      shares,
      rights,
      validRights: validRightsOf(state, p),
      role: state.acquiring.has(p) ? "acquiring-person" : isVoid ? "void-rights" : "holder",
    });
  });
  const rights = publicRights(state);
  holders.push({ person: PUBLIC_PARTY, index: null, shares: publicShares(state), rights, validRights: validRightsOf(state, "public"), role: "public" });
  return holders;
}

/** The primary acquirer: the Person whose crossing was the flip-in, else the earliest Acquiring Person. */
export function primaryAcquirer(state: State): number | null {
  if (state.flipIn && state.acquiring.has(state.flipIn.person)) return state.flipIn.person;
  const first = [...state.acquiring.entries()].sort((a, b) => a[1].since - b[1].since)[0];
  return first ? first[0] : null;
}

interface RowInput {
  readonly holder: Holder | { person: string; role: PartyRole; index: null; name?: string; shares: number | null; rights: number; validRights: number };
  readonly used: number;
  readonly received: Dec;
  readonly cashPaid: Dec;
}

interface Computed {
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

const pct = (part: number, whole: number | null) => (whole === null || whole === 0 ? null : formatDecimal(percentOf(part, whole)));
const fmt = (d: Dec | null) => (d === null ? null : formatDecimal(d));

/** The rows of a dilution: shares received (fractions in cash at the price `fractionPriceOf` gives, asked only if there are fractions), values under the value model at `price`. */
function computeRows(inputs: readonly RowInput[], sharesBefore: number | null, price: Dec | null, fractionPriceOf: () => Dec | null): Computed {
  let fractionPriceValue: Dec | null | undefined;
  let newShares = 0;
  let fractions = dec(0);
  let cashPaid = dec(0);
  const partial = inputs.map((input) => {
    const whole = input.received.floor();
    const fraction = input.received.minus(whole);
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
function acquirerRow(state: State, p: number, rows: readonly PartyRow[], sharesBefore: number | null, sharesAfter: number | null): AcquirerRow {
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
    lossPercent: loss === null || valueBefore === null || valueBefore.isZero() ? null : formatDecimal(loss.dividedBy(valueBefore).times(100)),
  };
}

function authorizedFacts(state: State, needed: number) {
  if (state.authorizedCommon === undefined) return { authorizedCommon: null, authorizedAvailable: null, authorizedSuffices: null, authorizedShortfall: null };
  const available = Math.max(0, state.authorizedCommon - state.sharesOutstanding);
  return { authorizedCommon: state.authorizedCommon, authorizedAvailable: available, authorizedSuffices: needed <= available, authorizedShortfall: Math.max(0, needed - available) };
}

interface Context {
  readonly state: State;
  readonly date: string;
  readonly price: MarketPrice | null;
  readonly rate: Dec;
  readonly options: DilutionOptions;
  readonly questions: string[];
  /** For sweeps: numbers only, no explanations or notes. */
  readonly lite: boolean;
}

type FractionPrice = ReturnType<typeof fractionPrice>;

/** R-14's price, looked up once and only when needed. */
function lazyFractionPrice(ctx: Context): { get: () => FractionPrice; price: () => Dec | null } {
  let fp: FractionPrice | undefined;
  const get = () => (fp ??= fractionPrice(ctx.state, ctx.date));
  return { get, price: () => get().price };
}

/** The common part of the three analyses' explanations: the value per share and the acquirer's loss. */
function valueExplanations(c: Computed, price: MarketPrice | null, acquirer: AcquirerRow | null): Explanation[] {
  const out: Explanation[] = [];
  if (c.vpsAfter !== null && price !== null && c.sharesBefore !== null) {
    out.push({
      quantity: "value per share after",
      rule: "value model",
      formula: `(${count(c.sharesBefore)} shares x ${money(price.price)} + ${money(c.cashPaid)} paid - ${money(c.cashInLieu ?? dec(0))} in lieu) / ${count(c.sharesAfter!)} shares`,
      value: formatDecimal(c.vpsAfter),
    });
  }
  if (acquirer && acquirer.lossPercent !== null) {
    const cashNet = dec(acquirer.valueBefore!).minus(acquirer.valueAfter!).minus(acquirer.lossDollars!);
    out.push({
      quantity: `${acquirer.person}'s loss`,
      rule: "value model",
      formula: `(${money(dec(acquirer.valueBefore!))} before - ${money(dec(acquirer.valueAfter!))} after${cashNet.isZero() ? "" : ` + ${money(cashNet.negated())} net cash paid`} = ${money(dec(acquirer.lossDollars!))}) / ${money(dec(acquirer.valueBefore!))}`,
      value: `${acquirer.lossPercent}%`,
    });
  }
  if (acquirer && acquirer.percentAfter !== null) {
    out.push({
      quantity: `${acquirer.person}'s ownership`,
      rule: "R-1d",
      formula: `${count(acquirer.sharesBefore!)} / ${count(c.sharesBefore!)} -> ${count(acquirer.sharesAfter!)} / ${count(c.sharesAfter!)}`,
      value: `${acquirer.percentBefore}% -> ${acquirer.percentAfter}%`,
    });
  }
  return out;
}

function cashInLieuFacts(c: Computed, fp: FractionPrice, date: string) {
  return {
    fractionalShares: formatDecimal(c.fractions),
    price: fp.price === null ? null : formatDecimal(fp.price),
    priceBasis: fp.price === null ? `no Current Market Price on ${date}: ${fp.reason}` : `Current Market Price on ${date} (R-11d: closes ${fp.from} to ${fp.to})`,
    total: fmt(c.cashInLieu),
  };
}

/** (a) A flip-in: valid Rights exercised at rate R for the Adjustment Shares (R-11a-ii). */
function flipInDilution(ctx: Context): DilutionScenario {
  const { state, rate } = ctx;
  const flipIn = state.flipIn!;
  const holders = holdersOf(state);
  const inputs = holders.map((h) => {
    const used = dec(h.validRights).times(rate).floor().toNumber();
    return { holder: h, used, received: flipIn.sharesPerRight.times(used), cashPaid: flipIn.exercisePrice.times(used) };
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
    { quantity: "Current Market Price on the event date", rule: "R-11d", formula: `average close of ${state.terms.values.currentMarketPriceTradingDays} Trading Days before ${flipIn.date}`, value: formatDecimal(flipIn.currentMarketPrice) },
    { quantity: "Adjustment Shares per Right", rule: "R-11a-ii", formula: `${money(flipIn.exercisePrice)} x ${state.terms.values.flipInMultiple} / ${money(flipIn.currentMarketPrice)}${splitNote(state)}`, value: formatDecimal(flipIn.sharesPerRight) },
    { quantity: "valid Rights", rule: "R-7e", formula: `${count(holders.reduce((s, h) => s + h.rights, 0))} Rights - ${count(holders.reduce((s, h) => s + h.rights - h.validRights, 0))} void`, value: validRights },
    { quantity: "Rights exercised", rule: "R-7a, R-14", formula: `each holder's valid Rights x ${formatDecimal(rate)}, whole Rights only`, value: used },
    { quantity: "new shares", rule: "R-11a-ii, R-14", formula: `each holder: floor(Rights x ${formatDecimal(flipIn.sharesPerRight)}), summed`, value: c.newShares },
    { quantity: "cash paid to the Company", rule: "R-7a", formula: `${count(used)} Rights x ${money(flipIn.exercisePrice)}`, value: formatDecimal(c.cashPaid) },
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: fp.price === null ? "Current Market Price unknown" : `${formatDecimal(c.fractions)} fractional shares x ${money(fp.price)}`, value: fmt(c.cashInLieu) },
    authorized.authorizedCommon === null
      ? { quantity: "authorised Common Stock", rule: "R-11a-iii", formula: "not given: assumed to suffice", value: null }
      : { quantity: "authorised shortfall", rule: "R-11a-iii", formula: `max(0, ${count(c.newShares)} needed - (${count(authorized.authorizedCommon)} authorised - ${count(state.sharesOutstanding)} outstanding))`, value: short },
    { quantity: "Spread per Right", rule: "R-11a-iii", formula: `${formatDecimal(flipIn.sharesPerRight)} x ${money(flipIn.currentMarketPrice)} - ${money(flipIn.exercisePrice)}`, value: formatDecimal(spread) },
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

/** What every kind of dilution reports of its outcome: shares, value per share, the acquirer and the parties. */
function outcomeOf(c: Computed, acquirer: AcquirerRow | null) {
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

function splitNote(state: State): string {
  return state.splits.some((s) => s.date > state.flipIn!.date) ? " (as adjusted for later splits, R-11p)" : "";
}

/** (b) An exchange of the valid Rights for Common Stock at the plan's ratio as adjusted (R-24), or the given one. */
function exchangeDilution(ctx: Context, ratioGiven: string | undefined, portionGiven: string | undefined): DilutionScenario {
  const { state } = ctx;
  const ratio = ratioGiven === undefined ? exchangeRatio(state) : dec(ratioGiven);
  const portion = dec(portionGiven ?? "1");
  const holders = holdersOf(state);
  const inputs = holders.map((h) => {
    const take = exchangeTake(state, h.index ?? "public", ratio, portion);
    return { holder: h, used: take.rights, received: take.shares, cashPaid: dec(0) };
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
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: fp.price === null ? "Current Market Price unknown" : `${formatDecimal(c.fractions)} fractional shares x ${money(fp.price)}`, value: fmt(c.cashInLieu) },
    ...valueExplanations(c, ctx.price, acquirer),
    ...(ctx.lite ? [] : closedForm(acquirer, ratio, portion)),
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
 * shares and every other share carrying one valid Right, an exchange of all of them at r shares
 * leaves it v / (v + (1 + r)(1 - v)); the shorthand "everyone's shares multiply by 1 + r" (the
 * acquirer's too) gives v / (1 + r), less than the exact figure.
 */
function closedForm(acquirer: AcquirerRow | null, ratio: Dec, portion: Dec): Explanation[] {
  if (!acquirer || acquirer.percentBefore === null || !portion.eq(1)) return [];
  const v = dec(acquirer.percentBefore).dividedBy(100);
  const exact = v.dividedBy(v.plus(ratio.plus(1).times(dec(1).minus(v)))).times(100);
  const shorthand = v.dividedBy(ratio.plus(1)).times(100);
  const p = (d: Dec) => `${d.toFixed(4)}%`;
  return [
    { quantity: `${acquirer.person}'s % after, closed form`, rule: "R-24, R-7e", formula: `v / (v + (1 + r)(1 - v)) with v = ${p(v.times(100))}, r = ${formatDecimal(ratio)} (every other share carrying one valid Right)`, value: formatDecimal(exact) },
    { quantity: `${acquirer.person}'s % after, shorthand`, rule: "comparison", formula: `v / (1 + r), as if every share were multiplied by 1 + r, the acquirer's too: ${p(shorthand)}, ${p(exact.minus(shorthand))} below the exact figure`, value: formatDecimal(shorthand) },
  ];
}

/**
 * (c) A flip-over (R-13): valid Rights exercised at rate R for the Principal Party's common stock.
 * Its holders are diluted, not the Company's; their number is not in the scenario, so percentages
 * and values need `principalPartyShares`.
 */
function flipOverDilution(ctx: Context): DilutionScenario {
  const { state, rate } = ctx;
  const flipOver = state.flipOver!;
  const n = ctx.options.principalPartyShares ?? null;
  const holders = holdersOf(state);
  const inputs: RowInput[] = holders.map((h) => {
    const used = dec(h.validRights).times(rate).floor().toNumber();
    return { holder: { ...h, shares: 0 }, used, received: flipOver.sharesPerRight.times(used), cashPaid: flipOver.exercisePrice.times(used) };
  });
  inputs.unshift({ holder: { person: PRINCIPAL_PARTY_HOLDERS, role: "principal-party", index: null, shares: n, rights: 0, validRights: 0 }, used: 0, received: dec(0), cashPaid: dec(0) });
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
          lossPercent: loss === null ? null : formatDecimal(loss.dividedBy(dec(n).times(ppp)).times(100)),
        };
  if (n === null) ctx.questions.push("The flip-over dilutes the Principal Party's holders: give its shares outstanding (--principal-party-shares) to measure their percentages and values.");
  const spread = flipOver.sharesPerRight.times(ppp).minus(flipOver.exercisePrice);
  const explain: Explanation[] = ctx.lite ? [] : [
    { quantity: "Principal Party shares per Right", rule: "R-13", formula: `${money(flipOver.exercisePrice)} x ${state.terms.values.flipOverMultiple} / ${money(ppp)}`, value: formatDecimal(flipOver.sharesPerRight) },
    { quantity: "Rights exercised", rule: "R-13, R-7e", formula: `each holder's valid Rights x ${formatDecimal(rate)}, whole Rights only`, value: used },
    { quantity: "new Principal Party shares", rule: "R-13, R-14", formula: `each holder: floor(Rights x ${formatDecimal(flipOver.sharesPerRight)}), summed`, value: c.newShares },
    { quantity: "cash paid to the Principal Party", rule: "R-13", formula: `${count(used)} Rights x ${money(flipOver.exercisePrice)}`, value: formatDecimal(c.cashPaid) },
    { quantity: "cash in lieu of fractions", rule: "R-14", formula: `${formatDecimal(c.fractions)} fractional shares x ${money(ppp)} (the Principal Party's price)`, value: fmt(c.cashInLieu) },
    { quantity: "value moved to the Rights holders", rule: "R-13", formula: `${count(used)} Rights x (${formatDecimal(flipOver.sharesPerRight)} x ${money(ppp)} - ${money(flipOver.exercisePrice)}), before dilution`, value: formatDecimal(spread.times(used)) },
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

function live(state: State): boolean {
  return state.status === "attached" || state.status === "separated";
}

/** Parses R, a fraction between 0 and 1. */
export function exerciseRateOf(text: string | undefined): Dec {
  const rate = dec(text ?? "1");
  if (rate.isNaN() || rate.lt(0) || rate.gt(1)) throw new RangeError(`the exercise rate must be between 0 and 1, not ${text}`);
  return rate;
}

/**
 * The dilution analyses of `state` (the state of the Rights at `asOf`): each kind that applies,
 * and why the others do not. `cut` names the scenario's own exchange, if the state is the one before it.
 */
export function dilutionOfState(
  state: State,
  asOf: Instant,
  options: DilutionOptions = {},
  exchangeEvent?: { ratio?: string; portion?: string },
  how: { readonly kinds?: readonly DilutionKind[]; readonly lite?: boolean } = {},
): Omit<DilutionAnalysis, "asOf" | "base" | "errors"> {
  const date = newYorkDateOf(asOf);
  const price = marketPrice(state, date, options.price);
  const rate = exerciseRateOf(options.exerciseRate);
  const questions: string[] = [];
  if (price === null) questions.push(`No closing price on or before ${date} in the scenario: values need a market price (give --price).`);
  const ctx: Context = { state, date, price, rate, options, questions, lite: how.lite ?? false };
  const wanted = (kind: DilutionKind) => !how.kinds || how.kinds.includes(kind);
  const scenarios: DilutionScenario[] = [];
  const notApplicable: DilutionAnalysis["notApplicable"] = [];
  const ended = live(state) ? null : `the Rights have ended (${state.status})`;
  if (ended) notApplicable.push({ kind: "flip-in", rule: "R-7a", reason: ended });
  else if (!state.flipIn) notApplicable.push({ kind: "flip-in", rule: "R-11a-ii", reason: "no Section 11(a)(ii) Event has occurred" });
  else if (state.flipOver) notApplicable.push({ kind: "flip-in", rule: "R-13", reason: "a Section 13 Event has occurred: a valid Right now buys the Principal Party's common stock instead" });
  else if (wanted("flip-in")) scenarios.push(flipInDilution(ctx));
  if (ended) notApplicable.push({ kind: "exchange", rule: "R-24", reason: ended });
  else if (!isExchangeAvailable(state)) notApplicable.push({ kind: "exchange", rule: "R-24", reason: state.exchangeBarred ? "an Acquiring Person reached the exchange bar: the Rights can no longer be exchanged" : "no Person has become an Acquiring Person" });
  else if (wanted("exchange")) scenarios.push(exchangeDilution(ctx, options.exchangeRatio ?? exchangeEvent?.ratio, options.exchangePortion ?? exchangeEvent?.portion));
  if (ended) notApplicable.push({ kind: "flip-over", rule: "R-13", reason: ended });
  else if (!state.flipOver) notApplicable.push({ kind: "flip-over", rule: "R-13", reason: "no Section 13 Event has occurred" });
  else if (wanted("flip-over")) scenarios.push(flipOverDilution(ctx));
  return {
    baseAsOf: formatNewYork(asOf),
    planVersion: state.terms.version,
    company: state.terms.values.company,
    sharesOutstanding: state.sharesOutstanding,
    thresholdPercent: state.terms.values.acquiringPersonThresholdPercent,
    marketPrice: price && { price: formatDecimal(price.price), basis: price.basis },
    exerciseRate: formatDecimal(rate),
    valueModel: VALUE_MODEL,
    scenarios,
    notApplicable,
    openQuestions: questions,
  };
}

/** The dilution analysis of a scenario: the state before its first exchange, exercise or redemption (base.ts). */
export function dilutionOf(parsed: ParsedScenario, options: AnalysisOptions & DilutionOptions, runs: BaseRun = baseRun(parsed, options)): DilutionAnalysis {
  const { final, base, cut } = runs;
  const exchangeEvent = cut?.event.type === "exchange" ? { ratio: cut.event.ratio, portion: cut.event.portion } : undefined;
  const result = dilutionOfState(base.state, base.asOf, options, exchangeEvent);
  if (cut?.event.type === "exchange") {
    const exchange = result.scenarios.find((s) => s.kind === "exchange");
    const last = runs.counted[runs.counted.length - 1];
    if (exchange && last.index === cut.index && options.exchangeRatio === undefined && options.exchangePortion === undefined && final.errors.length === 0) {
      exchange.check = { engineSharesOutstanding: final.state.sharesOutstanding, matches: final.state.sharesOutstanding === exchange.sharesAfter };
    }
  }
  return {
    asOf: formatNewYork(final.asOf),
    ...result,
    base: cut ? `the state just before event ${cut.index} (${cut.type}, ${formatNewYork(cut.at)})` : `the state as of ${formatNewYork(final.asOf)}`,
    errors: final.errors,
  };
}
