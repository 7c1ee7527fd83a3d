/**
 * Section 7(e): "from and after the first occurrence of a Section 11(a)(ii) Event, any Rights
 * beneficially owned by (i) an Acquiring Person or an Associate or Affiliate of an Acquiring
 * Person, (ii) a transferee of an Acquiring Person ... shall become null and void" (R-7e).
 *
 * While the Rights are attached they follow the shares (R-3-attached): a void holder's Rights
 * are its shares' Rights, and Rights on shares it sells stay void in the buyer's hands. When it
 * buys from the public, it is taken to buy valid Rights first, as far as the public has them.
 */
import Fraction from "fraction.js";
import { publicShares, type State } from "../engine/state.js";

/** The Rights evidenced by `shares` shares of Common Stock while the Rights are attached, fractions dropped. */
export function rightsOnShares(state: State, shares: number): number {
  return new Fraction(shares).mul(state.rightsPerShare).floor().valueOf();
}

/** The Rights a holder has: its Rights Certificates once recorded, else its shares' Rights. */
export function rightsOf(state: State, p: number): number {
  return state.ledger ? state.ledger.rights[p] : rightsOnShares(state, state.ownership.held[p]);
}

/** The Rights held by the public (holders not named): while attached, those of the public's shares. */
export function publicRights(state: State): number {
  return state.ledger ? state.ledger.publicRights : rightsOnShares(state, publicShares(state));
}

/**
 * Rights not exercised, redeemed, exchanged or expired, void ones included (scenario-format.md):
 * before they are recorded by holder, the shares outstanding times the Rights per share.
 */
export function rightsOutstanding(state: State): number {
  if (state.status === "redeemed" || state.status === "expired") return 0;
  if (state.ledger) return namedRightsOfLedger(state) + state.ledger.publicRights;
  return rightsOnShares(state, state.sharesOutstanding);
}

function namedRightsOfLedger(state: State): number {
  let sum = 0;
  for (const r of state.ledger!.rights) sum += r;
  return sum;
}

/** R-7e: void Rights of the circle an Acquiring Person voided. */
export function voidRightsOf(state: State, acquirer: number): number {
  let sum = 0;
  for (const p of state.voidBy.get(acquirer) ?? []) sum += rightsOf(state, p);
  return sum;
}

/** R-7e: every void Right outstanding: those of void holders and those they transferred. */
export function voidRights(state: State): number {
  if (state.status === "redeemed" || state.status === "expired") return 0;
  let sum = state.voidWithPublic;
  for (const p of state.voidHolders) sum += rightsOf(state, p);
  return sum;
}

/** Recomputes the set of void holders after `voidBy` changed. */
export function refreshVoidHolders(state: State): void {
  state.voidHolders = new Set([...state.voidBy.values()].flat());
  if (state.voidHolders.size === 0) state.voidWithPublic = 0;
}

/**
 * R-7e transferees, while the Rights are attached: shares moving between a void holder and the
 * public carry void Rights out, or take back void Rights once the public's valid ones run out.
 */
export function transferVoidRights(state: State, holder: number, shareDelta: number): void {
  if (state.ledger || !state.voidHolders.has(holder)) return;
  const rights = rightsOnShares(state, Math.abs(shareDelta));
  if (shareDelta < 0) {
    state.voidWithPublic += rights;
    return;
  }
  const validWithPublic = publicRights(state) + rights - state.voidWithPublic;
  state.voidWithPublic -= Math.min(state.voidWithPublic, Math.max(0, rights - validWithPublic));
}
