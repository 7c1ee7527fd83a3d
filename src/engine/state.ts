/**
 * The state of the Rights while a scenario is evaluated. It holds facts (who holds what, which
 * offers were made, who became an Acquiring Person and how, what was announced); the answers
 * (Stock Acquisition Date, Distribution Date, void Rights, entitlements) are derived from them
 * by the rules in src/agreement. It is created fresh for each evaluation and owned by it.
 */
import Fraction from "fraction.js";
import type { Dec } from "../numbers/decimal.js";
import type { Ratio } from "../numbers/ratio.js";
import type { OwnershipLedger } from "../ownership/ledger.js";
import type { Person } from "../scenario/schema.js";
import type { PersonIndex } from "../scenario/personIndex.js";
import type { TermsInForce } from "../terms/inForce.js";
import type { Plan, SourcedChanges } from "../terms/schema.js";
import type { BankCalendar } from "../time/bankCalendar.js";
import type { Instant } from "../time/instant.js";
import type { IsoDate } from "../time/isoDate.js";
import type { PriceSeries } from "../time/tradingDays.js";
import type { Trace } from "./trace.js";
import type { AnswerWarning } from "./warnings.js";

/** Dated changes to the terms: an amendment, from 00:00 New York time on its effective date or from its adoption. */
export interface TermLayer {
  readonly id: string;
  readonly start: Instant;
  readonly effective: string;
  readonly changes: SourcedChanges;
  readonly event: number | null;
}

export type Status = "attached" | "separated" | "redeemed" | "exchanged" | "expired";
/** The answer's status: before the Record Date's close of business the Rights are `not-issued` (R-X7). */
export type AnswerStatus = Status | "not-issued";

/** How a Person became an Acquiring Person: the exceptions of R-11a-ii are to the event, not the status. */
export type AcquiringVia = "acquisition" | "qualified-offer" | "qualified-transaction";

/** One time a Person became an Acquiring Person, until it fell below the threshold (R-X1). */
export interface AcquiringEpisode {
  readonly since: Instant;
  readonly event: number;
  readonly via: AcquiringVia;
  /** R-1a-inadvertent: the Board's determination and the end of the time to divest. */
  inadvertence?: { readonly determinedAt: Instant; readonly divestBy: Instant; readonly event: number };
  /** R-X1: when its Beneficial Ownership fell below the threshold, ending the episode. */
  endedAt?: Instant;
  /** R-1a-inadvertent: whether the Person's own disposal ended it ("divestiture") or another's act ("other"). */
  endedBy?: "divestiture" | "other";
  /** R-1a-inadvertent: after another's act ended it ("other"), the Person's first own disposal while below the threshold. */
  divestedAt?: Instant;
  /** R-1a-inadvertent: it divested in time, so it never was an Acquiring Person. */
  cured?: boolean;
  /** when, during this episode, the Person owned the exchange bar's percent or more (a cure undoes it with the rest). */
  reachedExchangeBar?: Instant;
  /** the most of the Common Stock the Person owned during this episode, and when it first did, for a text that changes the bar (rejudgeExchangeBars). */
  peak?: { readonly at: Instant; readonly owned: number; readonly of: number };
  /**
   * R-7e: the Persons whose shares it beneficially owned (its circle: itself, its Affiliates and
   * Associates, its group), from each instant on while the episode lasted: the Rights a Section
   * 11(a)(ii) Event voids are those of the circles it had from the event on.
   */
  readonly circles: { readonly at: Instant; readonly members: readonly number[] }[];
}

/** R-X1: what happened to one Person: every crossing (cured or not) and its grandfathering. */
export interface PersonHistory {
  readonly episodes: AcquiringEpisode[];
  /** R-1a-grandfather, R-X2: at or above the threshold without becoming an Acquiring Person, at this Beneficial Ownership. */
  grandfathered?: { readonly at: Instant; readonly shares: number; readonly rule: "R-1a-grandfather" | "R-X2" };
}

/**
 * R-11a-ii(C): the shares outstanding when an offer commenced, less those then beneficially owned
 * by director-officers, by stock plans, or by both: the facts are fixed at commencement, which of
 * them to exclude is the text's in force when the offer closes (R-T6).
 */
export interface QualifiedTransactionBases {
  readonly none: number;
  readonly directorOfficers: number;
  readonly stockPlans: number;
  readonly both: number;
}

