/** The parties of a dilution: the holders of Common Stock and Rights, and the primary acquirer. */
import { publicShares, type State } from "../../engine/state.js";
import { publicRights, rightsOf, validRightsOf } from "../../agreement/voidRights.js";
import { type PartyRole, PUBLIC_PARTY } from "./types.js";

export interface Holder {
  readonly person: string;
  readonly name?: string;
  readonly index: number | null;
  readonly shares: number;
  readonly rights: number;
  readonly validRights: number;
  readonly role: PartyRole;
}

/** The holders of Common Stock and Rights: every named Person with shares or Rights, then all other holders. */
export function holdersOf(state: State): Holder[] {
  const holders: Holder[] = [];
  state.persons.forEach((person, p) => {
    const shares = state.ownership.heldOf(p);
    const rights = rightsOf(state, p);
    if (shares === 0 && rights === 0 && !state.acquiring.has(p)) return;
    const isVoid = state.voidHolders.has(p);
    holders.push({
      person: person.id,
      name: person.name,
      index: p,
      shares,
      rights,
      validRights: validRightsOf(state, p),
      role: state.acquiring.has(p) ? "acquiring-person" : isVoid ? "void-rights" : "holder",
    });
  });
  const rights = publicRights(state);
  holders.push({ person: PUBLIC_PARTY, index: null, shares: publicShares(state), rights, validRights: validRightsOf(state, "public"), role: "public" });
  return holders;
}

/** The primary acquirer: the Person whose crossing was the flip-in, else the earliest Acquiring Person. */
export function primaryAcquirer(state: State): number | null {
  if (state.flipIn && state.acquiring.has(state.flipIn.person)) return state.flipIn.person;
  const first = [...state.acquiring.entries()].sort((a, b) => a[1].since - b[1].since)[0];
  return first ? first[0] : null;
}
