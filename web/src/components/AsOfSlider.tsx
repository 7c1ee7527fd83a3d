/**
 * Replays the state at any instant between the first event and the as-of date: each step of the
 * slider is an instant at which something happened, and the answer is the engine's as of then.
 */
import { useEffect, useMemo, useState } from "react";
import type { ScenarioDoc } from "../scenario.js";
import { formatInstant, instantOf } from "../nyTime.js";

/** The keys that move a range input (arrows, Home and End to the first and last instant, Page Up and Down). */
const STEP_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

export function AsOfSlider({ doc, asOf, onAsOf }: { doc: ScenarioDoc; asOf: string; onAsOf: (at: string) => void }) {
  const instants = useMemo(() => {
    const all = [...doc.events.map((e) => instantOf(e.at)), instantOf(doc.asOf ?? asOf)].filter((t): t is number => t !== null);
    return [...new Set(all)].sort((a, b) => a - b);
  }, [doc, asOf]);
  const current = instantOf(asOf);
  const at = Math.max(0, instants.findIndex((t) => t === current));
  const [index, setIndex] = useState(at);
  // A new answer (another as-of, or the scenario's events changed and evaluated again): the slider
  // stands at the answer's instant, never at the step it stood on among the old instants.
  useEffect(() => setIndex(at), [at, instants]);
  if (instants.length < 2) return null;
  const shown = formatInstant(instants[Math.min(index, instants.length - 1)]);
  return (
    <div className="asof">
      <label htmlFor="asof">As of</label>
      <input id="asof" type="range" min={0} max={instants.length - 1} step={1} value={index} aria-valuetext={shown}
        onChange={(e) => setIndex(Number(e.target.value))}
        onPointerUp={() => onAsOf(shown)}
        onKeyUp={(e) => STEP_KEYS.has(e.key) && onAsOf(shown)} />
      <output htmlFor="asof">{shown.replace("T", " ")}</output>
    </div>
  );
}
