/**
 * A table of many rows (100,000 holders of record): search, sort by any column, pages of 50, and
 * the rows found as CSV or XLSX. Columns are the rows' own fields, so the table shows what the server sent.
 */
import { useMemo, useState } from "react";
import { cellText, TableExport } from "./TableExport.js";
import { dollars } from "../format.js";
import { StayButton } from "./StayButton.js";

export type Row = Readonly<Record<string, unknown>>;

interface Props {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly fileStem: string;
  /** The column whose cells open a row (a holder's page). */
  readonly linkColumn?: string;
  readonly onOpen?: (row: Row) => void;
  readonly pageSize?: number;
  /** The columns that hold dollars: shown as "$1,500.00", exported as the exact numbers the server sent. */
  readonly dollarColumns?: readonly string[];
}

const isNumeric = (v: unknown) => typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v));

export function DataTable({ caption, rows, fileStem, linkColumn, onOpen, pageSize = 50, dollarColumns = [] }: Props) {
  const columns = useMemo(() => [...new Set(rows.slice(0, 100).flatMap((r) => Object.keys(r)))], [rows]);
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const found = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const hit = needle ? rows.filter((r) => columns.some((c) => cellText(r[c]).toLowerCase().includes(needle))) : [...rows];
    if (sort) {
      const numeric = hit.every((r) => r[sort.column] === null || r[sort.column] === undefined || isNumeric(r[sort.column]));
      const key = (r: Row) => (numeric ? Number(r[sort.column] ?? -Infinity) : cellText(r[sort.column]));
      hit.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = x < y ? -1 : x > y ? 1 : 0;
        return sort.descending ? -order : order;
      });
    }
    return hit;
  }, [rows, columns, search, sort]);
  const pages = Math.max(1, Math.ceil(found.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = found.slice(current * pageSize, (current + 1) * pageSize);
  const sortBy = (column: string) => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false });
  const id = fileStem.replace(/\W+/g, "-");
  return (
    <div className="datatable">
      <div className="toolbar">
        <label htmlFor={`${id}-search`}>Search {caption.toLowerCase()}</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(e) => { setSearch(e.target.value); setPage(0); }} />
        <span role="status">{found.length.toLocaleString("en-US")} of {rows.length.toLocaleString("en-US")} rows</span>
        <TableExport caption={caption} fileStem={fileStem} header={columns} rows={found.map((r) => columns.map((c) => r[c]))} />
      </div>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" aria-sort={sort?.column === c ? (sort.descending ? "descending" : "ascending") : "none"}>
                <button type="button" className="link" onClick={() => sortBy(c)}>{c}</button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} className={isNumeric(r[c]) ? "num" : undefined}>
                  {c === linkColumn && onOpen ? <button type="button" className="link" onClick={() => onOpen(r)}>{cellText(r[c])}</button> : dollarColumns.includes(c) && isNumeric(r[c]) ? dollars(String(r[c])) : typeof r[c] === "number" ? (r[c] as number).toLocaleString("en-US") : cellText(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="toolbar" aria-label={`Pages of ${caption.toLowerCase()}`}>
        <StayButton onClick={() => setPage(0)} unavailable={current === 0}>First</StayButton>
        <StayButton onClick={() => setPage(current - 1)} unavailable={current === 0}>Previous</StayButton>
        <span role="status">Page {(current + 1).toLocaleString("en-US")} of {pages.toLocaleString("en-US")}</span>
        <StayButton onClick={() => setPage(current + 1)} unavailable={current >= pages - 1}>Next</StayButton>
        <StayButton onClick={() => setPage(pages - 1)} unavailable={current >= pages - 1}>Last</StayButton>
      </nav>
    </div>
  );
}
