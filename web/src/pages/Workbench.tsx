/**
 * The scenario workbench: build a scenario in forms or in YAML, import prices, evaluate, and read
 * the answer as a state panel, a timeline and the ownership chart, replayed at any instant with
 * the as-of slider.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { stringify } from "yaml";
import { getJson, postJson, putJson, query } from "../api.js";
import { useList, type PlanListed, type ScenarioListed } from "../useList.js";
import { download as saveFile } from "../download.js";
import type { Answer, OwnershipTimeline } from "../answer.js";
import { emptyScenario, loadScenario, type ScenarioDoc } from "../scenario.js";
import { draftOf, dropDraft, keepDraft } from "../draft.js";
import { ScenarioForm } from "../components/ScenarioForm.js";
import { StatePanel } from "../components/StatePanel.js";
import { Timeline } from "../components/Timeline.js";
import { BoardActions } from "../components/BoardActions.js";
import { AsOfSlider } from "../components/AsOfSlider.js";
import { PricesImport } from "../components/PricesImport.js";
import { Problem } from "../components/Problem.js";
import { Tabs } from "../components/Tabs.js";
import { StayButton } from "../components/StayButton.js";
import { NAME_PATTERN } from "../patterns.js";
import { go } from "../route.js";
import type { PageProps } from "./props.js";

/**
 * The parts of the page each behind a tab are loaded when that tab is first opened: the YAML
 * editor (CodeMirror) beside the forms, and the charts and analyses beside the state, which bring
 * the chart builders and the engine they share with the CLI (src/analysis/charts.ts).
 */
const YamlEditor = shownLater(() => import("../components/YamlEditor.js"), "YamlEditor");
const OwnershipChart = shownLater(() => import("../components/OwnershipChart.js"), "OwnershipChart");
const DilutionPanel = shownLater(() => import("../components/DilutionPanel.js"), "DilutionPanel");
const SweepPanel = shownLater(() => import("../components/SweepPanel.js"), "SweepPanel");

/** The component `name` of the module `load` loads, loaded when it is first rendered (inside a Suspense). */
function shownLater<N extends string, P extends object>(load: () => Promise<Record<N, ComponentType<P>>>, name: N) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const loading = (part: ReactNode) => <Suspense fallback={<p className="loading">Loading…</p>}>{part}</Suspense>;

export interface Evaluation {
  /** The scenario as evaluated (the forms may have moved on since). */
  readonly doc: ScenarioDoc;
  readonly answer: Answer;
  /** The ownership chart's data, or why it could not be drawn. */
  readonly chart: OwnershipTimeline | { readonly problem: string };
  /** Each plan term's source: the plan's own words, shown beside the findings that cite them. */
  readonly sources: Readonly<Record<string, string>>;
}

const sourcesOf = (planFile: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((planFile as { terms?: Record<string, { source: string }> }).terms ?? {}).map(([term, t]) => [term, t.source]));

/**
 * The answer (POST /api/evaluate, the server's) and the ownership chart's data, computed here from
 * the plan terms file with the CLI's own code (chartData.ts, loaded when first needed).
 */
export async function evaluateScenario(doc: ScenarioDoc, asOf: string | undefined): Promise<Evaluation> {
  const [answer, planFile, { ownershipOf }] = await Promise.all([
    postJson<Answer>(`/api/evaluate${query({ asOf })}`, doc),
    getJson<unknown>(`/api/plans/${encodeURIComponent(doc.plan)}/terms`),
    import("../chartData.js"),
  ]);
  try {
    return { doc, answer, chart: ownershipOf(doc, planFile, asOf), sources: sourcesOf(planFile) };
  } catch (e) {
    return { doc, answer, chart: { problem: (e as Error).message }, sources: sourcesOf(planFile) };
  }
}

