/**
 * `register apply SCENARIO`: gives the engine the scenario's facts and records its rulings (the
 * Distribution Date, the Acquiring Persons, void Rights, the flip-in entitlement, the redemption
 * window). It never moves a position: a scenario person may list the `holders` of record it
 * holds through, and the register marks the Rights on those positions void as the engine rules
 * (R-7e), moving them between the holder's valid and void Rights. A scenario event that changes the Common
 * Stock outstanding after the positions were taken (a split, an issue, a repurchase) it warns of at
 * once, naming what the register would need (unrecordedShares.ts).
 */
import { contentHash } from "./chain.js";
import { DEFAULT_PLAN } from "../terms/defaultPlan.js";
import { InputError } from "../errors.js";
import type { Answer } from "../engine/answer.js";
import { ACCOUNTS, holderAccount, holderOf, isHolderAccount } from "./accounts.js";
import { holderAccounts } from "./positions.js";
import type { Books } from "./books.js";
import { voidingLines } from "./voiding.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { answerAt, engineEventText, factsInstant, judgedScenario, rightsAgentOf, voidRulingAt, withRegisterEvents, type AppliedScenario, type VoidRuling } from "./engineFacts.js";
import { badInput, badInputError, refuse, RegisterFailure, type Result } from "./problems.js";
import { readSetting, writeSetting, writeSettings } from "./settings.js";
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import { doubleCounted } from "./commandsAsEvents.js";
import { sharesNotOnRegister, shareEventWarnings } from "./unrecordedShares.js";
import { separateLateMoves } from "./separation.js";
import { restateCertificates } from "./certificates.js";
import { givenOnce } from "./warnOnce.js";
import { exercisesOnTheFacts } from "./exercisesOnFacts.js";
import type { Ended } from "./rightsEnd.js";
import { attachedAfterDistribution } from "./attachedExchange.js";
import { countText } from "../numbers/readableText.js";

export interface ApplyOptions {
  /** The scenario as read from its YAML or JSON file. */
  readonly scenario: unknown;
  /** The scenario file's folder (a relative plan path is read from there). */
  readonly dir: string;
  readonly key?: string;
}

/** The engine's rulings the register keeps. */
export interface Rulings {
  readonly asOf: string;
  readonly planVersion: string;
  readonly acquiringPersons: string[];
  readonly stockAcquisitionDate: string | null;
  readonly distributionDate: string | null;
  readonly distributionDateProng: string | null;
  readonly status: string;
  readonly sharesOutstanding: number;
  readonly rightsOutstanding: number;
  readonly rightsPerShare: string | null;
  readonly voidRights: number;
  readonly redemptionDeadline: string;
  readonly exchangeAvailable: boolean;
  readonly flipIn: Answer["flipIn"];
  readonly flipOver: Answer["flipOver"];
  readonly entitlementPerRight: Answer["entitlementPerRight"];
}

export interface ApplyResult {
  readonly rulings: Rulings;
  /** The void Rights on each holder of record after the rulings (R-7e). */
  readonly voidByHolder: Record<string, number>;
  /** Void Rights the engine rules that are not on a holder of record the Person lists (held in street name, say). */
  readonly voidOutsideRegister: number;
  /** Rights the engine counts void that the void Persons' own holders of record already exercised on the register (R-7a: exercised, not void; the engine is given the Common Stock delivered, not the exercise). */
  readonly voidExercised: number;
  /** R-7e: void Rights beyond the engine's count: those the void Persons' holders of record bought alone (`transfer-rights`), still held or sold on (voidBoughtRights). */
  readonly voidBought: number;
  /** R-7e: the certificates sent to holders whose void Rights the rulings changed, restated (their numbers). */
  readonly restated: number[];
  readonly warnings: string[];
}

