/**
 * The state before the first event: the plan's terms at the start, the persons and their
 * starting positions, checked against R-1a (a starting holding at or above the threshold must be
 * grandfathered or exempt).
 */
import Fraction from "fraction.js";
import { dec } from "../numbers/decimal.js";
import { ratioOf } from "../numbers/ratio.js";
import { affiliationComponents, Circles } from "../ownership/circles.js";
import { OwnershipLedger } from "../ownership/ledger.js";
import { InputError, type Issue } from "../errors.js";
import type { Scenario } from "../scenario/schema.js";
import { personIndexOf, type PersonIndex } from "../scenario/personIndex.js";
import { amendmentsInOrder, amendmentStart, termsWith } from "../terms/inForce.js";
import type { Plan } from "../terms/schema.js";
import { bankCalendar } from "../time/bankCalendar.js";
import { newYorkInstant, type Instant } from "../time/instant.js";
import { priceSeries } from "../time/tradingDays.js";
import { exemptUnder, grandfather, grandfatherEnd, meetsThreshold, namedIn } from "../agreement/acquiringPerson.js";
import type { State, TermLayer } from "./state.js";
import { Trace } from "./trace.js";

function check(issues: Issue[], ok: boolean, path: (string | number)[], message: string, code = "invalid_value"): void {
  if (!ok) issues.push({ code, path, message });
}

/**
 * The starting state of `scenario` under `plan`, at instant `start`, with what parseScenario found
 * (`known`: see State.traders). Throws InputError on inconsistent facts.
 */
export function createState(plan: Plan, scenario: Scenario, start: Instant, known?: { readonly personIndex: PersonIndex; readonly traders: Int32Array }): State {
  const issues: Issue[] = [];
  const personIndex = known?.personIndex ?? personIndexOf(scenario.persons);
  scenario.persons.forEach((p, i) => {
    if (personIndex[p.id] !== i) issues.push({ code: "invalid_value", path: ["persons", i, "id"], message: `person "${p.id}" is listed twice` });
  });
  const pairs: [number, number][] = [];
  scenario.persons.forEach((p, i) =>
    (p.affiliates ?? []).forEach((a, j) => {
      const other = personIndex[a];
      check(issues, other !== undefined, ["persons", i, "affiliates", j], `unknown person "${a}"`);
      if (other !== undefined) pairs.push([i, other]);
    }),
  );
  let prices;
  try {
    prices = priceSeries(scenario.prices);
  } catch (e) {
    issues.push({ code: "invalid_value", path: ["prices"], message: (e as Error).message });
  }
  if (issues.length) throw new InputError("the scenario's facts are inconsistent", issues);

  const layers: TermLayer[] = amendmentsInOrder(plan).map((a) => ({ id: a.id, start: amendmentStart(a), effective: a.effective, changes: a.changes, event: null }));
  const applied = layers.filter((l) => l.start <= start).length;
  const terms = termsWith(plan, layers.slice(0, applied));
  const circles = new Circles(affiliationComponents(scenario.persons.length, pairs));
  const ownership = new OwnershipLedger(scenario.persons.length, circles);
  const persons = scenario.persons;
  const state: State = {
    plan,
    terms,
    threshold: ratioOf(terms.values.acquiringPersonThresholdPercent),
    passiveThreshold: terms.values.passiveInvestorThresholdPercent === null ? undefined : ratioOf(terms.values.passiveInvestorThresholdPercent),
    calendar: bankCalendar(terms.values.extraBankClosings),
    termLayers: layers,
    layersApplied: applied,
    persons,
    personIndex,
    traders: known?.traders,
    exempt: exemptUnder(persons, terms.values),
    passive: persons.map((p) => Boolean(p.passiveInvestor)),
    insiders: persons.flatMap((p, i) => (p.directorOfficer || p.stockPlan ? [i] : [])),
    prices: prices!,
    authorizedCommon: scenario.company.authorizedCommon,
    now: start,
    sharesOutstanding: scenario.company.sharesOutstanding,
    ownership,
    agreements: new Map(),
    acquiring: new Map(),
    histories: new Map(),
    offers: new Map(),
    tenderClocks: [],
    announcements: [],
    voidBy: new Map(),
    voidHolders: new Set(),
    voidWithPublic: 0,
    voidWithTransferees: new Array<number>(persons.length).fill(0),
    voidTransfers: [],
    rightsPerShare: new Fraction(1),
    exchangeMultiplier: dec(1),
    unitsMultiplier: dec(1),
    status: "attached",
    wholePreferredRequired: false,
    splits: [],
    totals: { cashInLieu: dec(0), exercisePayments: dec(0), preferredIssued: dec(0), commonIssuedOnExercise: 0, exchangeShares: 0, principalPartyShares: dec(0), redemptionPaid: dec(0), fractionalSharesCashed: dec(0), fractionalRightsCashed: dec(0), fractionalPreferredCashed: dec(0), spreadPaid: dec(0) },
    trace: new Trace((p) => persons[p].id),
    warnings: [],
    planStart: newYorkInstant(plan.terms.agreementDate.value, "00:00"),
  };
  placeStartingPositions(state, scenario, issues);
  if (issues.length) throw new InputError("the scenario's starting positions are inconsistent", issues);
  return state;
}

function placeStartingPositions(state: State, scenario: Scenario, issues: Issue[]): void {
  const indexOf = (id: string, list: "holdings" | "options", i: number) => {
    const p = state.personIndex[id];
    if (p === undefined) issues.push({ code: "invalid_value", path: [list, i, "person"], message: `unknown person "${id}"` });
    return p;
  };
  const firstRow = new Map<number, number>();
  scenario.holdings.forEach((h, i) => {
    const p = indexOf(h.person, "holdings", i);
    if (p === undefined) return;
    const first = firstRow.get(p);
    if (first !== undefined) issues.push({ code: "invalid_value", path: ["holdings", i, "person"], message: `${h.person} already has a holdings row (holdings.${first}): give one row per Person, never summed (R-X14)` });
    else firstRow.set(p, i);
    state.ownership.addHeld(p, h.shares);
  });
  scenario.options.forEach((o, i) => {
    const p = indexOf(o.person, "options", i);
    if (p !== undefined) state.ownership.addOptions(p, o.shares);
  });
  if (issues.length) return;
  check(issues, state.ownership.namedHeld <= state.sharesOutstanding, ["holdings"], `the holdings add up to ${state.ownership.namedHeld} shares, more than the ${state.sharesOutstanding} outstanding`);
  // R-11a-iii: the authorised Common Stock bounds the shares outstanding.
  const authorized = state.authorizedCommon;
  check(issues, authorized === undefined || authorized >= state.sharesOutstanding, ["company", "authorizedCommon"], `${authorized} shares authorised, fewer than the ${state.sharesOutstanding} outstanding (R-11a-iii)`);
  if (issues.length) return;
  const beforeGrandfatherEnd = state.now < grandfatherEnd(state);
  state.persons.forEach((person, p) => {
    if (state.exempt[p] || !meetsThreshold(state, p) || person.grandfathered || namedIn(state.terms.values.grandfatheredPersons, person)) return;
    if (beforeGrandfatherEnd) return grandfather(state, { at: state.now, event: null }, p, "R-1a-grandfather");
    const message = `${person.id} starts at or above the ${state.terms.values.acquiringPersonThresholdPercent}% threshold: mark it grandfathered (R-1a-grandfather) or exempt (R-1a)`;
    issues.push({ code: "invalid_value", path: ["holdings"], message });
  });
}
