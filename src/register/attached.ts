/**
 * R-3-attached: until the Distribution Date the Rights are evidenced by the shares and move only
 * with them, "and every new certificate carries a legend". On the register that holds while no
 * certificates were sent, the Rights have not ended, and `at` is not past the Distribution Date
 * the engine found.
 */
import { parseEventInstant } from "../time/instant.js";
import { appliedScenario, scenarioAnswer } from "./engineFacts.js";
import type { Register } from "./database.js";
import { readSetting, settingText } from "./settings.js";
import { keptReads } from "./readOnce.js";

export async function rightsAttachedAt(register: Register, at: number): Promise<boolean> {
  if ((await readSetting(register, "distribution")) !== undefined || (await readSetting(register, "ended")) !== undefined) return false;
  return attachedByDate(register, at);
}

/**
 * R-3-attached by the date alone: no Distribution Date, or `at` not past it (whatever the register
 * has recorded since), as the engine finds it on the facts applied with the register's commands
 * since (a transfer recorded after them may have made an Acquiring Person, and a Distribution Date).
 */
export async function attachedByDate(register: Register, at: number): Promise<boolean> {
  const dd = await factsDistributionDate(register);
  return !dd || at <= parseEventInstant(dd);
}

/** The Distribution Date the facts give with the register's commands, as they stand at its clock: one run of the engine per unit of work (readOnce.ts) while the facts stored and the clock stand. */
async function factsDistributionDate(register: Register): Promise<string | null> {
  const facts = { scenario: await settingText(register, "scenario"), personHolders: await settingText(register, "personHolders"), clock: await readSetting<number>(register, "clock") };
  const kept = keptReads(register);
  const known = kept?.distributionDate;
  if (known && known.scenario === facts.scenario && known.personHolders === facts.personHolders && known.clock === facts.clock) return known.date;
  const date = appliedScenario(register).then((applied) => (applied ? scenarioAnswer(applied, facts.clock).distributionDate : null));
  if (kept) kept.distributionDate = { ...facts, date };
  return date;
}

/**
 * R-3-attached: "every new certificate carries a legend": the words the certificate (or the
 * book-entry statement) of shares issued or transferred while the Rights are attached bears.
 * The seed gives no wording; this states what the legend must tell the holder.
 */
export const RIGHTS_LEGEND =
  "These shares also evidence Rights under the Rights Agreement between the Company and the Rights Agent, which may be redeemed, exchanged or expire, and which separate from the shares and are evidenced by Rights Certificates at the Distribution Date; Rights owned by an Acquiring Person or its Affiliates or Associates become void (R-3-attached).";

/** The memo of the line crediting new or transferred shares: what happened, and the Rights legend on their certificate or statement while the Rights are attached. */
export function sharesCreditMemo(what: string, attached: boolean): string {
  return attached ? `${what}; the new certificate or statement bears the Rights legend (R-3-attached)` : what;
}
