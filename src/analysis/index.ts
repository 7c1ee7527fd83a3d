/**
 * The analyses of issue 3, for library users (`import ... from "rightsplan/analysis"`): dilution of
 * a Triggering Event, what-if sweeps, ownership over time and the memo. Pure functions over the
 * engine's state. Charts of them are drawn by `rightsplan/charts` (src/analysis/charts.ts).
 */
export { baseRun, countedEvents, type AnalysisOptions, type BaseRun } from "./base.js";
export { dilutionOf, dilutionOfState, VALUE_MODEL, type DilutionAnalysis, type DilutionScenario, type DilutionOptions, type PartyRow, type AcquirerRow, type Explanation } from "./dilution.js";
export { sweep, parseVary, metricOf, METRICS, DEFAULT_METRICS, type SweepResult, type SweepPoint, type SweepSummary, type SweepOptions, type VarySpec } from "./sweep.js";
export { ownershipTimeline, dateMarks, type OwnershipTimeline, type OwnershipPoint, type DateMark } from "./timeline.js";
export { report, openQuestionsOf, type Report, type ReportOptions, type ReportFormat } from "./report.js";
export { marketPrice } from "./price.js";
export { formatDilution, formatSweep } from "./format.js";
