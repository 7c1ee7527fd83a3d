/**
 * The passage of time between events (R-T5): amendments taking effect (R-T6), the Distribution
 * Date arriving (R-3a), the time to divest after an inadvertence determination running out
 * (R-1a-inadvertent) and the Final Expiration Date (R-7a). A transition at an instant happens
 * before any event at that same instant.
 */
import type { Instant } from "../time/instant.js";
import { formatNewYork } from "../time/instant.js";
import { applyNextTermChange, nextTermChange } from "../agreement/amendment.js";
import { distributionDate, separateRights } from "../agreement/distributionDate.js";
import { expire } from "../agreement/exercise.js";
import { finalExpiration } from "../agreement/redemption.js";
import { grandfatherUnderLoweredThreshold } from "../agreement/acquiringPerson.js";
import { personId, type State } from "./state.js";
import { record, RuleError } from "./trace.js";

interface Transition {
  readonly at: Instant;
  /** The event that set the transition up, named in an error it raises (null: time alone). */
  readonly event: number | null;
  readonly fire: () => void;
}

function live(state: State): boolean {
  return state.status === "attached" || state.status === "separated";
}

/** R-T6: the next amendment takes effect; holders at or above a threshold it lowers are grandfathered (R-X2). */
function applyTermChange(state: State): void {
  const before = { threshold: state.threshold, passiveThreshold: state.passiveThreshold };
  const layer = state.termLayers[state.layersApplied];
  applyNextTermChange(state);
  grandfatherUnderLoweredThreshold(state, { at: layer.start, event: layer.event }, before);
}

/**
 * The transitions due by `until`, earliest first (ties: amendments, Distribution Date, lapses,
 * expiry). `beforeEvent`: time runs to an event at `until`; the Rights live "until" the Final
 * Expiration Date (R-7a: exercisable "until the Expiration Date"; R-23: redeemable "until" the
 * earlier of the 10th day's close and the Final Expiration Date), an instant included as the
 * 10th day's close is (redemption at that close is in time), so they expire after the events at
 * that very instant (R-X13: such an event is not after the plan's life).
 */
function due(state: State, until: Instant, beforeEvent: boolean): Transition | undefined {
  const candidates: Transition[] = [];
  const termChange = nextTermChange(state);
  if (termChange !== undefined) candidates.push({ at: termChange, event: state.termLayers[state.layersApplied].event, fire: () => applyTermChange(state) });
  if (!state.distributed && live(state)) {
    const next = distributionDate(state);
    if (next) candidates.push({ at: next.at, event: null, fire: () => separateRights(state, next.at, next.prong) });
  }
  for (const [p, episode] of state.acquiring) {
    const inadvertence = episode.inadvertence;
    if (!inadvertence) continue;
    candidates.push({
      at: inadvertence.divestBy + 1,
      event: inadvertence.event,
      fire: () => {
        episode.inadvertence = undefined;
        record(state.trace, inadvertence.divestBy, null, "R-1a-inadvertent", `${personId(state, p)} did not divest below the threshold by ${formatNewYork(inadvertence.divestBy)}: it remains an Acquiring Person`);
      },
    });
  }
  const expiry = finalExpiration(state);
  if (live(state) && (!beforeEvent || expiry < until)) candidates.push({ at: expiry, event: null, fire: () => expire(state, expiry) });
  let first: Transition | undefined;
  for (const c of candidates) if (c.at <= until && (!first || c.at < first.at)) first = c;
  return first;
}

/**
 * The earliest instant at which a transition may be due, cheaply (no allocation): what `due` would
 * consider, so that most events, with nothing due before them, skip it.
 */
function earliestPossible(state: State): Instant {
  let earliest = nextTermChange(state) ?? Infinity;
  if (!state.distributed && live(state) && (state.stockAcquisition || state.tenderClocks.length > 0)) earliest = Math.min(earliest, distributionDate(state)?.at ?? Infinity);
  for (const episode of state.acquiring.values()) if (episode.inadvertence) earliest = Math.min(earliest, episode.inadvertence.divestBy + 1);
  if (live(state)) earliest = Math.min(earliest, finalExpiration(state));
  return earliest;
}

/** Lets time run to `until`, firing every transition due by then (`beforeEvent`: an event at `until` comes next, see due). */
export function advanceTo(state: State, until: Instant, beforeEvent = false): void {
  if (earliestPossible(state) > until) {
    state.now = Math.max(state.now, until);
    return;
  }
  for (let next = due(state, until, beforeEvent); next; next = due(state, until, beforeEvent)) {
    state.now = next.at;
    try {
      next.fire();
    } catch (e) {
      if (e instanceof RuleError && e.event === undefined) e.event = next.event;
      throw e;
    }
  }
  state.now = Math.max(state.now, until);
}
