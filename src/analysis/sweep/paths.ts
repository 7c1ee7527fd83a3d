/** Paths into a scenario (`events.1.shares`, `prices.*.close`): reading the values there, and copies with new ones. */
import { InputError } from "../../errors.js";
import type { Segment } from "./types.js";

export function parsePath(text: string): Segment[] {
  if (!/^[A-Za-z0-9_*-]+(\.[A-Za-z0-9_*-]+)*$/.test(text)) throw new InputError(`--vary: "${text}" is not a path such as events.1.shares or prices.*.close`, []);
  return text.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The values at `path` (several where it has `*`); undefined where a segment is missing. */
export function valuesAt(root: unknown, path: readonly Segment[]): unknown[] {
  if (path.length === 0) return [root];
  const [head, ...rest] = path;
  if (root === null || typeof root !== "object") return [undefined];
  if (head === "*") {
    const children = Array.isArray(root) ? root : Object.values(root);
    return children.flatMap((c) => valuesAt(c, rest));
  }
  return valuesAt((root as Record<string | number, unknown>)[head], rest);
}

/** A copy of `root` with `f` applied at `path`, sharing every object off the path. */
export function updateAt(root: unknown, path: readonly Segment[], f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path;
  if (head === "*") {
    if (Array.isArray(root)) return root.map((c) => updateAt(c, rest, f));
    if (root && typeof root === "object") return Object.fromEntries(Object.entries(root).map(([k, v]) => [k, updateAt(v, rest, f)]));
    throw new InputError(`--vary: * needs a list or an object`, []);
  }
  if (Array.isArray(root)) {
    if (typeof head !== "number" || head >= root.length) throw new InputError(`--vary: no element ${head} in a list of ${root.length}`, []);
    const copy = root.slice();
    copy[head] = updateAt(root[head], rest, f);
    return copy;
  }
  if (root === null || typeof root !== "object") throw new InputError(`--vary: cannot go into ${JSON.stringify(root)} with "${head}"`, []);
  return { ...(root as object), [head]: updateAt((root as Record<string, unknown>)[head as string], rest, f) };
}