export async function applyScenario(register: Register, options: ApplyOptions): Promise<Result<ApplyResult>> {
  let judged: Judged;
  try {
    judged = await judge(register, options, (await readSetting<string>(register, "plan")) ?? undefined);
  } catch (e) {
    if (e instanceof RegisterFailure) return { ok: false, problem: e.problem };
    throw e;
  }
  const { applied, answer } = judged;
  const at = judged.asOf;
  // The facts are an argument too (their SHA-256): another scenario under the same key is another command, refused, not the first one's result.
  const facts = contentHash(JSON.stringify(options.scenario));
  return runCommand(register, { name: "apply", key: options.key, at, args: { dir: options.dir, scenario: facts } }, async ({ books }) => {
    const holderIds = new Set((await register.db.selectFrom("holders").select("id").execute()).map((h) => h.id));
    for (const [person, holders] of Object.entries(applied.personHolders)) {
      const unknown = holders.find((h) => !holderIds.has(h));
      if (unknown) badInput("unknown-holder", `person ${person} lists holder "${unknown}", who is not on the register`, ["persons", person, "holders"]);
    }
    const rulings = rulingsOf(answer);
    books.note(at, ACCOUNTS.engine, "ruling", JSON.stringify(rulings));
    const late = await separateLateMoves(register, books, rulings.distributionDate, (await readSetting<Rulings>(register, "rulings"))?.distributionDate ?? null);
    // R-23, R-24, R-7a: once the register has ended the Rights the void ones ended with them: nothing is left to mark, and those held outside the register stay as they stood then (asEnded).
    const ended = (await readSetting(register, "ended")) !== undefined;
    const { voidByHolder, outside, voidBought, warnings, changed } = ended ? await asEnded(register, judged.void) : await markVoid(register, books, voidedAt(answer, at), judged.void, applied, late.separated);
    // R-7e: certificates sent before their holder's Rights were ruled void (or valid again) are restated, the legend on the new ones.
    const restated = await restateCertificates(register, books, at, await rightsAgentOf(register), changed, "R-7e: the engine's rulings changed the void Rights it evidences; restated, with the legend where any are void");
    // Each warning once while the same facts stand; a repeat says when it was given (warnOnce.ts).
    const twins = doubleCounted(applied.scenario.events, [...applied.transfers, ...applied.issues]);
    // The scenario's splits, issues, repurchases ... after the register's positions were taken: apply moves no position, so say at once what the register would need.
    const unrecorded = shareEventWarnings(await sharesNotOnRegister(register, applied, twins.twins));
    // R-7a, R-7-after-flip-in, R-7e, R-11a-ii: exercises already carried out that these facts would not have allowed, or allowed for something else.
    const exercised = await exercisesOnTheFacts(register, applied);
    // R-24 with R-3-separation: a partial exchange the register made with the Rights attached, after the Distribution Date these facts give.
    const misdated = await attachedAfterDistribution(register, rulings.distributionDate);
    const given = await givenOnce(register, at, [...twins.warnings, ...unrecorded, ...late.warnings, ...warnings, ...exercised, ...(misdated ? [misdated] : [])]);
    // The scenario as given: the Board's redemption the register carried out stays in it, for the instant the Board acted (redemptionAtResolution).
    await writeSettings(register, { scenario: judged.given, personHolders: applied.personHolders, scenarioDir: options.dir, rulings, voidOutside: outside });
    return { rulings, voidByHolder, voidOutsideRegister: outside, voidExercised: judged.void.exercised, voidBought, restated, warnings: given };
  });
}

/**
 * R-7e with R-1a: a transfer, an issue of shares or an exercise's delivery of Common Stock the
 * register records after the facts were applied is a fact the engine weighs (a Person's
 * acquisition or disposition, R-1d; new shares outstanding, R-11a-ii). It can make
 * a Person an Acquiring Person, whose Rights are void from then on; dated before the Section
 * 11(a)(ii) Event, it moves Rights that were valid then, and those a void Person's holder
 * received become void at the Event; a sale dated before it may leave the Person short of the
 * threshold, and its Rights valid. So once the command has posted, while the engine holds any
 * Person void on the facts applied with it (`added`: the command as the engine's events) or the
 * register holds void Rights, the void Rights are recorded as `apply` records them, and
 * certificates already sent are restated.
 * Returns what changed and apply's warnings not given before, and the rule the facts with the
 * command break, if any (a Person parting with more shares than the facts give it).
 */
