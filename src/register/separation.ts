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
 *
 * Once the certificates were sent, a Distribution Date found earlier than the distribution (facts
 * applied late: an earlier 13D) does not move them: the certificates went to the holders of record
 * at the distribution's instant and alone evidence the Rights (R-3-separation), and the register's
 * balances must stay those of the certificates in the holders' hands. The moves recorded between
 * the two instants, which carried Rights the facts now say had separated (R-3a: "once a
 * Distribution Date occurs it stays"; R-T5), are not reversed in silence: `apply` warns, naming each
 * and what puts it right. So too once the register has ended the Rights (a redemption, a whole
 * exchange, the Final Expiration Date): the Rights such a move carried were paid, exchanged or
 * expired where it put them, and there is nothing left to move back.
 */
import { dec } from "../numbers/decimal.js";
import { parseEventInstant } from "../time/instant.js";
import type { Books, Line } from "./books.js";
import type { Register } from "./database.js";
import { readSetting, writeSetting } from "./settings.js";
import { formatNewYork } from "../time/instant.js";
import { isHolderAccount } from "./accounts.js";
import type { Warning } from "./warnOnce.js";
import { countedText } from "../numbers/readableText.js";
import type { Ended } from "./rightsEnd.js";

export interface LateSeparation {
  /** Every command put right (ids), now or before. */
  readonly separated: ReadonlySet<number>;
  /** R-3a, R-3-separation, R-T5: what the facts say about moves the distribution already counted (given once: warnOnce.ts). */
  readonly warnings: Warning[];
}

/** Reverses the Rights moved by transfers and issues after `distributionDate` and not counted by a distribution already recorded; warns of those it counted (`ruledBefore`: the Distribution Date of the facts applied before). */
export async function separateLateMoves(register: Register, books: Books, distributionDate: string | null, ruledBefore: string | null): Promise<LateSeparation> {
  const separated = new Set((await readSetting<number[]>(register, "separatedCommands")) ?? []);
  if (!distributionDate) return { separated, warnings: [] };
  const late = await register.db.selectFrom("commands").select(["id", "name", "args", "at"]).where("name", "in", ["transfer", "issue"]).where("at", ">", parseEventInstant(distributionDate)).orderBy("id").execute();
  const candidates = late.filter((c) => c.name === "transfer" || !(JSON.parse(c.args) as { withRights?: boolean }).withRights).filter((c) => !separated.has(Number(c.id)));
  const sent = await readSetting<{ at: string }>(register, "distribution");
  const sentAt = sent ? parseEventInstant(sent.at) : undefined;
  const counted = sentAt === undefined ? [] : candidates.filter((c) => Number(c.at) <= sentAt);
  // R-23, R-24, R-7a: the Rights the register's redemption or exchange (or the expiry) took after a move were taken where the move put them.
  const settledBy = await actsAfterMoves(register, candidates.filter((c) => !counted.includes(c)));
  const settled = candidates.filter((c) => settledBy.has(Number(c.id)));
  const ids = candidates.filter((c) => !counted.includes(c) && !settled.includes(c)).map((c) => Number(c.id));
  const rows = await register.db.selectFrom("journal").select(["command", "at", "account", "asset", "amount"]).where("command", "in", [...ids, ...[...counted, ...settled].map((c) => Number(c.id)), -1]).where("asset", "in", ["rights", "void"]).orderBy("seq").execute();
  const movesOf = (commands: typeof candidates) => commands.map((c) => ({ id: Number(c.id), name: c.name, args: JSON.parse(c.args) as MoveArgs, at: Number(c.at), rights: rightsCredited(rows.filter((r) => Number(r.command) === Number(c.id))) }));
  const moves = movesOf(counted);
  // A distribution sent late on the Distribution Date already ruled is no news; a Distribution Date moved before it, or Rights moved after it, is.
  const news = sent && parseEventInstant(sent.at) > parseEventInstant(distributionDate) && (ruledBefore !== distributionDate || moves.some((m) => m.rights > 0));
  const warnings: Warning[] = news ? [{ text: distributedLate(sent.at, distributionDate, moves), repeat: `the Rights Certificates were sent at ${sent.at}, after the Distribution Date the facts give (${distributionDate}) (R-3a, R-T5); the moves that warning named stand as recorded` }] : [];
  const byAct = new Map<string, { act: SettlingAct; moves: LateMove[] }>();
  for (const m of movesOf(settled).filter((m) => m.rights > 0)) {
    const act = settledBy.get(m.id)!;
    const group = byAct.get(actText(act)) ?? byAct.set(actText(act), { act, moves: [] }).get(actText(act))!;
    group.moves.push(m);
  }
  for (const [words, { act, moves: withRights }] of byAct) warnings.push({ text: settledLate(act, distributionDate, withRights), repeat: `the Rights ${words} with the moves after the Distribution Date the facts give (${distributionDate}) as recorded (R-3-separation, R-T5)` });
  if (ids.length === 0) return { separated, warnings };
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
  return { separated, warnings };
}

/** The register's act that took the Rights a late move carried: a redemption, an exchange (of all the valid Rights, or a part), or the expiry. */
interface SettlingAct {
  readonly how: "redeemed" | "exchanged" | "expired";
  /** An exchange's portion of the valid Rights, below 1 for a partial one. */
  readonly portion: string;
  readonly at: string;
}

/** The act in words: "exchanged at ...", "0.5 of them exchanged at ...", "redeemed at ...". */
function actText(act: SettlingAct): string {
  return `${act.how === "exchanged" && dec(act.portion).lt(1) ? `${act.portion} of them exchanged` : act.how} at ${act.at}`;
}

/**
 * The register's act that took the Rights a move carried, for each move (by command id) followed by
 * one: the first exchange or redemption recorded after it, else the expiry, if the register recorded it.
 */
async function actsAfterMoves(register: Register, moves: readonly { id: number | bigint }[]): Promise<Map<number, SettlingAct>> {
  const settledBy = new Map<number, SettlingAct>();
  if (moves.length === 0) return settledBy;
  const acts = await register.db.selectFrom("commands").select(["id", "name", "args", "at"]).where("name", "in", ["exchange", "redeem"]).orderBy("id").execute();
  const ended = await readSetting<Ended>(register, "ended");
  for (const move of moves) {
    const act = acts.find((a) => Number(a.id) > Number(move.id));
    if (act) settledBy.set(Number(move.id), { how: act.name === "redeem" ? "redeemed" : "exchanged", portion: act.name === "exchange" ? (JSON.parse(act.args) as { portion: string }).portion : "1", at: formatNewYork(Number(act.at)) });
    else if (ended) settledBy.set(Number(move.id), { how: ended.how as SettlingAct["how"], portion: "1", at: ended.at });
  }
  return settledBy;
}

interface MoveArgs {
  readonly from?: string;
  readonly to?: string;
  readonly holder?: string;
  readonly shares: number;
}

/** The Rights (valid and void) a command credited to holders of record. */
function rightsCredited(rows: readonly { account: string; amount: string | number }[]): number {
  return rows.filter((r) => isHolderAccount(r.account) && Number(r.amount) > 0).reduce((sum, r) => sum + Number(r.amount), 0);
}

/** A move recorded after the Distribution Date the facts now give, with the Rights it carried. */
interface LateMove {
  readonly name: string;
  readonly args: MoveArgs;
  readonly at: number;
  readonly rights: number;
}

/** R-3-separation: what a late move did with Rights it should not have carried; `remedy` (by kind of move) says what puts it right. */
function lateMoveText(m: LateMove, remedy: { transfer: string; issue: string }): string {
  return m.name === "transfer"
    ? `the transfer of ${countedText(m.args.shares, "share")} from ${m.args.from} to ${m.args.to} at ${formatNewYork(m.at)} moved ${countedText(m.rights, "Right")} that had already separated${remedy.transfer}`
    : `the issue of ${countedText(m.args.shares, "share")} to ${m.args.holder} at ${formatNewYork(m.at)} came with ${countedText(m.rights, "Right")} that shares issued after the Distribution Date do not get unless the Board so decides${remedy.issue}`;
}

/** R-3-separation with R-23, R-24, R-7a: moves after the Distribution Date the facts now give whose Rights the register's `act` had already taken where the moves put them. */
function settledLate(act: SettlingAct, distributionDate: string, moves: readonly LateMove[]): string {
  const each = moves.map((m) => lateMoveText(m, { transfer: ` (${m.args.from}'s)`, issue: "" }));
  const partly = act.how === "exchanged" && dec(act.portion).lt(1);
  const settle = act.how === "expired" ? "they expired there and nothing is owed for them" : `what was ${act.how === "redeemed" ? "paid" : "delivered"} for them${partly ? ", and the Rights left with them," : ""} is for the Company and the holders to settle`;
  return `the engine now finds the Distribution Date at ${distributionDate}, before moves the register recorded with their Rights (R-3a, R-3-separation, R-T5): ${each.join("; ")}; the register had already acted on those Rights where the moves put them (${actText(act)}), so nothing is moved back: ${settle}`;
}

/** The warning of a distribution recorded after the Distribution Date the facts now give, naming the moves it counted and how to put each right. */
function distributedLate(sentAt: string, distributionDate: string, moves: readonly LateMove[]): string {
  const head = `the engine now finds the Distribution Date at ${distributionDate}, before the Rights Certificates were sent to the holders of record at ${sentAt} (R-3a: a Distribution Date, once it occurs, stays; R-T5): the certificates stand as sent (R-3-separation) and the register keeps their counts`;
  const withRights = moves.filter((m) => m.rights > 0);
  if (withRights.length === 0) return `${head}; no share moved with Rights between the two instants, so the holders of record are the same`;
  const each = withRights.map((m) =>
    lateMoveText(m, {
      transfer: `: their certificate belongs to ${m.args.from} (put right with register transfer-rights --from ${m.args.to} --to ${m.args.from} --rights ${m.rights}, or by the Board)`,
      issue: " (R-3-separation): the Board must decide them, or their certificate be cancelled",
    }),
  );
  return `${head}; ${each.join("; ")}`;
}
