/**
 * The ownership chart's data, computed in the browser by the engine's own pure core: the scenario
 * and the plan terms file (GET /api/plans/:id/terms) in, the CLI's OwnershipTimeline out, so the
 * chart drawn here is the one `rightsplan chart` draws. The answer itself stays the server's.
 */
import { parseScenario } from "../../src/scenario/parse.js";
import { ownershipTimeline, type OwnershipTimeline } from "../../src/analysis/timeline.js";
import { parsePlan } from "../../src/terms/load.js";
import type { ScenarioDoc } from "./scenario.js";

export function ownershipOf(doc: ScenarioDoc, planFile: unknown, asOf: string | undefined): OwnershipTimeline {
  const plan = parsePlan(planFile, doc.plan);
  return ownershipTimeline(parseScenario(doc), asOf ? { plan, asOf } : { plan });
}
