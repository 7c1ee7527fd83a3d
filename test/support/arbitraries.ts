/**
 * fast-check arbitraries for property-based tests of the engine: random but valid-looking
 * scenarios for the built-in plan `net-perceptions` (scenario-format.md).
 *
 * A scenario is generated in two steps, so that fast-check can shrink it well:
 *  1. a *skeleton* of small integers and flags (persons, window, one generic record per event);
 *  2. a deterministic *realisation* that turns the skeleton into scenario data. Events are
 *     sorted by instant first (so that cutting a suffix keeps exactly the events before an
 *     instant, with the same file indexes), then walked with a rough shadow of the holdings so
 *     that most events are valid (no more shares sold than held, existing offer ids, ...). An
 *     event whose `valid` draw fails is left unrepaired: those are the invalid events the engine
 *     must answer with an entry in `errors`.
 * Shrinking works on the skeleton: integers go to 0, event types to `acquire`, `valid` to true.
 */
import fc from "fast-check";
import type { z } from "zod";
import type { eventSchema } from "../../src/scenario/schema.js";
import { formatNewYork, newYorkInstant, parseEventInstant } from "../../src/time/instant.js";
import { addDays, epochDayOf, isoDateOfEpochDay, isWeekend, type IsoDate } from "../../src/time/isoDate.js";

/** An event as written in a scenario file (the schema's input shapes). */
export type EventData = z.input<typeof eventSchema>;

export interface PersonData {
  id: string;
  name?: string;
  affiliates?: string[];
  directorOfficer?: boolean;
  stockPlan?: boolean;
  exempt?: boolean;
  grandfathered?: boolean;
  passiveInvestor?: boolean;
}

export interface ScenarioData {
  title?: string;
  plan: string;
  asOf?: string;
  company: { sharesOutstanding: number; authorizedCommon?: number };
  persons: PersonData[];
  holdings: { person: string; shares: number }[];
  options?: { person: string; shares: number }[];
  prices: { date: string; close: string }[];
  events: EventData[];
}

/** A generated scenario with what the properties need to pick instants around it. */
export interface Generated {
  scenario: ScenarioData;
  /** First and last date of the event window. */
  windowStart: IsoDate;
  windowEnd: IsoDate;
  /** The instant of each event (epoch ms), in file order (which is time order). */
  instants: number[];
}

export const PERSON_IDS = ["alpha", "bravo", "charlie", "delta", "echo", "fox"] as const;

/** Every event type of the scenario format, in shrinking order (first = simplest). */
export const EVENT_TYPES = [
  "acquire",
  "dispose",
  "announce",
  "issue",
  "repurchase",
  "split",
  "preferred-split",
  "option",
  "exercise-option",
  "agreement",
  "agreement-end",
  "tender-offer",
  "tender-offer-amend",
  "tender-offer-close",
  "tender-offer-withdraw",
  "qualify-offer",
  "inadvertent",
  "defer-distribution",
  "require-whole-preferred",
  "redeem",
  "exchange",
  "amend",
  "merger",
  "asset-sale",
  "exercise",
] as const satisfies readonly EventData["type"][];
export type EventType = (typeof EVENT_TYPES)[number];

const WEIGHTS: Record<EventType, number> = {
  acquire: 10,
  dispose: 3,
  announce: 6,
  issue: 2,
  repurchase: 2,
  split: 1,
  "preferred-split": 1,
  option: 2,
  "exercise-option": 1,
  agreement: 2,
  "agreement-end": 1,
  "tender-offer": 3,
  "tender-offer-amend": 1,
  "tender-offer-close": 2,
  "tender-offer-withdraw": 1,
  "qualify-offer": 2,
  inadvertent: 2,
  "defer-distribution": 1,
  "require-whole-preferred": 1,
  redeem: 1,
  exchange: 2,
  amend: 2,
  merger: 1,
  "asset-sale": 1,
  exercise: 2,
};

/** How an event's `at` is written. */
type TimeKind = "date" | "ny" | "evening-before";
const NY_TIMES = ["09:00", "17:00", "16:59", "17:01", "00:00", "12:30"] as const;

