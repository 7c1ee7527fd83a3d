/**
 * Ownership over time: each named Person's Beneficial Ownership (R-1d) after every instant at
 * which events happened, against the Acquiring Person threshold in force (R-1a, which an
 * amendment may move), with the dates the plan turns on: the Section 11(a)(ii) Event, the Stock
 * Acquisition Date (R-1ff), the Distribution Date (R-3a), the end of the redemption window
 * and the end of the Rights.
 *
 * The engine keeps no history, so each point is the engine's own answer re-run as of just after
 * that instant (never a re-implementation of its rules). That costs one run per instant: a long
 * scenario is sampled at `maxPoints` instants.
 */
import type { Run } from "../engine/evaluate.js";
import { runScenario } from "../engine/evaluate.js";
import type { State } from "../engine/state.js";
import { ownedPercent } from "../agreement/acquiringPerson.js";
import { distributionDate } from "../agreement/distributionDate.js";
import { redemptionDeadline } from "../agreement/redemption.js";
import type { ParsedScenario } from "../scenario/parse.js";
import { formatNewYork, type Instant } from "../time/instant.js";
import { countedEvents, type AnalysisOptions } from "./base.js";

export interface OwnershipPoint {
  readonly at: Instant;
  readonly iso: string;
  /** The events at this instant (0-based indices in the file), empty for the start and the as-of point. */
  readonly events: readonly number[];
  readonly sharesOutstanding: number;
  readonly thresholdPercent: string;
  /** Beneficial Ownership by Person id (every named Person, zero included). */
  readonly owners: Readonly<Record<string, { readonly shares: number; readonly percent: string }>>;
}

export type MarkKind = "flip-in" | "stock-acquisition-date" | "distribution-date" | "redemption-deadline" | "flip-over" | "exchange" | "redemption" | "expiration";

export interface DateMark {
  readonly kind: MarkKind;
  readonly at: Instant;
  readonly iso: string;
  readonly rule: string;
  /** "Distribution Date (R-3a)". */
  readonly label: string;
  /** A date fixed by the events but not reached by the as-of instant. */
  readonly scheduled: boolean;
}

export interface OwnershipTimeline {
  readonly asOf: string;
  readonly planVersion: string;
  readonly company: string;
  /** The Persons charted: those who owned shares at some point, largest first (at most `maxPersons`). */
  readonly persons: readonly string[];
  readonly points: readonly OwnershipPoint[];
  /** Marks within the chart's time range. */
  readonly marks: readonly DateMark[];
  /** Marks too far after the as-of date to chart (e.g. a redemption window open until the Final Expiration Date). */
  readonly omitted: readonly DateMark[];
  /** The chart's time range: from the start to the as-of instant, stretched to the marks within `horizonDays` after it. */
  readonly range: { readonly from: Instant; readonly to: Instant };
  /** Whether the points are a sample of the scenario's instants. */
  readonly sampled: boolean;
}

export interface TimelineOptions {
  readonly maxPoints?: number;
  readonly maxPersons?: number;
  readonly horizonDays?: number;
}

function pointOf(state: State, at: Instant, events: readonly number[]): OwnershipPoint {
  const owners: Record<string, { shares: number; percent: string }> = {};
  state.persons.forEach((person, p) => {
    owners[person.id] = { shares: state.ownership.ownedOf(p), percent: ownedPercent(state, p) };
  });
  return { at, iso: formatNewYork(at), events, sharesOutstanding: state.sharesOutstanding, thresholdPercent: state.terms.values.acquiringPersonThresholdPercent, owners };
}