export async function voidAsFactsNowStand(register: Register, books: Books, at: number, applied: AppliedScenario, added: Partial<Pick<AppliedScenario, "transfers" | "issues" | "exercises">>): Promise<string[]> {
  const now = { ...applied, transfers: [...applied.transfers, ...(added.transfers ?? [])], issues: [...applied.issues, ...(added.issues ?? [])], exercises: [...applied.exercises, ...(added.exercises ?? [])] };
  const ended = (await readSetting(register, "ended")) !== undefined;
  const judged = judgedScenario(now, ended, await factsInstant(register, at));
  // The command may show the facts short (a Person parting with more shares than they give it): said, once, for the facts to be put right.
  const broken = judged.answer.errors[0];
  const facts = broken ? await givenOnce(register, at, [`the engine, given this command with the facts applied, finds that they break ${broken.rule}: ${broken.message}; correct the facts and apply them again`], false) : [];
  if (ended) return facts;
  if (judged.void.total === 0 && !(await holdsVoidRights(books))) return [...facts, ...(await outsideValidAgain(register))];
  const separated = new Set((await readSetting<number[]>(register, "separatedCommands")) ?? []);
  const { outside, warnings, changed } = await markVoid(register, books, voidedAt(judged.answer, at), judged.void, now, separated);
  await restateCertificates(register, books, at, await rightsAgentOf(register), changed, "R-7e: the void Rights it evidences changed with a transfer, an issue or an exercise; restated, with the legend where any are void");
  await writeSetting(register, "voidOutside", outside);
  const persons = judged.void.byPerson.map(([person]) => person).join(", ");
  const holders = [...changed].sort().join(", ");
  const recorded = !changed.size ? [] : persons ? [`R-7e: on the facts with this command the engine holds void the Rights of ${persons}: the void Rights of ${holders} recorded anew, as apply records them`] : [`R-7e: on the facts with this command the engine holds no Person's Rights void: those of ${holders} are valid again, as apply records them`];
  return [...facts, ...recorded, ...(await givenOnce(register, at, warnings, false))];
}

/**
 * R-7e: the engine holds no Right void now (a Person's crossing undone by a command dated before
 * it: new shares that dilute it under the threshold, say), nor does any holder of record: those it
 * counted void outside the register are valid again. Returns the warning, when there were any.
 */
async function outsideValidAgain(register: Register): Promise<string[]> {
  const outside = (await readSetting<number>(register, "voidOutside")) ?? 0;
  if (outside === 0) return [];
  await writeSetting(register, "voidOutside", 0);
  return [`R-7e: on the facts with this command the engine holds no Person's Rights void: the ${countText(outside)} void Rights counted outside the register are valid again`];
}

/**
 * R-7e: a redemption, an exchange or the distribution dated after the register's clock reaches
 * facts no command has weighed yet (events the scenario dates after its `asOf`, a Person crossing
 * the threshold among them): before it acts on the valid Rights, the void Rights are recorded as
 * the facts stand at its instant, as a transfer records them. At or before the clock they stand
 * as recorded. Returns the warnings to give.
 */
export async function voidAsFactsReached(register: Register, books: Books, at: number, applied: AppliedScenario): Promise<string[]> {
  const clock = (await readSetting<number>(register, "clock")) ?? 0;
  return at > clock ? voidAsFactsNowStand(register, books, at, applied, {}) : [];
}

/**
 * R-7e with R-23, R-24: the void Rights the Board's redemption or exchange at `at` takes as void: as
 * the facts stand at its instant, after the register's clock (voidAsFactsReached) or before it
 * (voidAsFactsStoodAt). The distribution is not such an act: its certificates are restated when the
 * void Rights they evidence change.
 */
export async function voidAtTheBoardsAct(register: Register, books: Books, at: number, applied: AppliedScenario): Promise<string[]> {
  const clock = (await readSetting<number>(register, "clock")) ?? 0;
  return at < clock ? voidAsFactsStoodAt(register, books, at, applied) : voidAsFactsReached(register, books, at, applied);
}

/**
 * R-7e with R-T5: the Board's act dated before the register's clock (a redemption or an exchange
 * recorded late) takes the Rights as they stood at its instant: a Person the facts make void only
 * later (a group formed the next day) held valid Rights then, which are paid or exchanged; one void
 * then is paid nothing, though no longer void at the clock. The void Rights are recorded as the facts
 * stood at `at`; `voidAsFactsNowStand` at the clock records them again after the act, if Rights are left.
 */
