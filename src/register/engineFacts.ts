/**
 * The register asks the engine, never decides a rule itself: the applied scenario (the facts:
 * persons, holdings, prices, events) is evaluated as of the instant of each command, with the
 * Board's or holder's act appended as an event where the engine has one (redeem, exchange).
 */
import { DEFAULT_PLAN } from "../terms/defaultPlan.js";
import { evaluate, parseAsOf, recordDateClose, runScenario, type Run } from "../engine/evaluate.js";
import { answerOf, type Answer } from "../engine/answer.js";
import { rightsOf } from "../agreement/voidRights.js";
import { parseScenario } from "../scenario/parse.js";
import { currentMarketPrice } from "../agreement/flipIn.js";
import { personId, type State } from "../engine/state.js";
import { RuleError } from "../engine/trace.js";
import { isAbsolute } from "node:path";
import { loadPlan, plansInFolder } from "../files/plans.js";
import { planNamed } from "../terms/catalogue.js";
import type { Plan } from "../terms/schema.js";
import { dec, type Dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkDateOf, parseEventInstant } from "../time/instant.js";
import { countText } from "../numbers/readableText.js";
import type { Register } from "./database.js";
import { refuse } from "./problems.js";
import { readSetting } from "./settings.js";
import { commandsAsEvents, type ActEvent, type CommandEvents, type IssueEvent, type TransferEvent } from "./commandsAsEvents.js";

/** The scenario `apply` stored: the engine's input, and which holders of record each person holds through. */
/**
 * The register's transfers into or out of those holders are the Persons' acquisitions and
 * dispositions (R-1d); the shares it issued are outstanding (R-3-attached, R-3-separation); its
 * exchanges and redemption are the Board's acts (R-23, R-24).
 */
export interface AppliedScenario extends CommandEvents {
  readonly scenario: Record<string, unknown> & { events: unknown[] };
  readonly personHolders: Record<string, string[]>;
  readonly dir: string;
  readonly plan: string;
}

/** The facts the engine is given: a scenario with its persons' holders, and the register's own commands as events. */
export async function withRegisterEvents(register: Register, facts: Omit<AppliedScenario, keyof CommandEvents>): Promise<AppliedScenario> {
  const commands = await commandsAsEvents(register, facts.personHolders);
  const events = facts.scenario.events.filter((e) => !carriedOut(e, commands.acts));
  return { ...facts, scenario: { ...facts.scenario, events }, ...commands, acts: redemptionAtResolution(facts.scenario.events, commands.acts) };
}

/**
 * R-23: the register's payment run that carries out the Board's redemption the scenario records is
 * that act, at the Board's instant: the Rights ended then ("the only right of the holders of Rights
 * will be to receive the Redemption Price"), though the Rights Agent pays later, perhaps after the
 * window would have closed. A redemption the scenario dates after the register's own is not the one
 * it carried out.
 */
function redemptionAtResolution(events: readonly unknown[], acts: readonly ActEvent[]): readonly ActEvent[] {
  const resolution = events.find((e): e is { type: "redeem"; at: string } => typeof e === "object" && e !== null && (e as { type?: unknown }).type === "redeem" && typeof (e as { at?: unknown }).at === "string");
  if (!resolution) return acts;
  let resolved: number;
  try {
    resolved = parseEventInstant(resolution.at);
  } catch {
    return acts; // the engine names the bad instant
  }
  return acts.map((a) => (a.event.type === "redeem" && resolved <= parseEventInstant(a.event.at) ? { ...a, event: { ...a.event, at: resolution.at } } : a));
}

/**
 * R-23, R-24: a Board act the scenario records (its redemption; an exchange of the same portion on
 * the same day) that the register carried out is one act, given to the engine once: as the
 * register's, so that the reconciliation sets the register's totals less its acts beside the
 * engine's answer without them.
 */
