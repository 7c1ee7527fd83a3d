/**
 * The engine: plan terms + starting facts + dated events in, the state of the Rights as of an
 * instant + its explanation out. Pure: it reads no file (the caller supplies the plans: `plan`,
 * or a catalogue in `plans`, by default the built-in plans) and keeps nothing between calls.
 */
import { formatIssue, InputError } from "../errors.js";
import { parseScenario, type EventInputError, type ParsedScenario } from "../scenario/parse.js";
import type { ScenarioEvent } from "../scenario/schema.js";
import { BUILT_IN_PLANS, planNamed, type PlanCatalogue } from "../terms/catalogue.js";
import type { Plan } from "../terms/schema.js";
import { ForeignOffsetError, InvalidInstantError, newYorkDateOf, newYorkInstant, parseEventInstant, type Instant } from "../time/instant.js";
import { isIsoDate } from "../time/isoDate.js";
import { bankCalendar } from "../time/bankCalendar.js";
import { closeOfBusiness } from "../time/closeOfBusiness.js";
import { RULES, sectionOf, type RuleId } from "../agreement/rules.js";
import { answerOf, type Answer, type AnswerError } from "./answer.js";
import { advanceTo } from "./clock.js";
import { createState } from "./create.js";
import type { State } from "./state.js";
import { applyEvent } from "./events.js";
import { record, RuleError } from "./trace.js";
import { warnAssumedTerms, warnClosesOnClosedDays, warnMissingCloses } from "./warnings.js";

