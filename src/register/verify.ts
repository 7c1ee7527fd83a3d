/**
 * `register verify`: the audit trail checked end to end. The hash chain is recomputed row by row
 * (a changed row is named by its sequence number, a deleted one by the gap it leaves), the
 * control book is rebuilt from the journal and compared with the one kept, and the invariants
 * are checked.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { GENESIS, rowHash } from "./chain.js";
import type { Register } from "./database.js";
import { checkInvariants } from "./invariants.js";

export interface VerifyResult {
  readonly ok: boolean;
  readonly chainIntact: boolean;
  readonly entries: number;
  /** Each problem found, in words: the journal rows, balances and invariants that are wrong. */
  readonly problems: string[];
}

const BATCH = 50_000;

export async function verify(register: Register): Promise<VerifyResult> {
  const chain = await checkChain(register);
  const problems = [...chain.problems, ...(await checkControl(register, chain.sums)), ...(await checkInvariants(register))];
  return { ok: problems.length === 0, chainIntact: chain.problems.length === 0, entries: chain.entries, problems };
}

/** Walks the journal in order: each row's hash and link to the row before. */
async function checkChain(register: Register): Promise<{ entries: number; problems: string[]; sums: Map<string, Dec> }> {
  const problems: string[] = [];
  const sums = new Map<string, Dec>();
  let prev = GENESIS;
  let expected = 1;
  let entries = 0;
  for (;;) {
    const rows = await register.db.selectFrom("journal").selectAll().where("seq", ">=", expected).orderBy("seq").limit(BATCH).execute();
    for (const r of rows) {
      entries++;
      if (r.seq !== expected) problems.push(expected === r.seq - 1 ? `journal row ${expected} is missing (deleted)` : `journal rows ${expected} to ${r.seq - 1} are missing (deleted)`);
      else if (r.prev_hash !== prev) problems.push(`journal row ${r.seq} does not follow row ${r.seq - 1}: the chain is broken there`);
      if (rowHash(r.prev_hash, r) !== r.hash) problems.push(`journal row ${r.seq} was changed after it was written (${r.account} ${r.asset} ${r.amount}${r.memo ? `, "${r.memo.slice(0, 60)}"` : ""}): its hash does not match`);
      prev = r.hash;
      expected = r.seq + 1;
      const key = `${r.account}\u0000${r.asset}`;
      if (r.asset !== "command" && r.asset !== "ruling") sums.set(key, (sums.get(key) ?? dec(0)).plus(r.amount));
    }
    if (rows.length < BATCH) break;
  }
  const commands = await register.db.selectFrom("commands").select((eb) => eb.fn.max("id").as("last")).executeTakeFirst();
  const lastCommand = await register.db.selectFrom("journal").select("command").orderBy("seq", "desc").limit(1).executeTakeFirst();
  if (Number(commands?.last ?? 0) > Number(lastCommand?.command ?? 0)) problems.push(`the journal ends before command ${commands!.last}: its last rows were deleted`);
  return { entries, problems: problems.slice(0, 50), sums };
}

/** The control book kept must equal the balances the journal adds up to. */
async function checkControl(register: Register, sums: Map<string, Dec>): Promise<string[]> {
  const problems: string[] = [];
  const kept = await register.db.selectFrom("control").selectAll().execute();
  const seen = new Set<string>();
  for (const c of kept) {
    const key = `${c.account}\u0000${c.asset}`;
    seen.add(key);
    const journal = sums.get(key) ?? dec(0);
    if (!journal.eq(c.balance)) problems.push(`the control book shows ${c.account} with ${c.balance} ${c.asset}, the journal ${journal.toString()}`);
  }
  for (const [key, v] of sums) if (!seen.has(key) && !v.isZero()) problems.push(`the journal gives ${key.split("\u0000")[0]} ${v.toString()} ${key.split("\u0000")[1]}, the control book nothing`);
  return problems.slice(0, 50);
}
