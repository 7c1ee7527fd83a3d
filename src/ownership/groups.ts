/**
 * R-1d(iv) groups and the R-1d-amendment carve-out. "Notwithstanding anything in this Section
 * 1(d) to the contrary, a Person ... shall not be deemed to Beneficially Own securities
 * Beneficially Owned by another Person solely as a result of ... any agreement, arrangement or
 * understanding ... solely with respect to the voting of any voting securities of the Company
 * solely with respect to the Plan of Complete Liquidation and Dissolution" (Amendment No. 1 §(1)).
 */
import type { Instant } from "../time/instant.js";
import { personId, type State } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { refreshVoidHolders } from "../agreement/voidRights.js";

type When = { at: Instant; event: number | null };

/** Whether an agreement with this purpose makes its parties a group under the text in force. */
export function formsGroup(state: State, purpose: string): boolean {
  return purpose !== "vote-liquidation-plan" || !state.terms.values.liquidationPlanVotingCarveOut;
}

/**
 * After circles changed: ownership recomputed; each Acquiring Person's episode notes its new
 * circle, and the void circles of Acquiring Persons grow with it (R-7e): a Right void "from and
 * after" the Section 11(a)(ii) Event stays void when the group that made its holder an Associate ends.
 * Only a current Acquiring Person's circle grows: R-7e voids Rights beneficially owned by "the
 * Acquiring Person, its Affiliates or Associates, or a transferee of theirs", and one who has fallen
 * below the threshold is no Acquiring Person (R-X1), so a new partner's Rights stay valid.
 * Returns, of the Persons whose circles changed, those whose Beneficial Ownership rose and those
 * whose fell: a party whose count stays (its partners hold no share it did not already own)
 * acquired nothing and divested nothing (R-1a-grandfather: a grandfathered holder becomes an
 * Acquiring Person only by acquiring more; R-1a-repurchase likewise).
 */
function afterRelink(state: State, when: When, affected: number[]): { rose: number[]; fell: number[] } {
  const before = affected.map((p) => state.ownership.ownedOf(p));
  state.ownership.recompute(affected);
  let changed = false;
  for (const p of affected) {
    const circle = state.ownership.circles.of(p);
    state.acquiring.get(p)?.circles.push({ at: when.at, members: circle });
    const voided = state.voidBy.get(p);
    if (!voided || !state.acquiring.has(p)) continue;
    state.voidBy.set(p, [...new Set([...voided, ...circle])]);
    changed = true;
  }
  if (changed) refreshVoidHolders(state);
  return {
    rose: affected.filter((p, i) => state.ownership.ownedOf(p) > before[i]),
    fell: affected.filter((p, i) => state.ownership.ownedOf(p) < before[i]),
  };
}

/** An agreement begins; returns the Persons whose ownership grew (R-1d(iv)). */
export function startAgreement(state: State, when: When, id: string, persons: readonly number[], purpose: string): number[] {
  if (state.agreements.has(id)) throw new RuleError("R-1d", `agreement ${id} already exists`, "id");
  // R-1d(iv): "an agreement's group is every party to it": one Person named twice is no party to an agreement with itself.
  const twice = persons.find((p, i) => persons.indexOf(p) !== i);
  if (twice !== undefined) throw new RuleError("R-1d", `${personId(state, twice)} is named twice in agreement ${id}: an agreement is between different Persons`, "persons");
  const group = formsGroup(state, purpose);
  state.agreements.set(id, { persons, purpose, formsGroup: group });
  const names = persons.map((p) => personId(state, p)).join(", ");
  if (!group) {
    record(state.trace, when.at, when.event, "R-1d-amendment", `${names} agree only on voting on the Plan of Complete Liquidation and Dissolution: no group, none owns the others' shares`);
    return [];
  }
  record(state.trace, when.at, when.event, "R-1d", `${names} agree to ${purpose.replace(/-/g, " ")}: a group, each the Beneficial Owner of all their shares`, { agreement: id, purpose });
  return afterRelink(state, when, state.ownership.circles.link({ id, persons })).rose;
}

/** An agreement ends; returns the Persons whose ownership shrank. */
export function endAgreement(state: State, when: When, id: string): number[] {
  const agreement = state.agreements.get(id);
  if (!agreement) throw new RuleError("R-1d", `there is no agreement ${id} in force`, "agreement");
  state.agreements.delete(id);
  record(state.trace, when.at, when.event, "R-1d", `agreement ${id} ends${agreement.formsGroup ? ": its parties no longer own each other's shares" : ""}`);
  return agreement.formsGroup ? afterRelink(state, when, state.ownership.circles.unlink({ id, persons: agreement.persons })).fell : [];
}

/** R-T6: under a new text, agreements that no longer (or now) form a group; returns the Persons whose Beneficial Ownership changed. */
export function regroup(state: State, when: When): number[] {
  const affected = new Set<number>();
  for (const [id, agreement] of state.agreements) {
    const group = formsGroup(state, agreement.purpose);
    if (group === agreement.formsGroup) continue;
    agreement.formsGroup = group;
    const relinked = group ? state.ownership.circles.link({ id, persons: agreement.persons }) : state.ownership.circles.unlink({ id, persons: agreement.persons });
    const { rose, fell } = afterRelink(state, when, relinked);
    for (const p of [...rose, ...fell]) affected.add(p);
    record(state.trace, when.at, when.event, "R-1d-amendment", `under the text now in force agreement ${id} (${agreement.purpose}) ${group ? "forms" : "no longer forms"} a group`);
  }
  return [...affected];
}
