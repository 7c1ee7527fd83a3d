/**
 * rightsplan's library: evaluate scenarios against a rights plan, and read and inspect plan terms.
 * The CLI is a thin layer over these.
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
export * from "./analysis/index.js";
export { readFiles, readTexts, type Reading } from "./reader/read.js";
export { planOf, type ReadPlan } from "./reader/planOf.js";
export { summaryOf, type ReadingSummary } from "./reader/summary.js";
export { describePlan, type DescribeOptions } from "./reader/describe/describe.js";
export { planDifferences, type PlanDiff } from "./reader/diff.js";
