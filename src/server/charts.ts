/** Charts for the server: the CLI's `chart` command's two drawings, as SVG text or PNG bytes. */
import type { AnalysisOptions } from "../analysis/base.js";
import { baseRun } from "../analysis/base.js";
import { dilutionChartOption, ownershipChartOption, renderSvg, svgToPng } from "../analysis/charts.js";
import { dilutionOf } from "../analysis/dilution.js";
import { ownershipTimeline } from "../analysis/timeline.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { TaskResult } from "./tasks.js";

export function chartOf(parsed: ParsedScenario, options: AnalysisOptions, kind: "ownership" | "dilution", format: "svg" | "png"): TaskResult {
  const runs = baseRun(parsed, options);
  const option = kind === "ownership" ? ownershipChartOption(ownershipTimeline(parsed, options, {}, runs.final)) : dilutionChartOption(dilutionOf(parsed, options, runs));
  const svg = renderSvg(option);
  if (format === "svg") return { ok: true, type: "image/svg+xml", body: new TextEncoder().encode(svg) };
  return { ok: true, type: "image/png", body: new Uint8Array(svgToPng(svg)) };
}
