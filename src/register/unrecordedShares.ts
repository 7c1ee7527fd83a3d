/**
 * A scenario's events that change the Common Stock outstanding (a split, reverse split or stock
 * dividend, R-11p; an issue of new shares, R-3-attached, R-3-separation; a repurchase,
 * R-1a-repurchase; an exchange, R-24; an exercise, R-7) are facts the engine counts, but `apply`
 * never moves a position: one dated after the register's positions were taken is not on the
 * register, and the reconciliation of shares outstanding cannot agree ("the register agrees with
 * the engine's answer for the same events"). This names each such event, its instant and what the
 * register would need, for `apply`'s warnings and the report's line for shares.
 *
 * When were the positions taken? The register holds them as the Company's shares of record from its
 * first dated command on (a transfer, issue, exercise ... at an instant): a scenario event after it
 * cannot be in them. Before it the register's opening shares (its imports') must be the scenario's
 * shares outstanding at some point: at its start, or after its events up to then. The last such
 * point is taken (an OCF export or a holder list carries the Company's history up to its date), and
 * the events after it are not on the register. The counts are the engine's (one run for each instant
 * such an event is at), less the shares the register itself issued and delivered on exercise, which
 * both sides count.
 */
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import type { Register } from "./database.js";
import { actsBefore, answerAt, type AppliedScenario } from "./engineFacts.js";

/** The scenario's event types that change the Common Stock outstanding, each with what the register would need to hold it. */
const SHARE_EVENTS: Record<string, { describe: (e: Record<string, unknown>) => string; needs: (e: Record<string, unknown>, at: string, holder: string) => string }> = {
  split: {
    describe: (e) => `split ${String(e.ratio)}:1 (R-11p)`,
    needs: () => `no register command records a split (it changes every holder's shares and, before the Distribution Date, the Rights per share, R-11p): open a new register from the holders of record after it (an OCF export with the split, TX_STOCK_CLASS_SPLIT, which import-ocf follows with the Rights per share, or a holder list as of after it) and record the commands since`,
  },
  issue: {
    describe: (e) => `issue of ${String(e.shares)} new shares${e.person ? ` to ${String(e.person)}` : ""}`,
    needs: (e, at, holder) => recordIssue("it", e, at, holder),
  },
  "exercise-option": {
    describe: (e) => `exercise of an option for ${String(e.shares)} new shares by ${String(e.person)}`,
    needs: (e, at, holder) => recordIssue("the shares issued", e, at, holder),
  },
  repurchase: {
    describe: (e) => `repurchase of ${String(e.shares)} shares${e.person ? ` from ${String(e.person)}` : ""} (R-1a-repurchase)`,
    needs: () => `no register command records a repurchase: open a new register from the holders of record after it (an OCF export with the repurchase, TX_STOCK_REPURCHASE, or a holder list as of after it) and record the commands since`,
  },
  exchange: {
    describe: (e) => `exchange of ${e.portion === undefined ? "all" : `a portion ${String(e.portion)} of`} the valid Rights (R-24)`,
    needs: (e, at) => `the register carries out the Board's exchange with \`register exchange${e.portion === undefined ? "" : ` --portion ${String(e.portion)}`} --at ${at}\`, which the engine is then given once`,
  },
  exercise: {
    describe: (e) => `exercise of ${String(e.rights)} Rights by ${String(e.holder)} (R-7)`,
    needs: (e, at, holder) => `record it with \`register exercise --holder ${holder} --rights ${String(e.rights)} --certify --at ${at}\` and leave it out of the scenario, as the register gives the engine the Common it delivers and both would count`,
  },
};

/** R-3-attached, R-3-separation: new shares are the register's to issue (`register issue`), which it gives the engine itself: the scenario's event must go, or both count. */
function recordIssue(what: string, e: Record<string, unknown>, at: string, holder: string): string {
  return `record ${what} with \`register issue --holder ${holder} --shares ${String(e.shares)}${e.withRights ? " --with-rights" : ""} --at ${at}\`${holder === HOLDER ? ` (${HOLDER}: the holder of record that received them)` : ""} and leave the event out of the scenario, as the register gives the engine its own issues and both would count`;
}

/** Where the register's command needs a holder of record the scenario does not tie to the Person. */
const HOLDER = "HOLDER";

/** The holder of record a scenario Person holds through, when it lists exactly one (its \`holders\`); else the placeholder. */
function holderOfRecord(applied: AppliedScenario, person: unknown): string {
  const holders = typeof person === "string" ? applied.personHolders[person] : undefined;
  return holders?.length === 1 ? holders[0] : HOLDER;
}

/** A scenario event the register does not hold: what it is, when, and what the register would need. */
export interface UnrecordedShareEvent {
  readonly at: string;
  readonly what: string;
  readonly needs: string;
}

export interface SharesNotOnRegister {
  /** The register's opening shares (its imports') and where they meet the scenario's count, in words. */
  readonly taken: string;
  readonly events: UnrecordedShareEvent[];
  /** The scenario's issues the register also recorded itself (`twins`): the engine counts them twice. */
  readonly twice: string[];
  /** Set when the opening shares are the scenario's count at no point before the first dated command. */
  readonly mismatch?: string;
}

/** The commands that do not date the register's positions: they open it, or give the engine facts. */
const UNDATED = ["init", "import-holders", "import-ocf", "apply"];