export default function Workbench({ args, may }: PageProps) {
  const [saved, reloadSaved] = useList<ScenarioListed>("/api/scenarios");
  const [plans] = useList<PlanListed>("/api/plans");
  /** The saved scenario open ("" for a new one): its unsaved edits are kept in this tab (draft.ts). */
  const name = args[0] ?? "";
  const [doc, setShown] = useState<ScenarioDoc>(() => draftOf(name) ?? emptyScenario());
  const [unsaved, setUnsaved] = useState(() => draftOf(name) !== null);
  const [result, setResult] = useState<Evaluation | null>(null);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  /** An edit: shown, and kept in the tab until saved or discarded, so a reload does not lose it. */
  const setDoc = (next: ScenarioDoc) => {
    setShown(next);
    keepDraft(name, next);
    setUnsaved(true);
  };
  /** The scenario as stored: the saved one (its latest version), or a new empty one. */
  const showStored = useCallback(() => {
    const shown = (d: ScenarioDoc) => { setShown(d); setUnsaved(false); setResult(null); };
    if (name) loadScenario(name).then(shown, setError);
    else shown(emptyScenario());
  }, [name]);
  const discard = () => { dropDraft(name); showStored(); };

  // Opening a scenario (the list, a link, the back button): its unsaved draft if this tab has one.
  useEffect(() => {
    const draft = draftOf(name);
    if (!draft) return showStored();
    setShown(draft);
    setUnsaved(true);
    setResult(null);
  }, [name, showStored]);

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

  const planList = useMemo(() => (plans.length ? plans : [{ id: doc.plan, name: doc.plan }]), [plans, doc.plan]);
  return (
    <div className="workbench">
      <h1>Scenario workbench</h1>
      <div className="toolbar">
        <label htmlFor="open-scenario">Open a saved scenario</label>
        <select id="open-scenario" value={args[0] ?? ""} onChange={(e) => (e.target.value ? go("workbench", e.target.value) : go("workbench"))}>
          <option value="">New scenario</option>
          {saved.map((x) => <option key={x.name} value={x.name}>{x.title ?? x.name}</option>)}
        </select>
        <PricesImport prices={doc.prices ?? []} onPrices={(prices) => setDoc({ ...doc, prices })} />
        <StayButton className="primary" unavailable={busy} onClick={() => evaluate(doc.asOf)}>Evaluate</StayButton>
        <button type="button" onClick={() => download(doc)}>Download YAML</button>
        {args[0] && may("analyses") && <a href={`#/memo/${encodeURIComponent(args[0])}`}>Write its memo</a>}
        {may("write-scenarios") && <SaveScenario doc={doc} name={args[0]} onSaved={(saved) => { dropDraft(name); setUnsaved(false); reloadSaved(); go("workbench", saved); }} />}
      </div>
      {unsaved && (
        <p className="draft" role="status">
          {name ? "Unsaved changes to this scenario" : "A new scenario, not saved"}: kept in this browser tab until you save or discard them.{" "}
          <button type="button" className="link" onClick={discard}>Discard the changes</button>
        </p>
      )}
      <Problem error={error} />
      {args[0] && may("board-actions") && <BoardActions name={args[0]} doc={doc} onSaved={discard} />}
      <div className="split">
        <div className="editor-side">
          <Tabs label="Edit the scenario" tabs={[
            { id: "forms", label: "Forms", render: () => <ScenarioForm doc={doc} plans={planList} onChange={setDoc} /> },
            { id: "yaml", label: "YAML", render: () => loading(<YamlEditor doc={doc} plans={planList.map((p) => p.id)} onChange={setDoc} />) },
          ]} />
        </div>
        <div className="result-side" aria-live="polite">
          {busy && <p className="loading">Evaluating…</p>}
          {result && (
            <>
              {/* The panels' headings (h3) come under this one: they followed the page's h1 directly (web3). */}
              <h2>The answer</h2>
              <AsOfSlider doc={doc} asOf={asOf ?? result.answer.asOf} onAsOf={(at) => evaluate(at)} />
              <Tabs label="The answer" tabs={[
                { id: "state", label: "State", render: () => <StatePanel answer={result.answer} /> },
                { id: "chart", label: "Ownership chart", render: () => ("problem" in result.chart ? <p>The chart cannot be drawn: {result.chart.problem}</p> : loading(<OwnershipChart timeline={result.chart} />)) },
                { id: "timeline", label: "Timeline", render: () => <Timeline trace={result.answer.trace} sources={result.sources} /> },
                ...(may("analyses") ? [
                  { id: "dilution", label: "Dilution", render: () => loading(<DilutionPanel doc={result.doc} asOf={asOf} />) },
                  { id: "sweep", label: "Sweep", render: () => loading(<SweepPanel doc={result.doc} asOf={asOf} />) },
                ] : []),
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

/** Saves the scenario under a name (a new scenario) or as its next version (a saved one). */
function SaveScenario({ doc, name, onSaved }: { doc: ScenarioDoc; name?: string; onSaved: (name: string) => void }) {
  const [newName, setNewName] = useState("");
  const [status, setStatus] = useState("");
  const save = async () => {
    try {
      const record = name ? await putJson<ScenarioListed>(`/api/scenarios/${encodeURIComponent(name)}`, doc) : await postJson<ScenarioListed>("/api/scenarios", { name: newName, scenario: doc });
      setStatus(`Saved ${record.name}, version ${record.version}`);
      onSaved(record.name);
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    }
  };
  return (
    <>
      {!name && (
        <>
          <label htmlFor="save-name">Save as</label>
          <input id="save-name" value={newName} pattern={NAME_PATTERN} placeholder="bidder-crosses" onChange={(e) => setNewName(e.target.value)} />
        </>
      )}
      <button type="button" onClick={save} disabled={!name && !newName}>{name ? "Save a new version" : "Save"}</button>
      <span role="status">{status}</span>
    </>
  );
}