export interface Offer {
  readonly id: string;
  readonly bidder: number;
  readonly commencedAt: Instant;
  readonly commencedDate: IsoDate;
  readonly allSharesAtCommencement: boolean;
  allShares: boolean;
  sharesSought?: number;
  price?: string;
  readonly considerationForm: "cash" | "stock" | "mixed";
  /** R-11a-ii(C): the shares outstanding at commencement, less each possible exclusion (in today's shares: scaled by later splits, R-11p); the text in force at the close picks one (qualifiedTransactionBase). */
  qualifiedTransactionBases: QualifiedTransactionBases;
  qualified: boolean;
  /** R-11a-ii(B): the price at which the independent directors found the offer fair (its price when qualified). */
  qualifiedPrice?: string;
  /** R-3a(ii)(B): when an offer for all the shares at commencement was amended to less than all. */
  cutBackDate?: IsoDate;
  status: "open" | "closed" | "withdrawn";
  /** How its close made the bidder an Acquiring Person, if it did (R-11a-ii, R-13d). */
  closedVia?: AcquiringVia;
}

/**
 * A running prong (ii) clock of R-3a: an offer's commencement, its amendment to less than all, or
 * (`raised`) an amendment that made it one whose consummation would make its bidder an Acquiring
 * Person after the 10th Business Day it keys on had passed.
 */
export interface TenderClock {
  readonly offer: string;
  readonly startDate: IsoDate;
  readonly startedAt: Instant;
  readonly event: number | null;
  readonly basis: "commenced" | "amended-to-less-than-all" | "raised";
}

/** The first occurrence of a Section 11(a)(ii) Event and its Adjustment Shares (R-11a-ii, R-11d). */
export interface FlipIn {
  readonly person: number;
  readonly at: Instant;
  readonly date: IsoDate;
  readonly event: number;
  readonly currentMarketPrice: Dec;
  /** Adjustment Shares per Right, as adjusted by later splits (R-11p). */
  sharesPerRight: Dec;
  /**
   * R-11a-iii: what a Right's Adjustment Shares are worth at the event's Current Market Price; a
   * later split changes how many shares that is (R-X6), not their value.
   */
  readonly adjustmentSharesValue: Dec;
  /** The Purchase Price for each Right from the event on: Purchase Price x Units per Right. */
  readonly exercisePrice: Dec;
  /** R-11a-iii: Adjustment Shares that authorised Common Stock cannot cover, if known. */
  authorizedShortfall?: number;
}

/** A Common Stock split, reverse split or stock dividend (R-11p): its ex-date (R-11d), the instant and event that made it, and its stated ratio. */
export interface Split {
  readonly date: IsoDate;
  readonly at: Instant;
  readonly event: number;
  readonly ratio: Dec;
}

export interface FlipOver {
  readonly at: Instant;
  readonly event: number;
  readonly principalPartyPrice: Dec;
  readonly sharesPerRight: Dec;
  readonly exercisePrice: Dec;
}

export interface Announcement {
  readonly at: Instant;
  readonly date: IsoDate;
  readonly subject: number;
  /** Who announced: the Company, or an Acquiring Person (R-1ff). */
  readonly by: number | "company";
  readonly event: number;
}

/** Rights evidenced by Rights Certificates (R-3-separation) or recorded at an exchange, by holder. */
export interface RightsLedger {
  readonly rights: number[];
  publicRights: number;
}

