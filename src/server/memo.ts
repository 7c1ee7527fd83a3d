/** The memo (`rightsplan report`) for the server: HTML with its charts inline, or Markdown without charts. */
import type { AnalysisOptions } from "../analysis/base.js";
import type { DilutionOptions } from "../analysis/dilution.js";
import { report } from "../analysis/report.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { TaskResult } from "./tasks.js";

export const MEMO_TYPES = { md: "text/markdown; charset=utf-8", html: "text/html; charset=utf-8" } as const;

export function memoOf(parsed: ParsedScenario, options: AnalysisOptions & DilutionOptions, format: keyof typeof MEMO_TYPES, date: string | undefined, source: string): TaskResult {
  const memo = report(parsed, { ...options, format, date, source, charts: format === "html" ? "inline" : "none" });
  return { ok: true, type: MEMO_TYPES[format], body: new TextEncoder().encode(memo.text) };
}
