/**
 * The engine: plan terms + starting facts + dated events in, the state of the Rights as of an
 * instant + its explanation out. Pure: it reads no file (a plan must be given or be built in)
 * and keeps nothing between calls.
 */
import { formatIssue, InputError } from "../errors.js";
import { parseScenario, type ParsedScenario } from "../scenario/parse.js";
import { loadPlan } from "../terms/load.js";
import type { Plan } from "../terms/schema.js";
import { newYorkDateOf, newYorkInstant, parseEventInstant, type Instant } from "../time/instant.js";
import { isIsoDate } from "../time/isoDate.js";
import { sectionOf } from "../agreement/rules.js";
import { answerOf, type Answer, type AnswerError } from "./answer.js";
import { advanceTo } from "./clock.js";
import { createState } from "./create.js";
import type { State } from "./state.js";
import { applyEvent } from "./events.js";
import { record, RuleError } from "./trace.js";

export interface EvaluateOptions {
  /** Evaluate as of this instant (ISO date = 5:00 P.M. New York time that day, or a date-time with offset); only events before it count. */
  asOf?: string;
  /** The plan to apply; default: the plan the scenario names, built in or read from `baseDir`. */
  plan?: Plan;
  /** Where a scenario's relative plan path is resolved (default: the working directory). */
  baseDir?: string;
}

/** An `asOf` value: a date means 5:00 P.M. New York time that day. */
export function parseAsOf(asOf: string): Instant {
  return isIsoDate(asOf) ? newYorkInstant(asOf, "17:00") : parseEventInstant(asOf);
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

interface Timed {
  readonly index: number;
  readonly at: Instant;
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
  const plan = options.plan ?? loadPlan(scenario.plan, options.baseDir);
  const errors: AnswerError[] = [];
  const timed: Timed[] = [];
  for (const [index, event] of scenario.events.entries()) {
    try {
      timed.push({ index, at: parseEventInstant(event.at) });
    } catch (e) {
      errors.push({ event: index, rule: "scenario-format", field: "at", message: (e as Error).message });
      break;
    }
  }
  if (parsed.badEvent && errors.length === 0) {
    const first = parsed.badEvent.issues[0];
    errors.push({ event: parsed.badEvent.index, rule: "scenario-format", field: first.path.slice(2).join("."), message: parsed.badEvent.issues.map(formatIssue).join("; ") });
  }
  if (!isInTimeOrder(timed)) timed.sort((a, b) => a.at - b.at || a.index - b.index);
  const explicit = options.asOf ?? scenario.asOf;
  const asOf = explicit !== undefined ? parseAsOf(explicit) : defaultAsOf(timed, plan);
  const counts = (t: Timed) => (explicit !== undefined ? t.at < asOf : t.at <= asOf);
  const start = timed[0]?.at ?? asOf;
  const state = createState(plan, scenario, Math.min(start, asOf));
  const stop = (e: unknown, event: number | null) => {
    const error = errorOf(e, e instanceof RuleError && e.event !== undefined ? e.event : event);
    errors.unshift(error);
    record(state.trace, state.now, error.event, e instanceof RuleError ? e.rule : "scenario-format", `evaluation stops${error.event === null ? "" : ` at event ${error.event}`}: ${error.message}`);
  };
  /** Time runs on to `until`; false when a transition broke a rule. */
  const runTimeTo = (until: Instant) => {
    try {
      advanceTo(state, until);
      return true;
    } catch (e) {
      stop(e, null);
      return false;
    }
  };
  for (const t of timed) {
    if (!counts(t)) break;
    if (!runTimeTo(t.at)) return { state, asOf, errors };
    try {
      applyEvent(state, { at: t.at, event: t.index }, scenario.events[t.index]);
    } catch (e) {
      stop(e, t.index);
      break;
    }
  }
  runTimeTo(asOf);
  return { state, asOf, errors };
}

/** Whether the events are already in time order (the usual file), so sorting can be skipped (R-T5). */
function isInTimeOrder(timed: readonly Timed[]): boolean {
  for (let i = 1; i < timed.length; i++) if (timed[i].at < timed[i - 1].at) return false;
  return true;
}

/** Without `asOf`: 5:00 P.M. New York time on the date of the last event, or its instant if later. */
function defaultAsOf(timed: readonly Timed[], plan: Plan): Instant {
  const last = timed[timed.length - 1];
  if (!last) return newYorkInstant(plan.terms.recordDate.value, "17:00");
  return Math.max(last.at, newYorkInstant(newYorkDateOf(last.at), "17:00"));
}

function errorOf(e: unknown, event: number | null): AnswerError {
  if (e instanceof RuleError) return { event, rule: e.rule, section: e.rule === "scenario-format" ? undefined : sectionOf(e.rule), field: e.field, message: e.message };
  if (e instanceof InputError) return { event, rule: "scenario-format", message: e.message };
  return { event, rule: "internal", message: `internal error, please report it with the scenario: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
}