interface RawEvent {
  type: EventType;
  day: number;
  /** Same `at` as the event generated before it (same instant, R-T5's file order). */
  sameAsPrevious: boolean;
  time: TimeKind;
  nyTime: number;
  valid: boolean;
  a: number;
  b: number;
  c: number;
  d: number;
  flags: number;
}

interface RawPerson {
  affiliates: number;
  holdingPermille: number;
  optionPermille: number;
  flags: number;
  named: boolean;
}

interface Skeleton {
  sharesOutstanding: number;
  authorizedFactor: number;
  persons: RawPerson[];
  windowStartDay: number;
  windowLength: number;
  asOfKind: number;
  asOfDays: number;
  priceSeed: number;
  priceBaseCents: number;
  events: RawEvent[];
}

const DAY_2003_01_02 = epochDayOf("2003-01-02");
const DAY_2005_10_31 = epochDayOf("2005-10-31");
const DAY_AMENDMENT_1 = epochDayOf("2003-12-22");

const rawEventArb: fc.Arbitrary<RawEvent> = fc.record({
  type: fc.oneof(...EVENT_TYPES.map((t) => ({ arbitrary: fc.constant(t), weight: WEIGHTS[t] }))),
  day: fc.nat({ max: 10_000 }),
  sameAsPrevious: fc.nat({ max: 4 }).map((n) => n === 4),
  time: fc.oneof({ arbitrary: fc.constant<TimeKind>("date"), weight: 7 }, { arbitrary: fc.constant<TimeKind>("ny"), weight: 3 }, { arbitrary: fc.constant<TimeKind>("evening-before"), weight: 1 }),
  nyTime: fc.nat({ max: NY_TIMES.length - 1 }),
  valid: fc.nat({ max: 99 }).map((n) => n < 94),
  a: fc.nat({ max: 999 }),
  b: fc.nat({ max: 999 }),
  c: fc.nat({ max: 999 }),
  d: fc.nat({ max: 999 }),
  flags: fc.nat({ max: 255 }),
});

const rawPersonArb: fc.Arbitrary<RawPerson> = fc.record({
  affiliates: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat({ max: 63 }), weight: 1 }),
  holdingPermille: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.nat({ max: 149 }), weight: 3 }),
  optionPermille: fc.oneof({ arbitrary: fc.constant(0), weight: 5 }, { arbitrary: fc.nat({ max: 30 }), weight: 1 }),
  flags: fc.nat({ max: 1023 }),
  named: fc.boolean(),
});

const skeletonArb: fc.Arbitrary<Skeleton> = fc.record({
  sharesOutstanding: fc.oneof(
    { arbitrary: fc.integer({ min: 1_000_000, max: 40_000_000 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1_000, max: 999_999 }), weight: 2 },
    { arbitrary: fc.constant(27_037_814), weight: 2 },
  ),
  authorizedFactor: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: 101, max: 400 }), weight: 1 }),
  persons: fc.array(rawPersonArb, { minLength: 1, maxLength: 6 }),
  // a third of the windows start in the weeks before Amendment No. 1 (2003-12-22), so they cross it
  windowStartDay: fc.oneof(
    { arbitrary: fc.integer({ min: DAY_AMENDMENT_1 - 80, max: DAY_AMENDMENT_1 - 1 }), weight: 1 },
    { arbitrary: fc.integer({ min: DAY_2003_01_02, max: DAY_2005_10_31 }), weight: 2 },
  ),
  windowLength: fc.integer({ min: 10, max: 150 }),
  asOfKind: fc.nat({ max: 4 }),
  asOfDays: fc.nat({ max: 60 }),
  priceSeed: fc.nat(),
  priceBaseCents: fc.integer({ min: 20, max: 4_000 }),
  events: fc.array(rawEventArb, { minLength: 0, maxLength: 25, size: "max" }),
});

