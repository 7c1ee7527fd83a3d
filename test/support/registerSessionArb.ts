/**
 * A fast-check arbitrary for random Rights Agents' sessions on the register (as in
 * test/support/arbitraries.ts, a skeleton of small integers realised deterministically, so that
 * fast-check shrinks the skeleton): a holder list (Cede & Co., a few DRS and certificated holders,
 * a raider and perhaps its Affiliate, perhaps another Person near the threshold, whom the
 * register's transfers may take over it), facts about the raider (a purchase recorded by the register,
 * the scenario or both; a 13D, a tender offer, a split, the Board's redemption or exchange, a sale,
 * the Board's finding that the crossing was inadvertent, a merger, new shares, an amendment of the plan; some known only later,
 * applied again), then
 * commands in a rough time order with some dated back, some under keys used before, some about
 * holders the register does not know: transfers of shares and of Rights, issues, the
 * distribution, exercises, a redemption, exchanges into a trust or not, claims.
 */
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Register, Result } from "../../src/register/index.js";
import * as lib from "../../src/register/index.js";

/** One command of a session: run on a register, and said as the CLI would be asked (for a failure's report). */
export interface SessionStep {
  readonly said: string;
  readonly keyed: boolean;
  run(register: Register): Promise<Result<unknown>>;
}

export interface RandomSession {
  readonly plan: string;
  readonly holdersCsv: string;
  readonly sharesOutstanding: number;
  readonly scenario: Record<string, unknown>;
  readonly steps: readonly SessionStep[];
}

/** A plan terms file of the test fixtures, by its absolute path (as `register init --plan FILE` keeps it). */
const fixturePlan = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/**
 * The built-in plans, and plan terms files whose numbers differ from the seed's (`init --plan FILE`;
 * the scenario names the plan by its id): two Units a Right, an exchange ratio of
 * 1/2 and 4.99% (with an amendment); 1.5 Units a Right, flip-in x3, exchange ratio 2, redemption at
 * $.0025; a 10% threshold with a 20% passive one, 1/100th Units, redemption at $.001. Each session
 * runs from March 1 of a `year` in its plan's life.
 */
const PLANS: readonly { id: string; file?: string; threshold: number; year: number }[] = [
  { id: "net-perceptions", threshold: 0.15, year: 2004 },
  { id: "selectica-2009", threshold: 0.0499, year: 2004 },
  { id: "beacon-financial-2012", file: fixturePlan("plans/nol-tax-benefits.yaml"), threshold: 0.0499, year: 2014 },
  { id: "ratio-plan", file: fixturePlan("register-sessions/ratio-plan-one-and-a-half-units-exchange-at-two-flip-in-at-three/plan.yaml"), threshold: 0.15, year: 2004 },
  { id: "acme-widgets-2010", file: fixturePlan("plans/ten-percent-passive.yaml"), threshold: 0.1, year: 2011 },
];
const KINDS = ["drs", "certificate"] as const;
const SHARES = [0, 1, 99, 1000, 12_345, 50_000, 250_000];
const COUNTS = [1, 10, 99, 1000, 100_000, 1_000_000];
const PORTIONS = ["1", "0.5", "0.25", "0.3"];
const COMMANDS = ["transfer", "transfer", "exercise", "exercise", "exercise", "transfer-rights", "issue", "distribute", "redeem", "exchange", "claim", "apply"] as const;

/** The one more fact a session's facts may hold (otherFact). */
const OTHER_FACTS = ["dispose", "inadvertent", "merger", "issue", "cheaper", "shorter", "group", "repurchase", "option"] as const;

const commandArb = fc.record({
  kind: fc.nat(COMMANDS.length - 1),
  holder: fc.nat(9),
  other: fc.nat(9),
  amount: fc.nat(COUNTS.length - 1),
  /** Days after the one before (a few dated back). */
  days: fc.integer({ min: -4, max: 9 }),
  hour: fc.integer({ min: 9, max: 18 }),
  key: fc.option(fc.nat(5), { freq: 3 }),
  flag: fc.boolean(),
  undated: fc.boolean(),
  portion: fc.nat(PORTIONS.length - 1),
});

