/**
 * The end of the Rights by a redemption, a whole exchange or the Final Expiration
 * Date (R-7a). Void Rights end with nothing: "null and void", their holders have no rights under
 * the Agreement (R-7e), so they are neither paid the Redemption Price nor exchanged. At the Final
 * Expiration Date the valid Rights expire too. Every outstanding certificate is cancelled.
 */
import { formatNewYork, parseEventInstant } from "../time/instant.js";
import { ACCOUNTS } from "./accounts.js";
import type { Books } from "./books.js";
import { retireCertificates } from "./certificates.js";
import type { Register } from "./database.js";
import { holderAccounts } from "./positions.js";
import { readSetting, writeSetting } from "./settings.js";
import { answerAt, appliedScenario } from "./engineFacts.js";
import type { Answer } from "../engine/answer.js";
import type { Rulings } from "./apply.js";
import { refuse } from "./problems.js";

const HOW = {
  redeemed: { rule: "R-23", act: "redemption" },
  exchanged: { rule: "R-24", act: "exchange" },
  expired: { rule: "R-7a", act: "Final Expiration Date" },
} as const;

/** How and when the Rights ended, and how many void Rights ended with them, unpaid (R-7e). */
export interface Ended {
  readonly how: keyof typeof HOW;
  readonly at: string;
  /** Absent in a register written before it was recorded. */
  readonly voidEnded?: number;
  /** The holders of record whose void Rights ended (absent in a register written before it was recorded). */
  readonly voidHolders?: number;
}

/** Ends the Rights (books loaded with valid and void Rights): void ones expire unpaid, certificates are cancelled. */
export async function endRights(register: Register, books: Books, at: number, how: keyof typeof HOW): Promise<void> {
  const { rule, act } = HOW[how];
  let voidEnded = 0;
  let voidHolders = 0;
  for (const account of holderAccounts(books)) {
    const valid = how === "expired" ? books.count(account, "rights") : 0;
    if (valid) books.post(at, [
      { account, asset: "rights", amount: -valid, memo: "R-7a: the Rights expire at the Final Expiration Date" },
      { account: ACCOUNTS.expired, asset: "rights", amount: valid },
    ]);
    const voided = books.count(account, "void");
    if (!voided) continue;
    voidEnded += voided;
    voidHolders++;
    books.post(at, [
      { account, asset: "void", amount: -voided, memo: `R-7e, ${rule}: void Rights end with the ${act} and receive nothing` },
      { account: ACCOUNTS.expired, asset: "void", amount: voided },
    ]);
  }
  // R-3-attached: Rights on exchange shares still in the trust (a partial exchange before the Distribution Date, R-24) expire with the others.
  const inTrust = how === "expired" ? books.count(ACCOUNTS.trust, "rights") : 0;
  if (inTrust) books.post(at, [
    { account: ACCOUNTS.trust, asset: "rights", amount: -inTrust, memo: "R-7a: the Rights on the shares in trust expire at the Final Expiration Date" },
    { account: ACCOUNTS.expired, asset: "rights", amount: inTrust },
  ]);
  await retireCertificates(register, books, at, "all", "cancelled", `${how} (${rule})`);
  await writeSetting(register, "ended", { how, at: formatNewYork(at), voidEnded, voidHolders } satisfies Ended);
}

/** Refuses a command that needs the Rights when the engine finds them ended at `at` on the facts applied (the Board's redemption or exchange the scenario records, the Final Expiration Date), though the register has not carried that out yet. */
export function refuseEndedByFacts(answer: Answer, at: number, refused: string): void {
  const how = answer.status === "redeemed" || answer.status === "exchanged" || answer.status === "expired" ? answer.status : undefined;
  if (how) refuse(HOW[how].rule, "ended", `on the facts applied the Rights have ended (${how}) by ${formatNewYork(at)}: ${refused}`);
}

/** Refuses a command that needs the Rights once they have ended, naming the rule that ended them. */
export async function refuseOnceEnded(register: Register, refused: string): Promise<void> {
  const ended = await readSetting<{ how: keyof typeof HOW; at: string }>(register, "ended");
  if (ended) refuse(HOW[ended.how].rule, "ended", `the Rights ended (${ended.how} at ${ended.at}): ${refused}`);
}

/**
 * R-7a: the first command at or after the Final Expiration Date (as the engine finds it for the
 * applied facts) records, before its own work, that the Rights expired then. Without facts applied
 * the register has no engine ruling, and nothing expires.
 */
export async function expireIfPast(register: Register, books: Books, at: number): Promise<void> {
  if (await readSetting(register, "ended")) return;
  // The redemption window closes at the Final Expiration Date at the latest: before it closes nothing has expired.
  const deadline = (await readSetting<Rulings>(register, "rulings"))?.redemptionDeadline;
  if (deadline && at <= parseEventInstant(deadline)) return;
  const applied = await appliedScenario(register);
  if (!applied) return;
  const answer = answerAt(applied, at);
  if (answer.status !== "expired") return;
  const expiry = [...answer.trace].reverse().find((f) => f.rule === "R-7a" && f.values?.rights !== undefined);
  await books.load("rights", "void", "certificates");
  await endRights(register, books, expiry ? parseEventInstant(expiry.at) : at, "expired");
}