async function voidAsFactsStoodAt(register: Register, books: Books, at: number, applied: AppliedScenario): Promise<string[]> {
  if ((await readSetting(register, "ended")) !== undefined) return [];
  const separated = new Set((await readSetting<number[]>(register, "separatedCommands")) ?? []);
  const { outside, warnings, changed } = await markVoid(register, books, voidedAt(answerAt(applied, at), at), voidRulingAt(applied, at), applied, separated);
  await restateCertificates(register, books, at, await rightsAgentOf(register), changed, "R-7e: the void Rights it evidences as they stood at the Board's act dated before the register's clock; restated, with the legend where any are void");
  await writeSetting(register, "voidOutside", outside);
  const recorded = changed.size ? [`R-7e: the Board's act is dated ${formatNewYork(at)}, before the register's clock: the void Rights are recorded as the facts stood then (R-T5): those of ${[...changed].sort().join(", ")} changed`] : [];
  return [...recorded, ...(await givenOnce(register, at, warnings, false))];
}

/**
 * The void Rights after the register ended the Rights: none on a holder of record; those held
 * outside it as they stood when it ended them, unless, after a whole exchange (the engine still
 * counts the void Rights), the engine's are more than those the register ended void and held
 * outside: facts it learns of only now (a Person's shares in street name), whose Rights it ended
 * as valid where they were held (R-24, R-7e).
 */
async function asEnded(register: Register, ruling: VoidRuling): Promise<Awaited<ReturnType<typeof markVoid>>> {
  const ended = (await readSetting<Ended>(register, "ended"))!;
  const was = (await readSetting<number>(register, "voidOutside")) ?? 0;
  const learned = ended.how === "exchanged" ? ruling.total - (ended.voidEnded ?? 0) - was : 0;
  if (learned <= 0) return { voidByHolder: {}, outside: was, voidBought: 0, warnings: [], changed: new Set() };
  const warning = `${countText(learned)} void Rights the facts now give are on no holder of record the scenario lists (held in street name, say): the register ended the Rights (exchanged at ${ended.at}) before it knew, so they were exchanged where they were held, as valid Rights (R-24, R-7e); they are counted as held outside the register`;
  return { voidByHolder: {}, outside: was + learned, voidBought: 0, warnings: [warning], changed: new Set() };
}

/** Whether any holder of record holds void Rights (R-7e). */
async function holdsVoidRights(books: Books): Promise<boolean> {
  await books.load("void");
  return holderAccounts(books, ["void"]).length > 0;
}

/**
 * The facts with the register's commands (`applied`), the scenario as given (`given`: what is
 * stored, the Board's acts the register carried out included), and the engine's answer on them with
 * the void Rights it holds on each void Person (R-7e).
 */
type Judged = { applied: AppliedScenario; given: AppliedScenario["scenario"] } & ReturnType<typeof judgedScenario>;

/**
 * The engine's answer on the scenario; bad input and rule breaks are failures. Judged as the
 * scenario is dated, or as of the register's last command when that is as late or later (its
 * commands at that instant included): as the report compares the register with the engine, and
 * as a later command judges the facts.
 */
async function judge(register: Register, options: ApplyOptions, registerPlan: string | undefined): Promise<Judged> {
  const { scenario, personHolders } = splitHolders(options.scenario);
  const applied = await withRegisterEvents(register, { scenario, personHolders, dir: options.dir, plan: registerPlan ?? String(scenario.plan ?? DEFAULT_PLAN) });
  let judged: ReturnType<typeof judgedScenario>;
  try {
    judged = judgedScenario(applied, (await readSetting(register, "ended")) !== undefined, await readSetting<number>(register, "clock"));
  } catch (e) {
    if (e instanceof InputError) badInputError("bad-scenario", e);
    throw e;
  }
  const e = judged.answer.errors[0];
  if (e) refuse(e.rule, "scenario-breaks-rule", `the scenario breaks ${e.rule}${e.event === null ? "" : ` at ${engineEventText(applied, e.event)}`}: ${e.message}; nothing was applied`);
  return { applied, given: scenario, ...judged };
}

/** The scenario without `holders` (the engine's input) and each person's holders of record. */
function splitHolders(data: unknown): { scenario: AppliedScenario["scenario"]; personHolders: Record<string, string[]> } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) badInput("bad-scenario", "a scenario is a mapping with plan, company, persons and events");
  const source = data as Record<string, unknown>;
  const personHolders: Record<string, string[]> = {};
  const persons = Array.isArray(source.persons)
    ? source.persons.map((p, i) => {
        if (typeof p !== "object" || p === null || !("holders" in p)) return p;
        const { holders, ...person } = p as Record<string, unknown>;
        if (!Array.isArray(holders) || holders.some((h) => typeof h !== "string")) badInput("bad-scenario", `persons.${i}.holders: expected a list of holder ids`, ["persons", i, "holders"]);
        personHolders[String(person.id)] = holders as string[];
        return person;
      })
    : source.persons;
  return { scenario: { ...source, persons, events: Array.isArray(source.events) ? source.events : [] }, personHolders };
}

