/**
 * "How much can this holder buy before …": the scenario re-evaluated over a range of one input
 * (POST /api/analyses/sweep, a job), its summary in sentences, the points as a table and the
 * CLI's sweep chart.
 */
import { useMemo, useState } from "react";
import { postJson } from "../api.js";
import { sweepChartOption } from "../../../src/analysis/charts.js";
import type { SweepResult } from "../../../src/analysis/sweep.js";
import type { ScenarioDoc } from "../scenario.js";
import { resultOf, type Job } from "../jobs.js";
import { Chart } from "./Chart.js";
import { DataTable } from "./DataTable.js";
import { Problem } from "./Problem.js";

/** `asOf`: the instant the answer beside it is for (the as-of slider's), as the Dilution panel is given it; it was left out, so the sweep ran at the scenario's own as-of. */
export function SweepPanel({ doc, asOf }: { doc: ScenarioDoc; asOf?: string }) {
  const first = doc.events.findIndex((e) => typeof e.shares === "number");
  const [vary, setVary] = useState(first >= 0 ? `events.${first}.shares=1:${Number(doc.events[first].shares) * 2}:${Math.max(1, Math.round(Number(doc.events[first].shares) / 10))}` : "");
  const [result, setResult] = useState<SweepResult | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      setResult((await resultOf(await postJson<unknown>("/api/analyses/sweep", { scenario: doc, vary, ...(asOf ? { asOf } : {}) }), setJob)) as SweepResult);
    } catch (e) {
      setError(e);
    }
  };
  const option = useMemo(() => (result ? sweepChartOption(result) : null), [result]);
  const rows = useMemo(() => result?.points.map((p) => ({ [result.param]: p.x, ...p.metrics, ...(p.error ? { error: p.error } : {}) })) ?? [], [result]);
  return (
    <section className="panel" aria-label="Sweep">
      <div className="toolbar">
        <label htmlFor="sweep-vary">Vary (PATH=FROM:TO:STEP)</label>
        <input id="sweep-vary" size={40} value={vary} onChange={(e) => setVary(e.target.value)} />
        <button type="button" onClick={run} disabled={!vary}>Run the sweep</button>
        {job && job.state === "running" && <progress aria-label="Sweep progress" max={job.progress.total || 1} value={job.progress.done} />}
      </div>
      <Problem error={error} />
      {result && (
        <>
          <ul data-testid="sweep-summary">{result.summary.text.map((t, i) => <li key={i}>{t}</li>)}</ul>
          {option && <Chart option={option} fileStem="sweep" summary={result.summary.text[0] ?? "The sweep's metrics over the input."} />}
          <DataTable caption="Sweep points" rows={rows} fileStem="sweep" />
        </>
      )}
    </section>
  );
}
