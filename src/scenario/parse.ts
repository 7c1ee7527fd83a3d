/**
 * Reading a scenario: the head (plan, company, persons, holdings, prices) must be valid as a
 * whole; the events are read one by one, so that the first bad event becomes an error naming
 * its index and field while the events before it are still evaluated (scenario-format.md).
 */
import { readFileSync } from "node:fs";
import { personIndexOf, type PersonIndex } from "./personIndex.js";
import { InputError, issuesOf, type Issue } from "../errors.js";
import { parseYamlText } from "../terms/load.js";
import { parseEventInstant } from "../time/instant.js";
import { eventSchema, PERSON_ID, personSchema, scenarioHeadSchema, type Person, type Scenario, type ScenarioEvent } from "./schema.js";

/** The first event in time that is not a valid event, with what is wrong with it. */
export interface EventInputError {
  readonly index: number;
  readonly issues: readonly Issue[];
  /** Its instant, when its `at` can be read (R-T5, R-X11: the events before it in time still count). */
  readonly at?: number;
  /**
   * The valid events written after the first invalid one in the file that come before this one
   * in time (R-T5: earlier, or at its instant and written before it), which count (R-X11), with
   * their index in the file and their instant. The scenario's `events` end at the first invalid one.
   */
  readonly earlier?: readonly { readonly index: number; readonly event: ScenarioEvent; readonly at: number }[];
  /** The latest instant of the events read from the first invalid one on, valid or not: without asOf the answer is dated by the last event (scenario-format.md). */
  readonly lastAt?: number;
}

/**
 * What parseScenario learned about each event while checking it, for the engine to reuse: they
 * hold while the scenario's `events` and `persons` are these lists.
 */
export interface EventFacts {
  readonly events: readonly ScenarioEvent[];
  readonly persons: readonly Person[];
  /** Each event's instant (R-T5); NaN where its time cannot be read. */
  readonly ats: Float64Array;
  /** For an `acquire` or `dispose` naming a listed Person, that Person's index in `persons`; -1 otherwise. */
  readonly traders: Int32Array;
  /** The index of each of `persons`' ids. */
  readonly personIndex: PersonIndex;
}

export interface ParsedScenario {
  readonly scenario: Scenario;
  /** Set when event `index` could not be read: the scenario holds only the events before it. */
  readonly badEvent?: EventInputError;
  /** Set by parseScenario; see EventFacts. */
  readonly facts?: EventFacts;
}

/** zod keeps the value of each field it refuses, so that an error can say what was given. */
const REPORT_INPUT = { reportInput: true } as const;

/** A scenario from parsed YAML/JSON data. Throws InputError when the head is invalid. */
export function parseScenario(data: unknown, origin = "scenario"): ParsedScenario {
  const head = scenarioHeadSchema.safeParse(data, REPORT_INPUT);
  const { persons, issues } = readPersons(personsListOf(data));
  if (!head.success || issues.length) throw new InputError(`${origin} is not a valid scenario`, [...(head.success ? [] : issuesOf(head.error)), ...issues]);
  const { events, facts, badEvent } = readEvents(head.data.events, persons);
  return { scenario: { ...head.data, persons, events }, facts, ...(badEvent ? { badEvent } : {}) };
}

/** The `persons` list of scenario data, when it is a list (the head schema reports it when it is not). */
function personsListOf(data: unknown): readonly unknown[] {
  const persons = typeof data === "object" && data !== null ? (data as { persons?: unknown }).persons : undefined;
  return Array.isArray(persons) ? persons : [];
}

/**
 * The events up to the first that is not valid, with their facts; then `badEvent`, the invalid
 * event first in time (R-T5: events apply in time order, ties in file order), with the valid
 * events after it in the file that come before it in time (its `earlier`): an event that breaks
 * a rule changes nothing, the events before it in time count (R-X11). An event whose time cannot
 * be read cannot be placed in time: reading stops there.
 */
