/**
 * A deterministic generator of a large, valid scenario for the `net-perceptions` plan, for the
 * benchmark (bench/run.ts). Same options, same scenario, byte for byte: the only randomness is a
 * seeded PRNG (never Math.random).
 *
 * The story: `persons` holders (ids p0…), a few thousand in affiliate groups, trade small lots of
 * Common Stock on every weekday of 2004–2010. The file is the concatenation of several "feeds",
 * each in time order, so the file as a whole is not (the engine must sort it), with hundreds of
 * events per day. Sprinkled among the trades: issues, rare repurchases, options, group-forming
 * agreements and their ends, announcements about non-Acquiring Persons, tender offers (commenced,
 * amended, qualified, closed, withdrawn) that start no Distribution Date clock. Near the end a
 * bidder (p0, with its fund p1) accumulates blocks, crosses 15% on 2010-10-01 (a Section 11(a)(ii)
 * Event: the Current Market Price comes from the daily closes generated for every weekday), files
 * a 13D on 2010-10-06 (the Stock Acquisition Date), the Distribution Date follows at close of
 * business on 2010-10-18 and a holder exercises Rights on 2010-11-15.
 *
 * Validity: the generator replays the events in the engine's order (time, then file order) with
 * its own ledger, so nobody sells more than it holds and nobody buys more than the public holds.
 */

/** The options of {@link generateScenario}. */
export interface GenerateOptions {
  /** Number of events (exactly). At least 1,000. */
  readonly events: number;
  /** Number of persons (ids p0 … p{persons-1}). At least 1,000. */
  readonly persons?: number;
  /** PRNG seed. */
  readonly seed?: number;
}

export interface GeneratedScenario {
  /** The scenario as plain data (what `evaluate` takes). */
  readonly scenario: BenchScenario;
  /** What the evaluation should find, for the benchmark's sanity checks. */
  readonly expect: {
    readonly acquiringPerson: string;
    readonly crossingDate: string;
    readonly stockAcquisitionDate: string;
    readonly distributionDate: string;
    readonly exerciseBy: string;
    readonly exerciseRights: number;
  };
  /** Counts of events by type. */
  readonly counts: Readonly<Record<string, number>>;
  /** At the end (the generator's ledger): shares outstanding and shares held by named persons. */
  readonly final: { readonly sharesOutstanding: number; readonly namedHeld: number; readonly minPublic: number };
}

export type BenchEvent = { at: string; type: string } & Record<string, unknown>;

export interface BenchScenario {
  title: string;
  plan: string;
  company: { sharesOutstanding: number };
  persons: ({ id: string } & Record<string, unknown>)[];
  holdings: { person: string; shares: number }[];
  prices: { date: string; close: string }[];
  events: BenchEvent[];
}

/** sfc32: a small, fast, well-distributed 32-bit PRNG (PractRand-clean), seeded deterministically. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

const DAY_MS = 86_400_000;

/** ISO date of a UTC epoch day. */
function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** Every weekday (Monday–Friday) from `from` to `to`, inclusive, as ISO dates. */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) {
    const dow = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
    if (dow !== 0 && dow !== 6) out.push(isoOfDay(d));
  }
  return out;
}

// The story's fixed dates (all weekdays).
const TRADING_FROM = "2004-01-02";
const TRADING_TO = "2010-12-31";
const PRICES_FROM = "2003-11-03";
const ACCUMULATION_FROM = "2010-08-02";
const CROSSING = "2010-10-01";
const AFTER_CROSSING = ["2010-10-04", "2010-10-05"];
const ANNOUNCEMENT = "2010-10-06";
/** Close of business on the 10th day after the Stock Acquisition Date (Saturday 2010-10-16 → Monday). */
const DISTRIBUTION = "2010-10-18";
const EXERCISE = "2010-11-15";

const BIDDER = 0;
const BIDDER_FUND = 1;
const EXEMPT_PLAN = 2;
/** Persons below this index have roles; random activity uses the others. */
const FIRST_ORDINARY = 20;

