/**
 * The value a term gets from words selected in a filing (the reader's "fix a term"): a figure as
 * the Agreement writes it ("$1,250.50", "15%", "$.01", "1,500,000") becomes its number, without
 * the dollar sign, the per cent sign or the thousands separators; whole numbers are numbers and
 * decimals stay exact text ("0.01"). Other words (a name, a date) are kept as selected.
 */
const FIGURE = /^\$?\s*((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*%?$/;

export function termValueOf(selected: string): unknown {
  const text = selected.trim();
  const figure = FIGURE.exec(text);
  if (!figure || !/\d/.test(figure[1])) return text;
  const digits = figure[1].replace(/,/g, "");
  if (/^\d+$/.test(digits)) return Number(digits);
  return digits.startsWith(".") ? `0${digits}` : digits;
}
