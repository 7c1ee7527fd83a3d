/**
 * A table as a file people take away: CSV (RFC 4180 quoting, CRLF lines, no cell run as a formula), JSON (an array with an
 * object per row) or an Excel workbook (exceljs) whose header row is bold, frozen and filtered.
 * Numbers stay numbers in the workbook; exact decimals stay the strings they are, so a spreadsheet
 * never rounds a share count or a price.
 */
import ExcelJS from "exceljs";
import type { TableFormat } from "./tableFormats.js";
import { csvCell, type CsvValue } from "./csvCell.js";

export type Cell = CsvValue;

export interface Table {
  /** The workbook's sheet name. */
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /** Column widths in characters where the default (18) does not fit. */
  readonly widths?: Readonly<Record<string, number>>;
}

export function tableCsv(table: Table): string {
  return [table.columns.map(csvCell).join(","), ...table.rows.map((r) => table.columns.map((c) => csvCell(r[c])).join(","))].join("\r\n") + "\r\n";
}

export function tableJson(table: Table): string {
  return JSON.stringify(table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, r[c] ?? null]))), null, 2) + "\n";
}

/** The table as an Excel workbook's bytes. */
export async function tableXlsx(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c, key: c, width: table.widths?.[c] ?? 18 }));
  for (const row of table.rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The table in `format`, as the text or bytes of its file. */
export async function tableBytes(table: Table, format: TableFormat): Promise<string | Buffer> {
  return format === "csv" ? tableCsv(table) : format === "json" ? tableJson(table) : tableXlsx(table);
}