/** A deterministic PRNG (mulberry32) for the price series, so that prices cost one integer to shrink. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Closes for every weekday from `from` to `to` (a random walk in cents, never below 5 cents). */
export function priceRows(from: IsoDate, to: IsoDate, baseCents: number, seed: number): { date: string; close: string }[] {
  const random = prng(seed);
  const rows: { date: string; close: string }[] = [];
  let cents = baseCents;
  for (let day = epochDayOf(from); day <= epochDayOf(to); day++) {
    const date = isoDateOfEpochDay(day);
    if (isWeekend(date)) continue;
    cents = Math.max(5, Math.round(cents * (0.94 + random() * 0.12)));
    rows.push({ date, close: (cents / 100).toFixed(2) });
  }
  return rows;
}

/** The instant an event's `at` names (R-T5). */
export function instantOf(at: string): number {
  return parseEventInstant(at);
}

function atString(date: IsoDate, time: TimeKind, nyTime: number): string {
  if (time === "date") return date;
  if (time === "ny") return formatNewYork(newYorkInstant(date, NY_TIMES[nyTime % NY_TIMES.length]));
  return formatNewYork(Date.parse(`${date}T03:30:00Z`)); // 03:30 UTC: the evening before in New York, with its offset (R-X9)
}

function unionFind(n: number, pairs: [number, number][]): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (x: number): number => (parent[x] === x ? x : (parent[x] = root(parent[x])));
  for (const [a, b] of pairs) parent[root(a)] = root(b);
  return parent.map((_, i) => root(i));
}

/** Amendments an `amend` event may adopt (plain values). Thresholds never go below 15%. */
type AmendChanges = Extract<EventData, { type: "amend" }>["changes"];
function amendChanges(windowStart: IsoDate): AmendChanges[] {
  return [
    { acquiringPersonThresholdPercent: "20" },
    { acquiringPersonThresholdPercent: "17.5" },
    { acquiringPersonThresholdPercent: "15" },
    { distributionDaysAfterStockAcquisition: 20 },
    { distributionDaysAfterStockAcquisition: 3 },
    { redemptionDaysAfterStockAcquisition: 30 },
    { redemptionDaysAfterStockAcquisition: 0 },
    { finalExpiration: { date: addDays(windowStart, 45), time: "17:00" } },
    { exchangeRatio: "2" },
    { inadvertenceDivestBusinessDays: 3 },
    { inadvertenceDivestBusinessDays: 0 },
    { currentMarketPriceTradingDays: 20 },
    { currentMarketPriceTradingDays: 400 },
    { derivativeCounting: "numerator-and-denominator" },
    { liquidationPlanVotingCarveOut: true },
    { liquidationPlanVotingCarveOut: false },
    { distributionTenderOfferProng: "any-offer" },
    { distributionBusinessDaysAfterTenderOffer: 5 },
    { distributionBusinessDaysAfterTenderOffer: 0 },
    { qualifiedOffer: false },
    { qualifiedTransaction: null },
    { flipInMultiple: "3" },
    { passiveInvestorThresholdPercent: "20" },
    { purchasePrice: "20" },
    { stockAcquisitionDateExceptions: [] },
    { redemptionPrice: "0.02", distributionDaysAfterStockAcquisition: 15 },
  ];
}

const PURPOSES = ["acquire", "hold", "vote", "dispose", "vote-liquidation-plan"] as const;
const AMEND_PURPOSES = ["cure-ambiguity", "correct-inconsistency", "time-periods", "non-adverse"] as const;
const FORMS = ["cash", "stock", "mixed"] as const;
const SPLIT_RATIOS = ["2", "0.5", "1.1", "3", "1.5", "0.25"] as const;
const PREFERRED_RATIOS = ["2", "0.5", "10", "1.5"] as const;
const PRICES = ["0.75", "1.60", "2.25", "4", "12.5"] as const;

