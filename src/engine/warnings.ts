/**
 * What an answer relies on but did not check, or had to assume (scenario-format.md `warnings`):
 * closes on days the market was closed (R-X10), days the market was open without a close inside a
 * Current Market Price's window (R-11d), events outside the plan's life and terms assumed rather
 * than read (R-X13). A warning changes nothing: the event or the close still counts.
 */
import type { RuleId } from "../agreement/rules.js";
import { finalExpiration } from "../agreement/redemption.js";
import { sectionOf } from "../terms/declarations.js";
import { formatNewYork, newYorkDateOf, type Instant } from "../time/instant.js";
import { addDays, type IsoDate } from "../time/isoDate.js";
import { tradingDaysBefore } from "../time/tradingDays.js";
import { marketClosedReason } from "../time/marketCalendar.js";
import type { State } from "./state.js";
import { record } from "./trace.js";

export interface AnswerWarning {
  /** The 0-based index of the event in the file's `events` list; null for the scenario as a whole. */
  readonly event: number | null;
  readonly rule: string;
  readonly code: "market-closed" | "missing-close" | "before-plan" | "after-expiration" | "assumed-term" | "unvalued-cash" | "assumed-wholly-owned" | "more-than-sought" | "backdated-amendment";
  readonly message: string;
}

/** Records a warning in the answer's `warnings` and, citing its rule (and `section` when not the rule's own), in the trace. */
function warn(state: State, at: Instant, warning: AnswerWarning & { rule: RuleId }, section?: string): void {
  state.warnings.push(warning);
  record(state.trace, at, warning.event, warning.rule, `warning (${warning.code}): ${warning.message}`, undefined, section);
}

/** R-14: cash in lieu of fractions paid but not valued (no price in the scenario to value it by). */
export function warnUnvaluedCash(state: State, ctx: { at: Instant; event: number | null }, message: string): void {
  warn(state, ctx.at, { event: ctx.event, rule: "R-14", code: "unvalued-cash", message });
}

/** A fact the scenario does not state and the answer had to assume (R-13d: a wholly owned subsidiary). */
export function warnAssumption(state: State, ctx: { at: Instant; event: number | null }, rule: RuleId, code: "assumed-wholly-owned", message: string): void {
  warn(state, ctx.at, { event: ctx.event, rule, code, message });
}

/**
 * R-3a: an offer for less than all the shares closing with more than it sought. A bidder buys more
 * than its offer's terms only by amending the offer (tender-offer-amend), which the scenario does not
 * say; the purchase counts as given.
 */
export function warnMoreThanSought(state: State, ctx: { at: Instant; event: number | null }, offer: string, sought: number, acquired: number): void {
  const message = `offer ${offer} closes with ${acquired} shares, more than the ${sought} it sought: a bidder buys more than its offer's terms only by amending the offer (tender-offer-amend), which the scenario does not show; the ${acquired} shares count as given`;
  warn(state, ctx.at, { event: ctx.event, rule: "R-3a", code: "more-than-sought", message });
}

/**
 * R-27 with R-T6: an amendment stated effective on a day before its adoption applies from its
 * adoption (the events before it were judged under the text then in force, and a later amendment
 * undoes nothing that occurred); the answer says so rather than set the stated date aside unremarked.
 */
export function warnBackdatedAmendment(state: State, ctx: { at: Instant; event: number | null }, id: string, stated: IsoDate): void {
  const message = `amendment ${id} states it is effective ${stated}, before its adoption at ${formatNewYork(ctx.at)}: it applies from its adoption, as each event before it was judged under the text then in force and a later amendment undoes nothing that occurred (R-T6); the plan version is dated ${newYorkDateOf(ctx.at)}`;
  warn(state, ctx.at, { event: ctx.event, rule: "R-T6", code: "backdated-amendment", message });
}

/** R-X10: a warning for each close dated on a day the New York Stock Exchange was closed. */
export function warnClosesOnClosedDays(state: State): void {
  for (const date of state.prices.dates) {
    const reason = marketClosedReason(date);
    if (reason === undefined) continue;
    const message = `the close dated ${date} falls on ${reason}, when the market did not trade; it still counts as a Trading Day (R-T4) as given`;
    warn(state, state.now, { event: null, rule: "R-X10", code: "market-closed", message });
  }
}

/**
 * R-11d, R-T4: "the 30 consecutive Trading Days immediately before" a date are days the market was
 * open; the scenario's Trading Days are the dates it lists closes for (scenario-format.md). For the
 * Section 11(a)(ii) Event that stands at the end of the play (one a cure undid is not warned of,
 * R-1a-inadvertent), a warning names each day the New York Stock Exchange was open, from the first
 * close its Current Market Price averaged to the day before the event, that has no close: the
 * average silently reached past it (it stays that of the listed closes, as R-X10 keeps a close on
 * a closed day).
 */
export function warnMissingCloses(state: State): void {
  const flipIn = state.flipIn;
  if (!flipIn) return;
  const days = tradingDaysBefore(state.prices, flipIn.date, state.terms.values.currentMarketPriceTradingDays);
  if (!days || days.length === 0) return;
  const listed = new Set(state.prices.dates);
  const missing: IsoDate[] = [];
  for (let day = days[0]; day < flipIn.date; day = addDays(day, 1)) if (!listed.has(day) && marketClosedReason(day) === undefined) missing.push(day);
  if (missing.length === 0) return;
  const message = `the Current Market Price on ${flipIn.date} averages the closes listed from ${days[0]}, but the scenario has no close for ${missing.join(", ")}, when the New York Stock Exchange was open: the average reaches past ${missing.length === 1 ? "that day" : `those ${missing.length} days`} to older closes`;
  warn(state, state.now, { event: flipIn.event >= 0 ? flipIn.event : null, rule: "R-11d", code: "missing-close", message });
}

/** R-X13: an event before the Rights Dividend Declaration Date or after the Final Expiration Date is applied, with a warning. */
export function warnIfOutsidePlanLife(state: State, at: Instant, event: number, type: string): void {
  if (at < state.planStart) {
    const message = `the ${type} at ${formatNewYork(at)} is before the Rights Dividend Declaration Date ${state.plan.terms.agreementDate.value}, when the plan did not exist; it is applied`;
    warn(state, at, { event, rule: "R-X13", code: "before-plan", message });
  } else if (at > finalExpiration(state)) {
    const message = `the ${type} at ${formatNewYork(at)} is after the Final Expiration Date ${formatNewYork(finalExpiration(state))}; it is applied`;
    warn(state, at, { event, rule: "R-X13", code: "after-expiration", message });
  }
}

/**
 * R-X13: a warning for each term in force (as of the end of the evaluation) whose value was
 * assumed rather than read from the plan's text (`assumed: "<reason>"`, as `read --out` writes
 * for a placeholder or a standard form).
 */
export function warnAssumedTerms(state: State): void {
  for (const [name, reason] of state.terms.assumed) {
    const message = `the term ${name} (${JSON.stringify(state.terms.values[name])}) was assumed, not read from the plan's text: ${reason}`;
    // The finding cites the section declaring the term (the Purchase Price's, the Record Date's), not R-X13's own 7(a).
    warn(state, state.now, { event: null, rule: "R-X13", code: "assumed-term", message }, `${sectionOf(name).section.replace(/^Section /, "")} (term assumed, R-X13)`);
  }
}
