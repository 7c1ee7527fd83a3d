/**
 * R-T5: "Events apply in time order." An act on the Rights (a distribution, a transfer of Rights,
 * an exercise, an exchange, a claim from the trust, a redemption) dated before one already
 * recorded would change what that act found, or use what did not exist yet (a redemption dated
 * before an exercise would have ended the Rights the exercise used, R-23; a claim dated before the
 * exchange that put the shares in the trust; a redemption dated before a transfer of Rights would
 * have paid their transferor), so a redemption, an exchange, a transfer of Rights, an exercise or a
 * claim dated so is refused.
 * Holders' exercises, and their claims, may be recorded in any order among themselves: one
 * holder's exercise changes nothing another's found (the engine is given them in time order), and
 * a claim, which moves exchange shares already outstanding out of the trust and is no event to the
 * engine, changes nothing an exercise found, nor an exercise what a claim dated before it found.
 * So is a transfer or an issue of shares dated while the Rights were attached to them
 * (R-3-attached) and before such an act: it would have moved Rights the distribution has already
 * sent to the holders of record at the Distribution Date (R-3-separation), or that a redemption
 * paid or an exchange exchanged, or attached Rights to new shares that those acts missed; and so,
 * the other way round, is a redemption or an exchange dated before such a move already recorded.
 */
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import { attachedByDate } from "./attached.js";
import type { Register } from "./database.js";
import { refuse } from "./problems.js";
import { readSetting } from "./settings.js";

/** The acts on the Rights, by command name, each with the noun for it in a sentence. */
const ACT_NOUNS: Readonly<Record<string, string>> = { distribute: "distribution", "transfer-rights": "transfer of Rights", exercise: "exercise", exchange: "exchange", claim: "claim", redeem: "redemption" };
const ACTS_ON_RIGHTS = Object.keys(ACT_NOUNS);

/** A holder's own acts: recorded in any order among themselves. */
const HOLDERS_ACTS = ["exercise", "claim"];

/** Refuses an act on the Rights dated `at`, before the latest such act the register has recorded; `kind` (exercise, claim), a holder's act, may come in any order with the other holders' acts. */
export async function refuseBeforeRecordedActs(register: Register, at: number, what: string, kind?: "exercise" | "claim"): Promise<void> {
  const acts = kind ? ACTS_ON_RIGHTS.filter((act) => !HOLDERS_ACTS.includes(act)) : ACTS_ON_RIGHTS;
  const latest = await register.db.selectFrom("commands").select(["name", "at"]).where("name", "in", acts).orderBy("at", "desc").limit(1).executeTakeFirst();
  if (latest && Number(latest.at) > at) {
    refuse("R-T5", "before-recorded-act", `${what} dated ${formatNewYork(at)} comes before the ${ACT_NOUNS[latest.name]} already recorded at ${formatNewYork(Number(latest.at))}: events apply in time order, so nothing was done (date it at that instant or later)`);
  }
}

/** Refuses a transfer or an issue dated `at` while the Rights were attached to the shares (R-3-attached), before an act on the Rights, or their expiry, already recorded. */
export async function refuseAttachedMoveBeforeRecordedActs(register: Register, at: number, what: string): Promise<void> {
  if (!(await attachedByDate(register, at))) return;
  await refuseBeforeRecordedActs(register, at, what);
  const ended = await readSetting<{ how: string; at: string }>(register, "ended");
  if (ended && parseEventInstant(ended.at) > at) {
    refuse("R-T5", "before-recorded-act", `${what} dated ${formatNewYork(at)} comes before the Rights ${ended.how} at ${ended.at}, while they were attached to the shares (R-3-attached): events apply in time order, so nothing was done`);
  }
}

/**
 * Refuses a redemption or an exchange dated `at` before a transfer or an issue of shares already
 * recorded that moved Rights with the shares (R-3-attached) or issued Rights with them: the act
 * would have paid or exchanged the Rights of positions that move only later, and ended Rights the
 * move then carried.
 */
export async function refuseBeforeRecordedRightsMoves(register: Register, at: number, what: string): Promise<void> {
  const later = await register.db.selectFrom("commands").select(["name", "at", "result"]).where("name", "in", ["transfer", "issue"]).where("at", ">", at).orderBy("at").execute();
  const moved = later.find((c) => {
    const result = JSON.parse(c.result) as { rights?: number; voidRights?: number };
    return (result.rights ?? 0) + (result.voidRights ?? 0) > 0;
  });
  if (moved) refuse("R-T5", "before-recorded-act", `${what} dated ${formatNewYork(at)} comes before the ${moved.name} of shares already recorded at ${formatNewYork(Number(moved.at))}, which moved Rights with them: events apply in time order, so nothing was done (date it at that instant or later)`);
}