/** The fields of the engine's answer the register records and reports as its rulings. */
export function rulingsOf(a: Answer): Rulings {
  return {
    asOf: a.asOf,
    planVersion: a.planVersion,
    acquiringPersons: a.acquiringPersons,
    stockAcquisitionDate: a.stockAcquisitionDate,
    distributionDate: a.distributionDate,
    distributionDateProng: a.distributionDateProng,
    status: a.status,
    sharesOutstanding: a.sharesOutstanding,
    rightsOutstanding: a.rightsOutstanding,
    rightsPerShare: a.rightsPerShare,
    voidRights: a.voidRights,
    redemptionDeadline: a.redemptionDeadline,
    exchangeAvailable: a.exchangeAvailable,
    flipIn: a.flipIn,
    flipOver: a.flipOver,
    entitlementPerRight: a.entitlementPerRight,
  };
}

/** When the Rights became void: the engine's R-7e finding (the Section 11(a)(ii) Event), else the answer's instant. */
function voidedAt(answer: Answer, asOf: number): number {
  const finding = [...answer.trace].reverse().find((f) => f.rule === "R-7e");
  return finding ? parseEventInstant(finding.at) : asOf;
}

/**
 * R-7e: "a transferee of an Acquiring Person": void Rights the register moved with an Acquiring
 * Person's shares (R-3-attached) to a holder of record no void Person lists stay void, and so do
 * the Rights `arriving` with such shares before the register knew they were void; as far as the
 * engine counts void Rights beyond the void Persons' own (its transferees'). When it counts none
 * (the Acquiring Person never was one, R-1a-inadvertent), they are valid again. Returns the
 * transferees' void Rights it found on no holder of record.
 */
function keepTransfereeVoid(books: Books, target: Map<string, number>, transfereesVoid: number, arriving: ReadonlyMap<string, number>): number {
  let left = Math.max(0, transfereesVoid);
  const holders = new Set([...books.accounts("void").filter(isHolderAccount).map(holderOf), ...arriving.keys()]);
  for (const holder of [...holders].sort()) {
    if (target.has(holder)) continue;
    const account = holderAccount(holder);
    const want = books.count(account, "void") + Math.min(arriving.get(holder) ?? 0, books.count(account, "rights"));
    const keep = Math.min(want, left);
    target.set(holder, keep);
    left -= keep;
  }
  return left;
}

/**
 * R-7e: the Rights that moved with shares from a void Person's holders of record since `since`
 * (the Section 11(a)(ii) Event) while the register still counted them valid: it learns of an
 * Acquiring Person when the facts are applied, which may be after the transfers. Each transfer is
 * counted once: the register keeps the transfers it has counted. A transfer after the Distribution
 * Date moved no Rights (`separated`: put right by separateLateMoves).
 */
async function arrivingFromVoidHolders(register: Register, voidHolders: ReadonlySet<string>, since: number, separated: ReadonlySet<number>): Promise<{ arriving: Map<string, number>; counted: number[] }> {
  const counted = new Set((await readSetting<number[]>(register, "transfereeTransfers")) ?? []);
  const transfers = await register.db.selectFrom("commands").select(["id", "args", "result"]).where("name", "=", "transfer").where("at", ">=", since).orderBy("id").execute();
  const arriving = new Map<string, number>();
  for (const t of transfers) {
    const { from, to } = JSON.parse(t.args) as { from: string; to: string };
    const { rights } = JSON.parse(t.result) as { rights: number };
    if (counted.has(Number(t.id)) || separated.has(Number(t.id)) || !voidHolders.has(from) || voidHolders.has(to) || rights === 0) continue;
    arriving.set(to, (arriving.get(to) ?? 0) + rights);
    counted.add(Number(t.id));
  }
  return { arriving, counted: [...counted] };
}

