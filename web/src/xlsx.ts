/**
 * A table as an Excel workbook, for people who take the numbers away: one sheet, a bold header
 * row, numbers as numbers. exceljs (its browser build) is loaded only when a workbook is asked for.
 */
export async function xlsxOf(sheet: string, header: readonly string[], rows: readonly (readonly unknown[])[]): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.addRow([...header]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined ? v ?? "" : typeof v === "object" ? JSON.stringify(v) : String(v))));
  const bytes = await book.xlsx.writeBuffer();
  return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
