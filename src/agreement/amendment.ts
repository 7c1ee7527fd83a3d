/**
 * Section 27 and the dating of texts (R-T6). "Any of the provisions of the Rights
 * Agreement may be amended by the Board prior to the Distribution Date. After the Distribution
 * Date, the provisions ... may be amended by the Board in order to cure any ambiguity, to make
 * changes which do not adversely affect the interests of holders of Rights or to shorten or
 * lengthen any time period ... The foregoing notwithstanding, no amendment may be made at such
 * time as the Rights are not redeemable."
 *
 * R-X12 decides how: after the Distribution Date each changed term is judged by its declared R-27
 * class (src/terms/sections), never by the purpose the amendment states, which is only recorded.
 */
import { ratioOf } from "../numbers/ratio.js";
import { bankCalendar } from "../time/bankCalendar.js";
import { ForeignOffsetError, formatNewYork, newYorkDateOf, parseEventInstant, type Instant } from "../time/instant.js";
import { amendmentStart, termsWith } from "../terms/inForce.js";
import { isIsoDate } from "../time/isoDate.js";
import type { SourcedChanges, TermName, TermValues } from "../terms/schema.js";
import { declarationOf, termTitle } from "../terms/declarations.js";
import { relationBreaches } from "../terms/relations.js";
import { termValueText } from "../terms/valueText.js";
import { dec, formatDecimal } from "../numbers/decimal.js";
import type { ScenarioEvent } from "../scenario/schema.js";
import { personId, type State, type TermLayer } from "../engine/state.js";
import { record, RuleError } from "../engine/trace.js";
import { warnBackdatedAmendment } from "../engine/warnings.js";
import { fixFinalExpiration, fixRedemptionWindow, isRedeemable, redemptionDeadline } from "./redemption.js";
import { spreadPerRight } from "./flipIn.js";
import { fixRecordClose, recordClose } from "./voidRights.js";
import { clocksRunningDespiteOwnership, reassessTenderClocks } from "./distributionDate.js";
import { exemptUnder, fixDivestDeadlines, judgeDecrease, judgeExchangeBar, rejudgeExchangeBars, type Ctx } from "./acquiringPerson.js";
import { regroup } from "../ownership/groups.js";

