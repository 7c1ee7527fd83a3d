/**
 * A table of plans as a file: CSV (RFC 4180 quoting), JSON (an array of rows), or an Excel
 * workbook (exceljs) with a header row, frozen and filtered.
 */
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { InputError } from "../../errors.js";
import { TABLE_COLUMNS, type TableRow } from "./row.js";
import { TABLE_FORMATS, type TableFormat } from "./formats.js";

export { TABLE_FORMATS };

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv(rows: readonly TableRow[]): string {
  return [TABLE_COLUMNS.join(","), ...rows.map((r) => TABLE_COLUMNS.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

/** The rows as an Excel workbook's bytes. */
export async function tableXlsx(rows: readonly TableRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("plans", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TABLE_COLUMNS.map((c) => ({ header: c, key: c, width: c === "source" ? 50 : 18 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(TABLE_COLUMNS.map((c) => [c, row[c] ?? null])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TABLE_COLUMNS.length } };
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The table format a file name's extension names; an input error for any other name. */
export function tableFormatOf(file: string): TableFormat {
  const format = extname(file).slice(1).toLowerCase();
  if ((TABLE_FORMATS as readonly string[]).includes(format)) return format as TableFormat;
  throw new InputError(`cannot write a table to ${file}: its name must end in ${TABLE_FORMATS.map((f) => `.${f}`).join(", ")}`, []);
}

/** Writes the rows to `file`, in the format its extension names. */
export async function writeTable(file: string, rows: readonly TableRow[]): Promise<void> {
  const format = tableFormatOf(file);
  if (format === "csv") writeFileSync(file, tableCsv(rows));
  else if (format === "json") writeFileSync(file, JSON.stringify(rows, null, 2) + "\n");
  else writeFileSync(file, await tableXlsx(rows));
}
