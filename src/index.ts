/**
 * rightsplan's library, the engine (`import ... from "rightsplan"`): evaluate scenarios against a
 * rights plan, and inspect plan terms. The other parts load only when imported, each from its own
 * entry point: `rightsplan/analysis` (dilution, sweeps, ownership over time, the memo),
 * `rightsplan/charts` (SVG and PNG charts of the analyses), `rightsplan/reader` (plan terms read
 * from a filing's text). The CLI is a thin layer over these.
 */
export { evaluate, evaluateParsed, runScenario, parseAsOf, type EvaluateOptions, type Run } from "./engine/evaluate.js";
export type { State } from "./engine/state.js";
export type { Answer, AnswerError, AnswerFinding } from "./engine/answer.js";
export { parseScenario, readScenarioFile, type ParsedScenario } from "./scenario/parse.js";
export { eventSchema, scenarioSchema, type Scenario, type ScenarioEvent } from "./scenario/schema.js";
export { planSchema, termValueShapes, type Plan, type Amendment, type TermName, type TermValues } from "./terms/schema.js";
export { termsInForce, termsWith, type TermsInForce } from "./terms/inForce.js";
export { parsePlan } from "./terms/load.js";
export { loadPlan, plansForScenarioFile, readPlanFile } from "./files/plans.js";
export { BUILT_IN_PLANS, builtInPlanIds, DEFAULT_PLAN, planNamed, withPlans, type PlanCatalogue } from "./terms/catalogue.js";
export { planJsonSchema, scenarioJsonSchema } from "./schemas.js";
export { RULES, sectionOf, type RuleId } from "./agreement/rules.js";
export { InputError, type Issue } from "./errors.js";
