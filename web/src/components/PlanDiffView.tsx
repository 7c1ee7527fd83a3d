/** The differences of two plans (src/reader/diff.ts), each with both values and both sources. */
import type { PlanDiff } from "../../../src/reader/diff.js";
import { termValueText } from "../../../src/terms/valueText.js";
import { TableExport } from "./TableExport.js";

export type { PlanDiff };

export function PlanDiffView({ diff }: { diff: PlanDiff }) {
  if (!diff.differences.length) return <p>No term differs.</p>;
  return (
    <>
    <TableExport caption={`${diff.a.ref} against ${diff.b.ref}`} fileStem={`diff-${diff.a.ref}-${diff.b.ref}`} header={["term", "category", diff.a.ref, `${diff.a.ref} source`, diff.b.ref, `${diff.b.ref} source`, "change"]} rows={diff.differences.map((d) => [d.term, d.category, termValueText(d.a.value), d.a.source, termValueText(d.b.value), d.b.source, d.change])} />
    <table className="diff">
      <caption>{diff.a.ref} ({diff.a.version}) against {diff.b.ref} ({diff.b.version})</caption>
      <thead><tr><th scope="col">Term</th><th scope="col">{diff.a.ref}</th><th scope="col">{diff.b.ref}</th><th scope="col">Change</th></tr></thead>
      <tbody>
        {diff.differences.map((d) => (
          <tr key={d.term}>
            <th scope="row">{d.term}<br /><small>{d.category}</small></th>
            <td>{termValueText(d.a.value)}<br /><q>{d.a.source}</q></td>
            <td>{termValueText(d.b.value)}<br /><q>{d.b.source}</q></td>
            <td>{d.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
