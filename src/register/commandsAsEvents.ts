/**
 * The register's own commands are facts the engine must know, given to it as events at the
 * command's instant, in the order the register ran them:
 * - R-1d: a Person Beneficially Owns the shares held of record by the holders it holds through (the
 *   `holders` a scenario person lists), so a transfer into or out of those holders is an
 *   acquisition or a disposition by that Person. A transfer between two holders of one Person
 *   changes nothing. A nominee (Cede & Co., kind `cede`) holds for many: shares moving between it
 *   and a holder that is not the same Person's, or issued to it, are not that Person's (whose trades
 *   in street name the scenario gives).
 * - R-3-attached, R-3-separation: shares the Company issued (to a Person, when the holder is one
 *   of its holders) are outstanding, with their Rights before the Distribution Date and after it
 *   only where the Board issued Rights with them. So is the Common Stock delivered on exercise
 *   (R-11a-ii), without Rights: R-1a's 15% and R-24's 50% are measured on the shares outstanding,
 *   these included.
 * - R-7e: the engine is not given the exercises themselves (a refusal on facts learned later would
 *   stop it; apply warns of those instead, exercisesOnFacts.ts), so it counts the Rights a Person's
 *   own holders of record exercised as still the Person's: `exercises` lists them, and the void
 *   Rights the register holds leave them out (engineFacts.ts, voidRulingOf).
 * - R-24, R-23: the Board's acts the register carried out (exchanges, a redemption). Shares issued
 *   in a partial exchange are outstanding, so an Acquiring Person's 50% bar on a second exchange is
 *   measured against them; after a redemption or a whole exchange the Rights have ended.
 */
import type { Register } from "./database.js";
import { keptReads } from "./readOnce.js";
import { formatNewYork, newYorkDateOf, parseEventInstant } from "../time/instant.js";
import { countText } from "../numbers/readableText.js";

/** An engine event made from a register transfer. */
export interface TransferEvent {
  readonly at: string;
  readonly type: "acquire" | "dispose";
  readonly person: string;
  readonly shares: number;
}

/** An engine event made from a register issue of new shares. */
export type IssueEvent = {
  readonly at: string;
  readonly type: "issue";
  readonly shares: number;
  readonly person?: string;
  readonly withRights?: true;
};

/** Rights a Person's own holder of record (not a nominee) exercised on the register, at `at`. */
export interface PersonExercise {
  readonly at: string;
  readonly person: string;
  readonly rights: number;
}

/** An engine event made from a register exchange or redemption (`command` is the command's id). */
export interface ActEvent {
  readonly command: number;
  readonly event: Readonly<Record<string, unknown>> & { readonly at: string; readonly type: "exchange" | "redeem" };
}

/** The register's commands as engine events: transfers as the Persons' trades, new shares, and the Board's acts. */
export interface CommandEvents {
  readonly transfers: readonly TransferEvent[];
  readonly issues: readonly IssueEvent[];
  readonly acts: readonly ActEvent[];
  /** The Rights the Persons' own holders of record exercised: the engine, given only the Common Stock delivered, still counts them as the Persons'. */
  readonly exercises: readonly PersonExercise[];
  /** The command that recorded each transfer's and issue's events (acts carry theirs): the engine is given them in the order the register ran its commands. */
  readonly recordedBy: ReadonlyMap<TransferEvent | IssueEvent, number>;
  /** The holders of record the Persons list that are nominees (kind `cede`): they hold for many, the Persons' among others'. */
  readonly nominees: ReadonlySet<string>;
}