export interface State {
  readonly plan: Plan;
  terms: TermsInForce;
  threshold: Ratio;
  passiveThreshold: Ratio | undefined;
  calendar: BankCalendar;
  /** The plan's amendments and those adopted by `amend` events, in the order they take effect (R-T6). */
  readonly termLayers: TermLayer[];
  /** How many of `termLayers` are in force. */
  layersApplied: number;
  readonly persons: readonly Person[];
  readonly personIndex: PersonIndex;
  /** By event index, the Person a trade names as parseScenario found it (-1: not found there, look it up). */
  readonly traders: Int32Array | undefined;
  /** R-1a: the Company's Subsidiaries, employee benefit plans and Persons the terms in force exempt (R-T6: an amendment may change it). */
  exempt: readonly boolean[];
  readonly passive: readonly boolean[];
  /** Director-officers and stock plans (R-11a-ii(C)'s exclusions), listed once for speed. */
  readonly insiders: readonly number[];
  readonly prices: PriceSeries;
  readonly authorizedCommon: number | undefined;
  now: Instant;
  sharesOutstanding: number;
  readonly ownership: OwnershipLedger;
  /** Agreements in force, by id, with whether they form a group under the text in force (R-1d). */
  readonly agreements: Map<string, { readonly persons: readonly number[]; readonly purpose: string; formsGroup: boolean }>;
  /** Current Acquiring Persons (R-1a), by Person. */
  readonly acquiring: Map<number, AcquiringEpisode>;
  /** R-X1: each Person's history, for the Persons that have one. */
  readonly histories: Map<number, PersonHistory>;
  readonly offers: Map<string, Offer>;
  readonly tenderClocks: TenderClock[];
  deferral?: { readonly until: IsoDate; readonly at: Instant; readonly event: number };
  readonly announcements: Announcement[];
  stockAcquisition?: Announcement;
  /** The Distribution Date once it has occurred (R-3a: it never moves afterwards). */
  distributed?: { readonly at: Instant; readonly prong: "3a-i" | "3a-ii" };
  flipIn?: FlipIn;
  flipOver?: FlipOver;
  /** R-7e: for each Acquiring Person whose Rights are void, the circle whose Rights it voids. */
  readonly voidBy: Map<number, readonly number[]>;
  /** The union of `voidBy`'s circles: holders whose Rights are void. */
  voidHolders: Set<number>;
  /** Void Rights that void holders transferred to the public (R-7e's transferees). */
  voidWithPublic: number;
  /** Void Rights held by named Persons who are not themselves void, by Person (R-7e's transferees). */
  readonly voidWithTransferees: number[];
  /** Void Rights that void holders passed to holders that are not void, in order (undone by a cure, R-1a-inadvertent). */
  readonly voidTransfers: { readonly from: number; readonly to: number | "public"; rights: number }[];
  /** Rights per share of Common Stock while attached (R-3-attached, R-11p). */
  rightsPerShare: Fraction;
  /** R-11p: the exchange ratio's multiplier from splits. */
  exchangeMultiplier: Dec;
  /** the shares per Right of the exchange that ended the Rights (the Board's ratio, or the plan's as adjusted). */
  exchangedRatio?: Dec;
  /** the Redemption Price the redemption that ended the Rights paid (a later amendment's price never reaches a Right already redeemed, R-T6). */
  redeemedPrice?: string;
  /** R-11a-i: units per Right and Purchase Price per Unit after Preferred splits. */
  unitsMultiplier: Dec;
  ledger?: RightsLedger;
  status: Status;
  /** R-7a with R-T6: the Final Expiration instant when a text that took effect named one already past (fixFinalExpiration). */
  expiryAfterText?: Instant;
  /** R-X7, R-T6: the Record Date's close of business once a text that would move it took effect after the Rights were issued (fixRecordClose). */
  recordCloseFixed?: Instant;
  /** R-23 with R-T6: what a text's taking effect fixed of the redemption window: its close for the Stock Acquisition Date then standing, or a floor (fixRedemptionWindow). */
  redemptionWindow?: { readonly closed?: { readonly stockAcquisitionAt: Instant; readonly at: Instant }; readonly floor?: Instant };
  /** R-13(i): the merger in which the Company did not survive; only the exercise of Rights that flipped over can follow. */
  mergedAway?: { readonly at: Instant; readonly event: number };
  /** When the Rights ended (redeemed, exchanged, expired), with the dates they kept (scenario-format.md). */
  ended?: { readonly at: Instant; readonly distribution?: { readonly at: Instant; readonly prong: "3a-i" | "3a-ii" }; readonly redemptionDeadline: Instant };
  /** R-7-whole: the Company requires exercise in whole shares of Preferred. */
  wholePreferredRequired: boolean;
  /** Common splits so far (ex-dates, with the instant and event that made them), for R-11d's adjustment of closes and R-11p's of Adjustment Shares. */
  readonly splits: Split[];
  /** R-X8 and R-11a-iii (the Spread delivered in substitute value) totals. */
  readonly totals: { cashInLieu: Dec; exercisePayments: Dec; preferredIssued: Dec; commonIssuedOnExercise: number; exchangeShares: number; principalPartyShares: Dec; redemptionPaid: Dec; fractionalSharesCashed: Dec; fractionalRightsCashed: Dec; fractionalPreferredCashed: Dec; spreadPaid: Dec };
  readonly trace: Trace;
  /** What the answer relies on but did not check, or had to assume (R-X10, R-X13). */
  readonly warnings: AnswerWarning[];
  /** R-X13: 00:00 New York time on the Rights Dividend Declaration Date. */
  readonly planStart: Instant;
}

/** The Person's id for answers and traces. */
export function personId(state: State, p: number): string {
  return state.persons[p].id;
}

/** R-X1: the history of Person `p`, made empty on first use. */
export function historyOf(state: State, p: number): PersonHistory {
  let history = state.histories.get(p);
  if (!history) state.histories.set(p, (history = { episodes: [] }));
  return history;
}

/** R-X1: every crossing that stands (not cured as inadvertent), with its Person, earliest first. */
export function standingCrossings(state: State): { person: number; episode: AcquiringEpisode }[] {
  const standing: { person: number; episode: AcquiringEpisode }[] = [];
  for (const [person, history] of state.histories) for (const episode of history.episodes) if (!episode.cured) standing.push({ person, episode });
  return standing.sort((a, b) => a.episode.since - b.episode.since || a.episode.event - b.episode.event);
}

/** Shares outstanding held by holders not named in the scenario. */
export function publicShares(state: State): number {
  return state.sharesOutstanding - state.ownership.namedHeld;
}
