/** A plan as the Plans page shows it: its terms in force at a date, by section (GET /api/plans/:id). */
import { getJson, query } from "./api.js";

/** GET /api/plans/:id: the terms in force (at ?asOf), by section, each with its source. */
export interface PlanShown {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly version: string;
  readonly sections: readonly { section: string; terms: readonly { term: string; value: unknown; source: string; assumed?: string }[] }[];
  readonly amendments: readonly { id: string; name?: string; date: string; effective: string; terms: readonly string[] }[];
}

export const planAt = (id: string, asOf?: string) => getJson<PlanShown>(`/api/plans/${encodeURIComponent(id)}${query({ asOf })}`);
