/**
 * R-7e: the posting that makes a holder's valid Rights void (or, negative, valid again), used by
 * `apply` (the engine's rulings), `issue` (Rights issued to a void holder) and `transfer` (Rights
 * bought by one).
 */
import { ACCOUNTS } from "./accounts.js";
import type { Line } from "./books.js";
import { voidHoldersAt, type AppliedScenario } from "./engineFacts.js";

/** Moves `rights` on a holder's account from its valid Rights to its void ones (negative: back). */
export function voidingLines(account: string, rights: number, memo: string): Line[] {
  return [
    { account, asset: "rights", amount: -rights, memo },
    { account: ACCOUNTS.voiding, asset: "rights", amount: rights },
    { account: ACCOUNTS.voiding, asset: "void", amount: -rights },
    { account, asset: "void", amount: rights, memo },
  ];
}

/** Whether the engine holds `holder`'s Rights void as of `at` (an Acquiring Person or its Affiliate buying or being issued more); never without a scenario applied. */
export function isVoidHolderAt(applied: AppliedScenario | null | undefined, holder: string, at: number): boolean {
  return Boolean(applied && voidHoldersAt(applied, at).has(holder));
}