function carriedOut(event: unknown, acts: readonly ActEvent[]): boolean {
  if (typeof event !== "object" || event === null) return false;
  const e = event as { type?: unknown; at?: unknown; portion?: unknown };
  if (e.type === "redeem") return acts.some((a) => a.event.type === "redeem");
  if (e.type !== "exchange") return false;
  const day = dayOf(e.at);
  return day !== undefined && acts.some((a) => a.event.type === "exchange" && dayOf(a.event.at) === day && dec(String(a.event.portion ?? "1")).eq(String(e.portion ?? "1")));
}

/**
 * The facts as they will stand once the register has recorded its act `event` (the command running
 * now): the Board's act the scenario records that it carries out left out (carriedOut), the act
 * among the register's.
 */
export function withActRecorded(applied: AppliedScenario, event: ActEvent["event"]): AppliedScenario {
  const act = { command: NOT_RECORDED, event };
  return { ...applied, scenario: { ...applied.scenario, events: applied.scenario.events.filter((e) => !carriedOut(e, [act])) }, acts: [...applied.acts, act] };
}

/** The New York date of an event's instant, or undefined when it is none (the engine says why). */
function dayOf(at: unknown): string | undefined {
  try {
    return typeof at === "string" ? newYorkDateOf(parseEventInstant(at)) : undefined;
  } catch {
    return undefined;
  }
}

/** The scenario `apply` stored, with the register's commands since. */
export async function appliedScenario(register: Register): Promise<AppliedScenario | undefined> {
  const scenario = await readSetting<AppliedScenario["scenario"]>(register, "scenario");
  if (!scenario) return undefined;
  return withRegisterEvents(register, {
    scenario,
    personHolders: (await readSetting<Record<string, string[]>>(register, "personHolders")) ?? {},
    dir: (await readSetting<string>(register, "scenarioDir")) ?? process.cwd(),
    plan: (await readSetting<string>(register, "plan")) ?? String(scenario.plan ?? DEFAULT_PLAN),
  });
}

/**
 * With no scenario applied, the facts are the register's plan with no events but the register's
 * own (its issues of new shares, R-3-attached), on the shares outstanding before them: "the
 * register agrees with the engine's answer for the same events", and with no events applied the
 * engine's answer is the plan's with none, as of the Record Date's close of business (R-X7: the
 * Rights exist from then) until a command is dated (undated ones are at the register's start,
 * before it). Undefined when the register holds no shares before its issues (the engine evaluates
 * a Company with shares outstanding).
 */
export async function planAlone(register: Register, shares: number): Promise<AppliedScenario | undefined> {
  const plan = (await readSetting<string>(register, "plan")) ?? DEFAULT_PLAN;
  const commands = await commandsAsEvents(register, {});
  const before = shares - commands.issues.reduce((sum, i) => sum + i.shares, 0);
  if (before <= 0) return undefined;
  const asOf = formatNewYork(recordDateClose(planAt(plan, process.cwd())));
  return { scenario: { plan, asOf, company: { sharesOutstanding: before }, events: [] }, personHolders: {}, dir: process.cwd(), plan, ...commands };
}

/** The plan the applied scenario names: built in, or a plan file in the scenario's folder. */
function planOf(applied: AppliedScenario): Plan {
  return planAt(applied.plan, applied.dir);
}

/**
 * A plan by its reference: built in; the plan file `register init --plan FILE` named, kept by the
 * absolute path init resolved and read (the Rights Agent's own choice, not a scenario's: no folder
 * confines it); else a plan file a scenario names, inside the scenario's folder `dir`.
 */
function planAt(ref: string, dir: string): Plan {
  return isAbsolute(ref) ? loadPlan(ref) : planNamed(plansInFolder(dir, ref), ref);
}

/** The engine's input: the scenario's events, the register's transfers, issues and acts, then `extra` (the engine orders them in time). */
function engineInput(applied: AppliedScenario, extra: readonly Record<string, unknown>[] = []): AppliedScenario["scenario"] {
  return { ...applied.scenario, events: [...applied.scenario.events, ...registerEvents(applied), ...extra] };
}

