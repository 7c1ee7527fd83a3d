/**
 * Beneficial ownership against the threshold, with the plan's dates marked: the CLI's chart,
 * drawn here from its data with the same option builder (src/analysis/charts.ts), or the
 * server's SVG of it when the server sends no data.
 */
import { useMemo } from "react";
import { ownershipChartOption } from "../../../src/analysis/charts.js";
import type { OwnershipTimeline } from "../answer.js";
import { Chart } from "./Chart.js";
import { download } from "../download.js";

type Drawn = { readonly timeline: OwnershipTimeline } | { readonly svg: string };

export function OwnershipChart({ chart }: { chart: Drawn }) {
  if ("svg" in chart) return <ServerSvg svg={chart.svg} />;
  return <Drawn timeline={chart.timeline} />;
}

function Drawn({ timeline }: { timeline: OwnershipTimeline }) {
  const option = useMemo(() => ownershipChartOption(timeline), [timeline]);
  const marks = timeline.marks.map((m) => `${m.label} ${m.iso.slice(0, 10)}`).join("; ");
  return <Chart option={option} fileStem="ownership" summary={`Beneficial ownership of ${timeline.persons.join(", ")} against the threshold. Marked: ${marks || "no dates"}.`} />;
}

function ServerSvg({ svg }: { svg: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })), [svg]);
  return (
    <figure className="chart">
      <img src={url} alt="Beneficial ownership over time against the Acquiring Person threshold, with the Stock Acquisition Date, Distribution Date and redemption deadline marked" style={{ width: "100%" }} />
      <figcaption>
        <button type="button" className="link" onClick={() => download("ownership.svg", new Blob([svg], { type: "image/svg+xml" }))}>Download SVG</button>
      </figcaption>
    </figure>
  );
}
