/**
 * Closing prices of the Common Stock from CSV (`date,close`, a header line optional), merged into
 * a scenario's `prices` (R-11d's Current Market Price reads them). A bad row is an error naming
 * its line and column; a date given again replaces the earlier close.
 */
import { isoDateSchema, positiveDecimalSchema } from "../terms/schema.js";
import type { Issue } from "../errors.js";
import { badRequest } from "./httpErrors.js";

export interface Close {
  readonly date: string;
  readonly close: string;
}

export function parsePricesCsv(text: string): Close[] {
  const issues: Issue[] = [];
  const closes: Close[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const cells = raw.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    if (cells.every((c) => c === "") || (line === 1 && /^date$/i.test(cells[0] ?? ""))) return;
    if (cells.length !== 2) {
      issues.push({ code: "custom", path: ["line", line], message: `expected two columns, date,close; found ${cells.length}` });
      return;
    }
    const [date, close] = cells as [string, string];
    const d = isoDateSchema.safeParse(date);
    const c = positiveDecimalSchema.safeParse(close);
    if (!d.success) issues.push({ code: d.error.issues[0]!.code, path: ["line", line, "date"], message: d.error.issues[0]!.message });
    if (!c.success) issues.push({ code: c.error.issues[0]!.code, path: ["line", line, "close"], message: c.error.issues[0]!.message });
    if (d.success && c.success) closes.push({ date, close });
  });
  if (issues.length) throw badRequest("the prices CSV is not valid", issues);
  if (!closes.length) throw badRequest("the prices CSV has no rows: date,close", []);
  return closes;
}

/** `existing` with `imported` laid over (same date: the imported close), in date order. */
export function mergePrices(existing: readonly Close[], imported: readonly Close[]): Close[] {
  const byDate = new Map(existing.map((p) => [p.date, p]));
  for (const p of imported) byDate.set(p.date, p);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
