/** The scenario being built, as the scenario format has it (scenario-format.md). */
export interface Person {
  id: string;
  name?: string;
  affiliates?: string[];
  exempt?: boolean;
  grandfathered?: boolean;
  passiveInvestor?: boolean;
}

export type ScenarioEvent = { at: string; type: string; note?: string } & Record<string, unknown>;

export interface ScenarioDoc {
  title?: string;
  plan: string;
  asOf?: string;
  company: { sharesOutstanding: number; authorizedCommon?: number };
  persons: Person[];
  holdings: { person: string; shares: number }[];
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