/** Events of the command being run, not recorded yet: after every recorded one. */
const NOT_RECORDED = Number.MAX_SAFE_INTEGER;

/**
 * The register's transfers, issues and acts in the order it ran them: the engine orders events in
 * time and keeps ties as given, so an issue recorded after a redemption at the same instant is
 * issued after it (its shares carry no Rights, R-3-separation), and one recorded before it has its
 * Rights redeemed (R-23), as the register did.
 */
function registerEvents(applied: AppliedScenario): unknown[] {
  const moves = [...applied.transfers, ...applied.issues].map((e) => [applied.recordedBy.get(e) ?? NOT_RECORDED, e] as const);
  const acts = applied.acts.map((a) => [a.command, a.event] as const);
  return [...moves, ...acts].sort(([a], [b]) => a - b).map(([, e]) => e);
}

/** The engine's event types the register records, as nouns ("redeem" is a redemption). */
const EVENT_NOUNS: Readonly<Record<string, string>> = { redeem: "redemption", acquire: "acquisition", dispose: "disposal" };

/**
 * Which of the facts the engine's event `index` is (an error's `event`): one of the scenario's, or one
 * of the register's own commands given to the engine as an event after them (its transfers, issues
 * and acts), named as such.
 */
export function engineEventText(applied: AppliedScenario, index: number): string {
  const own = registerEvents(applied)[index - applied.scenario.events.length] as { type?: string; at?: string; shares?: number; person?: string } | undefined;
  if (index < applied.scenario.events.length || !own) return `event ${index}`;
  return `the register's own ${EVENT_NOUNS[own.type ?? ""] ?? own.type}${own.shares === undefined ? "" : ` of ${countText(own.shares)} shares`}${own.person ? ` (${own.person})` : ""} at ${own.at}`;
}

/** The same facts with only the register's acts before command `command` (none with 0): the state a later act is judged on. */
export function actsBefore(applied: AppliedScenario, command: number): AppliedScenario {
  return { ...applied, acts: applied.acts.filter((a) => a.command < command) };
}

/** The same facts with only the register's commands before command `command`: its transfers, issues and acts recorded before it. */
export function recordedBefore(applied: AppliedScenario, command: number): AppliedScenario {
  const before = (e: TransferEvent | IssueEvent) => (applied.recordedBy.get(e) ?? NOT_RECORDED) < command;
  return { ...actsBefore(applied, command), transfers: applied.transfers.filter(before), issues: applied.issues.filter(before) };
}

/**
 * The instant a command at `at` judges the facts at: its own, or the register's clock when that is
 * later (a command dated back): the facts as they stand now, as `apply` and the report judge them.
 */
export async function factsInstant(register: Register, at: number): Promise<number> {
  return Math.max(at, (await readSetting<number>(register, "clock")) ?? 0);
}

/** The engine's answer as of `at` (events at `at` included), with `extra` events appended. */
export function answerAt(applied: AppliedScenario, at: number, extra: readonly Record<string, unknown>[] = []): Answer {
  return evaluate({ ...engineInput(applied, extra), asOf: undefined }, { asOf: formatNewYork(at + 1), plan: planOf(applied) });
}

/** R-7e: the Rights the engine holds void on each void Person, and all the void Rights (its transferees' included). */
export interface VoidRuling {
  readonly byPerson: readonly [person: string, rights: number][];
  /** Every Person whose Rights are void (R-7e), those the engine counts none for included (an Affiliate holding no shares, whose Rights were bought alone). */
  readonly voidPersons: readonly string[];
  readonly total: number;
  /** Rights the engine counts void that the void Persons' own holders of record exercised on the register: left out of `byPerson` and `total` (exercisedByVoidPersons). */
  readonly exercised: number;
  /** When the facts ended the Rights (redeemed or expired) before the register did: the void Rights are those just before. */
  readonly before?: { readonly ended: "redeemed" | "expired"; readonly at: string };
}

