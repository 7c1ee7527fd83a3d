/**
 * R-3-attached, R-11p: before the Distribution Date one Right is attached to each share, as
 * adjusted by splits. Rights per share is kept as an exact fraction "n/d".
 */
import { dec, type Dec } from "../numbers/decimal.js";

/** The Rights attached to `shares` shares: whole Rights (R-14: no fractional Rights). */
export function rightsForShares(shares: number, rightsPerShare: string): number {
  if (rightsPerShare === "1") return shares; // the plan's own ratio, before any split: no arithmetic to do
  return exactRights(shares, rightsPerShare).floor().toNumber();
}

/** R-3-attached, R-14: the whole Rights a position of `held` shares gives up with `shares` of them. */
export function rightsLeaving(held: number, shares: number, rightsPerShare: string): number {
  return rightsForShares(held, rightsPerShare) - rightsForShares(held - shares, rightsPerShare);
}

/** R-3-attached, R-14: the whole Rights a position of `held` shares gains with `shares` more (one more or fewer than left the other side, fractions joined or broken). */
export function rightsArriving(held: number, shares: number, rightsPerShare: string): number {
  return rightsForShares(held + shares, rightsPerShare) - rightsForShares(held, rightsPerShare);
}

/** The exact (possibly fractional) Rights on `shares` shares. */
export function exactRights(shares: number, rightsPerShare: string): Dec {
  if (rightsPerShare === "1") return dec(shares); // no decimal division (the slow part) for the plan's own ratio
  const [n, d = "1"] = rightsPerShare.split("/");
  return dec(shares).times(n).dividedBy(d);
}
