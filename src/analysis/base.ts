/**
 * The runs an analysis starts from. Pure: a parsed scenario and a plan in, engine runs out (no
 * file is read; the caller loads the plan once and passes it).
 *
 * A dilution analysis asks "what would a flip-in, an exchange or a flip-over do to each party?"
 * of the state *before* the Rights were used. When the scenario itself exchanges, exercises or
 * redeems Rights, the base is the state just before the first such event (its own instant, the
 * events written before it at that instant included); otherwise it is the state as of the
 * scenario's `asOf`.
 */
import { runScenario, type EvaluateOptions, type Run } from "../engine/evaluate.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { ScenarioEvent } from "../scenario/schema.js";
import type { Plan } from "../terms/schema.js";
import { formatNewYork, parseEventInstant, type Instant } from "../time/instant.js";

/** Events that use the Rights up: the analysis's base is the state before the first of them. */
export const CONSUMING_EVENTS = ["exchange", "exercise", "redeem"] as const;
export type ConsumingEvent = (typeof CONSUMING_EVENTS)[number];

export interface AnalysisOptions extends EvaluateOptions {
  /** The plan, loaded once by the caller (never re-read per run). */
  readonly plan: Plan;
}

/** An event of the scenario that counted in the run, with its instant. */
export interface CountedEvent {
  readonly index: number;
  readonly at: Instant;
  readonly event: ScenarioEvent;
}

export interface BaseRun {
  /** The run of the whole scenario (as `evaluate` answers it). */
  readonly final: Run;
  /** The run the analysis starts from: `final`, or the state just before `cut`. */
  readonly base: Run;
  /** The first event that exchanged, exercised or redeemed Rights, if any. */
  readonly cut?: CountedEvent & { readonly type: ConsumingEvent };
  /** The events that counted in `final`, in the order they applied (R-T5). */
  readonly counted: readonly CountedEvent[];
}

/** The events of `parsed` that applied in `run`, in time order (R-T5), up to the first error. */
export function countedEvents(parsed: ParsedScenario, run: Run, explicitAsOf: boolean): CountedEvent[] {
  const timed: CountedEvent[] = [];
  for (const [index, event] of parsed.scenario.events.entries()) {
    let at: Instant;
    try {
      at = parseEventInstant(event.at);
    } catch {
      break;
    }
    timed.push({ index, at, event });
  }
  timed.sort((a, b) => a.at - b.at || a.index - b.index);
  const stoppedAt = run.errors.find((e) => e.event !== null && e.rule !== "scenario-format")?.event ?? null;
  const counted: CountedEvent[] = [];
  for (const t of timed) {
    if (explicitAsOf ? t.at >= run.asOf : t.at > run.asOf) break;
    if (t.index === stoppedAt) break;
    counted.push(t);
  }
  return counted;
}

/** The scenario with only the events before position `keep` of `counted` (and any that never counted dropped). */
function scenarioBefore(parsed: ParsedScenario, counted: readonly CountedEvent[], keep: number): ParsedScenario {
  const kept = new Set(counted.slice(0, keep).map((c) => c.index));
  return { scenario: { ...parsed.scenario, events: parsed.scenario.events.filter((_, i) => kept.has(i)) } };
}

/** The full run and the base run of an analysis (see the module comment). */
export function baseRun(parsed: ParsedScenario, options: AnalysisOptions): BaseRun {
  const final = runScenario(parsed, options);
  const explicit = (options.asOf ?? parsed.scenario.asOf) !== undefined;
  const counted = countedEvents(parsed, final, explicit);
  const position = counted.findIndex((c) => (CONSUMING_EVENTS as readonly string[]).includes(c.event.type));
  if (position === -1) return { final, base: final, counted };
  const cutEvent = counted[position];
  // Only events before the cut instant or written before it at that instant count: asOf is 1 ms after it.
  const base = runScenario(scenarioBefore(parsed, counted, position), { ...options, asOf: formatNewYork(cutEvent.at + 1) });
  return { final, base, counted, cut: { ...cutEvent, type: cutEvent.event.type as ConsumingEvent } };
}
