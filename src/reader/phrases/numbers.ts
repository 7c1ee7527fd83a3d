/**
 * Numbers as lawyers write them: in words ("fifteen", "twenty-five", "one hundred fifty"), in
 * digits ("1,500,000", "4.99", ".01") or both ("ten (10)", "fifteen percent (15%)"), ordinals
 * ("tenth", "10th", "tenth (10th)"), percentages, dollar amounts, multiples ("two times",
 * "twice") and counts of days ("ten (10) business days", "the tenth Business Day").
 *
 * Each phrase comes as a regular-expression source without capturing groups (to be embedded
 * in larger patterns) and a parser from the matched words to an exact decimal string.
 */
import { dec } from "../../numbers/decimal.js";

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const ORDINAL_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const WORD_VALUES = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as [string, number]] : [])),
]);
const ORDINAL_VALUES = new Map<string, number>([
  ...ORDINAL_UNITS.map((w, i) => [w, i] as [string, number]),
  ...ORDINAL_TENS.flatMap((w, i) => (w ? [[w, i * 10] as [string, number]] : [])),
  ["hundredth", 100], ["thousandth", 1000], ["millionth", 1_000_000],
]);

const NOT_LETTER_BEFORE = "(?<![A-Za-z])";
const NOT_LETTER_AFTER = "(?![A-Za-z])";
/** One number word below a hundred: "fifteen", "twenty" (longer words first, so "sixteen" is not read as "six"). */
export const NUMBER_WORD = `(?:${[...UNITS].reverse().join("|")}|${TENS.filter(Boolean).join("|")})`;
/** One number word, or a scale: "five", "hundred", "thousand". */
export const NUMBER_OR_SCALE_WORD = `(?:${NUMBER_WORD}|hundred|thousand|million)`;

