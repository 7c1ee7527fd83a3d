/**
 * Dates and times as filings write them: "June 14, 2011", "Aug. 01, 2020", "14 June 2011", "June 14,2011",
 * "the fourteenth day of June, 2011", "this 12th day of October 2007", "June fourteenth, two
 * thousand eleven", "2011-06-14", "6/14/2011"; times "5:00 P.M.", "5:00 p.m. ET", "noon", "the
 * close of business" (5:00 P.M., R-T1). Sources have no capturing groups; parsers give ISO
 * dates and "HH:MM".
 */
import { isIsoDate } from "../../time/isoDate.js";
import { cardinalValue, NUMBER_WORD, ORDINAL, ordinalValue } from "./numbers.js";

/** The months' names, January first. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const MONTH = "(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
const YEAR = `(?:(?:19|20)\\d{2}(?!\\d)|(?:two\\s+thousand|nineteen(?:\\s+hundred)?)(?:\\s+and)?(?:[\\s-]+${NUMBER_WORD}(?![A-Za-z])){0,2})`;
/** A day of the month: "14", "14th", "fourteenth", "twenty-first", "fourteenth (14th)". */
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?(?![\\dA-Za-z])|${ORDINAL})`;

/** A date in any of the module's forms. */
export const DATE = `(?:${MONTH}\\s*${DAY}\\s*,?\\s*${YEAR}|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}|(?:the\\s+|this\\s+)?${DAY}\\s+day\\s+of\\s+${MONTH},?\\s+(?:in\\s+the\\s+year\\s+)?${YEAR}|(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)|\\d{1,2}\\/\\d{1,2}\\/(?:19|20)\\d{2}(?!\\d))`;

const DAY_OF = new RegExp(`^(?:the |this )?(.+?) day of (${MONTH}),? (?:in the year )?(.+)$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (${MONTH}),? (.+)$`, "i");
const MONTH_FIRST = new RegExp(`^(${MONTH}) ?(.+?) ?,? ?((?:19|20)\\d{2}|(?:two|nineteen)\\b.*)$`, "i");

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w.slice(0, 3))) + 1;
}

function yearValue(text: string): number {
  const digits = /(?:19|20)\d{2}/.exec(text);
  if (digits) return Number(digits[0]);
  const words = text.toLowerCase().replace(/\band\b/g, " ").trim();
  const thousand = /^two\s+thousand\s*(.*)$/.exec(words);
  if (thousand) return 2000 + (thousand[1] ? cardinalValue(thousand[1]) : 0);
  const nineteen = /^nineteen(?:\s+hundred)?[\s-]+(.*)$/.exec(words);
  return nineteen ? 1900 + cardinalValue(nineteen[1]!) : NaN;
}

function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(day) || month < 1) return null;
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(date) ? date : null;
}

function dayValue(text: string): number {
  return /^\d{1,2}$/.test(text) ? Number(text) : ordinalValue(text);
}

/** The ISO date a DATE phrase names, or null when it names no real date. */
export function dateValue(text: string): string | null {
  const t = text.trim().replace(/\s+/g, " ");
  const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (isoForm) return iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) return iso(Number(us[3]), Number(us[1]), Number(us[2]));
  const dayOf = DAY_OF.exec(t);
  if (dayOf) return iso(yearValue(dayOf[3]!), monthNumber(dayOf[2]!), dayValue(dayOf[1]!.replace(/\s*\(.*\)$/, "")));
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return iso(yearValue(dayFirst[3]!), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = MONTH_FIRST.exec(t);
  if (monthFirst) return iso(yearValue(monthFirst[3]!), monthNumber(monthFirst[1]!), dayValue(monthFirst[2]!.replace(/,$/, "")));
  return null;
}

/** A time of day: "5:00 P.M.", "5:00 p.m. (New York City time)", "5 pm ET", "noon", "close of business". */
export const TIME = "(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?![A-Za-z])|noon|midnight|(?:the\\s+)?close\\s+of\\s+business)(?:,?\\s*\\(?(?:New\\s+York\\s+City|New\\s+York|Eastern|Toronto|Montr[eé]al|Central|Chicago|Winnipeg|Mountain|Calgary|Edmonton|Pacific|Vancouver|Atlantic|Halifax)(?:\\s+(?:Standard|Daylight))?\\s+time\\)?|\\s+(?:ET|EST|EDT|E\\.T\\.)(?![A-Za-z]))?";

/** Hours a zone's clock is behind New York's (Eastern: Toronto, Montréal): the same instant later on New York's clock. */
const HOURS_BEHIND_NEW_YORK: readonly [RegExp, number][] = [
  [/central|chicago|winnipeg/, 1],
  [/mountain|calgary|edmonton/, 2],
  [/pacific|vancouver/, 3],
  [/atlantic|halifax/, -1],
];

/** "HH:MM" of a TIME phrase on New York's clock ("5:00 p.m. (Vancouver time)" is 20:00); "close of business" is 5:00 P.M. (R-T1). */
export function timeValue(text: string): string | null {
  const t = text.toLowerCase();
  if (/close\s+of\s+business/.test(t)) return "17:00";
  if (/noon/.test(t)) return "12:00";
  if (/midnight/.test(t)) return "00:00";
  const m = /(\d{1,2})(?::(\d{2}))?\s*([ap])/.exec(t);
  if (!m) return null;
  const behind = HOURS_BEHIND_NEW_YORK.find(([zone]) => zone.test(t))?.[1] ?? 0;
  const hour = Number(m[1]) % 12 + (m[3] === "p" ? 12 : 0) + behind;
  const minute = Number(m[2] ?? "0");
  return hour >= 0 && hour < 24 && minute < 60 ? `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` : null;
}
