/** Where a sweep crosses from no Acquiring Person to one (R-1a), refined by bisection. */
import type { ParsedScenario } from "../../scenario/parse.js";
import type { VarySpec, SweepPoint, SweepSummary, SweepOptions } from "./types.js";
import { evaluatePoint } from "./point.js";

/**
 * Where the sweep crosses from no Acquiring Person to one (or back): the last point without and
 * the first with, refined by bisection for a whole-number input when it crosses exactly once (the
 * crossing is then assumed monotone between the two points).
 */
export function triggerBoundary(parsed: ParsedScenario, spec: VarySpec, points: readonly SweepPoint[], options: SweepOptions): SweepSummary["triggerBoundary"] {
  const ok = points.filter((p) => p.error === undefined);
  const crossings: number[] = [];
  for (let i = 1; i < ok.length; i++) if (ok[i].acquiring !== ok[i - 1].acquiring) crossings.push(i);
  if (crossings.length !== 1) return null;
  const i = crossings[0];
  const rising = ok[i].acquiring;
  let [without, withIt] = rising ? [ok[i - 1].x, ok[i].x] : [ok[i].x, ok[i - 1].x];
  let exact = Math.abs(Number(ok[i].x) - Number(ok[i - 1].x)) === 1 && spec.kind === "integer" && spec.mode !== "scale";
  if (!exact && spec.kind === "integer" && spec.mode !== "scale" && options.refine !== false) {
    let lo = Number(without);
    let hi = Number(withIt);
    const acquiringAt = (x: number) => {
      const run = evaluatePoint(parsed, spec, x, options).run;
      return run && run.errors.length === 0 ? run.state.acquiring.size : undefined;
    };
    while (Math.abs(hi - lo) > 1) {
      const mid = Math.trunc((lo + hi) / 2);
      const a = acquiringAt(mid);
      if (a === undefined) break;
      if (a > 0) hi = mid;
      else lo = mid;
    }
    if (Math.abs(hi - lo) === 1) {
      [without, withIt] = [lo, hi];
      exact = true;
    }
  }
  return { without, with: withIt, exact, direction: rising ? "rising" : "falling" };
}
