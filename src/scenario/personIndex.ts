/**
 * A scenario's Person ids and their indexes in its `persons` list. A dictionary object (no
 * prototype), not a Map: looking up 1,000,000 trades among 100,000 ids is about a third faster
 * (bench/); ids are PERSON_ID text, so no id can reach a prototype property.
 */
export type PersonIndex = { readonly [id: string]: number | undefined };

/** The index of each id in `persons`; an id listed twice keeps its first index. */
export function personIndexOf(persons: readonly { readonly id: string }[]): PersonIndex {
  const index: Record<string, number> = Object.create(null);
  persons.forEach((p, i) => {
    if (index[p.id] === undefined) index[p.id] = i;
  });
  return index;
}
