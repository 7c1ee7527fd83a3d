/**
 * Closing prices imported from a CSV file (date,close), read and merged into the scenario's by the
 * server's own code (src/server/pricesCsv.ts): a bad line is named the same way in both places.
 */
import { useState, type ChangeEvent } from "react";
import { mergePrices, parsePricesCsv } from "../../../src/server/pricesCsv.js";
import type { ScenarioDoc } from "../scenario.js";

/** An error's words with each issue's line and column ("line.3.close: ..."). */
const wordsOf = (e: unknown): string => {
  const issues = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues ?? [];
  return [(e as Error).message, ...issues.map((i) => `${i.path.join(".")}: ${i.message}`)].join("; ");
};

export function PricesImport({ prices, onPrices }: { prices: ScenarioDoc["prices"]; onPrices: (p: ScenarioDoc["prices"]) => void }) {
  const [message, setMessage] = useState("");
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const imported = parsePricesCsv(await file.text());
      onPrices(mergePrices(prices, imported));
      setMessage(`${imported.length} closing prices imported`);
    } catch (err) {
      setMessage(`Prices not imported: ${wordsOf(err)}`);
    }
  };
  return (
    <span className="prices-import">
      <label htmlFor="prices-csv">Import prices (CSV)</label>
      <input id="prices-csv" type="file" accept=".csv,text/csv" onChange={onFile} />
      <span role="status">{message}</span>
    </span>
  );
}
