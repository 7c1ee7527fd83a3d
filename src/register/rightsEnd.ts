/**
 * The end of the Rights by a redemption or a whole exchange. Void Rights end with
 * nothing: "null and void", their holders have no rights under the Agreement (R-7e), so they are
 * neither paid the Redemption Price nor exchanged. Every outstanding certificate is cancelled.
 */
import { formatNewYork } from "../time/instant.js";
import { ACCOUNTS } from "./accounts.js";
import type { Books } from "./books.js";
import { retireCertificates } from "./certificates.js";
import type { Register } from "./database.js";
import { holderAccounts } from "./positions.js";
import { writeSetting } from "./settings.js";

const HOW = {
  redeemed: { rule: "R-23", act: "redemption" },
  exchanged: { rule: "R-24", act: "exchange" },
} as const;

/** Ends the Rights (books loaded with valid and void Rights): void ones expire unpaid, certificates are cancelled. */
export async function endRights(register: Register, books: Books, at: number, how: keyof typeof HOW): Promise<void> {
  const { rule, act } = HOW[how];
  for (const account of holderAccounts(books)) {
    const voided = books.count(account, "void");
    if (voided) books.post(at, [
      { account, asset: "void", amount: -voided, memo: `R-7e, ${rule}: void Rights end with the ${act} and receive nothing` },
      { account: ACCOUNTS.expired, asset: "void", amount: voided },
    ]);
  }
  await retireCertificates(register, books, at, "all", "cancelled", `${how} (${rule})`);
  await writeSetting(register, "ended", { how, at: formatNewYork(at) });
}