/**
 * The answer on the facts as the scenario is dated (its `asOf`, else the engine's default), or as
 * of the register's `clock` when that is as late or later, its commands at that instant included:
 * as `apply` judges the facts and the report compares them.
 */
export function scenarioAnswer(applied: AppliedScenario, clock?: number): Answer {
  return scenarioRun(applied, clock).answer;
}

/** One run of the engine on the facts as the scenario is dated; with `reaching`, as of that instant (events at it included) when the scenario's date is earlier. */
function scenarioRun(applied: AppliedScenario, reaching?: number): { run: Run; answer: Answer; asOf: number } {
  const reached = (asOf: number) => reaching !== undefined && asOf <= reaching;
  // A date the scenario states and the register has reached: one run, to the instant reached.
  const dated = statedAsOf(applied.scenario);
  if (dated !== undefined && reached(dated)) return reachedRun(applied, reaching!);
  const run = runScenario(parseScenario(engineInput(applied)), { plan: planOf(applied) });
  if (reached(run.asOf)) return reachedRun(applied, reaching!);
  return { run, answer: answerOf(run.state, run.asOf, run.errors), asOf: run.asOf };
}

/** The facts as of `instant`, the events at it included (the run goes a millisecond past it to take them in). */
function reachedRun(applied: AppliedScenario, instant: number): { run: Run; answer: Answer; asOf: number } {
  const run = runBefore(applied, instant + 1);
  return { run, answer: answerOf(run.state, instant, run.errors), asOf: instant };
}

/** The instant of the scenario's own `asOf`, when it states one the engine can read (else the engine works it out, or names the error). */
function statedAsOf(scenario: AppliedScenario["scenario"]): number | undefined {
  try {
    return typeof scenario.asOf === "string" ? parseAsOf(scenario.asOf) : undefined;
  } catch {
    return undefined;
  }
}

/** One run of the engine on the facts up to `instant` (events at it left out), whatever the scenario's date. */
function runBefore(applied: AppliedScenario, instant: number): Run {
  return runScenario(parseScenario({ ...engineInput(applied), asOf: undefined }), { asOf: formatNewYork(instant), plan: planOf(applied) });
}

/**
 * The scenario's answer (scenarioAnswer) with the Rights the engine holds void (R-7e) on each void
 * Person: its Rights Certificates' once recorded by holder, before then the Rights its shares
 * carry (R-3-attached), so that the register can tell those on the holders of record it lists
 * from those held outside the register, before the Distribution Date as after it.
 *
 * R-23, R-24, R-7a with R-7e: the Board's redemption or exchange the facts record is carried out
 * by the register's own command (`redeem`, `exchange`), which pays or exchanges only valid Rights;
 * until then the register holds void the Rights the engine holds void without those acts (after
 * a redemption the engine counts none void; after a partial exchange before the Distribution Date,
 * fewer, on fewer Rights per share). When the facts run past the Final Expiration Date and the
 * register has not recorded the expiry (its first command after it does), those void just before
 * it. One run of the engine, two or three then. `reaching`: a command dated at or after the
 * scenario's date is judged as of its own instant, events at it included, as the register's
 * commands judge the facts (answerAt). `asOf`: the instant judged (the scenario's date, or that).
 */
export function judgedScenario(applied: AppliedScenario, registerEnded: boolean, reaching?: number): { answer: Answer; void: VoidRuling; asOf: number } {
  const judged = scenarioRun(applied, reaching);
  const { answer, asOf } = judged;
  return { ...voidJudged(applied, judged, registerEnded, reaching), answer, asOf };
}

