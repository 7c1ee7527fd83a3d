/**
 * The scenario being built, as the scenario format has it (scenario-format.md), and a saved one
 * loaded. Small on purpose: the Plans page imports it (DraftAmendment), and importing the
 * Workbench page instead would make every sign-in load the workbench's editor, charts and engine.
 */
import { getJson } from "./api.js";
import type { Count } from "./count.js";

export interface Person {
  id: string;
  name?: string;
  affiliates?: string[];
  directorOfficer?: boolean;
  stockPlan?: boolean;
  exempt?: boolean;
  grandfathered?: boolean;
  passiveInvestor?: boolean;
  holders?: string[];
}

export type ScenarioEvent = { at: string; type: string; note?: string } & Record<string, unknown>;

export interface ScenarioDoc {
  title?: string;
  plan: string;
  asOf?: string;
  company: { sharesOutstanding?: Count; authorizedCommon?: Count };
  persons: Person[];
  holdings: { person: string; shares?: Count }[];
  prices: { date: string; close: string }[];
  events: ScenarioEvent[];
  [other: string]: unknown;
}

export const emptyScenario = (): ScenarioDoc => ({
  title: "New scenario",
  plan: "net-perceptions",
  company: { sharesOutstanding: 10_000_000 },
  persons: [],
  holdings: [],
  prices: [],
  events: [],
});


/**
 * A scenario from outside the forms (saved, or typed as YAML) with its lists as lists: the format
 * lets a scenario leave out `persons`, `holdings`, `prices` and `events` (none of them), and the
 * forms draw each as a table (shared example 08 has no `holdings`: the page failed on it).
 */
export function withLists(scenario: Partial<ScenarioDoc> & Pick<ScenarioDoc, "plan" | "company">): ScenarioDoc {
  return { ...scenario, persons: scenario.persons ?? [], holdings: scenario.holdings ?? [], prices: scenario.prices ?? [], events: scenario.events ?? [] };
}

/** A saved scenario (the shared examples are saved as demo scenarios): GET /api/scenarios/:name. */
export async function loadScenario(name: string): Promise<ScenarioDoc> {
  return withLists((await getJson<{ scenario: ScenarioDoc }>(`/api/scenarios/${encodeURIComponent(name)}`)).scenario);
}
