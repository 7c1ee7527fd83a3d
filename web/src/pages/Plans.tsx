/**
 * Plans: each plan's terms in force by Agreement section with the passage each was read from,
 * its amendments on a timeline, the terms in which two plans differ, and the terms of one plan
 * at two dates side by side.
 */
import { useEffect, useState } from "react";
import { getJson, query } from "../api.js";
import { planAt, termsChangedBetween, type PlanShown, type TermChange } from "../plan.js";
import { termValueText } from "../../../src/terms/valueText.js";
import { Problem } from "../components/Problem.js";
import { useList, type PlanListed } from "../useList.js";
import { PlanDiffView, type PlanDiff } from "../components/PlanDiffView.js";
import { DraftAmendment } from "../components/DraftAmendment.js";
import { TableExport } from "../components/TableExport.js";
import type { PageProps } from "./props.js";

export default function Plans({ args, may }: PageProps) {
  const [plans] = useList<PlanListed>("/api/plans");
  const id = args[0] ?? plans[0]?.id;
  return (
    <div className="plans">
      <h1>Plans</h1>
      <nav aria-label="Plans" className="sub">
        {plans.map((p) => (
          <a key={p.id} href={`#/plans/${encodeURIComponent(p.id)}`} aria-current={p.id === id ? "page" : undefined}>{p.name}</a>
        ))}
      </nav>
      {id && <PlanView key={id} id={id} plans={plans} evaluate={may("read")} />}
    </div>
  );
}

function PlanView({ id, plans, evaluate }: { id: string; plans: readonly PlanListed[]; evaluate: boolean }) {
  const [asOf, setAsOf] = useState("");
  const [plan, setPlan] = useState<PlanShown | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    planAt(id, asOf || undefined).then(setPlan, setError);
  }, [id, asOf]);
  if (error) return <Problem error={error} />;
  if (!plan) return <p className="loading">Loading the plan…</p>;
  return (
    <article>
      <h2>{plan.name}</h2>
      <p className="source">Read from: {plan.source}</p>
      <h3>Amendments</h3>
      <ol className="amendments" aria-label="Amendments in date order">
        {[...plan.amendments].sort((a, b) => a.effective.localeCompare(b.effective)).map((a) => (
          <li key={a.id}>
            <time>{a.effective}</time> {a.name ?? a.id} (dated {a.date}) changes {a.terms.join(", ")}{" "}
            <button type="button" className="link" onClick={() => setAsOf(a.effective)}>Show the terms from {a.effective}</button>
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <label htmlFor="plan-asof">Terms in force on</label>
        <input id="plan-asof" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <span>({plan.version})</span>
        <TableExport caption={`Terms of ${plan.name}`} fileStem={`terms-${plan.id}-${asOf || "today"}`} header={["section", "term", "value", "source", "assumed"]} rows={plan.sections.flatMap((g) => g.terms.map((t) => [g.section, t.term, termValueText(t.value), t.source, t.assumed ?? ""]))} />
      </div>
      {plan.sections.map((g) => (
        <table key={g.section} className="terms">
          <caption>Section {g.section}</caption>
          <thead><tr><th scope="col">Term</th><th scope="col">Value</th><th scope="col">Source (where the plan says it, in its words)</th></tr></thead>
          <tbody>
            {g.terms.map((t) => (
              <tr key={t.term}>
                <th scope="row">{t.term}</th>
                <td>{termValueText(t.value)}{t.assumed && <span className="assumed"> (assumed: {t.assumed})</span>}</td>
                <td>{t.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <ComparePlans id={id} plans={plans} />
      <TwoDates id={id} />
      {evaluate && <DraftAmendment plan={plan} />}
    </article>
  );
}

/** GET /api/plans/:id/diff/:other?asOf=: the terms in which two plans differ. */
function ComparePlans({ id, plans }: { id: string; plans: readonly PlanListed[] }) {
  // The plan chosen, else the first other plan once the list has come: opened from an address
  // (a reload, a link) the list was still empty, and the page compared the plan with itself.
  const [chosen, setOther] = useState("");
  const other = chosen || (plans.find((p) => p.id !== id)?.id ?? id);
  const [asOf, setAsOf] = useState("");
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = () => {
    setError(null);
    getJson<PlanDiff>(`/api/plans/${encodeURIComponent(id)}/diff/${encodeURIComponent(other)}${query({ asOf })}`).then(setDiff, setError);
  };
  return (
    <section aria-labelledby="diff-h">
      <h3 id="diff-h">Compare with another plan</h3>
      <div className="toolbar">
        <label htmlFor="diff-other">Other plan</label>
        <select id="diff-other" value={other} onChange={(e) => setOther(e.target.value)}>
          {plans.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <label htmlFor="diff-asof">Both plans' terms in force on</label>
        <input id="diff-asof" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <button type="button" onClick={run}>Compare the plans</button>
      </div>
      <Problem error={error} />
      {diff && <PlanDiffView diff={diff} />}
    </section>
  );
}

/** A term's value at a date, or that the plan had no such term then. */
const valueAt = (value: unknown) => (value === undefined ? "not in the plan then" : termValueText(value));

/** One plan's terms at two dates: the terms whose value changed between them. */
function TwoDates({ id }: { id: string }) {
  const [a, setA] = useState("");
  const [b, setB] = useState("");
  const [rows, setRows] = useState<TermChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      const [pa, pb] = await Promise.all([planAt(id, a), planAt(id, b)]);
      setRows(termsChangedBetween(pa, pb));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="dates-h">
      <h3 id="dates-h">Compare two dates of this plan</h3>
      <div className="toolbar">
        <label htmlFor="date-a">From</label>
        <input id="date-a" type="date" value={a} onChange={(e) => setA(e.target.value)} />
        <label htmlFor="date-b">to</label>
        <input id="date-b" type="date" value={b} onChange={(e) => setB(e.target.value)} />
        <button type="button" onClick={run} disabled={!a || !b}>Compare the dates</button>
      </div>
      <Problem error={error} />
      {rows && (rows.length === 0 ? <p>No term changed between {a} and {b}.</p> : (
        <>
        <TableExport caption={`Terms changed between ${a} and ${b}`} fileStem={`terms-${id}-${a}-${b}`} header={["term", a, b, "source"]} rows={rows.map((r) => [r.term, valueAt(r.a), valueAt(r.b), r.source])} />
        <table>
          <caption>Terms changed between {a} and {b}</caption>
          <thead><tr><th scope="col">Term</th><th scope="col">{a}</th><th scope="col">{b}</th><th scope="col">Source of the change</th></tr></thead>
          <tbody>{rows.map((r) => <tr key={r.term}><th scope="row">{r.term}</th><td>{valueAt(r.a)}</td><td>{valueAt(r.b)}</td><td>{r.source}</td></tr>)}</tbody>
        </table>
        </>
      ))}
    </section>
  );
}
