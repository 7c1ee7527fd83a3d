/**
 * Beneficial ownership against the threshold, with the Stock Acquisition Date, the Distribution
 * Date and the redemption deadline marked: the CLI's chart, from the same option builder
 * (src/analysis/charts.ts).
 */
import { useMemo } from "react";
import { ownershipChartOption } from "../../../src/analysis/charts.js";
import type { OwnershipTimeline } from "../answer.js";
import { Chart } from "./Chart.js";

export function OwnershipChart({ timeline }: { timeline: OwnershipTimeline }) {
  const option = useMemo(() => ownershipChartOption(timeline), [timeline]);
  const marks = timeline.marks.map((m) => `${m.label} ${m.iso.slice(0, 10)}`).join("; ");
  return <Chart option={option} fileStem="ownership" summary={`Beneficial ownership of ${timeline.persons.join(", ")} against the threshold. Marked: ${marks || "no dates"}.`} />;
}
