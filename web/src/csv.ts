/** Rows as CSV (RFC 4180 quotes, CRLF lines, no cell a spreadsheet would run as a formula). */
import { csvCell } from "../../src/export/csvCell.js";

export function csvOf(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
