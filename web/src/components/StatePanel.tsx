/** The state of the Rights as of the answer's instant: status, dates, what a Right buys, void Rights. */
import { useId } from "react";
import type { Answer } from "../answer.js";
import { dollars, percent, shares, decimal } from "../format.js";
import { TableExport } from "./TableExport.js";
import { entitlementText, redeemableText } from "../stateText.js";

export function StatePanel({ answer }: { answer: Answer }) {
  const heading = useId();
  const rows: [string, string, string][] = [
    ["Status", answer.status, "R-3, R-7a"],
    ["Acquiring Persons", answer.acquiringPersons.join(", ") || "none", "R-1a"],
    ["Stock Acquisition Date", answer.stockAcquisitionDate ?? "none", "R-1ff"],
    ["Distribution Date", answer.distributionDate ?? "none", `R-3a${answer.distributionDateProng ? ` (${answer.distributionDateProng})` : ""}`],
    ["Redeemable", redeemableText(answer), "R-23"],
    ["Exercisable", answer.exercisable ? "yes" : "no", "R-7a"],
    ["Exchange available", answer.exchangeAvailable ? "yes" : "no", "R-24"],
    ["Rights outstanding", shares(answer.rightsOutstanding), "R-3"],
    ["Void Rights", shares(answer.voidRights), "R-7e"],
    ["A Right buys", entitlementText(answer.entitlementPerRight), "R-7, R-11a-ii"],
  ];
  if (answer.flipIn) rows.push(["Flip-in", `${answer.flipIn.at}: Current Market Price ${dollars(answer.flipIn.currentMarketPrice)}, ${decimal(answer.flipIn.sharesPerRight, 4)} shares per Right, spread ${dollars(answer.flipIn.spreadPerRight)}`, "R-11a-ii, R-11d"]);
  return (
    <section aria-labelledby={heading} className="panel">
      <h3 id={heading}>State as of {answer.asOf}</h3>
      <dl className="state">
        {rows.map(([k, v, rule]) => (
          <div key={k} data-testid={`state-${k.toLowerCase().replace(/\W+/g, "-")}`}>
            <dt>{k}</dt>
            <dd>{v} <span className="rule">{rule}</span></dd>
          </div>
        ))}
      </dl>
      <h4>Beneficial ownership</h4>
      <TableExport caption={`Beneficial ownership as of ${answer.asOf}`} fileStem={`beneficial-ownership-${answer.asOf.slice(0, 10)}`} header={["person", "shares", "percent"]} rows={answer.beneficialOwnership.map((b) => [b.person, b.shares, b.percent])} />
      <table>
        <thead><tr><th scope="col">Person</th><th scope="col" className="num">Shares</th><th scope="col" className="num">Percent</th></tr></thead>
        <tbody>
          {answer.beneficialOwnership.map((b) => (
            <tr key={b.person}><td>{b.person}</td><td className="num">{shares(b.shares)}</td><td className="num">{percent(b.percent)}</td></tr>
          ))}
        </tbody>
      </table>
      {answer.rightsByHolder && (
        <>
          <h4>Rights by holder</h4>
          <TableExport caption={`Rights by holder as of ${answer.asOf}`} fileStem={`rights-by-holder-${answer.asOf.slice(0, 10)}`} header={["holder", "rights", "void"]} rows={answer.rightsByHolder.map((r) => [r.person, r.rights, r.void])} />
          <table data-testid="rights-by-holder">
            <thead><tr><th scope="col">Holder</th><th scope="col" className="num">Rights</th><th scope="col">Void (R-7e)</th></tr></thead>
            <tbody>
              {answer.rightsByHolder.map((r) => (
                <tr key={r.person}><td>{r.person}</td><td className="num">{shares(r.rights)}</td><td>{r.void ? "void" : "valid"}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {answer.errors.length > 0 && (
        <div role="alert" className="error">
          <h4>The scenario breaks a rule</h4>
          <ul>{answer.errors.map((er, i) => <li key={i}>Event {er.event ?? "—"}: {er.rule}{er.section ? ` (Section ${er.section})` : ""}{er.field ? `, ${er.field}` : ""}: {er.message}</li>)}</ul>
        </div>
      )}
      {(answer as Answer & { warnings?: { event: number | null; rule: string; message: string }[] }).warnings?.length ? (
        <div className="warning">
          <h4>What the answer had to assume</h4>
          <ul>{(answer as Answer & { warnings: { event: number | null; rule: string; message: string }[] }).warnings.map((w, i) => <li key={i}>{w.rule}: {w.message}</li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
