/**
 * One cell of a CSV file people open in a spreadsheet: RFC 4180 quoting (quotes around a cell with
 * a comma, quote or line break; inner quotes doubled), and a text a spreadsheet would run as a
 * formula kept as text by a leading apostrophe, as OWASP's "CSV Injection" advises: one that
 * begins with =, @, a tab, a carriage return, or + or - and more (a holder's name from an imported
 * list such as `=HYPERLINK(...)`). A plain number keeps its sign (`-12.50`, `-1,234`, `+3%`,
 * `-$5.00`): a spreadsheet reads it as the number it is.
 */
export type CsvValue = string | number | boolean | null | undefined;

const RUNS_AS_FORMULA = /^([=@\t\r]|[+-].)/s;
const PLAIN_NUMBER = /^(?=.*\d)[-+]?\$?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?%?$/;

/** The text of `value` as one CSV cell. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = typeof value === "string" && RUNS_AS_FORMULA.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}
