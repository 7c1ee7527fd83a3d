/**
 * Two saved scenarios side by side: each one's state as of the date given (else each as of its own
 * date, which the page says), the fields in which the scenarios differ and the first finding where
 * their traces part (GET /api/scenarios/:name/compare).
 */
import { useState } from "react";
import { getJson, query } from "../api.js";
import type { Answer } from "../answer.js";
import { StatePanel } from "../components/StatePanel.js";
import { instantsText } from "../stateText.js";
import { Problem } from "../components/Problem.js";
import { TableExport } from "../components/TableExport.js";
import { useList, type ScenarioListed } from "../useList.js";
import type { PageProps } from "./props.js";

interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly fields: readonly { path: string; a: unknown; b: unknown }[];
  readonly firstDifference: { index: number; a: unknown; b: unknown } | null;
}

const evaluated = (name: string, asOf: string) => getJson<Answer>(`/api/scenarios/${encodeURIComponent(name)}/evaluate${query({ asOf })}`);
const show = (v: unknown) => (v === undefined ? "—" : JSON.stringify(v));

export default function Compare(_: PageProps) {
  const [saved] = useList<ScenarioListed>("/api/scenarios");
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const [asOf, setAsOf] = useState("");
  const [result, setResult] = useState<{ cmp: Comparison; left: Answer; right: Answer; asOf: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      const [cmp, left, right] = await Promise.all([getJson<Comparison>(`/api/scenarios/${encodeURIComponent(a)}/compare${query({ with: b, asOf })}`), evaluated(a, asOf), evaluated(b, asOf)]);
      setResult({ cmp, left, right, asOf });
    } catch (e) {
      setError(e);
    }
  };
  const pick = (id: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">(choose)</option>
        {saved.map((s) => <option key={s.name} value={s.name}>{s.title ?? s.name}</option>)}
      </select>
    </>
  );
  return (
    <div>
      <h1>Compare scenarios</h1>
      <div className="toolbar">
        {pick("cmp-a", "Scenario A", a, setA)}
        {pick("cmp-b", "Scenario B", b, setB)}
        <label htmlFor="cmp-asof">As of (optional)</label>
        <input id="cmp-asof" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <button type="button" className="primary" onClick={run} disabled={!a || !b}>Compare</button>
      </div>
      <Problem error={error} />
      {result && (
        <>
          <TableExport caption={`Fields that differ: ${result.cmp.a} and ${result.cmp.b}`} fileStem={`compare-${result.cmp.a}-${result.cmp.b}`} header={["field", result.cmp.a, result.cmp.b]} rows={result.cmp.fields.map((f) => [f.path, show(f.a), show(f.b)])} />
          <table>
            <caption>Fields that differ ({result.cmp.fields.length})</caption>
            <thead><tr><th scope="col">Field</th><th scope="col">{result.cmp.a}</th><th scope="col">{result.cmp.b}</th></tr></thead>
            <tbody>{result.cmp.fields.map((f) => <tr key={f.path}><th scope="row">{f.path}</th><td>{show(f.a)}</td><td>{show(f.b)}</td></tr>)}</tbody>
          </table>
          <p>{result.cmp.firstDifference ? `The traces part at finding ${result.cmp.firstDifference.index}: A ${show(result.cmp.firstDifference.a)}; B ${show(result.cmp.firstDifference.b)}` : "The two traces are the same."}</p>
          <p data-testid="compare-instants">{instantsText(result)}</p>
          <h2>The two states</h2>
          <div className="split">
            <StatePanel answer={result.left} />
            <StatePanel answer={result.right} />
          </div>
        </>
      )}
    </div>
  );
}
