/**
 * rightsplan's reader (`import ... from "rightsplan/reader"`): plan terms read from a filing's
 * text, with the source of every value; plans described in words and compared term by term.
 */
export { readFiles, readTexts, type Reading } from "./read.js";
export { planOf, type ReadPlan } from "./planOf.js";
export { summaryOf, type ReadingSummary } from "./summary.js";
export { describePlan, type DescribeOptions } from "./describe/describe.js";
export { planDifferences, type PlanDiff } from "./diff.js";
