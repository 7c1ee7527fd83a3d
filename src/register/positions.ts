/**
 * Holders' positions: the control book's balances now, or as of an earlier instant (the
 * balances less what the journal posted after it), and the holders' certificates.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { holderOf, isHolderAccount, type Asset } from "./accounts.js";
import type { Books } from "./books.js";
import type { Register } from "./database.js";

export interface Position {
  readonly holder: string;
  readonly shares: number;
  readonly rights: number;
  readonly void: number;
}

/** Every holder's shares, valid and void Rights as of `at` (inclusive), from loaded books. */
export async function positionsAsOf(register: Register, books: Books, at: number): Promise<Position[]> {
  await books.load("shares", "rights", "void");
  const later = await register.db.selectFrom("journal").select(["account", "asset", "amount"]).where("at", ">", at).where("asset", "in", ["shares", "rights", "void"]).execute();
  const after = new Map<string, Dec>();
  for (const r of later) after.set(`${r.asset}|${r.account}`, (after.get(`${r.asset}|${r.account}`) ?? dec(0)).plus(r.amount));
  // At the books' own instant (a distribution at the last command's) nothing was posted after it: no lookup to make.
  const counts = { shares: books.counts("shares"), rights: books.counts("rights"), void: books.counts("void") };
  const value = (account: string, asset: "shares" | "rights" | "void") => counts[asset](account) - (after.size === 0 ? 0 : (after.get(`${asset}|${account}`)?.toNumber() ?? 0));
  const accounts = new Set<string>();
  for (const asset of ["shares", "rights", "void"] as const) for (const account of books.accounts(asset, true)) if (isHolderAccount(account)) accounts.add(account);
  return [...accounts].sort().map((account) => ({ holder: holderOf(account), shares: value(account, "shares"), rights: value(account, "rights"), void: value(account, "void") }));
}

/** The holders' accounts with a balance of any of `assets` (default: valid or void Rights; books loaded), in order. */
export function holderAccounts(books: Books, assets: readonly Asset[] = ["rights", "void"]): string[] {
  const accounts = new Set<string>();
  for (const asset of assets) for (const account of books.accounts(asset)) if (isHolderAccount(account)) accounts.add(account);
  return [...accounts].sort();
}

/**
 * The fewest shares `account` holds of record at any instant from `at` on (its books loaded): what a
 * move dated `at` can take from it without leaving a move recorded after it short (R-T5: events
 * apply in time order, so a transfer dated before the shares arrived had none to give).
 */
export async function fewestSharesFrom(register: Register, books: Books, account: string, at: number): Promise<number> {
  const now = books.count(account, "shares");
  const later = await register.db.selectFrom("journal").select("amount").where("asset", "=", "shares").where("at", ">", at).where("account", "=", account).orderBy("at").orderBy("seq").execute();
  let running = later.reduce((held, r) => held - Number(r.amount), now);
  let fewest = running;
  for (const r of later) fewest = Math.min(fewest, (running += Number(r.amount)));
  return fewest;
}
