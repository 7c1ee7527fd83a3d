/**
 * R-3-separation: "after the Distribution Date ... [the Rights] then trade separately", so a
 * transfer of shares from close of business on that date moves the shares alone. The register
 * learns the Distribution Date when the facts are applied, which may be after it recorded such a
 * transfer (the 13D arrived late) and moved Rights with the shares (R-3-attached). Those Rights go
 * back to the transferor, at the transfer's own instant, so the Rights Certificates go to the
 * holders of record at close of business on the Distribution Date and the balances agree with
 * them. Each transfer is put right once: the register keeps the ones it has.
 */
import { dec } from "../numbers/decimal.js";
import { parseEventInstant } from "../time/instant.js";
import type { Books, Line } from "./books.js";
import type { Register } from "./database.js";
import { readSetting, writeSetting } from "./settings.js";

/** Reverses the Rights moved by transfers after `distributionDate`; every transfer so put right (ids). */
export async function separateLateTransfers(register: Register, books: Books, distributionDate: string | null): Promise<ReadonlySet<number>> {
  const separated = new Set((await readSetting<number[]>(register, "separatedTransfers")) ?? []);
  if (!distributionDate) return separated;
  const late = await register.db.selectFrom("commands").select("id").where("name", "=", "transfer").where("at", ">", parseEventInstant(distributionDate)).execute();
  const ids = late.map((t) => Number(t.id)).filter((id) => !separated.has(id));
  if (ids.length === 0) return separated;
  const rows = await register.db.selectFrom("journal").select(["command", "at", "account", "asset", "amount"]).where("command", "in", ids).where("asset", "in", ["rights", "void"]).orderBy("seq").execute();
  await books.load("rights", "void");
  for (const id of ids) {
    const moved = rows.filter((r) => Number(r.command) === id);
    if (moved.length === 0) continue;
    const memo = "R-3-separation: this transfer came after the Distribution Date (ruled later): the shares moved alone, the Rights go back";
    const lines: Line[] = moved.map((r) => ({ account: r.account, asset: r.asset as Line["asset"], amount: dec(r.amount).negated(), memo }));
    books.post(Number(moved[0].at), lines);
  }
  for (const id of ids) separated.add(id);
  await writeSetting(register, "separatedTransfers", [...separated]);
  return separated;
}
