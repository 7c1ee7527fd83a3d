/**
 * R-3-separation: "after the Distribution Date ... [the Rights] then trade separately", so a
 * transfer of shares from close of business on that date moves the shares alone, and shares
 * issued after it get Rights only where the Board so decides (`issue --with-rights`). The register
 * learns the Distribution Date when the facts are applied, which may be after it recorded such a
 * transfer or issue (the 13D arrived late) and attached Rights to the shares (R-3-attached).
 * Those Rights go back (to the transferor, or unissued), at the command's own instant, so the
 * Rights Certificates go to the holders of record at close of business on the Distribution Date
 * and the balances agree with them. Each command is put right once: the register keeps the ones
 * it has.
 */
import { dec } from "../numbers/decimal.js";
import { parseEventInstant } from "../time/instant.js";
import type { Books, Line } from "./books.js";
import type { Register } from "./database.js";
import { readSetting, writeSetting } from "./settings.js";

/** Reverses the Rights moved by transfers and issues after `distributionDate`; every command so put right (ids). */
export async function separateLateMoves(register: Register, books: Books, distributionDate: string | null): Promise<ReadonlySet<number>> {
  const separated = new Set((await readSetting<number[]>(register, "separatedCommands")) ?? []);
  if (!distributionDate) return separated;
  const late = await register.db.selectFrom("commands").select(["id", "name", "args"]).where("name", "in", ["transfer", "issue"]).where("at", ">", parseEventInstant(distributionDate)).execute();
  const ids = late.filter((c) => c.name === "transfer" || !(JSON.parse(c.args) as { withRights?: boolean }).withRights).map((c) => Number(c.id)).filter((id) => !separated.has(id));
  if (ids.length === 0) return separated;
  const rows = await register.db.selectFrom("journal").select(["command", "at", "account", "asset", "amount"]).where("command", "in", ids).where("asset", "in", ["rights", "void"]).orderBy("seq").execute();
  await books.load("rights", "void");
  for (const id of ids) {
    const moved = rows.filter((r) => Number(r.command) === id);
    if (moved.length === 0) continue;
    const memo = "R-3-separation: these shares moved or were issued after the Distribution Date (ruled later): no Rights go with them";
    const lines: Line[] = moved.map((r) => ({ account: r.account, asset: r.asset as Line["asset"], amount: dec(r.amount).negated(), memo }));
    books.post(Number(moved[0].at), lines);
  }
  for (const id of ids) separated.add(id);
  await writeSetting(register, "separatedCommands", [...separated]);
  return separated;
}