/**
 * The scenario's share events (those at or before `until`, when given) the register's positions do
 * not hold, `twins` left out (events the register recorded itself, warned of as counted twice).
 */
export async function sharesNotOnRegister(register: Register, applied: AppliedScenario, twins: ReadonlySet<unknown> = new Set(), until = Infinity): Promise<SharesNotOnRegister | undefined> {
  const commands = await register.db.selectFrom("commands").select(["name", "at", "result"]).execute();
  const opening = commands.filter((c) => c.name === "import-holders" || c.name === "import-ocf").reduce((sum, c) => sum + (JSON.parse(c.result) as { shares: number }).shares, 0);
  const dated = commands.filter((c) => !UNDATED.includes(c.name) && Number(c.at) > 0).map((c) => Number(c.at));
  const firstDated = dated.length ? Math.min(...dated) : Infinity;
  const events = shareEvents(applied.scenario.events).filter((e) => e.at <= until);
  const start = Number((applied.scenario.company as { sharesOutstanding?: unknown } | undefined)?.sharesOutstanding);
  if (!events.length && start === opening) return undefined;
  // Whether the engine's count (without the register's acts) is the register's at an instant a share event is at, up to the first dated command
  // (after it the positions stand, whatever the counts): the last such instant, found from the latest back (one engine run each).
  const instants = [...new Set(events.map((e) => e.at))].filter((t) => t <= firstDated).sort((a, b) => b - a);
  const noActs = actsBefore(applied, 0);
  const meets = (t: number) => answerAt(noActs, t).sharesOutstanding - applied.issues.filter((i) => parseEventInstant(i.at) <= t).reduce((sum, i) => sum + i.shares, 0) === opening;
  const takenAfter = instants.find(meets) ?? (start === opening ? -Infinity : undefined);
  const after = takenAfter ?? firstDated;
  const described = events.map(({ at, event }): UnrecordedShareEvent & { instant: number; event: unknown } => {
    const kind = SHARE_EVENTS[String(event.type)];
    return { instant: at, event, at: formatNewYork(at), what: kind.describe(event), needs: kind.needs(event, formatNewYork(at), holderOfRecord(applied, event.person ?? event.holder)) };
  });
  const unrecorded = described.filter((e) => e.instant > after && !twins.has(e.event)).map(({ at, what, needs }) => ({ at, what, needs }));
  const twice = described.filter((e) => twins.has(e.event)).map((e) => `${e.what} at ${e.at}`);
  const point = takenAfter === undefined ? undefined : takenAfter === -Infinity ? "at the scenario's start" : `after its events up to ${formatNewYork(takenAfter)}`;
  // With no such point the events after the first dated command are named (there is one: `after` is finite when any is).
  const taken = point ? `the register's ${opening} opening shares are the scenario's shares outstanding ${point}` : Number.isFinite(firstDated) ? `the register's first dated command, at ${formatNewYork(firstDated)}` : "";
  const mismatch = takenAfter === undefined
    ? `the register's ${opening} opening shares (its imports') are not the scenario's shares outstanding at its start (company.sharesOutstanding ${start}) nor after any of its events that change them${Number.isFinite(firstDated) ? ` up to the register's first dated command, at ${formatNewYork(firstDated)}` : ""}: the scenario's history does not come to the register's holdings, and the report's shares outstanding will not reconcile`
    : undefined;
  if (!unrecorded.length && !twice.length && !mismatch) return undefined;
  return { taken, events: unrecorded, twice, ...(mismatch ? { mismatch } : {}) };
}

/** The scenario's events that change the shares outstanding, with their instants (events whose instant cannot be read are the engine's to refuse). */
function shareEvents(events: readonly unknown[]): { at: number; event: Record<string, unknown> }[] {
  return events.flatMap((e) => {
    const event = e as Record<string, unknown>;
    if (typeof e !== "object" || e === null || !Object.hasOwn(SHARE_EVENTS, String(event.type))) return [];
    try {
      return [{ at: parseEventInstant(String(event.at)), event }];
    } catch {
      return [];
    }
  });
}

/** `apply`'s warnings: one for each event, and one when the opening shares meet the scenario's count nowhere. */
export function shareEventWarnings(found: SharesNotOnRegister | undefined): string[] {
  if (!found) return [];
  return [
    ...(found.mismatch ? [found.mismatch] : []),
    ...found.events.map((e) => `the scenario's ${e.what} at ${e.at} changes the Common Stock outstanding after the register's positions were taken (${found.taken}), and apply moves no position: the register does not hold it, so its shares outstanding will not reconcile with the engine's; ${e.needs}`),
  ];
}

/** The report's words for the shares line when it differs: the events the engine counts that the register does not hold. */
export function sharesLineReason(found: SharesNotOnRegister | undefined): string {
  if (!found) return "";
  const events = found.events.map((e) => `${e.what} at ${e.at}`);
  return [
    ...(events.length ? [`the engine counts the scenario's ${events.join(", ")}, dated after the register's positions were taken, which the register does not hold (see apply's warnings)`] : []),
    ...(found.twice.length ? [`the scenario's ${found.twice.join(", ")} the register also recorded itself: the engine counts ${found.twice.length === 1 ? "it" : "them"} twice (leave ${found.twice.length === 1 ? "it" : "them"} out of the scenario)`] : []),
    ...(found.mismatch ? ["the register's opening shares are not the scenario's shares outstanding at any point before its first dated command"] : []),
  ].join("; ");
}