/** A number in words: "fifteen", "twenty-five", "one hundred and fifty", "one thousand five hundred". */
export const CARDINAL_WORDS = `${NOT_LETTER_BEFORE}${NUMBER_WORD}(?:(?:\\s+|\\s*-\\s*)(?:and\\s+)?${NUMBER_OR_SCALE_WORD}){0,6}${NOT_LETTER_AFTER}`;
/** A number in digits: "15", "4.99", "1,500,000", ".01". */
export const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)`;
const DIGITS_PATTERN = new RegExp(DIGITS);

/** A number in words, digits, or words followed by digits in parentheses ("ten (10)"). */
export const NUMBER = `(?:${CARDINAL_WORDS}(?:\\s*\\(\\s*${DIGITS}\\s*\\))?|${DIGITS})`;

const ORDINAL_TOKEN = `(?:${[...ORDINAL_UNITS].reverse().join("|")}|${ORDINAL_TENS.filter(Boolean).join("|")})`;
/** An ordinal: "tenth", "twenty-first", "10th", "tenth (10th)". */
export const ORDINAL = `(?:${NOT_LETTER_BEFORE}(?:(?:${TENS.filter(Boolean).join("|")})\\s*-\\s*)?${ORDINAL_TOKEN}${NOT_LETTER_AFTER}(?:\\s*\\(\\s*\\d{1,3}(?:st|nd|rd|th)\\s*\\))?|\\d{1,3}(?:st|nd|rd|th)${NOT_LETTER_AFTER})`;

/** The value of a number in words, or NaN when the words are not a well-formed number. */
export function cardinalValue(words: string): number {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== "and");
  let total = 0;
  let group = 0;
  let last: "unit" | "ten" | "scale" | null = null;
  for (const token of tokens) {
    const scale = SCALES[token];
    if (scale !== undefined) {
      if (last === null || last === "scale" && scale <= 100) return NaN;
      if (scale === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
      last = "scale";
      continue;
    }
    const value = WORD_VALUES.get(token);
    if (value === undefined) return NaN;
    if (value >= 20) {
      if (group % 100 !== 0) return NaN;
      last = "ten";
    } else {
      if (last === "unit" || last === "ten" && value >= 10) return NaN;
      if (last !== "ten" && group % 100 !== 0) return NaN;
      last = "unit";
    }
    group += value;
  }
  return last === null ? NaN : total + group;
}

/** The value of an ordinal ("tenth" 10, "twenty-first" 21, "10th" 10), or NaN. */
export function ordinalValue(text: string): number {
  const digits = /(\d{1,3})(?:st|nd|rd|th)/i.exec(text);
  if (digits) return Number(digits[1]);
  const tokens = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const head = ORDINAL_VALUES.get(tokens[tokens.length - 1] ?? "");
  if (head === undefined) return NaN;
  const before = tokens.length > 1 ? cardinalValue(tokens.slice(0, -1).join(" ")) : 0;
  return Number.isNaN(before) ? NaN : before + head;
}

/** The exact decimal string of digits ("1,500,000" -> "1500000", ".01" -> "0.01"). */
function digitsValue(text: string): string {
  return dec(text.replace(/,/g, "")).toString();
}

/**
 * The value of a NUMBER phrase as a decimal string: the digits where given (in "ten (10)" the
 * parenthesised digits), else the words. Null when the words are not a number or disagree with
 * the digits.
 */
export function numberValue(text: string): string | null {
  const digits = DIGITS_PATTERN.exec(text);
  const words = text.replace(/\(.*$/s, "").trim();
  const wordsValue = /[a-z]/i.test(words) ? cardinalValue(words) : NaN;
  if (digits) {
    const value = digitsValue(digits[0]);
    return Number.isNaN(wordsValue) || dec(value).equals(wordsValue) ? value : null;
  }
  return Number.isNaN(wordsValue) ? null : String(wordsValue);
}

/** A percentage: "15%", "4.99 percent", "fifteen percent (15%)", "twenty (20%)", "five-percent", "fifty per cent", "twenty percent (20 percent)". */
const PERCENT_DIGITS_IN_PARENTHESES = `\\(\\s*${DIGITS}\\s*(?:%|per\\s?cent)\\s*\\)`;
export const PERCENT = `(?:${CARDINAL_WORDS}\\s*-?\\s*per\\s?cent(?:um)?(?:\\s*${PERCENT_DIGITS_IN_PARENTHESES})?|${CARDINAL_WORDS}\\s*${PERCENT_DIGITS_IN_PARENTHESES}|${DIGITS}\\s*(?:%|per\\s?cent${NOT_LETTER_AFTER}))`;

/** The percentage a PERCENT phrase states, as a decimal string ("15", "4.99"), or null. */
export function percentValue(text: string): string | null {
  return numberValue(text.replace(/\s*-?\s*per\s?cent(?:um)?/gi, "").replace(/%/g, ""));
}

/** A dollar amount in digits: "$15", "$15.00", "$ 150.00", "$.01", "$1,000" (cheap to try anywhere: it starts with "$"). */
export const DOLLARS = "\\$\\s?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)";
/** Whole dollars in words, with cents in words: "one hundred dollars", "sixteen dollars and fourteen cents". */
const DOLLARS_IN_WORDS = `${CARDINAL_WORDS}\\s+dollars?(?:\\s+and\\s+${CARDINAL_WORDS}\\s+cents?)?`;
/**
 * A dollar amount, also in words with digits: "one cent ($.01)", "fifteen dollars ($15.00)", "sixteen dollars and
 * fourteen cents ($16.14)", in words alone ("one hundred dollars"), and marked as US dollars ("U.S.$2.00", "US$19.50").
 */
export const MONEY = `(?:(?:${CARDINAL_WORDS}\\s+(?:dollars?|cents?)(?:\\s+and\\s+${CARDINAL_WORDS}\\s+cents?)?\\s*\\(\\s*)?(?:U\\.?S\\.?\\s?)?${DOLLARS}\\)?|${DOLLARS_IN_WORDS}(?!\\s*\\())`;

const WORDS_AMOUNT = new RegExp(`^(${CARDINAL_WORDS})\\s+dollars?(?:\\s+and\\s+(${CARDINAL_WORDS})\\s+cents?)?`, "i");

/** The amount a MONEY phrase states, as a decimal string ("15", "0.01"): its digits where given, else its words; or null. */
export function moneyValue(text: string): string | null {
  const amount = /\$\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)/.exec(text);
  if (amount) return digitsValue(amount[1]!);
  const words = WORDS_AMOUNT.exec(text.trim());
  const dollars = words ? cardinalValue(words[1]!) : NaN;
  const cents = words?.[2] ? cardinalValue(words[2]) : 0;
  return Number.isNaN(dollars) || Number.isNaN(cents) || cents >= 100 ? null : dec(dollars).plus(dec(cents).div(100)).toString();
}

/** A multiple: "twice", "two times", "two (2) times", "2 times", "2.5 times". */
export const MULTIPLE = `(?:${NOT_LETTER_BEFORE}twice${NOT_LETTER_AFTER}|(?:${NUMBER})\\s+times${NOT_LETTER_AFTER}|(?<![\\w.])\\d+(?:\\.\\d+)?x(?![A-Za-z]))`;

/** The factor a MULTIPLE phrase states ("2"), or null. */
export function multipleValue(text: string): string | null {
  if (/^twice$/i.test(text.trim())) return "2";
  return numberValue(text.replace(/\s+times$/i, ""));
}

/**
 * A count of days: "10 days", "ten (10) business days", "the tenth day", "the tenth (10th)
 * Business Day", "10 calendar days", "the tenth Trading Day" (Canadian plans; counted as business days).
 */
export const DAY_COUNT = `(?:(?:the\\s+)?${ORDINAL}|${NUMBER})\\s+(?:(?:business|calendar|trading)\\s+)?days?${NOT_LETTER_AFTER}`;

export interface DayCount {
  readonly days: number;
  readonly business: boolean;
}

/** The days a DAY_COUNT phrase counts and whether they are business days, or null. */
export function dayCountValue(text: string): DayCount | null {
  const head = text.replace(/\s+(?:(?:business|calendar|trading)\s+)?days?$/i, "").replace(/^the\s+/i, "");
  const ordinal = ordinalValue(head);
  const days = Number.isNaN(ordinal) ? Number(numberValue(head) ?? NaN) : ordinal;
  if (!Number.isInteger(days) || days < 0) return null;
  return { days, business: /(?:business|trading)\s+days?$/i.test(text) };
}