export interface EvaluateOptions {
  /** Evaluate as of this instant (ISO date = 5:00 P.M. New York time that day, or a date-time with offset); only events before it count. */
  asOf?: string;
  /** The plan to apply; default: the plan the scenario names, from `plans`. */
  plan?: Plan;
  /** The plans a scenario may name (default: the built-in plans); files are read by the caller (src/files/plans.ts). */
  plans?: PlanCatalogue;
  /** Called with the events evaluated so far and their number, every `progressEvery` events (default 100,000) and when all are. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** An `asOf` value: a date means 5:00 P.M. New York time that day. */
export function parseAsOf(asOf: string): Instant {
  return isIsoDate(asOf) ? newYorkInstant(asOf, "17:00") : parseEventInstant(asOf);
}

/**
 * A scenario's (or the caller's) `asOf`; one whose offset is not New York's is an input error
 * naming both readings (R-X9), one that is no time at all says what an asOf may be (a date is
 * 5:00 P.M., not an event's 9:00 A.M.).
 */
function asOfOf(asOf: string): Instant {
  try {
    return parseAsOf(asOf);
  } catch (e) {
    const message = e instanceof ForeignOffsetError ? e.message : e instanceof InvalidInstantError ? `${JSON.stringify(asOf)} is not a time: expected a date (meaning 5:00 P.M. New York time that day) or a date-time with offset, such as "2004-03-20T17:00:00-05:00"` : undefined;
    if (message) throw new InputError("the evaluation's asOf cannot be read", [{ code: "invalid_value", path: ["asOf"], message }]);
    throw e;
  }
}

/**
 * Evaluates a scenario (parsed YAML/JSON data, see scenario-format.md). Rule breaks are answered
 * in `errors`, with the evaluation of the events before them; an invalid scenario head throws
 * InputError.
 *
 * @example
 * const answer = evaluate({ plan: "net-perceptions", company: { sharesOutstanding: 27037814 },
 *   persons: [{ id: "bidder" }], events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 4100000 }] });
 * answer.acquiringPersons; // ["bidder"]
 */
export function evaluate(scenario: unknown, options: EvaluateOptions = {}): Answer {
  return evaluateParsed(parseScenario(scenario), options);
}

/** Evaluates a scenario already read by parseScenario/readScenarioFile. */
export function evaluateParsed(parsed: ParsedScenario, options: EvaluateOptions = {}): Answer {
  const run = runScenario(parsed, options);
  return answerOf(run.state, run.asOf, run.errors);
}

/** The engine's state after a scenario, for analyses that need more than the answer (src/analysis). */
export interface Run {
  readonly state: State;
  readonly asOf: Instant;
  readonly errors: AnswerError[];
}

/** Runs a parsed scenario to its `asOf`: the final state, the instant and the errors. */
export function runScenario(parsed: ParsedScenario, options: EvaluateOptions = {}): Run {
  const { scenario } = parsed;
  const plan = options.plan ?? planNamed(options.plans ?? BUILT_IN_PLANS, scenario.plan);
  const errors: AnswerError[] = [];
  const facts = parsed.facts?.events === scenario.events && parsed.facts.persons === scenario.persons ? parsed.facts : undefined;
  const played = withEarlierEvents(scenario.events, facts?.ats, parsed.badEvent?.earlier);
  const timed = eventsInTimeOrder(played.events, errors, played.ats);
  let invalid: Broken | undefined;
  if (parsed.badEvent && errors.length === 0) {
    const first = parsed.badEvent.issues[0];
    // R-X14: a count that cannot be read exactly is refused under its rule; any other bad field is the scenario format's.
    const error: AnswerError = { event: parsed.badEvent.index, rule: first.code === "inexact-count" ? "R-X14" : "scenario-format", field: first.path.slice(2).join("."), message: parsed.badEvent.issues.map(formatIssue).join("; ") };
    errors.push(error);
    if (parsed.badEvent.at !== undefined) invalid = { error, at: parsed.badEvent.at, position: positionAfter(timed, parsed.badEvent.at) };
  }
  const explicit = options.asOf ?? scenario.asOf;
  const asOf = explicit !== undefined ? asOfOf(explicit) : defaultAsOf(timed, plan, invalid && Math.max(invalid.at, parsed.badEvent?.lastAt ?? -Infinity));
  const counts = (at: Instant) => (explicit !== undefined ? at < asOf : at <= asOf);
  const begin = timed.order.length ? timed.ats[timed.order[0]] : asOf;
  const newState = () => createState(plan, scenario, Math.min(begin, asOf), facts);
  // R-X9, R-X11: an event whose offset is not New York's, or an invalid event whose time is known,
  // stops the evaluation where it (first) is in time; the events before it count.
  const stop = firstStop(firstForeign(timed), invalid);
  const first = play(newState(), played, timed, counts, asOf, errors, stop?.position ?? timed.order.length, progressOf(options, timed.order.length), stop);
  if (first.brokenAt === undefined) return { state: first.state, asOf, errors };
  // R-X11: an event that breaks a rule changes nothing: the answer is that of the events before it.
  const later: AnswerError[] = [];
  const replay = play(newState(), played, timed, counts, asOf, later, first.brokenAt, progressOf({}, 0), { error: errors[0], at: timed.ats[timed.order[first.brokenAt]] });
  return { state: replay.state, asOf, errors: [...errors, ...later] };
}

/**
 * The events the engine plays: the scenario's, then (after an invalid event) the valid events
 * written after it that come before it in time (R-T5, R-X11), each known by its index in the
 * file (`fileIndex`, for the trace and the errors).
 */
interface PlayedEvents {
  readonly events: readonly ScenarioEvent[];
  readonly ats?: Float64Array;
  readonly fileIndex: (index: number) => number;
}

function withEarlierEvents(events: readonly ScenarioEvent[], ats: Float64Array | undefined, earlier: EventInputError["earlier"]): PlayedEvents {
  if (!earlier?.length) return { events, ats, fileIndex: (index) => index };
  const all = [...events, ...earlier.map((e) => e.event)];
  const allAts = new Float64Array(all.length).fill(NaN);
  if (ats) allAts.set(ats.subarray(0, events.length));
  earlier.forEach((e, i) => (allAts[events.length + i] = e.at));
  return { events: all, ats: allAts, fileIndex: (index) => (index < events.length ? index : earlier[index - events.length].index) };
}

/** Where `play` stopped: the state, and the position (in time order) of an event that broke a rule. */
interface Played {
  readonly state: State;
  readonly brokenAt?: number;
}

/** An event that stops the evaluation at `at` (R-X11): its error, and the position in time order of the first event after it. */
interface Broken {
  readonly error: AnswerError;
  readonly at: Instant;
  readonly position?: number;
}

/** The earlier of two stops; at the same instant `a` (it comes first in the file). */
function firstStop(a: Broken | undefined, b: Broken | undefined): Broken | undefined {
  if (!a || !b) return a ?? b;
  return b.at < a.at ? b : a;
}

/** The position in time order of the first event after `at` (events at `at` come before: they are earlier in the file). */
function positionAfter({ ats, order }: Timed, at: Instant): number {
  let position = 0;
  while (position < order.length && ats[order[position]] <= at) position++;
  return position;
}

/**
 * Applies the events in time order up to position `limit` (those that count before `asOf`),
 * then lets time run to `asOf`. An event that breaks a rule stops the play: its error goes first
 * in `errors` and its position is returned. `broken`: the event that stops the play at `limit`,
 * recorded in the trace when the play reaches its instant (R-X11).
 */
function play(state: State, { events, fileIndex }: PlayedEvents, { ats, order }: Timed, counts: (at: Instant) => boolean, asOf: Instant, errors: AnswerError[], limit: number, progress: Progress, broken?: Broken): Played {
  const stop = (e: unknown, event: number | null) => {
    const error = errorOf(e, e instanceof RuleError && e.event !== undefined ? e.event : event);
    errors.unshift(error);
    recordStop(state, error);
  };
  /** Time runs on to `until` (`beforeEvent`: to an event at that instant); false when a transition broke a rule. */
  const runTimeTo = (until: Instant, beforeEvent = false) => {
    try {
      advanceTo(state, until, beforeEvent);
      return true;
    } catch (e) {
      stop(e, null);
      return false;
    }
  };
  warnClosesOnClosedDays(state);
  for (let position = 0; position < limit; position++) {
    const index = order[position];
    const at = ats[index];
    if (!counts(at)) break;
    if (!runTimeTo(at, true)) return progress.end(finish(state));
    try {
      applyEvent(state, { at, event: fileIndex(index) }, events[index]);
    } catch (e) {
      stop(e, fileIndex(index));
      return progress.end({ ...finish(state), brokenAt: position });
    }
    progress.step(position + 1);
  }
  if (broken && counts(broken.at)) {
    if (!runTimeTo(broken.at)) return finish(state);
    recordStop(state, broken.error);
  }
  runTimeTo(asOf);
  return progress.end(finish(state));
}

/** The end of a play: the warnings about the Current Market Price of the Section 11(a)(ii) Event that stands (R-11d) and the terms in force then (R-X13). */
function finish(state: State): Played {
  warnMissingCloses(state);
  warnAssumedTerms(state);
  return { state };
}

/** The trace's last word on an error: evaluation stops there (R-X11: the event that broke the rule changed nothing). */
function recordStop(state: State, error: AnswerError): void {
  const rule = error.rule in RULES ? (error.rule as RuleId) : "scenario-format";
  record(state.trace, state.now, error.event, rule, `evaluation stops${error.event === null ? "" : ` at event ${error.event}, which changes nothing (R-X11)`}: ${error.message}`);
}

type Progress = ReturnType<typeof progressOf>;

/** Reports to `onProgress` every `progressEvery` events, and at the end (`end` passes its argument through). */
function progressOf({ onProgress, progressEvery = 100_000 }: EvaluateOptions, total: number) {
  return {
    step(done: number): void {
      if (onProgress && done % progressEvery === 0) onProgress(done, total);
    },
    end<T>(result: T): T {
      onProgress?.(total, total);
      return result;
    },
  };
}

/** The events' instants by file index, and the indexes in time order (R-T5: ties keep file order). */
interface Timed {
  readonly ats: Float64Array;
  readonly order: Uint32Array;
  /**
   * R-X9: the events whose offset is not New York's, by index: placed at the earlier of the two
   * instants they could mean (the events before it are those before both), their error, and the
   * later instant (the last an event could be, for the default asOf).
   */
  readonly foreign: ReadonlyMap<number, { readonly error: AnswerError; readonly latest: Instant }>;
}

/** R-X9: the first event in time order whose offset is not New York's: where it stops the evaluation. */
function firstForeign({ ats, order, foreign }: Timed): Broken | undefined {
  if (foreign.size === 0) return undefined;
  const position = order.findIndex((index) => foreign.has(index));
  return { position, error: foreign.get(order[position])!.error, at: ats[order[position]] };
}

/**
 * R-T5: reads each event's instant and orders the events, stopping at the first instant that
 * cannot be read (an error naming the event). A file already in time order is not sorted.
 * `known`: instants already read (parseScenario's), NaN where unreadable.
 */
function eventsInTimeOrder(events: readonly ScenarioEvent[], errors: AnswerError[], known?: Float64Array): Timed {
  let ats = known ?? new Float64Array(events.length);
  const foreign = new Map<number, { error: AnswerError; latest: Instant }>();
  let count = 0;
  let sorted = true;
  for (; count < events.length; count++) {
    if (!known || Number.isNaN(ats[count])) {
      try {
        ats[count] = parseEventInstant(events[count].at);
      } catch (e) {
        const error: AnswerError = { event: count, rule: e instanceof ForeignOffsetError ? e.rule : "scenario-format", field: "at", message: (e as Error).message };
        errors.push(error);
        if (!(e instanceof ForeignOffsetError)) break;
        // R-X9: its place in time is known to within its two readings; the events after it still count before it.
        if (ats === known) ats = known.slice(); // the parsed facts stay as read
        ats[count] = e.readings[0];
        foreign.set(count, { error, latest: e.readings[1] });
      }
    }
    if (count > 0 && ats[count] < ats[count - 1]) sorted = false;
  }
  return { ats, order: sorted ? Uint32Array.from({ length: count }, (_, i) => i) : stableOrder(ats.subarray(0, count)), foreign };
}

/**
 * The indexes of `ats` in time order, ties in index order: a counting sort over the distinct
 * instants (a scenario has far fewer instants than events: many trades a day).
 */
function stableOrder(ats: Float64Array): Uint32Array {
  const instants = Float64Array.from(new Set(ats)).sort();
  const rank = new Map<number, number>();
  instants.forEach((at, i) => rank.set(at, i));
  const ranks = new Uint32Array(ats.length);
  const starts = new Uint32Array(instants.length + 1);
  for (let i = 0; i < ats.length; i++) starts[(ranks[i] = rank.get(ats[i])!) + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const order = new Uint32Array(ats.length);
  for (let i = 0; i < ats.length; i++) order[starts[ranks[i]]++] = i;
  return order;
}

/** R-X7: the close of business on the plan's Record Date, when the Rights come to exist (R-T1: on a Record Date that is no Business Day, 5:00 P.M. on the next one). */
export function recordDateClose(plan: Plan): Instant {
  const { recordDate, extraBankClosings, closeOfBusinessTime } = plan.terms;
  return closeOfBusiness(bankCalendar(extraBankClosings.value), recordDate.value, closeOfBusinessTime.value);
}

/**
 * Without `asOf`: 5:00 P.M. New York time on the date of the last event, or its instant if later.
 * Without events either: the Record Date's close of business, when the Rights come into being.
 */
function defaultAsOf({ ats, order, foreign }: Timed, plan: Plan, invalidAt?: Instant): Instant {
  if (!order.length && invalidAt === undefined) return recordDateClose(plan);
  let last = order.length ? ats[order[order.length - 1]] : invalidAt!;
  for (const { latest } of foreign.values()) last = Math.max(last, latest);
  if (invalidAt !== undefined) last = Math.max(last, invalidAt);
  return Math.max(last, newYorkInstant(newYorkDateOf(last), "17:00"));
}

function errorOf(e: unknown, event: number | null): AnswerError {
  if (e instanceof RuleError) return { event, rule: e.rule, section: e.rule === "scenario-format" ? undefined : sectionOf(e.rule), field: e.field, message: e.message };
  if (e instanceof InputError) return { event, rule: "scenario-format", message: e.message };
  return { event, rule: "internal", message: `internal error, please report it with the scenario: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
}
