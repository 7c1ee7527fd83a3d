/**
 * `register init`: a new register under a plan (built-in id or terms file), with the shares
 * outstanding the holder list must add up to when it is known.
 */
import { DEFAULT_PLAN } from "../terms/defaultPlan.js";
import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { loadPlan } from "../files/plans.js";
import { runCommand } from "./command.js";
import type { Register } from "./database.js";
import { badInput, refuse, type Result } from "./problems.js";
import { readSetting, writeSetting } from "./settings.js";

export interface InitOptions {
  /** A built-in plan id or a path to a plan terms file (default net-perceptions). */
  readonly plan?: string;
  readonly key?: string;
}

export interface InitResult {
  readonly plan: string;
  readonly planId: string;
}

export async function initRegister(register: Register, options: InitOptions = {}): Promise<Result<InitResult>> {
  return runCommand(register, { name: "init", key: options.key, args: { plan: options.plan ?? null } }, async () => {
    const ref = planRef(options.plan ?? DEFAULT_PLAN);
    const existing = await readSetting<string>(register, "plan");
    if (existing !== undefined && existing !== ref) refuse("register", "already-initialised", `this register already keeps the Rights of plan ${existing}; use a new database for plan ${ref}`);
    let planId: string;
    try {
      const plan = loadPlan(ref);
      planId = plan.id;
    } catch (e) {
      badInput("unknown-plan", (e as Error).message, ["plan"]);
    }
    await writeSetting(register, "plan", ref);
    if ((await readSetting(register, "rightsPerShare")) === undefined) await writeSetting(register, "rightsPerShare", "1");
    return { plan: ref, planId };
  });
}

/** A plan file is kept by its absolute path; a built-in plan by its id. */
function planRef(plan: string): string {
  return existsSync(plan) ? resolve(plan) : plan;
}