/**
 * R-7e: "every Right beneficially owned by the Acquiring Person, its Affiliates or Associates ...
 * becomes null and void", the Rights it bought after the distribution too. The engine is not
 * given the register's transfers of Rights (R-3-separation: they trade alone), so its count of a
 * void Person's Rights leaves out those its holders of record bought by `transfer-rights` before
 * the register knew whose they were (once it knows, such a transfer is refused). They are void:
 * added to the holders' void Rights in `target`, at most the Rights each holds, and those it sold on
 * by `transfer-rights` to the buyers' ("or a transferee of theirs"), beyond what the engine's count
 * made void there (`sales`). Returns how many (the reconciliation adds them to the engine's void Rights).
 */
async function voidBoughtRights(register: Register, books: Books, target: Map<string, number>, personsHolders: ReadonlySet<string>, sales: readonly Sale[]): Promise<number> {
  if (personsHolders.size === 0) return 0;
  const bought = await register.db.selectFrom("commands").select(["args"]).where("name", "=", "transfer-rights").execute();
  const into = new Map<string, number>();
  for (const c of bought) {
    const { to, rights } = JSON.parse(c.args) as { to: string; rights: number };
    if (personsHolders.has(to)) into.set(to, (into.get(to) ?? 0) + rights);
  }
  let total = 0;
  const voidMore = (holder: string, most: number): number => {
    const account = holderAccount(holder);
    const extra = Math.min(most, books.count(account, "rights") + books.count(account, "void") - (target.get(holder) ?? 0));
    if (extra <= 0) return 0;
    target.set(holder, (target.get(holder) ?? 0) + extra);
    total += extra;
    return extra;
  };
  for (const [holder, rights] of into) {
    // What the holder still holds of them, then what it sold on by transfer-rights: void in the buyers' hands ("or a transferee of theirs").
    let left = rights - voidMore(holder, rights);
    for (const sale of sales.filter((t) => t.from === holder)) left -= voidMore(sale.to, Math.min(left, sale.rights - sale.taken));
  }
  return total;
}

/** A transfer of Rights alone from a void Person's holder of record (rightsSoldOn), with how many of them the engine's count of the Person's void Rights already made void in the buyer's hands. */
interface Sale {
  readonly from: string;
  readonly to: string;
  readonly rights: number;
  taken: number;
}

/** The transfers of Rights alone (`transfer-rights`, after the distribution) from a void Person's holders of record to others since `since` (the Section 11(a)(ii) Event), in order. */
async function rightsSoldOn(register: Register, personsHolders: ReadonlySet<string>, since: number): Promise<Sale[]> {
  if (personsHolders.size === 0) return [];
  const rows = await register.db.selectFrom("commands").select(["args"]).where("name", "=", "transfer-rights").where("at", ">=", since).orderBy("id").execute();
  return rows.map((r) => ({ ...(JSON.parse(r.args) as { from: string; to: string; rights: number }), taken: 0 })).filter((t) => personsHolders.has(t.from) && !personsHolders.has(t.to));
}

/**
 * R-1d, R-7e: a holder of record a void Person lists holds that Person's shares, yet Rights left valid
 * on it once the engine's count of the Person's void Rights is used up: the facts give the Person fewer
 * shares than its holders of record hold (its holdings understated), or the holder holds for others
 * too. The register cannot tell which, so it keeps the engine's count and says so: those Rights could
 * otherwise be exercised by an Acquiring Person's own position unremarked. A nominee (Cede & Co.)
 * holds for many: its Rights beyond the Person's are others', as a matter of course.
 */
function validLeftOnVoidHolders(books: Books, persons: readonly [string, number][], applied: AppliedScenario, target: ReadonlyMap<string, number>): string[] {
  const warnings: string[] = [];
  for (const [person, rights] of persons) {
    // A nominee (Cede & Co.) holds others' shares beside the Person's: its valid Rights are theirs.
    for (const holder of (applied.personHolders[person] ?? []).filter((h) => !applied.nominees.has(h))) {
      const account = holderAccount(holder);
      const valid = books.count(account, "rights") + books.count(account, "void") - (target.get(holder) ?? 0);
      if (valid > 0) warnings.push(`${holder}, a holder of record ${person} lists, holds ${countText(valid)} Rights beyond the ${countText(rights)} the engine holds void for ${person} (R-1d, R-7e): they stay valid; if ${holder} holds only ${person}'s shares, the scenario gives ${person} too few shares (its holdings, or a purchase it leaves out) and should be corrected, as every Right ${person} owns is void`);
    }
  }
  return warnings;
}

