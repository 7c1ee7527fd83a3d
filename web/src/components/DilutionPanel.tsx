/**
 * Dilution of a flip-in, an exchange and a flip-over, per holder: shares, percentages and values
 * (POST /api/analyses/dilution, `rightsplan dilution --json`), what each comes to in the memo's
 * sentences (cash paid and in lieu, the workings), with the CLI's bar chart.
 */
import { useEffect, useMemo, useState } from "react";
import { postJson } from "../api.js";
import { dilutionChartOption } from "../../../src/analysis/charts.js";
import type { DilutionAnalysis } from "../../../src/analysis/dilution.js";
import type { ScenarioDoc } from "../scenario.js";
import { dollars, percent, shares } from "../format.js";
import { dollars as roundedDollars } from "../../../src/analysis/format.js";
import { dilutionSentences } from "../../../src/analysis/dilutionSentences.js";
import { Chart } from "./Chart.js";
import { TableExport } from "./TableExport.js";
import { Problem } from "./Problem.js";

export function DilutionPanel({ doc, asOf }: { doc: ScenarioDoc; asOf?: string }) {
  const [analysis, setAnalysis] = useState<DilutionAnalysis | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    postJson<DilutionAnalysis>("/api/analyses/dilution", { scenario: doc, ...(asOf ? { asOf } : {}) }).then(setAnalysis, setError);
  }, [doc, asOf]);
  const option = useMemo(() => (analysis?.scenarios.length ? dilutionChartOption(analysis) : null), [analysis]);
  if (error) return <Problem error={error} />;
  if (!analysis) return <p className="loading">Working out the dilution…</p>;
  return (
    <section className="panel" aria-label="Dilution">
      {/* What the CLI says first: the state analysed (before the scenario's first exchange, exercise
          or redemption, not the as-of shown beside it), the price and what stays open (web2). */}
      <p data-testid="dilution-base">Analysed: {analysis.base}, plan {analysis.planVersion}. Market price P: {analysis.marketPrice ? `${dollars(analysis.marketPrice.price)} (${analysis.marketPrice.basis})` : "none"}; exercise rate {analysis.exerciseRate}.</p>
      {analysis.openQuestions.length > 0 && <ul aria-label="Open questions" data-testid="dilution-open">{analysis.openQuestions.map((q) => <li key={q}>{q}</li>)}</ul>}
      {analysis.scenarios.map((s) => (
        <div key={s.kind}>
        <TableExport caption={`Dilution: ${s.title}`} fileStem={`dilution-${s.kind}`} header={["holder", "rights", "rightsVoid", "sharesBefore", "percentBefore", "sharesAfter", "percentAfter", "valueBefore", "valueAfter", "netChange"]} rows={s.parties.map((p) => [p.name ?? p.person, p.rights, p.rightsVoid, p.sharesBefore, p.percentBefore, p.sharesAfter, p.percentAfter, p.valueBefore, p.valueAfter, p.netChange])} />
        {/* Scrolls sideways when the panel is narrow: focusable, so that the keyboard scrolls it too. */}
        <div className="table-scroll" tabIndex={0} role="group" aria-label={`${s.kind}: holders' shares and values`}>
        <table>
          <caption>{s.title} ({s.rules.join(", ")}): a Right pays {s.perRight.pay} for {s.perRight.receive}</caption>
          <thead><tr><th scope="col">Holder</th><th scope="col">Rights</th><th scope="col" className="num">Shares before</th><th scope="col" className="num">% before</th><th scope="col" className="num">Shares after</th><th scope="col" className="num">% after</th><th scope="col" className="num">Value before</th><th scope="col" className="num">Value after</th><th scope="col" className="num">Net change</th></tr></thead>
          <tbody>
            {s.parties.map((p) => (
              <tr key={p.person}><th scope="row">{p.name ?? p.person}</th><td>{shares(p.rights)}{p.rightsVoid ? " (void, R-7e)" : ""}</td><td className="num">{shares(p.sharesBefore)}</td><td className="num">{percent(p.percentBefore)}</td><td className="num">{shares(p.sharesAfter)}</td><td className="num">{percent(p.percentAfter)}</td><td className="num">{roundedDollars(p.valueBefore)}</td><td className="num">{roundedDollars(p.valueAfter)}</td><td className="num">{roundedDollars(p.netChange)}</td></tr>
            ))}
          </tbody>
        </table>
        </div>
        {/* The memo's sentences: new shares, cash paid and in lieu, authorised stock, the workings with their rules. */}
        <ul aria-label={`What the ${s.kind} comes to`}>{dilutionSentences(s).map((line, i) => <li key={i}>{line}</li>)}</ul>
        </div>
      ))}
      {analysis.notApplicable.map((n) => <p key={n.kind}>{n.kind}: not applicable ({n.rule}): {n.reason}</p>)}
      {option && <Chart option={option} fileStem="dilution" summary="Beneficial ownership before and after each kind of dilution, per holder." />}
    </section>
  );
}