/** judgedScenario's void Rights, given the facts' run (`judged`). */
function voidJudged(applied: AppliedScenario, judged: ReturnType<typeof scenarioRun>, registerEnded: boolean, reaching?: number): { void: VoidRuling } {
  const { answer } = judged;
  if (registerEnded) return { void: voidRulingOf(applied, judged.run, answer) };
  const pending = applied.scenario.events.some(isBoardAct);
  const facts = pending ? { ...applied, scenario: { ...applied.scenario, events: applied.scenario.events.filter((e) => !isBoardAct(e)) } } : applied;
  const standing = pending ? scenarioRun(facts, reaching) : judged;
  const expired = standing.run.state.status === "expired" ? standing.run.state.ended : undefined;
  if (expired) {
    // A millisecond before: the expiry is a transition at its instant, which a run as of that instant already holds (R-7a).
    const before = runBefore(facts, expired.at - 1);
    return { void: { ...voidRulingOf(facts, before, answerOf(before.state, before.asOf, before.errors)), before: { ended: "expired", at: formatNewYork(expired.at) } } };
  }
  const redeemed = pending && judged.run.state.status === "redeemed" ? judged.run.state.ended : undefined;
  return { void: { ...voidRulingOf(facts, standing.run, standing.answer), ...(redeemed ? { before: { ended: "redeemed" as const, at: formatNewYork(redeemed.at) } } : {}) } };
}

/**
 * R-7e: the void Rights the engine holds as of `at` (events at it included) as the register holds
 * them void (judgedScenario): on the facts without the Board's redemption or exchange the scenario
 * records and the register has not carried out, and just before the Final Expiration Date once the
 * facts run past it.
 */
export function voidHeldAt(applied: AppliedScenario, at: number): number {
  return voidRulingAt(applied, at).total;
}

/** R-7e: the void Rights the engine holds on each void Person as of `at` (events at it included), as the register holds them void (voidHeldAt), whatever the scenario's date. */
export function voidRulingAt(applied: AppliedScenario, at: number): VoidRuling {
  return voidJudged(applied, reachedRun(applied, at), false, at).void;
}

/** The Board's redemption or exchange, as a scenario records it. */
function isBoardAct(event: unknown): boolean {
  const type = typeof event === "object" && event !== null ? (event as { type?: unknown }).type : undefined;
  return type === "redeem" || type === "exchange";
}

function voidRulingOf(applied: AppliedScenario, run: Run, answer: Answer): VoidRuling {
  const { state } = run;
  const voidPersons = [...state.voidHolders].sort((a, b) => a - b);
  if (answer.voidRights === 0) return { byPerson: [], voidPersons: voidPersons.map((p) => personId(state, p)), total: 0, exercised: 0 };
  const exercised = exercisedByVoidPersons(applied, run);
  const byPerson = voidPersons.map((p): [string, number] => [personId(state, p), rightsOf(state, p) - (exercised.get(p) ?? 0)]);
  const spent = sumOf(exercised.values());
  return { byPerson: byPerson.filter(([, rights]) => rights > 0), voidPersons: voidPersons.map((p) => personId(state, p)), total: answer.voidRights - spent, exercised: spent };
}

/**
 * R-7e with R-7a: the Rights each void Person's own holders of record exercised on the register
 * before the run's instant are exercised, neither the Person's nor void; the engine, given only the
 * Common Stock they delivered (commandsAsEvents.ts), still counts them among the Person's Rights
 * (an exercise whose Common Stock made its holder's Person an Acquiring Person, say). No more than
 * it counts.
 */
function exercisedByVoidPersons(applied: AppliedScenario, { state, asOf }: Run): Map<number, number> {
  const exercised = new Map<number, number>();
  for (const p of state.voidHolders) {
    const person = personId(state, p);
    const rights = sumOf(applied.exercises.filter((e) => e.person === person && parseEventInstant(e.at) < asOf).map((e) => e.rights));
    if (rights > 0) exercised.set(p, Math.min(rights, rightsOf(state, p)));
  }
  return exercised;
}

/** The Rights the void Persons' own holders of record exercised on the register by `at` (events at it included), which the engine still counts void (exercisedByVoidPersons). */
export function voidExercisedAt(applied: AppliedScenario, at: number): number {
  return applied.exercises.length ? sumOf(exercisedByVoidPersons(applied, runBefore(applied, at + 1)).values()) : 0;
}

