/**
 * One row of a table of many plans: a document's source and format, its issuer and every summary
 * field, the mean confidence of the values read, and the plan terms it did not state (which a
 * plan made from it would assume). A document that cannot be read gets a row saying why.
 */
import type { Table } from "../../export/tableFile.js";
import { termValueShapes } from "../../terms/schema.js";
import type { SourceDocument } from "../input/load.js";
import { readTexts } from "../read.js";
import { summaryOf, type ReadingSummary } from "../summary.js";

export type TableRow = { source: string; format: string } & { [K in keyof ReadingSummary]: ReadingSummary[K] } & {
  confidence: number | null;
  assumed: string;
  error: string | null;
};

/** The summary fields in the order of the summary. */
export const SUMMARY_FIELDS: readonly (keyof ReadingSummary)[] = [
  "issuer", "planDate", "recordDate", "rightsAgent", "acquiringPersonThresholdPercent", "passiveInvestorThresholdPercent",
  "purchasePrice", "unitsPerRight", "security", "flipInMultiple", "redemptionPrice", "finalExpirationDate",
  "distributionDaysAfterAnnouncement", "distributionBusinessDaysAfterTenderOffer", "exchangeRatio", "qualifiedOfferClause", "nolPlan",
];
/** The table's columns, in order. */
export const TABLE_COLUMNS: readonly (keyof TableRow)[] = ["source", "format", ...SUMMARY_FIELDS, "confidence", "assumed", "error"];

/** The rows as a table file's table (src/export/tableFile.ts): CSV, Excel or JSON. */
export const plansTable = (rows: readonly TableRow[]): Table => ({ sheet: "plans", columns: TABLE_COLUMNS, rows, widths: { source: 50 } });

const PLAN_TERMS = new Set(Object.keys(termValueShapes));

/** The row of a document read alone. */
export function tableRow(doc: SourceDocument): TableRow {
  const reading = readTexts([{ file: doc.file, text: doc.text }]);
  const found = Object.values(reading.terms).map((f) => f!.confidence);
  const confidence = found.length ? Math.round((found.reduce((a, b) => a + b, 0) / found.length) * 100) / 100 : null;
  const assumed = reading.notFound.filter((t) => PLAN_TERMS.has(t)).join(" ");
  return { source: doc.file, format: doc.part ? `${doc.format} (${doc.part})` : doc.format, ...summaryOf(reading), confidence, assumed, error: null };
}

/** The row of a document that cannot be read: every field empty, the reason in `error`. */
export function errorRow(source: string, error: string): TableRow {
  const empty = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, null])) as { [K in keyof ReadingSummary]: null };
  return { source, format: "", ...empty, confidence: null, assumed: "", error };
}
