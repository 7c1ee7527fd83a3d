/**
 * R-T5: "Events apply in time order." An act on the Rights (a distribution, an exercise, an
 * exchange, a claim from the trust, a redemption) dated before one already recorded would change
 * what that act found, or use what did not exist yet (a redemption dated before an exercise would
 * have ended the Rights the exercise used, R-23; a claim dated before the exchange that put the
 * shares in the trust), so a redemption, an exchange, an exercise or a claim dated so is refused.
 */
import { formatNewYork } from "../time/instant.js";
import type { Register } from "./database.js";
import { refuse } from "./problems.js";

const ACTS_ON_RIGHTS = ["distribute", "exercise", "exchange", "claim", "redeem"];

/** Refuses an act on the Rights dated `at`, before the latest such act the register has recorded. */
export async function refuseBeforeRecordedActs(register: Register, at: number, what: string): Promise<void> {
  const latest = await register.db.selectFrom("commands").select(["name", "at"]).where("name", "in", ACTS_ON_RIGHTS).orderBy("at", "desc").limit(1).executeTakeFirst();
  if (latest && Number(latest.at) > at) {
    refuse("R-T5", "before-recorded-act", `${what} dated ${formatNewYork(at)} comes before the ${latest.name} already recorded at ${formatNewYork(Number(latest.at))}: events apply in time order, so nothing was done`);
  }
}
