/**
 * Section 7(e): "from and after the first occurrence of a Section 11(a)(ii) Event, any Rights
 * beneficially owned by (i) an Acquiring Person or an Associate or Affiliate of an Acquiring
 * Person, (ii) a transferee of an Acquiring Person ... shall become null and void" (R-7e).
 *
 * While the Rights are attached they follow the shares (R-3-attached): a void holder's Rights
 * are its shares' Rights, and Rights on shares it sells stay void in the buyer's hands. When it
 * buys from the public, it is taken to buy valid Rights first, as far as the public has them.
 */
import { publicShares, type State } from "../engine/state.js";
import { formatNewYork, type Instant } from "../time/instant.js";
import { closeOfBusiness } from "../time/closeOfBusiness.js";
import { record } from "../engine/trace.js";

/**
 * R-X7 with R-T1: the Record Date's close of business, when the Rights are issued (5:00 P.M. on the
 * next Business Day when the Record Date is not one), as the text in force sets it, unless the
 * Rights were issued before a text that moves it took effect (fixRecordClose).
 */
export function recordClose(state: State): Instant {
  return state.recordCloseFixed ?? closeOfBusiness(state.calendar, state.terms.values.recordDate, state.terms.values.closeOfBusinessTime);
}

/** R-X7: the Rights exist from the Record Date's close of business; before it none is outstanding. */
export function rightsExistAt(state: State, at: Instant): boolean {
  return at >= recordClose(state);
}

/**
 * R-X7 with R-T6, when a text takes effect at `when.at` (`before`: the Record Date's close just
 * before): Rights issued under the text then in force stay issued ("each event is judged under the
 * text in force at its instant"; a later text undoes nothing that occurred), whatever Record Date,
 * calendar or close of business the new text names.
 */
export function fixRecordClose(state: State, when: { at: Instant; event: number | null }, before: Instant): void {
  if (state.recordCloseFixed !== undefined || before > when.at || recordClose(state) === before) return;
  state.recordCloseFixed = before;
  record(state.trace, when.at, when.event, "R-X7", `the Rights were issued at the Record Date's close of business, ${formatNewYork(before)}, under the text then in force; the text taking effect now (Record Date ${state.terms.values.recordDate}) does not undo that (R-T6)`);
}

/** The Rights evidenced by `shares` shares of Common Stock while the Rights are attached, fractions dropped. */
export function rightsOnShares(state: State, shares: number): number {
  const { n, d } = state.rightsPerShare;
  if (n === d) return shares;
  return Number((BigInt(shares) * n) / d);
}

/** The Rights a holder has: its Rights Certificates once recorded, else its shares' Rights. */
export function rightsOf(state: State, p: number): number {
  return state.ledger ? state.ledger.rights[p] : rightsOnShares(state, state.ownership.heldOf(p));
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

/** Where shares come from or go while the Rights follow them: a named Person, the public, or (repurchased) nowhere. */
export type Holder = number | "public" | "retired";

/**
 * Void Rights a holder that is not itself void received from a void one (R-7e's transferees): no
 * more than the Rights it holds. With a fraction of a Right per share (R-11p) the void Rights that
 * moved with each lot of shares are rounded lot by lot, the holder's Rights on its shares at once,
 * so the lots can add up to a Right more than the holder has.
 */
export function transfereeVoidOf(state: State, holder: number | "public"): number {
  if (holder === "public") return Math.min(state.voidWithPublic, publicRights(state));
  return state.voidHolders.has(holder) ? 0 : Math.min(state.voidWithTransferees[holder], rightsOf(state, holder));
}

/** A holder's Rights that are not void. */
export function validRightsOf(state: State, holder: number | "public"): number {
  if (holder !== "public" && state.voidHolders.has(holder)) return 0;
  return (holder === "public" ? publicRights(state) : rightsOf(state, holder)) - transfereeVoidOf(state, holder);
}

/** R-7e: every void Right outstanding: those of void holders and those they transferred. */
export function voidRights(state: State): number {
  if (state.status === "redeemed" || state.status === "expired") return 0;
  let sum = transfereeVoidOf(state, "public");
  for (let p = 0; p < state.persons.length; p++) sum += state.voidHolders.has(p) ? rightsOf(state, p) : transfereeVoidOf(state, p);
  return sum;
}

/** Recomputes the set of void holders after `voidBy` changed; a holder now void counts all its Rights. */
export function refreshVoidHolders(state: State): void {
  state.voidHolders = new Set([...state.voidBy.values()].flat());
  for (const p of state.voidHolders) state.voidWithTransferees[p] = 0;
  if (state.voidHolders.size === 0) {
    state.voidWithPublic = 0;
    state.voidWithTransferees.fill(0);
    state.voidTransfers.length = 0;
  }
}

/**
 * R-7e transferees, while the Rights are attached (R-3-attached), called before `shares` move
 * from one holder to another: a void holder's shares carry only void Rights, which stay void in
 * any hands; any other holder parts with its valid Rights first. After the Distribution Date the
 * Rights no longer follow the shares.
 */
export function moveVoidRights(state: State, from: Holder, to: Holder, shares: number): void {
  if (state.ledger || state.voidHolders.size === 0 || from === "retired") return;
  const rights = rightsOnShares(state, shares);
  const fromVoid = from !== "public" && state.voidHolders.has(from);
  const moving = fromVoid ? rights : Math.max(0, rights - validRightsOf(state, from));
  if (moving === 0) return;
  if (!fromVoid) addTransfereeVoid(state, from, -moving);
  if (to === "retired" || (to !== "public" && state.voidHolders.has(to))) return;
  addTransfereeVoid(state, to, moving);
  if (fromVoid) state.voidTransfers.push({ from: from as number, to, rights: moving });
}

/**
 * R-1a-inadvertent: holders no longer void (their Acquiring Person never was one) did not pass
 * void Rights on: those they passed, still with the transferees, are valid again.
 */
export function restoreTransferredRights(state: State): void {
  for (const transfer of state.voidTransfers) {
    if (state.voidHolders.has(transfer.from) || (transfer.to !== "public" && state.voidHolders.has(transfer.to))) continue;
    const restored = Math.min(transfer.rights, transfereeVoidOf(state, transfer.to));
    addTransfereeVoid(state, transfer.to, -restored);
    transfer.rights = 0;
  }
  const kept = state.voidTransfers.filter((t) => t.rights > 0);
  state.voidTransfers.splice(0, state.voidTransfers.length, ...kept);
}

function addTransfereeVoid(state: State, holder: number | "public", rights: number): void {
  if (holder === "public") state.voidWithPublic += rights;
  else state.voidWithTransferees[holder] += rights;
}
