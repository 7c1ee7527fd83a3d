/**
 * "What would this amendment change": draft a change of one term, see the old and new values,
 * and the engine's R-27 verdict on it, judged in a saved scenario (after its Distribution Date,
 * say) or in a plain one. The verdict is the engine's own (POST /api/evaluate with the amendment
 * as an `amend` event), never re-judged here.
 */
import { useState } from "react";
import { postJson } from "../api.js";
import type { Answer } from "../answer.js";
import { termValueText } from "../../../src/terms/valueText.js";
import { useList, type ScenarioListed } from "../useList.js";
import { planAt, type PlanShown } from "../plan.js";
import { loadScenario, type ScenarioDoc } from "../scenario.js";
import { Problem } from "./Problem.js";

/** A typed value: JSON when it reads as JSON (15, true, ["a"]), else the text itself. */
const valueOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The plain scenario's Company: a count the engine needs, which a verdict on an amendment alone (no events) does not depend on; the page says it. */
const PLAIN_SHARES = 1_000_000;

export function DraftAmendment({ plan }: { plan: PlanShown }) {
  const terms = plan.sections.flatMap((s) => s.terms);
  const [saved] = useList<ScenarioListed>("/api/scenarios");
  const [term, setTerm] = useState(terms[0]?.term ?? "");
  const [value, setValue] = useState("");
  const [effective, setEffective] = useState("");
  const [within, setWithin] = useState("");
  const [verdict, setVerdict] = useState<{ answer: Answer; before: unknown; after: unknown } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const judge = async () => {
    setError(null);
    try {
      const base: ScenarioDoc = within ? await loadScenario(within) : { plan: plan.id, company: { sharesOutstanding: PLAIN_SHARES }, persons: [], holdings: [], prices: [], events: [] };
      const amend = { at: effective, type: "amend", id: "draft-amendment", changes: { [term]: valueOf(value) } };
      const scenario = { ...base, plan: plan.id, asOf: undefined, events: [...base.events, amend] };
      // The value it replaces is the one in force on the effective date, not on the date the page
      // shows the terms for (an earlier amendment may lie between them).
      const [answer, inForce] = await Promise.all([postJson<Answer>("/api/evaluate", scenario), planAt(plan.id, effective)]);
      setVerdict({ answer, before: inForce.sections.flatMap((s) => s.terms).find((t) => t.term === term)?.value, after: valueOf(value) });
    } catch (e) {
      setError(e);
    }
  };
  const r27 = verdict ? [...verdict.answer.errors.filter((e) => e.rule.startsWith("R-27")).map((e) => `Refused: ${e.message}`), ...verdict.answer.trace.filter((f) => f.rule.startsWith("R-27")).map((f) => `${f.at.slice(0, 10)}: ${f.finding}`)] : [];
  return (
    <section aria-labelledby="draft-h">
      <h3 id="draft-h">What would this amendment change</h3>
      <div className="toolbar">
        <label htmlFor="draft-term">Term</label>
        <select id="draft-term" value={term} onChange={(e) => setTerm(e.target.value)}>
          {terms.map((t) => <option key={t.term} value={t.term}>{t.term}</option>)}
        </select>
        <label htmlFor="draft-value">New value</label>
        <input id="draft-value" value={value} onChange={(e) => setValue(e.target.value)} placeholder='"20" or true or ["qualified-offer"]' />
        <label htmlFor="draft-effective">Effective</label>
        <input id="draft-effective" type="date" value={effective} onChange={(e) => setEffective(e.target.value)} />
        <label htmlFor="draft-within">Judged in</label>
        <select id="draft-within" value={within} onChange={(e) => setWithin(e.target.value)}>
          <option value="">a plain scenario (no events; {PLAIN_SHARES.toLocaleString("en-US")} shares outstanding)</option>
          {saved.map((s) => <option key={s.name} value={s.name}>{s.title ?? s.name}</option>)}
        </select>
        <button type="button" onClick={judge} disabled={!term || !value || !effective}>Judge the amendment</button>
      </div>
      <Problem error={error} />
      {verdict && (
        <div data-testid="amendment-verdict">
          <p>{term}: {termValueText(verdict.before)} → {termValueText(verdict.after)}</p>
          <h4>R-27 (Section 27)</h4>
          {r27.length ? <ul>{r27.map((line, i) => <li key={i}>{line}</li>)}</ul> : <p>The engine made no R-27 finding: the amendment applied without restriction.</p>}
        </div>
      )}
    </section>
  );
}
