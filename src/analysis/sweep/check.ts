/** Checking a point against the scenario schema, where it changed. */
import { formatIssue, issuesOf } from "../../errors.js";
import { eventSchema, scenarioSchema, type Scenario } from "../../scenario/schema.js";
import type { VarySpec } from "./types.js";

export const headShapes = scenarioSchema.shape as unknown as Record<string, { safeParse(v: unknown): { success: boolean; error?: unknown } }>;

export function check(spec: VarySpec, scenario: Scenario): string | undefined {
  const [top, index] = spec.path;
  if (top === "events") {
    const events = index === "*" || index === undefined ? scenario.events.map((e, i) => [i, e] as const) : [[index as number, scenario.events[index as number]] as const];
    for (const [i, event] of events) {
      const r = eventSchema.safeParse(event);
      if (!r.success) return `event ${i}: ${issuesOf(r.error).map(formatIssue).join("; ")}`;
    }
    return undefined;
  }
  const shape = headShapes[top as string];
  if (!shape) return `--vary: the scenario has no field "${top}"`;
  const r = shape.safeParse((scenario as unknown as Record<string, unknown>)[top as string]);
  return r.success ? undefined : `${top}: ${issuesOf(r.error as never).map(formatIssue).join("; ")}`;
}
