/**
 * Balances and the amounts posted to them: counted assets (shares, Rights, certificates) as
 * integers, refused past 2^53-1 rather than rounded (R-X14): a command whose posting would pass it
 * is refused and rolls back whole; money and Preferred as exact decimals.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { isHolderAccount } from "./accounts.js";
import { refuse } from "./problems.js";

export type Amount = number | Dec;

/** The sum of two amounts: integers stay integers, anything else is exact decimal. */
export function plus(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (!Number.isSafeInteger(sum)) refuse("R-X14", "count-too-large", `a count would reach ${(BigInt(a) + BigInt(b)).toString().replace("-", "")}, past 9,007,199,254,740,991 (R-X14: counts are kept exactly, refused rather than rounded): nothing was done`);
    return sum;
  }
  if (a === 0) return b; // a first balance or sum: no decimal arithmetic
  return typeof a === "number" ? dec(a).plus(b) : a.plus(b);
}

export const isZero = (v: Amount): boolean => (typeof v === "number" ? v === 0 : v.isZero());
export const isNegative = (v: Amount): boolean => (typeof v === "number" ? v < 0 : v.isNegative());
/** Whether two amounts are the same. */
export const sameAmount = (a: Amount, b: Amount): boolean => (typeof a === "number" ? (typeof b === "number" ? a === b : b.eq(a)) : a.eq(b));

export const negate = (v: Amount): Amount => (typeof v === "number" ? -v : v.negated());

/** What the holders of record hold together in a book of balances by account. */
export function holdersTotal(book: ReadonlyMap<string, Amount>): Amount {
  let sum: Amount = 0;
  for (const [account, v] of book) if (isHolderAccount(account)) sum = plus(sum, v);
  return sum;
}