function sumOf(counts: Iterable<number>): number {
  let sum = 0;
  for (const n of counts) sum += n;
  return sum;
}

/** The engine's state as of `at` (events at `at` included): its numbers exact, not rounded for an answer. One run of the engine: work it out once per command. */
export function exactStateAt(applied: AppliedScenario, at: number): State {
  return runBefore(applied, at + 1).state;
}

/** R-13: after a merger in which the Company did not survive (by the engine's `state` at the command), its Common Stock is gone (exchanged for the merger's consideration): none of it moves on the register. */
export function refuseOnceMergedAway(state: State, refused: string): void {
  const merged = state.mergedAway;
  if (merged) refuse("R-13", "merged-away", `the Company did not survive the merger of ${formatNewYork(merged.at)} (the facts' event ${merged.event}): ${refused}`);
}

/**
 * R-7e: the holders of record of the Persons whose Rights the engine holds void as of `at`: any
 * Right they come to own is void too. The engine's void holders, not its Acquiring Persons: a
 * Person that fell below the threshold after the flip-in still holds only void Rights.
 */
export function voidHoldersAt(applied: AppliedScenario, at: number): Set<string> {
  return voidHoldersIn(applied, exactStateAt(applied, at));
}

/**
 * voidHoldersAt, from the engine's state already worked out for the instant (one run of the engine
 * a command). Not a nominee (Cede & Co.): it holds for many, and only the Person's own Rights on its
 * position are void, which `apply` marks void on its books (R-7e); the rest are others' and valid.
 */
export function voidHoldersIn(applied: AppliedScenario, state: State): Set<string> {
  return new Set([...state.voidHolders].flatMap((p) => applied.personHolders[personId(state, p)] ?? []).filter((h) => !applied.nominees.has(h)));
}

/** R-13, R-14: the Current Market Price of the Principal Party's common the Section 13 Event was measured at, for cash in lieu of its fractions. */
export function principalPartyPriceOf(state: State): Dec {
  const flipOver = state.flipOver;
  if (!flipOver) throw new Error("internal error: Principal Party common is delivered only after a Section 13 Event");
  return flipOver.principalPartyPrice;
}

/** R-14: the Current Market Price of the Common Stock on the date of `at` (`state` as of then), for cash in lieu of fractions. */
export function marketPriceForFractions(state: State, at: number): Dec {
  try {
    return currentMarketPrice(state, newYorkDateOf(at), "R-14").price;
  } catch (e) {
    if (e instanceof RuleError) refuse(e.rule, "no-market-price", `cash in lieu of fractions needs the Current Market Price on ${newYorkDateOf(at)}: ${e.message}`);
    throw e;
  }
}

/** The applied scenario, or a refusal saying the command needs the engine's rulings. */
export async function requireScenario(register: Register, command: string, rule: string): Promise<AppliedScenario> {
  const applied = await appliedScenario(register);
  if (!applied) refuse(rule, "no-scenario", `${command} needs the engine's rulings: apply a scenario first (register apply SCENARIO)`);
  return applied;
}

/** A refusal carrying the engine's first error, when the answer has one. */
export function refuseOnEngineError(answer: Answer, what: string): void {
  const error = answer.errors[0];
  if (error) refuse(error.rule, "engine-refused", `${what}: ${error.message}${error.section ? ` (Section ${error.section})` : ""}`);
}

/** The plan the register keeps the Rights of (built in, or a plan file). */
export async function registerPlan(register: Register): Promise<Plan> {
  const plan = (await readSetting<string>(register, "plan")) ?? DEFAULT_PLAN;
  return planAt(plan, (await readSetting<string>(register, "scenarioDir")) ?? process.cwd());
}

/** The Rights Agent the plan names, who countersigns the certificates. */
export async function rightsAgentOf(register: Register): Promise<string> {
  return (await registerPlan(register)).terms.rightsAgent.value;
}