export const sessionSkeletonArb = fc.record({
  plan: fc.nat(PLANS.length - 1),
  cedeMillions: fc.integer({ min: 5, max: 9 }),
  holders: fc.array(fc.record({ kind: fc.nat(1), shares: fc.nat(SHARES.length - 1) }), { minLength: 2, maxLength: 6 }),
  /** The raider's start, in tenths of 60% of the threshold; its Affiliate's, of 30% (none when null). */
  raider: fc.nat(10),
  ally: fc.option(fc.nat(10), { freq: 2 }),
  /** Another Person, not the raider's, with a certificate of its own: its start, in tenths of 90% of the threshold (none when null). */
  rival: fc.option(fc.nat(10), { freq: 3 }),
  viaCede: fc.boolean(),
  /** The purchase: days after 2004-03-01, and how far past the threshold, in tenths of 30% of it (from -15%). */
  buyDay: fc.nat(20),
  buyOver: fc.nat(10),
  recordBuy: fc.boolean(),
  scenarioBuy: fc.boolean(),
  announce: fc.nat(6),
  tender: fc.boolean(),
  split: fc.option(fc.constantFrom("2", "0.5", "1.5"), { freq: 4 }),
  boardAct: fc.option(fc.constantFrom("redeem", "exchange", "half"), { freq: 3 }),
  boardDay: fc.nat(40),
  /** One more fact about the raider or the Company, some days after the purchase. */
  other: fc.option(fc.constantFrom(...OTHER_FACTS), { freq: 3 }),
  otherDay: fc.integer({ min: -5, max: 40 }),
  /** How many of the facts' events the Rights Agent knows at the first apply (the rest arrive later: "apply" again). */
  known: fc.nat(6),
  /** The facts' `asOf`, days after the purchase (none: the engine's default, the day of the last event). */
  asOfDay: fc.option(fc.nat(40), { freq: 2 }),
  commands: fc.array(commandArb, { maxLength: 16 }),
});

export type SessionSkeleton = typeof sessionSkeletonArb extends fc.Arbitrary<infer T> ? T : never;

/** Closes on every weekday from four months before March 1 of `year` to the January after, alternating around $2.30 (enough for every Current Market Price the sessions need). */
function pricesAround(year: number): { date: string; close: string }[] {
  const closes: { date: string; close: string }[] = [];
  for (let day = Date.UTC(year - 1, 10, 1); day < Date.UTC(year + 1, 0, 31); day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) closes.push({ date: new Date(day).toISOString().slice(0, 10), close: closes.length % 2 ? "2.40" : "2.20" });
  }
  return closes;
}

