/** A sweep as a table to take away (`sweep --out`): a row per point, the input, each metric and the error that ended it. */
import type { Table } from "../../export/tableFile.js";
import type { SweepResult } from "./types.js";

export function sweepTable(r: SweepResult): Table {
  return {
    sheet: "sweep",
    columns: [r.param, ...r.metrics, "error"],
    rows: r.points.map((p) => ({ ...p.metrics, [r.param]: p.x, error: p.error ?? null })),
    widths: { error: 60 },
  };
}
