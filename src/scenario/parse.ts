/**
 * Reading a scenario: the head (plan, company, persons, holdings, prices) must be valid as a
 * whole; the events are read one by one, so that the first bad event becomes an error naming
 * its index and field while the events before it are still evaluated (scenario-format.md).
 */
import { readFileSync } from "node:fs";
import { InputError, issuesOf, type Issue } from "../errors.js";
import { parseYamlText } from "../terms/load.js";
import { eventSchema, isEventTimeText, PERSON_ID, scenarioHeadSchema, type Scenario, type ScenarioEvent } from "./schema.js";

/** The first event that is not a valid event, with what is wrong with it. */
export interface EventInputError {
  readonly index: number;
  readonly issues: readonly Issue[];
}

export interface ParsedScenario {
  readonly scenario: Scenario;
  /** Set when event `index` could not be read: the scenario holds only the events before it. */
  readonly badEvent?: EventInputError;
}

/** A scenario from parsed YAML/JSON data. Throws InputError when the head is invalid. */
export function parseScenario(data: unknown, origin = "scenario"): ParsedScenario {
  const head = scenarioHeadSchema.safeParse(data);
  if (!head.success) throw new InputError(`${origin} is not a valid scenario`, issuesOf(head.error));
  const events: ScenarioEvent[] = [];
  for (const [index, raw] of head.data.events.entries()) {
    if (isPlainTrade(raw)) {
      events.push(raw);
      continue;
    }
    const event = eventSchema.safeParse(raw);
    if (!event.success) {
      const issues = issuesOf(event.error).map((i) => ({ ...i, path: ["events", index, ...i.path] }));
      return { scenario: { ...head.data, events }, badEvent: { index, issues } };
    }
    events.push(event.data);
  }
  return { scenario: { ...head.data, events } };
}

/**
 * The common case, checked without zod for speed on large scenarios: an `acquire` or `dispose`
 * with exactly at, type, person and shares, each valid, which eventSchema would accept unchanged
 * (parse.test.ts checks that equivalence). Anything else goes through zod.
 */
function isPlainTrade(raw: unknown): raw is ScenarioEvent {
  if (typeof raw !== "object" || raw === null) return false;
  const e = raw as Record<string, unknown>;
  if (e.type !== "acquire" && e.type !== "dispose") return false;
  let keys = 0;
  for (const key in e) {
    if (key !== "at" && key !== "type" && key !== "person" && key !== "shares") return false;
    keys++;
  }
  return keys === 4 && typeof e.at === "string" && isEventTimeText(e.at) && typeof e.person === "string" && PERSON_ID.test(e.person) && Number.isSafeInteger(e.shares) && (e.shares as number) > 0;
}

/** A scenario file (YAML or JSON). */
export function readScenarioFile(path: string): ParsedScenario {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`, []);
  }
  return parseScenario(parseYamlText(text, path), path);
}