type Amend = Extract<ScenarioEvent, { type: "amend" }>;

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
  if (isIsoDate(effective)) return amendmentStart({ effective });
  try {
    return parseEventInstant(effective);
  } catch (e) {
    // R-X9: an offset that is not New York's is an input error naming both readings.
    if (e instanceof ForeignOffsetError) throw new RuleError("R-X9", e.message, "effective");
    throw e;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** R-X12: why R-27 refuses changing `name` from `before` to `after` after the Distribution Date, or null if it allows it. */
export function r27Refusal(name: TermName, before: unknown, after: unknown): string | null {
  const r27 = declarationOf(name).r27;
  const change = `${termTitle(name)} from ${termValueText(before)} to ${termValueText(after)}`;
  if (same(before, after) || r27.kind === "time-period" || r27.kind === "descriptive") return null;
  if (r27.kind === "cannot-judge") return `${change}: the engine cannot judge whether this can hurt holders (${r27.why}), so it refuses it`;
  switch (r27.direction) {
    case "lower":
      return after === null || (before !== null && dec(after as string).lessThanOrEqualTo(before as string)) ? null : `${change}: it may only go down`;
    case "higher":
      return dec(after as string).greaterThanOrEqualTo(before as string) ? null : `${change}: it may only go up`;
    case "no-additions": {
      const added = (after as unknown[]).filter((x) => !(before as unknown[]).some((y) => same(x, y)));
      return added.length ? `${change}: nothing may be added to it (adds ${termValueText(added)})` : null;
    }
    case "toward":
      return same(after, r27.toward) ? null : `${change}: it may only change to ${termValueText(r27.toward)}`;
    case "narrower":
      return r27.narrows(before, after) ? null : `${change}: ${r27.how}`;
  }
}

/** The values an amendment would put in force now, laid over the terms in force. */
function valuesWith(state: State, changes: SourcedChanges): TermValues {
  const changed = Object.fromEntries(Object.entries(changes).map(([name, term]) => [name, term!.value]));
  return { ...state.terms.values, ...changed } as TermValues;
}

/** R-X12: each changed term judged by its R-27 class; throws an R-27 error naming every refused term. */
function judgeTermByTerm(state: State, names: readonly TermName[], after: TermValues): string {
  const refusals = names.map((name) => r27Refusal(name, state.terms.values[name], after[name]));
  const refused = names.filter((_, i) => refusals[i] !== null);
  if (refused.length) {
    throw new RuleError("R-27", `after the Distribution Date an amendment may only change time periods and terms in ways that cannot hurt holders of valid Rights (R-X12): ${refusals.filter((r) => r !== null).join("; ")}`, `changes.${refused[0]}`);
  }
  return names.map((name) => `${name} ${termValueText(state.terms.values[name])} → ${termValueText(after[name])} (${classText(name)})`).join("; ");
}

/** How R-X12 allowed a change to `name`, in words. */
function classText(name: TermName): string {
  const r27 = declarationOf(name).r27;
  return r27.kind === "holder-favourable" ? "holder-favourable" : r27.kind;
}

/** the Board adopts an amendment; it takes effect at `effective` (default: now). */
export function amend(state: State, ctx: Ctx, event: Amend): void {
  // An amendment's id names one text in the trace and the plan version's history: the plan's own
  // amendments and earlier `amend` events hold theirs (as a tender offer's or an agreement's id).
  if (state.termLayers.some((l) => l.id === event.id)) throw new RuleError("scenario-format", `amendment ${event.id} already exists`, "id");
  if (!isRedeemable(state, ctx.at)) throw new RuleError("R-27", "no amendment may be made at a time when the Rights are not redeemable", "at");
  const names = Object.keys(event.changes) as TermName[];
  const changes = sourcedChanges(event, ctx.event);
  const after = valuesWith(state, changes);
  const breach = relationBreaches(after)[0];
  // The field named is the term the amendment changed: the other may be the one it left as it was.
  if (breach) throw new RuleError("R-27", `the amendment is refused: with it, ${breach.message}`, `changes.${names.includes(breach.term) ? breach.term : breach.other}`);
  const judged = state.distributed ? judgeTermByTerm(state, names, after) : "";
  const requested = event.effective === undefined ? ctx.at : effectiveInstant(event.effective);
  // R-T6: "each event is judged under the text in force at its instant" and a later amendment
  // undoes nothing that occurred: a stated effective date before the adoption ("effective as of")
  // applies from the adoption, and that is the date the version names (scenario-format.md: "the
  // effective date of the latest amendment in force"), never one before an earlier text in force.
  const start = Math.max(requested, ctx.at);
  if (newYorkDateOf(requested) < newYorkDateOf(ctx.at)) warnBackdatedAmendment(state, ctx, event.id, newYorkDateOf(requested));
  const layer: TermLayer = { id: event.id, start, effective: newYorkDateOf(start), changes, event: ctx.event };
  const at = state.termLayers.findIndex((l, i) => i >= state.layersApplied && l.start > start);
  state.termLayers.splice(at === -1 ? state.termLayers.length : at, 0, layer);
  const how = state.distributed ? `after the Distribution Date, each term judged by R-X12: ${judged}` : "before the Distribution Date: any provision";
  const purpose = event.purpose ? `; stated purpose: ${event.purpose} (recorded, not relied on)` : "";
  record(state.trace, ctx.at, ctx.event, "R-27", `the Board amends ${names.join(", ")} (${how})${purpose}, effective ${formatNewYork(start)}`, {
    amendment: event.id,
    changes: names.join(", "),
    purpose: event.purpose ?? null,
  });
}

/**
 * R-1a with R-T6: Section 1(a)'s Persons who "shall at no time be deemed an Acquiring Person" are
 * those of the text in force: an amendment that names (or drops) one changes who is exempt from
 * its effective date on.
 */
function reassessExemptions(state: State, when: { at: Instant; event: number | null }): void {
  const before = state.exempt;
  state.exempt = exemptUnder(state.persons, state.terms.values);
  state.exempt.forEach((exempt, p) => {
    if (exempt !== before[p]) record(state.trace, when.at, when.event, "R-1a", `${personId(state, p)} is ${exempt ? "now exempt: never an Acquiring Person" : "no longer exempt: judged like any other Person"} under the text now in force`);
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
  const windowBefore = redemptionDeadline(state);
  const recordCloseBefore = recordClose(state);
  const runningDespiteOwnership = clocksRunningDespiteOwnership(state);
  state.terms = termsWith(state.plan, state.termLayers.slice(0, state.layersApplied));
  const values = state.terms.values;
  state.threshold = ratioOf(values.acquiringPersonThresholdPercent);
  state.passiveThreshold = values.passiveInvestorThresholdPercent === null ? undefined : ratioOf(values.passiveInvestorThresholdPercent);
  if (values.extraBankClosings !== previous.extraBankClosings) state.calendar = bankCalendar(values.extraBankClosings);
  const when = { at: layer.start, event: layer.event };
  record(state.trace, layer.start, layer.event, "R-T6", `${layer.id} takes effect: ${Object.keys(layer.changes).join(", ")} (plan version ${state.terms.version})`, { version: state.terms.version });
  if (values.exemptPersons !== previous.exemptPersons) reassessExemptions(state, when);
  if ("finalExpiration" in layer.changes) fixFinalExpiration(state, when);
  fixRecordClose(state, when, recordCloseBefore);
  fixRedemptionWindow(state, when, windowBefore);
  fixDivestDeadlines(state, when);
  noteFixedEntitlements(state, when, Object.keys(layer.changes) as TermName[]);
  judgeDecrease(state, when, regroup(state, when), "other");
  judgeDecrease(state, when, [...state.acquiring.keys()], "other");
  // a changed exchange bar is judged against what each Acquiring Person owned; a lower one may be reached now.
  if ("exchangeBarPercent" in layer.changes) rejudgeExchangeBars(state, when);
  for (const p of state.acquiring.keys()) judgeExchangeBar(state, when, p);
  reassessTenderClocks(state, when, runningDespiteOwnership);
}

/** Terms an entitlement already fixed by a Triggering Event was computed from. */
const ENTITLEMENT_TERMS: readonly TermName[] = ["purchasePrice", "unitsPerRight", "unitFraction", "flipInMultiple", "flipOverMultiple"];

/**
 * R-11a-ii, R-13 with R-T6: a Triggering Event fixes what a valid Right gets from "the Purchase
 * Price x Units per Right just before the event" and the price of its date; an amendment of those
 * terms afterwards does not reopen it. The trace says so, so that an answer whose entitlement did
 * not move with the amendment explains itself.
 */
function noteFixedEntitlements(state: State, when: { at: Instant; event: number | null }, changed: readonly TermName[]): void {
  const terms = changed.filter((name) => ENTITLEMENT_TERMS.includes(name));
  if (terms.length === 0) return;
  const fixed = [
    state.flipIn && { rule: "R-11a-ii" as const, event: "Section 11(a)(ii) Event", date: state.flipIn.date, what: state.flipIn.authorizedShortfall ? `the Spread of $${formatDecimal(spreadPerRight(state))} in substitute value` : `${formatDecimal(state.flipIn.sharesPerRight)} shares of Common Stock for $${formatDecimal(state.flipIn.exercisePrice)}` },
    state.flipOver && { rule: "R-13" as const, event: "Section 13 Event", date: newYorkDateOf(state.flipOver.at), what: `${formatDecimal(state.flipOver.sharesPerRight)} shares of the Principal Party for $${formatDecimal(state.flipOver.exercisePrice)}` },
  ];
  for (const f of fixed) {
    if (!f) continue;
    record(state.trace, when.at, when.event, f.rule, `the entitlement fixed at the ${f.event} of ${f.date} stays ${f.what} a Right: the amendment of ${terms.join(", ")} does not change it (computed from the terms just before the event)`);
  }
}
