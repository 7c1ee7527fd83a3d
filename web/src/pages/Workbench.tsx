/**
 * The scenario workbench: build a scenario in forms or in YAML, import prices, evaluate, and read
 * the answer as a state panel, a timeline and the ownership chart, replayed at any instant with
 * the as-of slider.
 */
import { useEffect, useMemo, useState } from "react";
import { stringify } from "yaml";
import { getJson, postJson, query } from "../api.js";
import { useList } from "../useList.js";
import { download as saveFile } from "../download.js";
import type { Answer, OwnershipTimeline } from "../answer.js";
import { emptyScenario, type ScenarioDoc } from "../scenario.js";
import { ScenarioForm } from "../components/ScenarioForm.js";
import { YamlEditor } from "../components/YamlEditor.js";
import { StatePanel } from "../components/StatePanel.js";
import { Timeline } from "../components/Timeline.js";
import { OwnershipChart } from "../components/OwnershipChart.js";
import { AsOfSlider } from "../components/AsOfSlider.js";
import { PricesImport } from "../components/PricesImport.js";
import { Problem } from "../components/Problem.js";
import { Tabs } from "../components/Tabs.js";
import { go } from "../route.js";
import type { PageProps } from "./props.js";

/** A saved or example scenario from the server: the scenario itself, under `scenario` or as the body. */
export async function loadScenario(id: string): Promise<ScenarioDoc> {
  const body = await getJson<{ scenario?: ScenarioDoc } & ScenarioDoc>(`/api/scenarios/${encodeURIComponent(id)}`);
  return body.scenario ?? body;
}

export interface Evaluation {
  readonly answer: Answer;
  readonly timeline: OwnershipTimeline | null;
}

export async function evaluateScenario(doc: ScenarioDoc, asOf?: string): Promise<Evaluation> {
  const answer = await postJson<Answer>(`/api/evaluate${query({ asOf })}`, doc);
  const timeline = await postJson<OwnershipTimeline>(`/api/analyses/timeline${query({ asOf })}`, doc).catch(() => null);
  return { answer, timeline };
}

export default function Workbench({ args }: PageProps) {
  const examples = useList("/api/scenarios");
  const plans = useList("/api/plans");
  const [doc, setDoc] = useState<ScenarioDoc>(emptyScenario);
  const [result, setResult] = useState<Evaluation | null>(null);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (args[0]) loadScenario(args[0]).then((d) => { setDoc(d); setResult(null); }, setError);
  }, [args[0]]);

  const evaluate = async (at?: string) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await evaluateScenario(doc, at));
      setAsOf(at);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const planList = useMemo(() => (plans.length ? plans.map((p) => ({ id: p.id, name: p.name ?? p.id })) : [{ id: doc.plan, name: doc.plan }]), [plans, doc.plan]);
  return (
    <div className="workbench">
      <h1>Scenario workbench</h1>
      <div className="toolbar">
        <label htmlFor="example">Open an example</label>
        <select id="example" value={args[0] ?? ""} onChange={(e) => (e.target.value ? go("workbench", e.target.value) : (go("workbench"), setDoc(emptyScenario()), setResult(null)))}>
          <option value="">New scenario</option>
          {examples.map((x) => <option key={x.id} value={x.id}>{x.title ?? x.id}</option>)}
        </select>
        <PricesImport onPrices={(prices) => setDoc({ ...doc, prices })} />
        <button type="button" className="primary" onClick={() => evaluate(doc.asOf)} disabled={busy}>Evaluate</button>
        <button type="button" onClick={() => download(doc)}>Download YAML</button>
      </div>
      <Problem error={error} />
      <div className="split">
        <div className="editor-side">
          <Tabs label="Edit the scenario" tabs={[
            { id: "forms", label: "Forms", render: () => <ScenarioForm doc={doc} plans={planList} onChange={setDoc} /> },
            { id: "yaml", label: "YAML", render: () => <YamlEditor doc={doc} onChange={setDoc} /> },
          ]} />
        </div>
        <div className="result-side" aria-live="polite">
          {busy && <p className="loading">Evaluating…</p>}
          {result && (
            <>
              <AsOfSlider doc={doc} asOf={asOf ?? result.answer.asOf} onAsOf={(at) => evaluate(at)} />
              <Tabs label="The answer" tabs={[
                { id: "state", label: "State", render: () => <StatePanel answer={result.answer} /> },
                { id: "chart", label: "Ownership chart", render: () => (result.timeline ? <OwnershipChart timeline={result.timeline} /> : <p>The server gave no ownership timeline for this scenario.</p>) },
                { id: "timeline", label: "Timeline", render: () => <Timeline trace={result.answer.trace} /> },
              ]} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}

function download(doc: ScenarioDoc) {
  saveFile(`${(doc.title ?? "scenario").replace(/\W+/g, "-").toLowerCase()}.yaml`, new Blob([stringify(doc)], { type: "application/yaml" }));
}
