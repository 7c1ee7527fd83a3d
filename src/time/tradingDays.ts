import { isIsoDate, type IsoDate } from "./isoDate.js";

/** R-T4: closing prices by Trading Day; `dates` ascending, one close (a decimal string) per date. */
export interface PriceSeries {
  dates: readonly IsoDate[];
  closes: readonly string[];
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** R-T4: the price series of `rows`, sorted by date. Throws on a duplicate date, a non-date or a non-decimal close. */
export function priceSeries(rows: readonly { date: IsoDate; close: string }[]): PriceSeries {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sorted.forEach((row, i) => {
    if (!isIsoDate(row.date)) throw new RangeError(`Price row: expected an ISO date "YYYY-MM-DD", got ${JSON.stringify(row.date)}`);
    if (!DECIMAL.test(row.close)) throw new RangeError(`Price row ${row.date}: expected a decimal close, got ${JSON.stringify(row.close)}`);
    if (i > 0 && sorted[i - 1]!.date === row.date) throw new RangeError(`Price rows: two closes for ${row.date}`);
  });
  return { dates: sorted.map((row) => row.date), closes: sorted.map((row) => row.close) };
}

/** Index of the first date of `dates` (ascending) on or after `date`; `dates.length` if none. */
function firstIndexOnOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * R-T4: the `count` consecutive Trading Days immediately before `date` (`date` excluded), oldest first;
 * undefined if the series has fewer than `count` of them.
 */
export function tradingDaysBefore(series: PriceSeries, date: IsoDate, count: number): IsoDate[] | undefined {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Expected a whole number of Trading Days, got ${count}`);
  const end = firstIndexOnOrAfter(series.dates, date);
  return end < count ? undefined : series.dates.slice(end - count, end);
}