/** The register's transfers touching a Person's holders, its issues of shares and its exchanges and redemptions, as engine events. */
export async function commandsAsEvents(register: Register, personHolders: Record<string, string[]>): Promise<CommandEvents> {
  const owner = personOfHolder(personHolders);
  const nominees = await nomineesAmong(register, [...owner.keys()]);
  const read = () => register.db.selectFrom("commands").select(["id", "name", "at", "args", "result"]).where("name", "in", ["transfer", "issue", "exercise", "exchange", "redeem"]).orderBy("id").execute();
  const kept = keptReads(register);
  const commands = await (kept ? (kept.commandRows ??= read()) : read());
  const transfers: TransferEvent[] = [];
  const issues: IssueEvent[] = [];
  const acts: ActEvent[] = [];
  const exercises: PersonExercise[] = [];
  const recordedBy = new Map<TransferEvent | IssueEvent, number>();
  for (const c of commands) {
    const at = formatNewYork(c.at);
    const command = Number(c.id);
    const recorded = <E extends TransferEvent | IssueEvent>(events: E[]): E[] => {
      for (const e of events) recordedBy.set(e, command);
      return events;
    };
    if (c.name === "redeem") acts.push({ command, event: { at, type: "redeem" } });
    else if (c.name === "exchange") acts.push({ command, event: { at, type: "exchange", portion: (JSON.parse(c.args) as { portion: string }).portion } });
    else if (c.name === "issue") issues.push(...recorded([issueEvent(at, JSON.parse(c.args) as IssuedShares, personHolders, nominees)]));
    else if (c.name === "exercise") {
      const exercised = exerciseAsEvents(at, JSON.parse(c.result) as ExerciseDelivered, personHolders, nominees);
      issues.push(...recorded(exercised.issues));
      exercises.push(...exercised.exercises);
    }
    else transfers.push(...recorded(transferEvents(at, JSON.parse(c.args) as { from: string; to: string; shares: number }, owner, nominees)));
  }
  return { transfers, issues, acts, exercises, recordedBy, nominees };
}

/** The nominees (kind `cede`) among the holders of record `listed`: one query by their ids. */
async function nomineesAmong(register: Register, listed: readonly string[]): Promise<ReadonlySet<string>> {
  if (listed.length === 0) return new Set();
  const rows = await register.db.selectFrom("holders").select("id").where("id", "in", listed).where("kind", "=", "cede").execute();
  return new Set(rows.map((r) => r.id));
}

/** What a register issue records: the holder, the shares, whether the Board issued Rights with them. */
export interface IssuedShares {
  readonly holder: string;
  readonly shares: number;
  readonly withRights: boolean;
}

/** The engine's `issue` event for shares issued to `holder` (to the Person holding through it, if one does; not through a nominee, which holds for many). */
export function issueEvent(at: string, issued: IssuedShares, personHolders: Record<string, string[]>, nominees: ReadonlySet<string>): IssueEvent {
  const person = nominees.has(issued.holder) ? undefined : personOfHolder(personHolders).get(issued.holder);
  return { at, type: "issue", shares: issued.shares, ...(person ? { person } : {}), ...(issued.withRights ? { withRights: true as const } : {}) };
}

/** What an exercise's result records: the holder, the Rights exercised and what it received. */
export interface ExerciseDelivered {
  readonly holder: string;
  readonly rights: number;
  readonly delivered: readonly { readonly security: string; readonly quantity: string }[];
}

/**
 * An exercise as the engine is given it: the Common Stock it delivered as an `issue` of new shares
 * without Rights (none, for Units of Preferred), and, when the holder is a Person's own (not a
 * nominee's, which holds for many), the Rights that Person no longer holds.
 */
export function exerciseAsEvents(at: string, exercised: ExerciseDelivered, personHolders: Record<string, string[]>, nominees: ReadonlySet<string>): { issues: IssueEvent[]; exercises: PersonExercise[] } {
  const shares = exercised.delivered.filter((d) => d.security === "common").reduce((sum, d) => sum + Number(d.quantity), 0);
  const person = nominees.has(exercised.holder) ? undefined : personOfHolder(personHolders).get(exercised.holder);
  return {
    issues: shares > 0 ? [issueEvent(at, { holder: exercised.holder, shares, withRights: false }, personHolders, nominees)] : [],
    exercises: person ? [{ at, person, rights: exercised.rights }] : [],
  };
}

