/**
 * The register's invariants, checked after every command (inside its transaction) and by
 * `verify`:
 * - the control book balances: every asset's balances sum to zero (each debit has its credit);
 * - no holder of record holds a negative number of shares, Rights or certificates;
 * - Rights outstanding = valid + void, and issued = outstanding + exercised + redeemed +
 *   exchanged + expired;
 * - before the Distribution Date each holder's Rights = shares x Rights per share (R-3-attached);
 * - the certificates the Company issued are the ones on file, each number once.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import { ACCOUNTS, isHolderAccount, type Asset } from "./accounts.js";
import type { Register } from "./database.js";
import { readSetting } from "./settings.js";
import { rightsForShares } from "./rightsPerShare.js";

export type Balances = Map<Asset, Map<string, Dec>>;

/** The whole control book. */
export async function readControl(register: Register): Promise<Balances> {
  const balances: Balances = new Map();
  const rows = await register.db.selectFrom("control").select(["account", "asset", "balance"]).execute();
  for (const r of rows) {
    const asset = r.asset as Asset;
    if (!balances.has(asset)) balances.set(asset, new Map());
    balances.get(asset)!.set(r.account, dec(r.balance));
  }
  return balances;
}

export const balanceOf = (b: Balances, account: string, asset: Asset): Dec => b.get(asset)?.get(account) ?? dec(0);

/** Sum of `asset` over the holders of record. */
export function heldByHolders(b: Balances, asset: Asset): Dec {
  let sum = dec(0);
  for (const [account, v] of b.get(asset) ?? []) if (isHolderAccount(account)) sum = sum.plus(v);
  return sum;
}

/** The Rights' life: issued, outstanding (valid and void) and where ended Rights went. */
export function rightsLife(b: Balances) {
  const ended = (account: string) => balanceOf(b, account, "rights").plus(balanceOf(b, account, "void"));
  return {
    issued: ended(ACCOUNTS.issuer).negated(),
    valid: heldByHolders(b, "rights"),
    void: heldByHolders(b, "void"),
    exercised: ended(ACCOUNTS.exercised),
    redeemed: ended(ACCOUNTS.redeemed),
    exchanged: ended(ACCOUNTS.exchanged),
    expired: ended(ACCOUNTS.expired),
    inVoiding: ended(ACCOUNTS.voiding),
  };
}

/** Each broken invariant, in words; empty when the register is sound. */
export async function checkInvariants(register: Register): Promise<string[]> {
  const b = await readControl(register);
  const broken: string[] = [];
  for (const [asset, book] of b) {
    const sum = [...book.values()].reduce((s, v) => s.plus(v), dec(0));
    if (!sum.isZero()) broken.push(`the control book of ${asset} does not balance (off by ${sum.toString()})`);
    for (const [account, v] of book) if (isHolderAccount(account) && v.isNegative() && asset !== "cash") broken.push(`${account.slice(1)} holds ${v.toString()} ${asset}`);
  }
  const life = rightsLife(b);
  if (!life.inVoiding.isZero()) broken.push(`the voiding account holds ${life.inVoiding.toString()} Rights`);
  const accounted = life.valid.plus(life.void).plus(life.exercised).plus(life.redeemed).plus(life.exchanged).plus(life.expired);
  if (!accounted.eq(life.issued)) broken.push(`Rights issued ${life.issued.toString()} ≠ outstanding ${life.valid.plus(life.void).toString()} + exercised ${life.exercised.toString()} + redeemed ${life.redeemed.toString()} + exchanged ${life.exchanged.toString()} + expired ${life.expired.toString()}`);
  const attached = (await readSetting(register, "distribution")) === undefined && (await readSetting(register, "ended")) === undefined && life.exchanged.isZero();
  if (attached) broken.push(...attachedRightsBroken(b, (await readSetting<string>(register, "rightsPerShare")) ?? "1"));
  broken.push(...(await certificatesBroken(register, b)));
  return broken;
}

/** R-3-attached: before the Distribution Date each holder's Rights are its shares x Rights per share. */
function attachedRightsBroken(b: Balances, rightsPerShare: string): string[] {
  const broken: string[] = [];
  const accounts = new Set([...(b.get("shares")?.keys() ?? []), ...(b.get("rights")?.keys() ?? []), ...(b.get("void")?.keys() ?? [])]);
  for (const account of accounts) {
    if (!isHolderAccount(account)) continue;
    const shares = balanceOf(b, account, "shares").toNumber();
    const rights = balanceOf(b, account, "rights").plus(balanceOf(b, account, "void"));
    const expected = rightsForShares(shares, rightsPerShare);
    if (!rights.eq(expected)) broken.push(`before the Distribution Date ${account.slice(1)} holds ${rights.toString()} Rights on ${shares} shares, not ${expected} (R-3-attached)`);
  }
  return broken;
}

async function certificatesBroken(register: Register, b: Balances): Promise<string[]> {
  const row = await register.db
    .selectFrom("certificates")
    .select((eb) => [eb.fn.countAll<number>().as("all"), eb.fn.count<number>("number").distinct().as("distinct")])
    .executeTakeFirstOrThrow();
  const issued = balanceOf(b, ACCOUNTS.issuer, "certificates").negated().toNumber();
  const broken: string[] = [];
  if (Number(row.all) !== Number(row.distinct)) broken.push("a certificate number is used twice");
  if (Number(row.all) !== issued) broken.push(`the journal shows ${issued} certificates issued but ${row.all} are on file`);
  return broken;
}
