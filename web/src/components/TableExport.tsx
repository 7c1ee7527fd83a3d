/**
 * A table's numbers to take away: CSV and an Excel workbook of the same rows (exact values, as the
 * page has them). Every table of the workbench carries these two buttons; each is named for its
 * table, so a page with several tables reads well to a screen reader.
 */
import { download } from "../download.js";
import { csvOf } from "../csv.js";
import { xlsxOf } from "../xlsx.js";

export const cellText = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

interface Props {
  /** The table's caption: the workbook's sheet name and the buttons' names. */
  readonly caption: string;
  readonly fileStem: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export function TableExport({ caption, fileStem, header, rows }: Props) {
  const stem = fileStem.replace(/[^\w.-]+/g, "-");
  return (
    <span className="exports">
      <button type="button" aria-label={`Download CSV: ${caption}`} onClick={() => download(`${stem}.csv`, new Blob([csvOf(header, rows.map((r) => r.map(cellText)))], { type: "text/csv" }))}>Download CSV</button>
      <button type="button" aria-label={`Download XLSX: ${caption}`} onClick={async () => download(`${stem}.xlsx`, await xlsxOf(caption, header, rows))}>Download XLSX</button>
    </span>
  );
}