/** The plan's dates as of the final state, in time order. */
export function dateMarks(run: Run): DateMark[] {
  const { state, asOf } = run;
  const marks: Omit<DateMark, "iso" | "scheduled">[] = [];
  if (state.flipIn) marks.push({ kind: "flip-in", at: state.flipIn.at, rule: "R-11a-ii", label: "Flip-in event (R-11a-ii)" });
  if (state.stockAcquisition) marks.push({ kind: "stock-acquisition-date", at: state.stockAcquisition.at, rule: "R-1ff", label: "Stock Acquisition Date (R-1ff)" });
  const dd = distributionDate(state);
  if (dd) marks.push({ kind: "distribution-date", at: dd.at, rule: "R-3a", label: `Distribution Date (R-3a${dd.prong === "3a-i" ? "(i)" : "(ii)"})` });
  marks.push({ kind: "redemption-deadline", at: redemptionDeadline(state), rule: "R-23", label: state.stockAcquisition ? "Redemption deadline (R-23)" : "Redemption deadline: Final Expiration (R-23)" });
  if (state.flipOver) marks.push({ kind: "flip-over", at: state.flipOver.at, rule: "R-13", label: "Section 13 Event (R-13)" });
  if (state.ended?.at !== undefined) {
    const ended = { exchanged: ["exchange", "R-24", "Exchange (R-24)"], redeemed: ["redemption", "R-23", "Redemption (R-23)"], expired: ["expiration", "R-7a", "Expiration (R-7a)"] } as const;
    const e = ended[state.status as keyof typeof ended];
    if (e) marks.push({ kind: e[0], at: state.ended?.at, rule: e[1], label: e[2] });
  }
  // Once the Rights have ended (R-23, R-24, R-7a) no later date of theirs comes: a Distribution Date or a window's close after a redemption is not "scheduled"
  const endedAt = state.ended?.at;
  const live = endedAt === undefined ? marks : marks.filter((m) => m.at <= endedAt);
  return live.map((m) => ({ ...m, iso: formatNewYork(m.at), scheduled: m.at > asOf })).sort((a, b) => a.at - b.at);
}

/** Evenly spaced picks of `n` items from `items`, first and last always included. */
function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const picked: T[] = [];
  for (let i = 0; i < n; i++) picked.push(items[Math.round((i * (items.length - 1)) / (n - 1))]);
  return picked;
}

/** Ownership over time for a scenario (see the module comment). `final` is the scenario's run, if already made. */
export function ownershipTimeline(parsed: ParsedScenario, options: AnalysisOptions, timelineOptions: TimelineOptions = {}, final: Run = runScenario(parsed, options)): OwnershipTimeline {
  const maxPoints = timelineOptions.maxPoints ?? 300;
  const maxPersons = timelineOptions.maxPersons ?? 8;
  const horizon = (timelineOptions.horizonDays ?? 45) * 86_400_000;
  const explicit = (options.asOf ?? parsed.scenario.asOf) !== undefined;
  const counted = countedEvents(parsed, final, explicit);
  const instants = new Map<Instant, number[]>();
  for (const c of counted) instants.set(c.at, [...(instants.get(c.at) ?? []), c.index]);
  const chosen = sample([...instants.keys()], maxPoints);
  const points: OwnershipPoint[] = [];
  const first = chosen[0];
  if (first !== undefined) points.push(pointOf(runScenario(parsed, { ...options, asOf: formatNewYork(first) }).state, first, []));
  for (const at of chosen) {
    points.push(pointOf(runScenario(parsed, { ...options, asOf: formatNewYork(at + 1) }).state, at, instants.get(at)!));
  }
  points.push(pointOf(final.state, final.asOf, []));
  const from = points[0].at;
  const all = dateMarks(final);
  const limit = Math.max(final.asOf, ...all.filter((m) => m.at <= final.asOf + horizon).map((m) => m.at));
  const marks = all.filter((m) => m.at >= from && m.at <= limit);
  const omitted = all.filter((m) => !marks.includes(m));
  const peak = new Map<string, number>();
  for (const point of points) for (const [id, o] of Object.entries(point.owners)) if (o.shares > 0) peak.set(id, Math.max(peak.get(id) ?? 0, Number(o.percent)));
  const persons = [...peak.entries()].sort((a, b) => b[1] - a[1]).slice(0, maxPersons).map(([id]) => id);
  return {
    asOf: formatNewYork(final.asOf),
    planVersion: final.state.terms.version,
    company: final.state.terms.values.company,
    persons,
    points,
    marks,
    omitted,
    range: { from, to: limit },
    sampled: chosen.length < instants.size,
  };
}
