/**
 * R-3-attached: until the Distribution Date the Rights are evidenced by the shares and move only
 * with them. On the register that holds while no certificates were sent, the Rights have not
 * ended, and `at` is not past the Distribution Date the engine found.
 */
import { parseEventInstant } from "../time/instant.js";
import type { Rulings } from "./apply.js";
import type { Register } from "./database.js";
import { readSetting } from "./settings.js";

export async function rightsAttachedAt(register: Register, at: number): Promise<boolean> {
  if ((await readSetting(register, "distribution")) !== undefined || (await readSetting(register, "ended")) !== undefined) return false;
  return attachedByDate(register, at);
}

/** R-3-attached by the date alone: no Distribution Date ruled, or `at` not past it (whatever the register has recorded since). */
export async function attachedByDate(register: Register, at: number): Promise<boolean> {
  const dd = (await readSetting<Rulings>(register, "rulings"))?.distributionDate;
  return !dd || at <= parseEventInstant(dd);
}