/** Kinds of randomly placed events, resolved into concrete events during the replay. */
const enum Kind {
  Trade,
  Option,
  Issue,
  Repurchase,
  Agreement,
  AgreementEnd,
  Announce,
  TenderOffer,
  TenderFollowUp,
  Narrative,
}

/** Rates per event of the sprinkled kinds (the rest are trades). */
const RATES: readonly [Kind, number][] = [
  [Kind.Option, 0.004],
  [Kind.Issue, 0.001],
  [Kind.Repurchase, 0.00002],
  [Kind.Agreement, 0.002],
  [Kind.AgreementEnd, 0.0014],
  [Kind.Announce, 0.0005],
  [Kind.TenderOffer, 0.0001],
  [Kind.TenderFollowUp, 0.0002],
];

interface Narrative {
  readonly day: number; // index into the trading days
  readonly make: () => BenchEvent | undefined;
}

/** Generates the benchmark scenario. Deterministic in its options. */
export function generateScenario(options: GenerateOptions): GeneratedScenario {
  const eventCount = options.events;
  const personCount = options.persons ?? 100_000;
  if (!(eventCount >= 1000) || !(personCount >= 1000)) throw new RangeError("at least 1,000 events and 1,000 persons");
  const rand = prng(options.seed ?? 20040102);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const ids = Array.from({ length: personCount }, (_, i) => `p${i}`);

  // ---- persons: roles and a few thousand in affiliate groups of 2–3 (R-1b) ----
  const persons: BenchScenario["persons"] = ids.map((id) => ({ id }));
  Object.assign(persons[BIDDER]!, { name: "Bidder Holdings LLC", affiliates: [ids[BIDDER_FUND]] });
  Object.assign(persons[BIDDER_FUND]!, { name: "Bidder Fund LP" });
  Object.assign(persons[EXEMPT_PLAN]!, { name: "Company Employee Benefit Plan", exempt: true });
  for (let p = 3; p < 13; p++) persons[p]!.directorOfficer = true;
  for (let p = 13; p < 15; p++) Object.assign(persons[p]!, { stockPlan: true, name: `Stock Plan ${p - 12}` });
  const affiliated = Math.min(3000, Math.floor(personCount * 0.03));
  for (let p = FIRST_ORDINARY; p < FIRST_ORDINARY + affiliated; ) {
    const size = rand() < 0.5 ? 2 : 3;
    persons[p]!.affiliates = ids.slice(p + 1, Math.min(p + size, FIRST_ORDINARY + affiliated));
    p += size;
  }

  // ---- the ledger the generator keeps, to stay valid ----
  const sharesOutstanding = 300_000_000;
  let outstanding = sharesOutstanding;
  const held = new Float64Array(personCount);
  let namedHeld = 0;
  const holdings: BenchScenario["holdings"] = [];
  const give = (p: number, shares: number) => {
    held[p]! += shares;
    namedHeld += shares;
  };
  give(EXEMPT_PLAN, 6_000_000);
  holdings.push({ person: ids[EXEMPT_PLAN]!, shares: 6_000_000 });
  for (let p = 3; p < personCount; p++) {
    if (p >= 15 && rand() >= 0.3) continue;
    const shares = p < 15 ? int(50, 400) * 1000 : int(1, 50) * 100;
    give(p, shares);
    holdings.push({ person: ids[p]!, shares });
  }

  // ---- prices: a daily close for every weekday (Trading Days, R-T4) ----
  let cents = 450;
  const prices = weekdays(PRICES_FROM, TRADING_TO).map((date) => {
    cents = Math.max(150, Math.min(2500, Math.round(cents * (1 + (rand() - 0.5) * 0.04))));
    return { date, close: (cents / 100).toFixed(2) };
  });
  const closeCents = new Map(prices.map((p) => [p.date, Math.round(Number(p.close) * 100)]));

  // ---- the calendar of events: K feeds, each sorted by day, concatenated ----
  const days = weekdays(TRADING_FROM, TRADING_TO);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const narratives = narrativeSchedule();
  const randomCount = eventCount - narratives.length;
  const feeds = 16;
  const slotDay = new Int32Array(eventCount);
  const slotKind = new Uint8Array(eventCount);
  const slotNarrative = new Int32Array(eventCount).fill(-1);
  // Narrative events go to random positions of the file; the random ones fill the rest.
  const narrativeAt = new Map<number, number>();
  while (narrativeAt.size < narratives.length) {
    const pos = int(0, eventCount - 1);
    if (!narrativeAt.has(pos)) narrativeAt.set(pos, narrativeAt.size);
  }
  const randomDays = new Int32Array(randomCount);
  for (let f = 0; f < feeds; f++) {
    const from = Math.floor((randomCount * f) / feeds);
    const to = Math.floor((randomCount * (f + 1)) / feeds);
    const feed = randomDays.subarray(from, to);
    for (let i = 0; i < feed.length; i++) feed[i] = int(0, days.length - 1);
    feed.sort();
  }
  for (let slot = 0, r = 0; slot < eventCount; slot++) {
    const n = narrativeAt.get(slot);
    if (n !== undefined) {
      slotDay[slot] = narratives[n]!.day;
      slotKind[slot] = Kind.Narrative;
      slotNarrative[slot] = n;
      continue;
    }
    slotDay[slot] = randomDays[r++]!;
    let u = rand();
    let kind = Kind.Trade;
    for (const [k, rate] of RATES) {
      if (u < rate) {
        kind = k;
        break;
      }
      u -= rate;
    }
    slotKind[slot] = kind;
  }

  // ---- replay in the engine's order (day, then file order: every `at` is a bare date, 9:00 A.M.) ----
  const perDay = new Int32Array(days.length + 1);
  for (let s = 0; s < eventCount; s++) perDay[slotDay[s]! + 1]!++;
  for (let d = 0; d < days.length; d++) perDay[d + 1]! += perDay[d]!;
  const order = new Int32Array(eventCount);
  const cursor = perDay.slice(0, days.length);
  for (let s = 0; s < eventCount; s++) order[cursor[slotDay[s]!]!++] = s;

  const events: BenchEvent[] = new Array(eventCount);
  const counts: Record<string, number> = {};
  const optionShares = new Float64Array(personCount);
  const agreements: { id: string; persons: string[] }[] = [];
  let agreementSeq = 0;
  const offers: { id: string; bidder: number; allShares: boolean; sharesSought?: number; qualified: boolean }[] = [];
  let offerSeq = 0;
  let distributed = false;
  let rightsAtDistribution: Float64Array | undefined;
  const pub = () => outstanding - namedHeld;
  let minPublic = pub();
  /** Active traders: a quarter of the trades come from 5,000 of them. */
  const active = Array.from({ length: 5000 }, () => int(FIRST_ORDINARY, personCount - 1));
  const ordinary = () => (rand() < 0.25 ? active[int(0, active.length - 1)]! : int(FIRST_ORDINARY, personCount - 1));
  const lot = () => 100 * (1 + Math.floor(rand() ** 3 * 20));
  const bidderOwned = () => held[BIDDER]! + held[BIDDER_FUND]!;

  const trade = (at: string, p: number): BenchEvent => {
    // Mean-reverting positions: the more a holder has, the likelier it sells.
    const h = held[p]!;
    if (h > 0 && rand() < Math.min(0.9, h / 2000)) {
      const shares = rand() < 0.15 ? h : Math.min(h, lot());
      give(p, -shares);
      return { at, type: "dispose", person: ids[p]!, shares };
    }
    const shares = Math.min(lot(), pub());
    give(p, shares);
    return { at, type: "acquire", person: ids[p]!, shares };
  };

  function narrativeSchedule(): Narrative[] {
    const list: Narrative[] = [];
    const accumulation = days.filter((d) => d >= ACCUMULATION_FROM && d < CROSSING);
    // Blocks up to 14.6% before the crossing, so that later dilution or repurchases cannot matter.
    accumulation.forEach((date, i) => {
      list.push({
        day: dayIndex.get(date)!,
        make: () => {
          const target = Math.floor((outstanding * 0.146 * (i + 1)) / accumulation.length);
          const shares = Math.min(target - bidderOwned(), pub());
          if (shares <= 0) return undefined;
          const who = i % 3 === 2 ? BIDDER_FUND : BIDDER;
          give(who, shares);
          return { at: date, type: "acquire", person: ids[who]!, shares, note: "bidder accumulates" };
        },
      });
    });
    const block = (date: string, percent: number, note: string): Narrative => ({
      day: dayIndex.get(date)!,
      make: () => {
        const shares = Math.ceil((outstanding * percent) / 100) - bidderOwned();
        if (shares > pub()) throw new Error("the public cannot supply the bidder's block");
        give(BIDDER, shares);
        return { at: date, type: "acquire", person: ids[BIDDER]!, shares, note };
      },
    });
    list.push(block(CROSSING, 15.4, "bidder crosses 15%"));
    AFTER_CROSSING.forEach((date, i) => list.push(block(date, 17 + 1.5 * i, "bidder adds to its position")));
    list.push({ day: dayIndex.get(ANNOUNCEMENT)!, make: () => ({ at: ANNOUNCEMENT, type: "announce", by: ids[BIDDER]!, subject: ids[BIDDER]!, note: "Schedule 13D" }) });
    list.push({
      day: dayIndex.get(EXERCISE)!,
      make: () => {
        // A holder with at least 1,000 Rights at the Distribution Date (its Rights Certificates), not void.
        const rights = rightsAtDistribution!;
        for (let p = FIRST_ORDINARY; p < personCount; p++) {
          if (rights[p]! >= 1000) {
            exercise.by = ids[p]!;
            return { at: EXERCISE, type: "exercise", holder: ids[p]!, rights: exercise.rights };
          }
        }
        throw new Error("no holder with 1,000 Rights at the Distribution Date");
      },
    });
    return list;
  }
  const exercise = { by: "", rights: 1000 };

  for (let i = 0; i < eventCount; i++) {
    const slot = order[i]!;
    const date = days[slotDay[slot]!]!;
    if (!distributed && date > DISTRIBUTION) {
      distributed = true;
      rightsAtDistribution = held.slice();
    }
    let event: BenchEvent | undefined;
    switch (slotKind[slot] as Kind) {
      case Kind.Narrative:
        event = narratives[slotNarrative[slot]!]!.make();
        break;
      case Kind.Option: {
        const p = ordinary();
        const shares = int(1, 20) * 100;
        optionShares[p]! += shares;
        event = { at: date, type: "option", person: ids[p]!, shares };
        break;
      }
      case Kind.Issue: {
        const shares = int(1, 20) * 1000;
        outstanding += shares;
        if (rand() < 0.5) {
          event = { at: date, type: "issue", shares };
        } else {
          const p = ordinary();
          give(p, shares);
          event = { at: date, type: "issue", shares, person: ids[p]! };
        }
        if (distributed && rand() < 0.3) event.withRights = true;
        break;
      }
      case Kind.Repurchase: {
        const p = ordinary();
        if (rand() < 0.3 && held[p]! > 0) {
          const shares = held[p]!;
          give(p, -shares);
          outstanding -= shares;
          event = { at: date, type: "repurchase", shares, person: ids[p]! };
        } else {
          const shares = Math.min(int(10, 200) * 1000, pub());
          outstanding -= shares;
          event = { at: date, type: "repurchase", shares };
        }
        break;
      }
      case Kind.Agreement: {
        const size = int(2, 4);
        const parties = new Set<string>();
        while (parties.size < size) parties.add(ids[ordinary()]!);
        const id = `ag-${++agreementSeq}`;
        agreements.push({ id, persons: [...parties] });
        const purposes = ["acquire", "hold", "vote", "dispose", "vote-liquidation-plan"] as const;
        event = { at: date, type: "agreement", id, persons: [...parties], purpose: purposes[int(0, purposes.length - 1)] };
        break;
      }
      case Kind.AgreementEnd: {
        if (agreements.length === 0) break;
        const k = int(0, agreements.length - 1);
        const [ended] = agreements.splice(k, 1);
        event = { at: date, type: "agreement-end", agreement: ended!.id };
        break;
      }
      case Kind.Announce:
        event = rand() < 0.5 ? { at: date, type: "announce", by: "company", subject: ids[ordinary()]! } : { at: date, type: "announce", by: ids[ordinary()]!, subject: ids[ordinary()]! };
        break;
      case Kind.TenderOffer: {
        const bidder = ordinary();
        const id = `to-${++offerSeq}`;
        const price = (((closeCents.get(date) ?? 500) * 1.3) / 100).toFixed(2);
        if (rand() < 0.5) {
          // For all the shares: under Amendment No. 1 it starts no Distribution Date clock.
          offers.push({ id, bidder, allShares: true, qualified: false });
          event = { at: date, type: "tender-offer", id, bidder: ids[bidder]!, allShares: true, price };
        } else {
          // For less than all, too few to make the bidder an Acquiring Person: no clock either.
          const sharesSought = int(1, 50) * 1000;
          offers.push({ id, bidder, allShares: false, sharesSought, qualified: false });
          event = { at: date, type: "tender-offer", id, bidder: ids[bidder]!, allShares: false, sharesSought, price, considerationForm: rand() < 0.8 ? "cash" : "mixed" };
        }
        break;
      }
      case Kind.TenderFollowUp: {
        if (offers.length === 0) break;
        const k = int(0, offers.length - 1);
        const o = offers[k]!;
        const u = rand();
        if (o.allShares && !o.qualified && u < 0.3) {
          o.qualified = true;
          event = { at: date, type: "qualify-offer", offer: o.id };
        } else if (o.allShares && u < 0.5) {
          o.allShares = false;
          o.sharesSought = int(1, 50) * 1000;
          event = { at: date, type: "tender-offer-amend", offer: o.id, allShares: false, sharesSought: o.sharesSought };
        } else if (u < 0.8) {
          offers.splice(k, 1);
          const sharesAcquired = Math.min(o.sharesSought ?? int(1, 50) * 1000, pub());
          // Some holders tender by name; the rest comes from the public.
          const from: { person: string; shares: number }[] = [];
          let fromNamed = 0;
          for (let j = 0; j < 2; j++) {
            const p = ordinary();
            const shares = Math.min(held[p]!, sharesAcquired - fromNamed);
            if (p === o.bidder || shares <= 0 || from.some((f) => f.person === ids[p])) continue;
            from.push({ person: ids[p]!, shares });
            fromNamed += shares;
            give(p, -shares);
          }
          give(o.bidder, sharesAcquired);
          event = { at: date, type: "tender-offer-close", offer: o.id, sharesAcquired, ...(from.length ? { from } : {}) };
        } else {
          offers.splice(k, 1);
          event = { at: date, type: "tender-offer-withdraw", offer: o.id };
        }
        break;
      }
      case Kind.Trade:
        break;
    }
    event ??= trade(date, ordinary());
    if (namedHeld > outstanding) throw new Error(`generator bug: named holders hold more than outstanding at event ${slot}`);
    minPublic = Math.min(minPublic, pub());
    counts[event.type] = (counts[event.type] ?? 0) + 1;
    events[slot] = event;
  }

  const scenario: BenchScenario = {
    title: `rightsplan benchmark: ${eventCount} events over ${personCount} persons (seed ${options.seed ?? 20040102})`,
    plan: "net-perceptions",
    company: { sharesOutstanding },
    persons,
    holdings,
    prices,
    events,
  };
  return {
    scenario,
    expect: {
      acquiringPerson: ids[BIDDER]!,
      crossingDate: CROSSING,
      stockAcquisitionDate: ANNOUNCEMENT,
      distributionDate: DISTRIBUTION,
      exerciseBy: exercise.by,
      exerciseRights: exercise.rights,
    },
    counts,
    final: { sharesOutstanding: outstanding, namedHeld, minPublic },
  };
}

/** The scenario and its JSON text (what the yardstick `JSON.parse`s). */
export function generateScenarioText(options: GenerateOptions): GeneratedScenario & { readonly text: string } {
  const generated = generateScenario(options);
  return { ...generated, text: JSON.stringify(generated.scenario) };
}
