/**
 * A dilution analysis as a table to take away (`dilution --out`): a row per remedy and party, with
 * the party's Rights, shares and percentages before and after, what it received and paid, and its
 * value before and after under the analysis's value model (exact decimals, as the JSON gives them).
 */
import type { Table } from "../../export/tableFile.js";
import type { DilutionAnalysis, PartyRow } from "./types.js";

const PARTY_COLUMNS = ["person", "name", "role", "rightsVoid", "rights", "rightsUsed", "sharesBefore", "percentBefore", "sharesAfter", "percentAfter", "sharesReceived", "fractionalShares", "cashInLieu", "cashPaid", "valueBefore", "valueAfter", "netChange"] as const satisfies readonly (keyof PartyRow)[];

export function dilutionTable(analysis: DilutionAnalysis): Table {
  return {
    sheet: "dilution",
    columns: ["remedy", "rules", ...PARTY_COLUMNS],
    rows: analysis.scenarios.flatMap((s) => s.parties.map((party) => ({ remedy: s.kind, rules: s.rules.join(" "), ...party }))),
    widths: { remedy: 12, person: 24, name: 30 },
  };
}
