/**
 * Plans: each plan's terms with the passage each was read from, its amendments on a timeline,
 * and the differences between two plans or two dates of one plan.
 */
import { useEffect, useState } from "react";
import { getJson, postJson } from "../api.js";
import { termValueText } from "../../../src/terms/valueText.js";
import { Problem } from "../components/Problem.js";
import { go } from "../route.js";
import { useList } from "../useList.js";
import { PlanDiffView, type PlanDiff } from "../components/PlanDiffView.js";
import type { PageProps } from "./props.js";

interface Term {
  readonly value: unknown;
  readonly source: string;
  readonly assumed?: string;
}

export interface PlanDoc {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly terms: Readonly<Record<string, Term>>;
  readonly amendments: readonly { id: string; name?: string; date: string; effective: string; source?: string; changes: Readonly<Record<string, Term>> }[];
  /** The terms grouped by the Agreement section they implement, when the server groups them. */
  readonly sections?: readonly { section: string; terms: readonly string[] }[];
}

export default function Plans({ args }: PageProps) {
  const plans = useList("/api/plans");
  const id = args[0] ?? plans[0]?.id;
  return (
    <div className="plans">
      <h1>Plans</h1>
      <nav aria-label="Plans" className="sub">
        {plans.map((p) => (
          <a key={p.id} href={`#/plans/${encodeURIComponent(p.id)}`} aria-current={p.id === id ? "page" : undefined}>{p.name ?? p.id}</a>
        ))}
      </nav>
      {id && <PlanView id={id} plans={plans.map((p) => p.id)} />}
    </div>
  );
}

function PlanView({ id, plans }: { id: string; plans: readonly string[] }) {
  const [plan, setPlan] = useState<PlanDoc | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setPlan(null);
    getJson<PlanDoc | { plan: PlanDoc }>(`/api/plans/${encodeURIComponent(id)}`).then((b) => setPlan("plan" in b ? b.plan : b), setError);
  }, [id]);
  if (error) return <Problem error={error} />;
  if (!plan) return <p className="loading">Loading the plan…</p>;
  const groups = plan.sections ?? [{ section: "Terms", terms: Object.keys(plan.terms) }];
  return (
    <article>
      <h2>{plan.name}</h2>
      <p className="source">Read from: {plan.source}</p>
      <h3>Amendments</h3>
      <ol className="amendments" aria-label="Amendments in date order">
        <li><time>{String(plan.terms.agreementDate?.value ?? "")}</time> The Agreement as adopted</li>
        {[...plan.amendments].sort((a, b) => a.effective.localeCompare(b.effective)).map((a) => (
          <li key={a.id}>
            <time>{a.effective}</time> {a.name ?? a.id} (dated {a.date}): changes {Object.keys(a.changes).join(", ")}
            {a.source && <blockquote>{a.source}</blockquote>}
          </li>
        ))}
      </ol>
      <h3>Terms, as adopted</h3>
      {groups.map((g) => (
        <table key={g.section} className="terms">
          <caption>{g.section}</caption>
          <thead><tr><th scope="col">Term</th><th scope="col">Value</th><th scope="col">The plan's words</th></tr></thead>
          <tbody>
            {g.terms.filter((t) => plan.terms[t]).map((t) => (
              <tr key={t}>
                <th scope="row">{t}</th>
                <td>{termValueText(plan.terms[t].value)}{plan.terms[t].assumed && <span className="assumed"> (assumed: {plan.terms[t].assumed})</span>}</td>
                <td><q>{plan.terms[t].source}</q></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <DiffForm id={id} plans={plans} />
    </article>
  );
}

/** Two plans at one date, or one plan at two dates. */
function DiffForm({ id, plans }: { id: string; plans: readonly string[] }) {
  const [other, setOther] = useState(id);
  const [dateA, setDateA] = useState("");
  const [dateB, setDateB] = useState("");
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      setDiff(await postJson<PlanDiff>("/api/plans/diff", { a: id, b: other, asOf: dateA || undefined, bAsOf: dateB || undefined }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="diff-h">
      <h3 id="diff-h">Compare</h3>
      <div className="toolbar">
        <label htmlFor="diff-other">With plan</label>
        <select id="diff-other" value={other} onChange={(e) => setOther(e.target.value)}>
          {plans.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        <label htmlFor="diff-a">at</label>
        <input id="diff-a" type="date" value={dateA} onChange={(e) => setDateA(e.target.value)} />
        <label htmlFor="diff-b">against</label>
        <input id="diff-b" type="date" value={dateB} onChange={(e) => setDateB(e.target.value)} />
        <button type="button" onClick={run}>Compare</button>
        <button type="button" className="link" onClick={() => go("workbench")}>Try it in a scenario</button>
      </div>
      <Problem error={error} />
      {diff && <PlanDiffView diff={diff} />}
    </section>
  );
}
