/**
 * Section 27 (R-27) and the dating of texts (R-T6). "Any of the provisions of the Rights
 * Agreement may be amended by the Board prior to the Distribution Date. After the Distribution
 * Date, the provisions ... may be amended by the Board in order to cure any ambiguity, to make
 * changes which do not adversely affect the interests of holders of Rights or to shorten or
 * lengthen any time period ... The foregoing notwithstanding, no amendment may be made at such
 * time as the Rights are not redeemable."
 */
import { ratioOf } from "../numbers/ratio.js";
import { bankCalendar } from "../time/bankCalendar.js";
import { formatNewYork, newYorkDateOf, parseEventInstant, type Instant } from "../time/instant.js";
import { amendmentStart, termsWith } from "../terms/inForce.js";
import { isIsoDate } from "../time/isoDate.js";
import type { SourcedChanges, TermName } from "../terms/schema.js";
import type { ScenarioEvent } from "../scenario/schema.js";
import type { State, TermLayer } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { isRedeemable } from "./redemption.js";
import { reassessTenderClocks } from "./distributionDate.js";
import { judgeDecrease, type Ctx } from "./acquiringPerson.js";
import { regroup } from "../ownership/groups.js";

type Amend = Extract<ScenarioEvent, { type: "amend" }>;

/** R-27: the terms that are time periods, which may be shortened or lengthened after the Distribution Date. */
export const TIME_PERIOD_TERMS: readonly TermName[] = [
  "finalExpiration",
  "distributionDaysAfterStockAcquisition",
  "distributionBusinessDaysAfterTenderOffer",
  "redemptionDaysAfterStockAcquisition",
  "inadvertenceDivestBusinessDays",
  "currentMarketPriceTradingDays",
];

/** An amend event's changes with a source on each value (plain values cite the event). */
function sourcedChanges(event: Amend, index: number): SourcedChanges {
  return Object.fromEntries(
    Object.entries(event.changes).map(([name, v]) => {
      const sourced = v !== null && typeof v === "object" && "source" in v && "value" in v;
      return [name, sourced ? v : { value: v, source: `amendment ${event.id} (scenario event ${index})` }];
    }),
  ) as SourcedChanges;
}

/**
 * R-T6: "A plan text applies from 00:00 New York time on its effective date": an `effective` that
 * is a date starts at midnight that day (not at 9:00 A.M. like an event's date, R-T5); a
 * date-time starts at that instant.
 */
function effectiveInstant(effective: string): Instant {
  return isIsoDate(effective) ? amendmentStart({ effective }) : parseEventInstant(effective);
}

/** R-27: the Board adopts an amendment; it takes effect at `effective` (default: now). */
export function amend(state: State, ctx: Ctx, event: Amend): void {
  if (!isRedeemable(state, ctx.at)) throw new RuleError("R-27", "no amendment may be made at a time when the Rights are not redeemable");
  const names = Object.keys(event.changes) as TermName[];
  if (state.distributed) {
    if (!event.purpose) throw new RuleError("R-27", "after the Distribution Date an amendment must state its purpose: cure-ambiguity, correct-inconsistency, time-periods or non-adverse", "purpose");
    const others = names.filter((n) => !TIME_PERIOD_TERMS.includes(n));
    if (event.purpose === "time-periods" && others.length) throw new RuleError("R-27", `${others.join(", ")} ${others.length > 1 ? "are not time periods" : "is not a time period"}`, "changes");
  }
  const requested = event.effective === undefined ? ctx.at : effectiveInstant(event.effective);
  const start = Math.max(requested, ctx.at);
  const layer: TermLayer = { id: event.id, start, effective: newYorkDateOf(requested), changes: sourcedChanges(event, ctx.event), event: ctx.event };
  const at = state.termLayers.findIndex((l, i) => i >= state.layersApplied && l.start > start);
  state.termLayers.splice(at === -1 ? state.termLayers.length : at, 0, layer);
  record(state.trace, ctx.at, ctx.event, "R-27", `the Board amends ${names.join(", ")}${state.distributed ? ` (${event.purpose}, after the Distribution Date)` : " (before the Distribution Date: any provision)"}, effective ${formatNewYork(start)}`, {
    amendment: event.id,
    changes: names.join(", "),
  });
}

/** R-T6: the next amendment's start, if one is pending. */
export function nextTermChange(state: State): Instant | undefined {
  return state.termLayers[state.layersApplied]?.start;
}

/**
 * R-T6: the next amendment takes effect. Ownership and Acquiring Person status are judged afresh
 * under the new text; Triggering Events and Stock Acquisition Dates that occurred stay.
 */
export function applyNextTermChange(state: State): void {
  const layer = state.termLayers[state.layersApplied++];
  const previous = state.terms.values;
  state.terms = termsWith(state.plan, state.termLayers.slice(0, state.layersApplied));
  const values = state.terms.values;
  state.threshold = ratioOf(values.acquiringPersonThresholdPercent);
  state.passiveThreshold = values.passiveInvestorThresholdPercent === null ? undefined : ratioOf(values.passiveInvestorThresholdPercent);
  if (values.extraBankClosings !== previous.extraBankClosings) state.calendar = bankCalendar(values.extraBankClosings);
  const when = { at: layer.start, event: layer.event };
  record(state.trace, layer.start, layer.event, "R-T6", `${layer.id} takes effect: ${Object.keys(layer.changes).join(", ")} (plan version ${state.terms.version})`, { version: state.terms.version });
  judgeDecrease(state, when, regroup(state, when));
  judgeDecrease(state, when, [...state.acquiring.keys()]);
  reassessTenderClocks(state, when);
}