/** Whether holders of record `a` and `b` are held through the same Person (the first that lists each). */
export function heldForOnePerson(personHolders: Record<string, string[]>, a: string, b: string): boolean {
  const owner = personOfHolder(personHolders);
  return owner.has(a) && owner.get(a) === owner.get(b);
}

/** The Person each holder of record is held through (the first Person that lists it). */
function personOfHolder(personHolders: Record<string, string[]>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [person, holders] of Object.entries(personHolders)) for (const holder of holders) if (!owner.has(holder)) owner.set(holder, person);
  return owner;
}

/** A transfer the register is recording, as the engine's events (transferEvents), given which holders of record each Person holds through. */
export function transferAsEvents(at: string, t: { from: string; to: string; shares: number }, personHolders: Record<string, string[]>, nominees: ReadonlySet<string>): TransferEvent[] {
  return transferEvents(at, t, personOfHolder(personHolders), nominees);
}

/**
 * A transfer's disposition by the Person holding through `from` and acquisition by the one holding
 * through `to`; a nominee's side is the Person's only when the other side is the same Person's.
 */
function transferEvents(at: string, t: { from: string; to: string; shares: number }, owner: ReadonlyMap<string, string>, nominees: ReadonlySet<string>): TransferEvent[] {
  if (owner.get(t.from) === owner.get(t.to)) return [];
  const seller = nominees.has(t.from) ? undefined : owner.get(t.from);
  const buyer = nominees.has(t.to) ? undefined : owner.get(t.to);
  return [
    ...(seller ? [{ at, type: "dispose" as const, person: seller, shares: t.shares }] : []),
    ...(buyer ? [{ at, type: "acquire" as const, person: buyer, shares: t.shares }] : []),
  ];
}

/**
 * A warning for each scenario event that looks like one of the register's transfers or issues of
 * shares (same type, Person, shares and New York date): both are counted, and if they are one trade
 * (or one issue) the scenario should leave it out. `twins`: those scenario events.
 */
export function doubleCounted(scenarioEvents: readonly unknown[], registerEvents: readonly (TransferEvent | IssueEvent)[]): { warnings: string[]; twins: Set<unknown> } {
  const warnings: string[] = [];
  const twins = new Set<unknown>();
  for (const t of registerEvents) {
    const day = newYorkDateOf(parseEventInstant(t.at));
    const twin = scenarioEvents.findIndex((e) => {
      const ev = e as Record<string, unknown>;
      if (ev.type !== t.type || ev.person !== t.person || Number(ev.shares) !== t.shares) return false;
      try {
        return newYorkDateOf(parseEventInstant(String(ev.at))) === day;
      } catch {
        return false;
      }
    });
    if (twin < 0) continue;
    twins.add(scenarioEvents[twin]);
    warnings.push(t.type === "issue" ? issueTwin(t, twin, day) : `the register's transfer of ${countText(t.shares)} shares ${t.type === "acquire" ? "to" : "from"} ${t.person}'s holder of record at ${t.at} and the scenario's event ${twin} (${t.type} of ${countText(t.shares)} shares by ${t.person} on ${day}) are counted as two trades (R-1d); if they are one, leave it out of the scenario`);
  }
  return { warnings, twins };
}

/** R-3-attached, R-3-separation: shares the register issued (or delivered on exercise) and the scenario's issue of as many on the same day are both outstanding to the engine. */
function issueTwin(t: IssueEvent, twin: number, day: string): string {
  const to = t.person ? ` to ${t.person}'s holder of record` : "";
  return `the register's issue of ${countText(t.shares)} new shares${to} at ${t.at} (an issue, or Common delivered on exercise) and the scenario's event ${twin} (issue of ${countText(t.shares)} shares${t.person ? ` to ${t.person}` : ""} on ${day}) are counted as two issues (R-3-attached: both are outstanding); if they are one, leave it out of the scenario`;
}
