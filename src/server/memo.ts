/** The memo (`rightsplan report`) for the server: HTML with its charts inline, Markdown without charts, or DOCX made from that Markdown. */
import type { AnalysisOptions } from "../analysis/base.js";
import type { DilutionOptions } from "../analysis/dilution.js";
import { report, type MemoHeading } from "../analysis/report.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { TaskResult } from "./tasks.js";

export const MEMO_TYPES = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export async function memoOf(parsed: ParsedScenario, options: AnalysisOptions & DilutionOptions, format: keyof typeof MEMO_TYPES, date: string | undefined, source: string, heading?: MemoHeading): Promise<TaskResult> {
  const memo = report(parsed, { ...options, format: format === "html" ? "html" : "md", date, source, heading, charts: format === "html" ? "inline" : "none" });
  if (format !== "docx") return { ok: true, type: MEMO_TYPES[format], body: new TextEncoder().encode(memo.text) };
  const { memoDocx } = await import("../analysis/memoDocx.js");
  return { ok: true, type: MEMO_TYPES.docx, body: await memoDocx(memo.text) };
}