function readEvents(raws: readonly unknown[], persons: readonly Person[]): { events: ScenarioEvent[]; facts: EventFacts; badEvent?: EventInputError } {
  const events: ScenarioEvent[] = [];
  const personIndex = personIndexOf(persons);
  const facts = { events, persons, personIndex, ats: new Float64Array(raws.length), traders: new Int32Array(raws.length).fill(-1) };
  // Events come in runs of the same time: read each time once per run.
  let lastAt: unknown;
  let lastInstant = NaN;
  const instantOf = (at: string) => (at === lastAt ? lastInstant : (lastInstant = instantOrNaN((lastAt = at))));
  let bad: (EventInputError & { at: number }) | undefined;
  let earlier: { index: number; event: ScenarioEvent; at: number }[] = [];
  let latest = -Infinity;
  /** Whether an event read after an invalid one comes before the invalid one first in time; its instant may date the answer. */
  const beforeBad = (index: number, at: number) => {
    latest = Math.max(latest, at);
    return at < bad!.at || (at === bad!.at && index < bad!.index);
  };
  const done = () => ({ events, facts, ...(bad ? { badEvent: { ...bad, ...(earlier.length ? { earlier } : {}), ...(latest > bad.at ? { lastAt: latest } : {}) } } : {}) });
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    if (isPlainTrade(raw)) {
      // A listed Person's id is a valid id; an unlisted one is checked here and reported by the engine.
      const trader = personIndex[raw.person] ?? (PERSON_ID.test(raw.person) ? -1 : undefined);
      const at = instantOf(raw.at);
      if (trader !== undefined && !Number.isNaN(at)) {
        if (bad) {
          if (beforeBad(index, at)) earlier.push({ index, event: raw as ScenarioEvent, at });
          continue;
        }
        facts.ats[index] = at;
        facts.traders[index] = trader;
        events.push(raw as ScenarioEvent);
        continue;
      }
    }
    const event = eventSchema.safeParse(raw, REPORT_INPUT);
    if (!event.success) {
      const issues = issuesOf(event.error).map((i) => ({ ...i, path: ["events", index, ...i.path] }));
      const at = typeof raw === "object" && raw !== null && typeof (raw as { at?: unknown }).at === "string" ? instantOrNaN((raw as { at: string }).at) : NaN;
      if (Number.isNaN(at)) return bad ? done() : { events, facts, badEvent: { index, issues } };
      if (!bad || beforeBad(index, at)) {
        if (bad) latest = Math.max(latest, bad.at);
        bad = { index, issues, at };
        earlier = earlier.filter((e) => beforeBad(e.index, e.at));
      }
      continue;
    }
    const at = instantOf(event.data.at);
    if (bad) {
      // An event whose offset is not New York's (R-X9) is placed by the engine among the events it reads; after an invalid one it is not read.
      if (!Number.isNaN(at) && beforeBad(index, at)) earlier.push({ index, event: event.data, at });
      continue;
    }
    facts.ats[index] = at;
    events.push(event.data);
  }
  return done();
}

/** The scenario's persons, each checked by personSchema (the common `{id, name}` without zod), with the issues of those that are not valid. */
function readPersons(raws: readonly unknown[]): { persons: Person[]; issues: Issue[] } {
  const persons: Person[] = [];
  const issues: Issue[] = [];
  raws.forEach((raw, index) => {
    if (isPlainPerson(raw)) {
      persons.push(raw);
      return;
    }
    const person = personSchema.safeParse(raw, REPORT_INPUT);
    if (person.success) persons.push(person.data);
    else issues.push(...issuesOf(person.error).map((i) => ({ ...i, path: ["persons", index, ...i.path] })));
  });
  return { persons, issues };
}

/** A person with only an id and perhaps a name, each valid, which personSchema would accept unchanged (parse.test.ts checks that equivalence). */
function isPlainPerson(raw: unknown): raw is Person {
  if (typeof raw !== "object" || raw === null) return false;
  const p = raw as Record<string, unknown>;
  for (const key in p) if (key !== "id" && key !== "name") return false;
  return typeof p.id === "string" && PERSON_ID.test(p.id) && p.id !== "company" && (p.name === undefined ? !("name" in p) : typeof p.name === "string");
}

/** An event's instant, or NaN when its time cannot be read (the engine then reports it, naming the event). */
function instantOrNaN(at: string): number {
  try {
    return parseEventInstant(at);
  } catch {
    return NaN;
  }
}

/**
 * The common case, checked without zod for speed on large scenarios: an `acquire` or `dispose`
 * with exactly at, type, person and shares, and positive whole shares; readEvents then checks the
 * person id and the instant. Such an event eventSchema accepts unchanged (parse.test.ts checks
 * that equivalence). Anything else goes through zod.
 */
function isPlainTrade(raw: unknown): raw is { at: string; person: string } {
  if (typeof raw !== "object" || raw === null) return false;
  const e = raw as Record<string, unknown>;
  if (e.type !== "acquire" && e.type !== "dispose") return false;
  let keys = 0;
  for (const key in e) {
    if (key !== "at" && key !== "type" && key !== "person" && key !== "shares") return false;
    keys++;
  }
  return keys === 4 && typeof e.at === "string" && typeof e.person === "string" && Number.isSafeInteger(e.shares) && (e.shares as number) > 0;
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