/** The session's days, counted from March 1 of `year` (a year in the plan's life), and its instants at an hour of New York's winter time. */
function calendar(year: number) {
  const dayOf = (n: number) => new Date(Date.UTC(year, 2, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const instantOf = (n: number, hour: number) => Date.parse(`${dayOf(n)}T${String(hour).padStart(2, "0")}:00:00-05:00`);
  return { dayOf, instantOf };
}

export function realiseSession(s: SessionSkeleton): RandomSession {
  const plan = PLANS[s.plan];
  const { dayOf, instantOf } = calendar(plan.year);
  const holders = [{ id: "cede", kind: "cede", shares: s.cedeMillions * 1_000_000 }, ...s.holders.map((h, i) => ({ id: `h${i}`, kind: KINDS[h.kind], shares: SHARES[h.shares] }))];
  const base = holders.reduce((sum, h) => sum + h.shares, 0);
  holders.push({ id: "raider", kind: "drs", shares: Math.floor((s.raider / 10) * 0.6 * plan.threshold * base) });
  if (s.ally !== null) holders.push({ id: "ally", kind: "drs", shares: Math.floor((s.ally / 10) * 0.3 * plan.threshold * base) });
  if (s.rival !== null) holders.push({ id: "rival", kind: "certificate", shares: Math.floor((s.rival / 10) * 0.9 * plan.threshold * base) });
  const total = holders.reduce((sum, h) => sum + h.shares, 0);
  const held = (id: string) => holders.find((h) => h.id === id)?.shares ?? 0;
  const ids = holders.map((h) => h.id);
  const persons: Record<string, unknown>[] = [{ id: "raider", holders: s.viaCede ? ["raider", "cede"] : ["raider"], ...(s.ally !== null ? { affiliates: ["fund"] } : {}) }];
  if (s.ally !== null) persons.push({ id: "fund", holders: ["ally"] });
  if (s.rival !== null) persons.push({ id: "rival", holders: ["rival"] });
  const holdings = [{ person: "raider", shares: held("raider") }, { person: "fund", shares: held("ally") }, { person: "rival", shares: held("rival") }].filter((h) => h.shares > 0);
  const threshold = Math.ceil(total * plan.threshold);
  const buy = Math.max(1, threshold - held("raider") - held("ally") + Math.floor(((s.buyOver - 1.5) / 10) * 0.3 * threshold));
  const events: Record<string, unknown>[] = [];
  if (!s.recordBuy || s.scenarioBuy) events.push({ at: dayOf(s.buyDay), type: "acquire", person: "raider", shares: buy });
  if (s.announce > 0) events.push({ at: dayOf(s.buyDay + s.announce - 1), type: "announce", by: "raider", subject: "raider" });
  if (s.tender) events.push({ at: dayOf(s.buyDay + 1), type: "tender-offer", id: "t1", bidder: "raider", allShares: true, price: "3.00" });
  if (s.split) events.push({ at: dayOf(s.buyDay + 12), type: "split", ratio: s.split });
  if (s.boardAct) events.push({ at: dayOf(s.buyDay + s.boardDay), type: s.boardAct === "redeem" ? "redeem" : "exchange", ...(s.boardAct === "half" ? { portion: "0.5" } : {}) });
  const other = s.other && otherFact(s.other, { at: dayOf(s.buyDay + s.otherDay), bought: buy, expiry: dayOf(s.buyDay + s.otherDay + 15), partner: s.rival !== null ? "rival" : s.ally !== null ? "fund" : undefined });
  if (other) events.push(other);
  events.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const asOf = s.asOfDay === null ? {} : { asOf: dayOf(s.buyDay + s.asOfDay) };
  const scenario = { plan: plan.id, ...asOf, company: { sharesOutstanding: total }, persons, ...(holdings.length ? { holdings } : {}), prices: pricesAround(plan.year), events };

  const steps: SessionStep[] = [];
  if (s.recordBuy) steps.push(transferStep("cede", "raider", buy, instantOf(s.buyDay, 9)));
  steps.push(applyStep({ ...scenario, events: events.slice(0, s.known) }, events.length - Math.min(s.known, events.length)));
  let day = s.buyDay - 2;
  for (const c of s.commands) {
    day += c.days;
    const at = c.undated ? undefined : instantOf(day, c.hour);
    const key = c.key === null ? undefined : `k${c.key}`;
    const holder = [...ids, "newcomer"][c.holder % (ids.length + 1)];
    const other = ids[c.other % ids.length];
    const kind = COMMANDS[c.kind];
    steps.push(kind === "apply" ? applyStep(scenario, 0) : commandStep(kind, { at: at ?? instantOf(day, c.hour), undated: c.undated, key, holder, other, count: COUNTS[c.amount], flag: c.flag, portion: PORTIONS[c.portion] }));
  }
  return { plan: plan.file ?? plan.id, holdersCsv: `holder,name,kind,shares\n${holders.map((h) => `${h.id},Holder ${h.id},${h.kind},${h.shares}`).join("\n")}\n`, sharesOutstanding: total, scenario, steps };
}

/** `apply` of the facts known so far (`unknown` of their events still to come). */
function applyStep(scenario: Record<string, unknown>, unknown: number): SessionStep {
  return { said: unknown ? `apply (${unknown} of the facts' events not yet known)` : "apply", keyed: false, run: (r) => lib.applyScenario(r, { scenario: structuredClone(scenario), dir: process.cwd() }) };
}

/**
 * The raider sells half its purchase, the Board finds its crossing inadvertent, the Company merges
 * into another and is gone, or issues shares to the public; the Board amends the plan (R-27): a
 * Purchase Price of $10, or a Final Expiration Date brought forward to `expiry`; the raider and its
 * `partner` (the other Person, else its Affiliate; none: no fact) agree to acquire shares together
 * (a group, R-1d(iv)); the Company buys back 400,000 shares from the public (R-1a-repurchase); the
 * raider gets an option on as many shares as it bought (R-1d(ii)).
 */
function otherFact(kind: (typeof OTHER_FACTS)[number], c: { at: string; bought: number; expiry: string; partner?: string }): Record<string, unknown> | undefined {
  const { at } = c;
  switch (kind) {
    case "dispose":
      return { at, type: "dispose", person: "raider", shares: Math.floor(c.bought / 2) + 1 };
    case "inadvertent":
      return { at, type: "inadvertent", person: "raider" };
    case "merger":
      return { at, type: "merger", companySurvives: false, commonExchanged: true, consideration: "4.00", considerationForm: "cash", principalPartyPrice: "10.00" };
    case "issue":
      return { at, type: "issue", shares: 25_000 };
    case "cheaper":
      return { at, type: "amend", id: "cheaper", changes: { purchasePrice: "10" } };
    case "shorter":
      return { at, type: "amend", id: "shorter", changes: { finalExpiration: { date: c.expiry, time: "17:00" } } };
    case "group":
      return c.partner ? { at, type: "agreement", id: "group", persons: ["raider", c.partner], purpose: "acquire" } : undefined;
    case "repurchase":
      return { at, type: "repurchase", shares: 400_000 };
    case "option":
      return { at, type: "option", person: "raider", shares: c.bought };
  }
}

interface CommandArgs {
  readonly at: number;
  readonly undated: boolean;
  readonly key?: string;
  readonly holder: string;
  readonly other: string;
  readonly count: number;
  readonly flag: boolean;
  readonly portion: string;
}

const when = (at: number) => new Date(at).toISOString();

function transferStep(from: string, to: string, shares: number, at: number, key?: string): SessionStep {
  return { said: `transfer --from ${from} --to ${to} --shares ${shares} --at ${when(at)}${key ? ` --key ${key}` : ""}`, keyed: key !== undefined, run: (r) => lib.transfer(r, { from, to, shares, at, key }) };
}

function commandStep(kind: Exclude<(typeof COMMANDS)[number], "apply">, a: CommandArgs): SessionStep {
  const { key, holder, other, count } = a;
  const at = a.undated ? undefined : a.at;
  const suffix = `${at === undefined ? "" : ` --at ${when(at)}`}${key ? ` --key ${key}` : ""}`;
  const step = (said: string, run: SessionStep["run"]): SessionStep => ({ said: `${said}${suffix}`, keyed: key !== undefined, run });
  switch (kind) {
    case "transfer":
      return transferStep(holder, other, Math.min(count, 100_000), a.at, key);
    case "transfer-rights":
      return step(`transfer-rights --from ${other} --to ${holder} --rights ${count}`, (r) => lib.transferRights(r, { from: other, to: holder, rights: count, at, key }));
    case "issue":
      return step(`issue --holder ${holder} --shares ${count}${a.flag ? " --with-rights" : ""}`, (r) => lib.issueShares(r, { holder, shares: count, withRights: a.flag, at, key }));
    case "distribute":
      return step(`distribute${a.flag ? " --right-value 0.37" : ""}`, (r) => lib.distribute(r, { at, key, ...(a.flag ? { rightValue: "0.37" } : {}) }));
    case "exercise":
      return step(`exercise --holder ${holder} --rights ${count}${a.flag || count > 10 ? " --certify" : ""}`, (r) => lib.exercise(r, { holder, rights: count, certify: a.flag || count > 10, at, key }));
    case "redeem":
      return step("redeem", (r) => lib.redeem(r, { at, key }));
    case "exchange":
      return step(`exchange --portion ${a.portion}${a.flag ? " --trust" : ""}`, (r) => lib.exchange(r, { portion: a.portion, trust: a.flag, at, key }));
    case "claim":
      return step(`claim --holder ${holder} --certify`, (r) => lib.claimFromTrust(r, { holder, certify: true, at, key }));
  }
}
