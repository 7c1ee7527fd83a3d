/** JSON Schemas of the plan and scenario files, generated from the zod schemas (published in schemas/). */
import { z } from "zod";
import { planSchema } from "./terms/schema.js";
import { scenarioSchema } from "./scenario/schema.js";

export function planJsonSchema(): object {
  return { title: "rightsplan plan terms", ...z.toJSONSchema(planSchema, { io: "input" }) };
}

export function scenarioJsonSchema(): object {
  return { title: "rightsplan scenario", ...z.toJSONSchema(scenarioSchema, { io: "input" }) };
}
