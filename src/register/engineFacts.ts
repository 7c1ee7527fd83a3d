/**
 * The register asks the engine, never decides a rule itself: the applied scenario (the facts:
 * persons, holdings, prices, events) is evaluated as of the instant of each command, with the
 * Board's or holder's act appended as an event where the engine has one (redeem, exchange).
 */
import { evaluate, runScenario } from "../engine/evaluate.js";
import type { Answer } from "../engine/answer.js";
import { parseScenario } from "../scenario/parse.js";
import { currentMarketPrice } from "../agreement/flipIn.js";
import { RuleError } from "../engine/trace.js";
import { loadPlan } from "../terms/load.js";
import type { Dec } from "../numbers/decimal.js";
import { formatNewYork, newYorkDateOf } from "../time/instant.js";
import type { Register } from "./database.js";
import { refuse } from "./problems.js";
import { readSetting } from "./settings.js";

/** The scenario `apply` stored: the engine's input, and which holders of record each person holds through. */
export interface AppliedScenario {
  readonly scenario: Record<string, unknown> & { events: unknown[] };
  readonly personHolders: Record<string, string[]>;
  readonly dir: string;
  readonly plan: string;
}

export async function appliedScenario(register: Register): Promise<AppliedScenario | undefined> {
  const scenario = await readSetting<AppliedScenario["scenario"]>(register, "scenario");
  if (!scenario) return undefined;
  return {
    scenario,
    personHolders: (await readSetting<Record<string, string[]>>(register, "personHolders")) ?? {},
    dir: (await readSetting<string>(register, "scenarioDir")) ?? process.cwd(),
    plan: (await readSetting<string>(register, "plan")) ?? String(scenario.plan ?? "net-perceptions"),
  };
}

/** The engine's answer as of `at` (events at `at` included), with `extra` events appended. */
export function answerAt(applied: AppliedScenario, at: number, extra: readonly Record<string, unknown>[] = []): Answer {
  const scenario = { ...applied.scenario, asOf: undefined, events: [...applied.scenario.events, ...extra] };
  return evaluate(scenario, { asOf: formatNewYork(at + 1), plan: loadPlan(applied.plan, applied.dir), baseDir: applied.dir });
}

/** The answer as the scenario itself is dated (its `asOf`, else the engine's default). */
export function answerOfScenario(applied: AppliedScenario): Answer {
  return evaluate(applied.scenario, { plan: loadPlan(applied.plan, applied.dir), baseDir: applied.dir });
}

/** R-14: the Current Market Price of the Common Stock on the date of `at`, for cash in lieu of fractions. */
export function marketPriceForFractions(applied: AppliedScenario, at: number): Dec {
  const run = runScenario(parseScenario({ ...applied.scenario, asOf: undefined }), { asOf: formatNewYork(at + 1), plan: loadPlan(applied.plan, applied.dir), baseDir: applied.dir });
  try {
    return currentMarketPrice(run.state, newYorkDateOf(at), "R-14").price;
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

/** The Rights Agent the plan names, who countersigns the certificates. */
export async function rightsAgentOf(register: Register): Promise<string> {
  const plan = (await readSetting<string>(register, "plan")) ?? "net-perceptions";
  return loadPlan(plan, (await readSetting<string>(register, "scenarioDir")) ?? process.cwd()).terms.rightsAgent.value;
}