/** The shadow of the holdings that keeps most generated events valid. It is rough on purpose. */
interface Shadow {
  shares: number;
  held: number[];
  options: number[];
  offers: { id: string; bidder: number; open: boolean; all: boolean }[];
  agreements: string[];
  counter: number;
  /** Date of the first announcement about a Person then at 15% or more (a likely Stock Acquisition Date). */
  announced?: IsoDate;
  /** Date of the first tender offer (a likely prong (ii) clock). */
  offerStart?: IsoDate;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const pct = (n: number, permille: number) => Math.max(1, Math.floor((n * permille) / 1000));

/** Turns one raw event, at `at`, into scenario data, updating the shadow. */
function realizeEvent(raw: RawEvent, at: string, date: IsoDate, ids: readonly string[], sh: Shadow, windowStart: IsoDate): EventData {
  const n = ids.length;
  const { a, b, c, d, flags, valid } = raw;
  const bit = (i: number) => (flags & (1 << i)) !== 0;
  const publicShares = () => Math.max(0, sh.shares - sum(sh.held));
  const personOf = (k: number) => k % n;
  // an invalid event sometimes names a person the scenario does not list
  const idOf = (k: number) => (!valid && d % 5 === 0 ? "ghost" : ids[personOf(k)]);
  const heldMost = () => sh.held.reduce((best, h, i) => (h + sh.options[i] > sh.held[best] + sh.options[best] ? i : best), 0);
  const atThreshold = (p: number) => (sh.held[p] + sh.options[p]) * 100 >= 15 * sh.shares;
  const daysSince = (since: IsoDate | undefined) => (since === undefined ? -1 : epochDayOf(date) - epochDayOf(since));
  const distributionLikely = () => daysSince(sh.announced) > 10 || daysSince(sh.offerStart) > 15;
  const redeemableLikely = () => sh.announced === undefined || daysSince(sh.announced) <= 10;
  /** A valid event whose precondition the shadow thinks unmet becomes an acquisition up to the threshold. */
  const fallback = (): EventData => {
    const p = personOf(a + b);
    const shares = Math.max(1, Math.min(publicShares(), Math.ceil(sh.shares * 0.15) - sh.held[p] + (c % 1000)));
    sh.held[p] += shares;
    return { at, type: "acquire", person: ids[p], shares };
  };
  const needs = (ok: boolean) => valid && !ok;
  switch (raw.type) {
    case "acquire": {
      const p = personOf(a);
      let shares: number;
      if (bit(0) && bit(1)) shares = Math.ceil(sh.shares * 0.15) - sh.held[p] + ((c % 3) - 1); // right at the threshold
      else shares = pct(sh.shares, 1 + (b % 250));
      if (valid) shares = Math.min(shares, publicShares());
      shares = Math.max(1, shares);
      if (valid || shares <= publicShares()) sh.held[p] += shares;
      return { at, type: "acquire", person: idOf(a), shares };
    }
    case "dispose": {
      let p = personOf(a);
      if (valid && sh.held[p] === 0) p = heldMost();
      let shares = Math.max(1, Math.floor((sh.held[p] * (1 + (b % 1000))) / 1000));
      if (!valid) shares = sh.held[p] + 1 + b;
      if (shares <= sh.held[p]) sh.held[p] -= shares;
      return { at, type: "dispose", person: idOf(p), shares };
    }
    case "announce": {
      const subject = valid && !bit(2) ? heldMost() : personOf(a);
      const by = bit(0) && bit(1) ? idOf(b) : bit(0) ? ids[subject] : "company";
      if (atThreshold(subject)) sh.announced ??= date;
      return { at, type: "announce", by, subject: idOf(subject) };
    }
    case "issue": {
      const shares = pct(sh.shares, 1 + (b % 300));
      const e: EventData = { at, type: "issue", shares };
      if (bit(0)) {
        e.person = idOf(a);
        if (ids.includes(e.person)) sh.held[personOf(a)] += shares;
      }
      if (bit(1)) e.withRights = bit(2);
      sh.shares += shares;
      return e;
    }
    case "repurchase": {
      let shares = pct(sh.shares, 1 + (b % 200));
      const e: EventData = { at, type: "repurchase", shares };
      if (bit(0) && !(valid && sh.held[personOf(a)] === 0)) {
        const p = personOf(a);
        if (valid) shares = Math.max(1, Math.min(shares, sh.held[p]));
        e.person = idOf(a);
        e.shares = shares;
        if (shares <= sh.held[p]) {
          sh.held[p] -= shares;
          sh.shares -= shares;
        }
      } else {
        if (valid) e.shares = shares = Math.max(1, Math.min(shares, publicShares()));
        if (shares <= publicShares()) sh.shares -= shares;
      }
      return e;
    }
    case "split": {
      const ratio = SPLIT_RATIOS[b % SPLIT_RATIOS.length];
      const r = Number(ratio);
      sh.held = sh.held.map((h) => Math.floor(h * r));
      sh.options = sh.options.map((o) => Math.floor(o * r));
      sh.shares = Math.floor(sh.shares * r);
      return { at, type: "split", ratio: bit(0) ? ratio : Number(ratio) };
    }
    case "preferred-split":
      return { at, type: "preferred-split", ratio: PREFERRED_RATIOS[b % PREFERRED_RATIOS.length] };
    case "option": {
      const shares = pct(sh.shares, 1 + (b % 200));
      if (ids.includes(idOf(a))) sh.options[personOf(a)] += shares;
      return { at, type: "option", person: idOf(a), shares };
    }
    case "exercise-option": {
      let p = personOf(a);
      if (valid && sh.options[p] === 0) p = sh.options.findIndex((o) => o > 0);
      if (p < 0 && valid) return realizeEvent({ ...raw, type: "option" }, at, date, ids, sh, windowStart);
      if (p < 0) p = personOf(a);
      let shares = Math.max(1, Math.floor((sh.options[p] * (1 + (b % 1000))) / 1000));
      if (!valid) shares = sh.options[p] + 1 + b;
      if (shares <= sh.options[p]) {
        sh.options[p] -= shares;
        sh.held[p] += shares;
        sh.shares += shares;
      }
      return { at, type: "exercise-option", person: idOf(p), shares };
    }
    case "agreement": {
      const count = 2 + (b % Math.max(1, Math.min(3, n - 1)));
      const persons = Array.from({ length: count }, (_, i) => idOf(a + i));
      const id = valid || sh.agreements.length === 0 ? `deal-${sh.counter++}` : sh.agreements[c % sh.agreements.length];
      if (!sh.agreements.includes(id)) sh.agreements.push(id);
      return { at, type: "agreement", id, persons, purpose: PURPOSES[c % PURPOSES.length] };
    }
    case "agreement-end": {
      const id = valid && sh.agreements.length > 0 ? sh.agreements[c % sh.agreements.length] : `deal-${99 - (c % 3)}`;
      sh.agreements = sh.agreements.filter((x) => x !== id);
      return { at, type: "agreement-end", agreement: id };
    }
    case "tender-offer": {
      sh.offerStart ??= date;
      const id = valid || sh.offers.length === 0 ? `offer-${sh.counter++}` : sh.offers[c % sh.offers.length].id;
      const allShares = bit(0);
      const e: EventData = { at, type: "tender-offer", id, bidder: idOf(a), allShares };
      if (!allShares && (valid || bit(1))) e.sharesSought = pct(sh.shares, 1 + (b % 400));
      // R-3a: an offer for all the shares that states a number it seeks is refused (the number would be ignored).
      if (allShares && !valid && bit(1)) e.sharesSought = pct(sh.shares, 500 + (b % 500));
      if (bit(2)) e.price = PRICES[c % PRICES.length];
      if (bit(3)) e.considerationForm = FORMS[d % FORMS.length];
      if (!sh.offers.some((o) => o.id === id)) sh.offers.push({ id, bidder: personOf(a), open: true, all: allShares });
      return e;
    }
    case "tender-offer-amend": {
      const open = sh.offers.filter((o) => o.open);
      if (needs(open.length > 0)) return realizeEvent({ ...raw, type: "tender-offer" }, at, date, ids, sh, windowStart);
      const o = valid && open.length ? open[c % open.length] : sh.offers[c % Math.max(1, sh.offers.length)];
      const e: EventData = { at, type: "tender-offer-amend", offer: o?.id ?? "offer-none" };
      if (bit(0)) {
        e.allShares = bit(1);
        if (o) o.all = bit(1);
      }
      const forAll = e.allShares ?? o?.all;
      if ((bit(2) && !(valid && forAll)) || (valid && e.allShares === false)) e.sharesSought = pct(sh.shares, 1 + (b % 400));
      if (bit(3)) e.price = PRICES[d % PRICES.length];
      return e;
    }
    case "tender-offer-close": {
      const open = sh.offers.filter((o) => o.open);
      if (needs(open.length > 0)) return realizeEvent({ ...raw, type: "tender-offer" }, at, date, ids, sh, windowStart);
      const o = valid && open.length ? open[c % open.length] : sh.offers[c % Math.max(1, sh.offers.length)];
      const from: { person: string; shares: number }[] = [];
      if (bit(0)) {
        for (let i = 0; i < 1 + (b % 2); i++) {
          const p = personOf(a + i);
          if (o && p === o.bidder) continue;
          const shares = valid ? Math.floor((sh.held[p] * (1 + (d % 1000))) / 1000) : sh.held[p] + 1 + d;
          if (shares > 0 && !from.some((f) => f.person === ids[p])) from.push({ person: ids[p], shares });
        }
      }
      const fromTotal = sum(from.map((f) => f.shares));
      // all-shares offers tend to buy most of the public's shares (Qualified Transactions, R-11a-ii(C))
      const wanted = o?.all && bit(1) ? Math.floor((publicShares() * (500 + (b % 500))) / 1000) : pct(sh.shares, b % 400);
      let fromPublic = valid ? Math.min(wanted, publicShares()) : wanted;
      if (!valid && bit(2)) fromPublic = publicShares() + 1 + b;
      const e: EventData = { at, type: "tender-offer-close", offer: o?.id ?? "offer-none", sharesAcquired: fromPublic + fromTotal };
      if (from.length) e.from = from;
      if (o && o.open && fromPublic <= publicShares() && from.every((f) => f.shares <= sh.held[ids.indexOf(f.person)])) {
        o.open = false;
        for (const f of from) sh.held[ids.indexOf(f.person)] -= f.shares;
        sh.held[o.bidder] += fromPublic + fromTotal;
      }
      return e;
    }
    case "tender-offer-withdraw": {
      const open = sh.offers.filter((o) => o.open);
      if (needs(open.length > 0)) return realizeEvent({ ...raw, type: "tender-offer" }, at, date, ids, sh, windowStart);
      const o = valid && open.length ? open[c % open.length] : sh.offers[c % Math.max(1, sh.offers.length)];
      if (o) o.open = false;
      return { at, type: "tender-offer-withdraw", offer: o?.id ?? "offer-none" };
    }
    case "qualify-offer": {
      const open = sh.offers.filter((o) => o.open && o.all);
      if (needs(open.length > 0)) return realizeEvent({ ...raw, type: "tender-offer", flags: raw.flags | 1 }, at, date, ids, sh, windowStart);
      const o = valid && open.length ? open[c % open.length] : sh.offers[c % Math.max(1, sh.offers.length)];
      return { at, type: "qualify-offer", offer: o?.id ?? "offer-none" };
    }
    case "inadvertent":
      if (needs(atThreshold(heldMost()))) return fallback();
      return { at, type: "inadvertent", person: valid && !bit(0) ? ids[heldMost()] : idOf(a) };
    case "defer-distribution":
      if (needs(sh.offerStart !== undefined)) return realizeEvent({ ...raw, type: "tender-offer", flags: raw.flags & ~1 }, at, date, ids, sh, windowStart);
      return { at, type: "defer-distribution", until: addDays(date, valid ? 12 + (b % 50) : (b % 20) - 5) };
    case "require-whole-preferred":
      if (needs(!sh.held.some((_, p) => atThreshold(p)))) return fallback();
      return { at, type: "require-whole-preferred" };
    case "redeem":
      if (needs(redeemableLikely())) return fallback();
      return { at, type: "redeem" };
    case "exchange": {
      if (needs(sh.held.some((_, p) => atThreshold(p)))) return fallback();
      const e: EventData = { at, type: "exchange" };
      if (bit(0)) e.ratio = ["1", "0.5", "2", "1.3"][b % 4];
      if (bit(1)) e.portion = ["0.5", "0.25", "1", "0.1"][c % 4];
      return e;
    }
    case "amend": {
      if (needs(redeemableLikely())) return fallback();
      const options = amendChanges(windowStart);
      const e: EventData = { at, type: "amend", id: `amendment-x${sh.counter++}`, changes: options[b % options.length] };
      if (bit(0)) e.effective = addDays(date, (c % 40) - 5);
      if (bit(1) || (valid && distributionLikely())) e.purpose = AMEND_PURPOSES[d % AMEND_PURPOSES.length];
      return e;
    }
    case "merger": {
      const e: EventData = { at, type: "merger", companySurvives: bit(0) && bit(1), commonExchanged: !bit(2) };
      if (bit(3)) e.counterparty = idOf(a);
      if (bit(4)) e.consideration = PRICES[b % PRICES.length];
      if (bit(5)) e.considerationForm = FORMS[c % FORMS.length];
      if (valid || bit(6)) e.principalPartyPrice = PRICES[d % PRICES.length];
      return e;
    }
    case "asset-sale": {
      const e: EventData = { at, type: "asset-sale", fraction: ["0.5", "0.75", "1", "0.3"][b % 4] };
      if (bit(3)) e.counterparty = idOf(a);
      if (valid || bit(6)) e.principalPartyPrice = PRICES[d % PRICES.length];
      return e;
    }
    case "exercise": {
      if (needs(distributionLikely())) return fallback();
      let p = personOf(a);
      if (valid && sh.held[p] === 0) p = heldMost();
      const rights = valid ? Math.max(1, Math.floor((sh.held[p] * (1 + (b % 1000))) / 1000)) : sh.held[p] + 1 + b;
      return { at, type: "exercise", holder: idOf(p), rights };
    }
  }
}

/** The scenario a skeleton stands for. */
function realize(sk: Skeleton): Generated {
  const n = sk.persons.length;
  const ids = PERSON_IDS.slice(0, n);
  const S = sk.sharesOutstanding;
  const windowStart = isoDateOfEpochDay(sk.windowStartDay);
  const windowEnd = isoDateOfEpochDay(Math.min(sk.windowStartDay + sk.windowLength, epochDayOf("2005-12-31")));
  const span = epochDayOf(windowEnd) - epochDayOf(windowStart);

  // persons and their Affiliates; starting positions below 15% per affiliation circle
  const pairs: [number, number][] = [];
  const persons: PersonData[] = sk.persons.map((rp, i) => {
    const person: PersonData = { id: ids[i] };
    if (rp.named) person.name = `${ids[i][0].toUpperCase()}${ids[i].slice(1)} Capital`;
    const affiliates = ids.filter((_, j) => j !== i && (rp.affiliates & (1 << j)) !== 0);
    if (affiliates.length) {
      person.affiliates = affiliates;
      affiliates.forEach((aff) => pairs.push([i, ids.indexOf(aff)]));
    }
    const f = rp.flags;
    if (f % 10 === 1) person.directorOfficer = true;
    if (f % 10 === 2) person.stockPlan = true;
    if (f % 10 === 3) person.exempt = true;
    if (Math.floor(f / 10) % 10 === 4) person.grandfathered = true;
    if (Math.floor(f / 10) % 10 === 5) person.passiveInvestor = true;
    if (Math.floor(f / 100) === 6) person.directorOfficer = false; // an explicit false is valid too
    return person;
  });
  const component = unionFind(n, pairs);
  const permille = sk.persons.map((rp) => ({ held: rp.holdingPermille, options: rp.optionPermille }));
  for (const root of new Set(component)) {
    const members = component.map((r, i) => (r === root ? i : -1)).filter((i) => i >= 0);
    const total = sum(members.map((i) => permille[i].held + permille[i].options));
    if (total <= 140) continue;
    for (const i of members) {
      permille[i].held = Math.floor((permille[i].held * 140) / total);
      permille[i].options = Math.floor((permille[i].options * 140) / total);
    }
  }
  // bravo's holding is listed even when 0 (a valid row)
  const holdings = permille.map((p, i) => ({ person: ids[i], shares: Math.floor((S * p.held) / 1000) })).filter((h) => h.shares > 0 || h.person === "bravo");
  const options = permille.map((p, i) => ({ person: ids[i], shares: Math.floor((S * p.options) / 1000) })).filter((o) => o.shares > 0);

  // event times: sorted by instant, ties in generation order
  let previous: { day: number; time: TimeKind; nyTime: number } | undefined;
  const timed = sk.events.map((raw, index) => {
    const when = raw.sameAsPrevious && previous ? previous : { day: raw.day % (span + 1), time: raw.time, nyTime: raw.nyTime };
    previous = when;
    const date = addDays(windowStart, when.day);
    const at = atString(date, when.time, when.nyTime);
    return { raw, index, date, at, instant: instantOf(at) };
  });
  timed.sort((x, y) => x.instant - y.instant || x.index - y.index);

  const sh: Shadow = {
    shares: S,
    held: ids.map((id) => holdings.find((h) => h.person === id)?.shares ?? 0),
    options: ids.map((id) => options.find((o) => o.person === id)?.shares ?? 0),
    offers: [],
    agreements: [],
    counter: 0,
  };
  const events = timed.map((t) => realizeEvent(t.raw, t.at, t.date, ids, sh, windowStart));

  const scenario: ScenarioData = {
    plan: "net-perceptions",
    company: { sharesOutstanding: S },
    persons,
    holdings,
    prices: priceRows(addDays(windowStart, -110), addDays(windowEnd, 70), sk.priceBaseCents, sk.priceSeed),
    events,
  };
  if (sk.authorizedFactor > 0) scenario.company.authorizedCommon = Math.floor((S * sk.authorizedFactor) / 100);
  if (options.length) scenario.options = options;
  if (sk.asOfKind === 1) scenario.asOf = addDays(windowEnd, sk.asOfDays);
  if (sk.asOfKind === 2) scenario.asOf = formatNewYork(newYorkInstant(addDays(windowEnd, sk.asOfDays), "12:00"));
  return { scenario, windowStart, windowEnd, instants: timed.map((t) => t.instant) };
}

/** Random valid-looking scenarios for the built-in plan, events sorted by time. */
export const generatedArb: fc.Arbitrary<Generated> = skeletonArb.map(realize);

/** A hand-written scenario (a known counterexample) as a Generated value, for `examples`. */
export function fromScenario(scenario: ScenarioData): Generated {
  const instants = scenario.events.map((e) => instantOf(e.at));
  const dates = scenario.events.map((e) => (e.at.length === 10 ? e.at : formatNewYork(instantOf(e.at)).slice(0, 10)));
  const sorted = [...dates].sort();
  const windowStart = sorted[0] ?? "2004-01-02";
  return { scenario, windowStart, windowEnd: sorted[sorted.length - 1] ?? windowStart, instants };
}

/** How a property picks an instant around a scenario's events. */
export interface Probe {
  /** Which candidate instant: an event's, or a window bound. */
  pick: number;
  /** Offset from it, in ms. */
  offset: number;
  /** Written as an ISO date (5:00 P.M. New York time) rather than a date-time. */
  asDate: boolean;
}

const OFFSETS = [0, 0, 1, -1, -60_000, 8 * 3_600_000, 86_400_000, 3 * 86_400_000, 11 * 86_400_000, 25 * 86_400_000] as const;

export const probeArb: fc.Arbitrary<Probe> = fc.record({
  pick: fc.nat({ max: 1_000 }),
  offset: fc.constantFrom(...OFFSETS),
  asDate: fc.nat({ max: 5 }).map((x) => x === 0),
});

/** The instant a probe names for a generated scenario, as an `asOf` string and in epoch ms. */
export function probeInstant(g: Generated, probe: Probe): { asOf: string; at: number } {
  const candidates = [...g.instants, newYorkInstant(g.windowStart, "00:00"), newYorkInstant(g.windowEnd, "17:00"), newYorkInstant(addDays(g.windowEnd, 20), "17:00")];
  const at = candidates[probe.pick % candidates.length] + probe.offset;
  if (probe.asDate) {
    const date = formatNewYork(at).slice(0, 10);
    return { asOf: date, at: newYorkInstant(date, "17:00") };
  }
  return { asOf: formatNewYork(at), at };
}
