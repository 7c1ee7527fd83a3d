/** Closing prices from a CSV file (date,close per line; a header line is skipped). */
import { useState, type ChangeEvent } from "react";

export function parsePricesCsv(text: string): { date: string; close: string }[] {
  const rows = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: { date: string; close: string }[] = [];
  rows.forEach((line, i) => {
    const [date, close] = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
    if (i === 0 && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d+(\.\d+)?$/.test(close ?? "")) throw new Error(`line ${i + 1}: expected date,close (2004-05-03,2.42), found "${line}"`);
    out.push({ date, close });
  });
  return out;
}

export function PricesImport({ onPrices }: { onPrices: (p: { date: string; close: string }[]) => void }) {
  const [message, setMessage] = useState("");
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const prices = parsePricesCsv(await file.text());
      onPrices(prices);
      setMessage(`${prices.length} closing prices imported`);
    } catch (err) {
      setMessage(`Prices not imported: ${(err as Error).message}`);
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
