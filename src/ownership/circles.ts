/**
 * R-1b and R-1d(iv): whose shares a Person beneficially owns besides its own.
 *
 * "A Person shall be deemed the Beneficial Owner of ... securities which are beneficially owned
 * ... by any other Person (or any Affiliate or Associate thereof) with which such Person (or any
 * of such Person's Affiliates or Associates) has any agreement, arrangement or understanding ...
 * for the purpose of acquiring, holding, voting ... or disposing" [standard form].
 *
 * A Person's *circle* is its Affiliates and Associates (transitive: common control), plus every
 * party to a group-forming agreement with any of them, with those parties' own Affiliates and
 * Associates. It is symmetric: q is in p's circle exactly when p is in q's, so the circle of the
 * holder whose shares change is the set of Persons whose ownership changes (an event touches
 * only the persons it affects). Agreements are one hop: parties to different agreements with a
 * common partner are not thereby each other's group.
 */

/** Affiliation components: union-find over the scenario's `affiliates` lists (R-1b). */
export function affiliationComponents(count: number, pairs: readonly (readonly [number, number])[]): Int32Array {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [a, b] of pairs) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return parent.map((_, i) => root(i));
}

export interface GroupAgreement {
  readonly id: string;
  readonly persons: readonly number[];
}

/** Circles of every Person, kept current as group-forming agreements begin and end. */
export class Circles {
  /** Members of each affiliation component, by the component's root. */
  private readonly members = new Map<number, number[]>();
  /** For each component root, the agreements through which it is linked to other components. */
  private readonly links = new Map<number, Map<string, readonly number[]>>();
  /** Circles computed so far, by component root, for Persons not alone. */
  private readonly cache: (readonly number[] | undefined)[] = [];
  /** 1 for a Person whose circle is itself alone (most holders): its circle is not kept but made when asked, [person]. */
  private readonly alone: Uint8Array;

  constructor(private readonly component: Int32Array) {
    component.forEach((root, person) => {
      const list = this.members.get(root);
      if (list) list.push(person);
      else this.members.set(root, [person]);
    });
    this.alone = new Uint8Array(component.length);
    for (const [root, list] of this.members) if (list.length === 1) this.alone[root] = 1;
  }

  /** Whether `person`'s circle is itself alone. */
  isAlone(person: number): boolean {
    return this.alone[person] === 1;
  }

  /** The Persons whose shares `person` beneficially owns, itself included, each once. */
  of(person: number): readonly number[] {
    if (this.alone[person] === 1) return [person];
    const root = this.component[person];
    const cached = this.cache[root];
    if (cached) return cached;
    const linked = this.links.get(root);
    const circle = linked ? this.union(root, linked) : this.members.get(root)!;
    this.cache[root] = circle;
    return circle;
  }

  /** The component roots an agreement's parties belong to. */
  rootsOf(agreement: GroupAgreement): number[] {
    return [...new Set(agreement.persons.map((p) => this.component[p]))];
  }

  /** An agreement that forms a group starts; returns the Persons whose circles changed. */
  link(agreement: GroupAgreement): number[] {
    const roots = this.rootsOf(agreement);
    for (const root of roots) {
      let byAgreement = this.links.get(root);
      if (!byAgreement) this.links.set(root, (byAgreement = new Map()));
      byAgreement.set(agreement.id, roots);
    }
    return this.invalidate(roots);
  }

  /** A group-forming agreement ends (or stops forming a group); returns the Persons affected. */
  unlink(agreement: GroupAgreement): number[] {
    const roots = this.rootsOf(agreement);
    for (const root of roots) {
      const byAgreement = this.links.get(root);
      byAgreement?.delete(agreement.id);
      if (byAgreement?.size === 0) this.links.delete(root);
    }
    return this.invalidate(roots);
  }

  /** A Person with its Affiliates and Associates, without group partners (R-1b). */
  affiliatesOf(person: number): readonly number[] {
    return this.members.get(this.component[person])!;
  }

  /** Whether two Persons are Affiliates or Associates of each other (R-1b). */
  affiliated(a: number, b: number): boolean {
    return this.component[a] === this.component[b];
  }

  private union(root: number, linked: Map<string, readonly number[]>): number[] {
    const roots = new Set<number>([root]);
    for (const group of linked.values()) for (const r of group) roots.add(r);
    return [...roots].flatMap((r) => this.members.get(r)!).sort((a, b) => a - b);
  }

  private invalidate(roots: readonly number[]): number[] {
    const affected = new Set<number>();
    for (const root of roots) {
      this.cache[root] = undefined;
      const members = this.members.get(root)!;
      for (const p of members) affected.add(p);
      this.alone[root] = members.length === 1 && !this.links.has(root) ? 1 : 0;
    }
    return [...affected];
  }
}