/** Moves Rights between valid and void on each holder of record so that it holds the void Rights the engine rules. */
async function markVoid(register: Register, books: Books, at: number, ruling: VoidRuling, applied: AppliedScenario, separated: ReadonlySet<number>): Promise<{ voidByHolder: Record<string, number>; outside: number; voidBought: number; warnings: string[]; changed: Set<string> }> {
  await books.load("rights", "void");
  const persons = ruling.byPerson;
  const target = new Map<string, number>();
  const warnings: string[] = [];
  let outside = 0;
  let personsVoid = 0;
  // R-1d, R-7e: a nominee's (Cede & Co.'s) Rights are many holders'; a sale from it or a purchase into it is not the Person's.
  // Every void Person's: one the engine counts no void Rights for (an Affiliate holding no shares) may have bought Rights alone.
  const personsHolders = new Set(ruling.voidPersons.flatMap((person) => applied.personHolders[person] ?? []).filter((h) => !applied.nominees.has(h)));
  const sales = await rightsSoldOn(register, personsHolders, at);
  const take = (holder: string, left: number): number => {
    const account = holderAccount(holder);
    const taken = Math.min(books.count(account, "rights") + books.count(account, "void") - (target.get(holder) ?? 0), left);
    target.set(holder, (target.get(holder) ?? 0) + taken);
    personsVoid += taken;
    return taken;
  };
  for (const [person, rights] of persons) {
    let left = rights;
    const holders = applied.personHolders[person] ?? [];
    // The Person's own positions first; a nominee's position holds the rest of its Rights, if any, among others'.
    for (const holder of [...holders.filter((h) => !applied.nominees.has(h)), ...holders.filter((h) => applied.nominees.has(h))]) left -= take(holder, left);
    // R-7e, "or a transferee of theirs": the Rights its holders sold on by transfer-rights since the flip-in, before the register knew, are void in the buyers' hands.
    for (const sale of sales.filter((t) => holders.includes(t.from))) {
      sale.taken = take(sale.to, Math.min(left, sale.rights));
      left -= sale.taken;
    }
    if (left > 0) {
      outside += left;
      personsVoid += left;
      warnings.push(`${countText(left)} of ${person}'s void Rights are not on a holder of record it lists (R-7e): they are held outside the register (in street name, say), or the scenario should list more of its holders`);
    }
  }
  if (ruling.before && personsVoid > 0) {
    const act = ruling.before.ended === "redeemed" ? "the Board's redemption" : "the Final Expiration Date";
    warnings.push(`the facts end the Rights (${ruling.before.ended} at ${ruling.before.at}) before the register has: the ${countText(personsVoid)} Rights the engine held void just before ${act} are void on the register until it ends them (${ruling.before.ended === "redeemed" ? "register redeem" : "its first command after that date"}), and are then paid nothing (R-7e)`);
  }
  const voidBought = await voidBoughtRights(register, books, target, personsHolders, sales);
  await writeSetting(register, "voidBought", voidBought);
  warnings.push(...validLeftOnVoidHolders(books, persons, applied, target));
  const { arriving, counted } = await arrivingFromVoidHolders(register, new Set([...target.keys()].filter((h) => !applied.nominees.has(h))), at, separated);
  // R-7e: the transferees' void Rights on no holder of record (shares a void Person sold in street name, say) are held outside the register.
  const unplaced = keepTransfereeVoid(books, target, ruling.total - personsVoid, arriving);
  if (unplaced > 0) {
    outside += unplaced;
    warnings.push(`${countText(unplaced)} void Rights in the hands of transferees of an Acquiring Person or its Affiliates or Associates (R-7e: the Rights on shares they sold stay void) are on no holder of record the register knows to hold them: they are held outside the register (bought in street name, say)`);
  }
  await writeSetting(register, "transfereeTransfers", counted);
  const voidByHolder: Record<string, number> = {};
  const changed = new Set<string>();
  for (const [holder, want] of target) {
    const account = holderAccount(holder);
    const change = want - books.count(account, "void");
    if (want > 0) voidByHolder[holder] = want;
    if (change === 0) continue;
    changed.add(holder);
    books.post(at, voidingLines(account, change, change > 0 ? "R-7e: Rights of an Acquiring Person or its Affiliates or Associates are void" : "R-7e: no longer void under the engine's rulings"));
  }
  return { voidByHolder, outside, voidBought, warnings, changed };
}
