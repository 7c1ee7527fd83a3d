/** Term values in the words of a filing, for the sentences `describe` writes: dates, money, percentages, times, multiples. */
import { dec } from "../numbers/decimal.js";
import { thousands } from "../numbers/thousands.js";

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Written out, not asked of Intl: asking loads locale data at start-up (about 15 ms, issue 8 item 8). */
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "June 14, 2011". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTH_NAMES[m! - 1]} ${d}, ${y}`;
}

/** "$15", "$0.01", "$16.14". */
export function moneyText(amount: string): string {
  const value = dec(amount);
  return `$${value.isInteger() ? value.toString() : value.toFixed(Math.max(2, value.decimalPlaces()))}`;
}

/** "15%", "4.99%". */
export function percentText(percent: string): string {
  return `${dec(percent).toString()}%`;
}

/** "5:00 P.M." for "17:00". */
export function timeText(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  return `${h! % 12 === 0 ? 12 : h! % 12}:${String(m).padStart(2, "0")} ${h! < 12 ? "A.M." : "P.M."}`;
}

/** "two times", "2.5 times". */
export function multipleText(multiple: string): string {
  const value = dec(multiple);
  return `${value.isInteger() && value.lte(10) ? SMALL[value.toNumber()] : value.toString()} times`;
}

/** "1,500,000". */
export function countText(n: number): string {
  return thousands(n);
}

/** "one share", "2 shares", "0.5 shares". */
export function sharesText(count: string): string {
  return dec(count).equals(1) ? "one share" : `${dec(count).toString()} shares`;
}

/** A list in prose: "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const OFFER_NAMES = { "qualified-offer": "a Qualified Offer", "qualified-transaction": "a Qualified Transaction" } as const;

/** "a Qualified Offer or a Qualified Transaction". */
export function offersText(offers: readonly (keyof typeof OFFER_NAMES)[]): string {
  return offers.map((o) => OFFER_NAMES[o]).join(" or ");
}
