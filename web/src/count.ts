/**
 * A count of shares as typed in the forms: a whole number, with or without thousands separators
 * ("27,037,814", "27 037 814"). An empty field is no count at all (the field left out of the
 * scenario, so the evaluation names it as missing), never 0; text that is not a whole number is kept
 * as typed, so the evaluation names the field and says what it got, never a number made up from it.
 */
export type Count = number | string;

export function countOf(typed: string): Count | undefined {
  const text = typed.trim();
  if (text === "") return undefined;
  const digits = text.replace(/(?<=\d)[,\s](?=\d{3}(?!\d))/g, "");
  return /^\d+$/.test(digits) && Number.isSafeInteger(Number(digits)) ? Number(digits) : text;
}
