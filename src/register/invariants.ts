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
import { ACCOUNTS, COUNTED, isHolderAccount, type Asset } from "./accounts.js";
import type { Books } from "./books.js";
import { isNegative, isZero, plus, type Amount } from "./amounts.js";
import { selectRows } from "./bulk.js";
import type { Register } from "./database.js";
import { readSetting } from "./settings.js";
import { rightsForShares } from "./rightsPerShare.js";
import { rightsAttachedAt } from "./attached.js";

export type Balances = Map<Asset, Map<string, Amount>>;

/** The control book (of `assets`, default all). */
export async function readControl(register: Register, assets?: readonly Asset[]): Promise<Balances> {
  const balances: Balances = new Map();
  if (assets?.length === 0) return balances;
  let query = register.db.selectFrom("control").select(["account", "asset", "balance"]);
  if (assets) query = query.where("asset", "in", [...assets]);
  for (const [account, asset, balance] of (await selectRows(register, query.compile())) as [string, Asset, string][]) {
    if (!balances.has(asset)) balances.set(asset, new Map());
    balances.get(asset)!.set(account, COUNTED.includes(asset) ? Number(balance) : dec(balance));
  }
  return balances;
}

export const balanceOf = (b: Balances, account: string, asset: Asset): Dec => dec(b.get(asset)?.get(account) ?? 0);

/** Sum of `asset` over the holders of record. */
export function heldByHolders(b: Balances, asset: Asset): Dec {
  let sum: Amount = 0;
  for (const [account, v] of b.get(asset) ?? []) if (isHolderAccount(account)) sum = plus(sum, v);
  return dec(sum);
}


/** The Rights' life: issued, outstanding (valid and void) and where ended Rights went. */
export function rightsLife(b: Balances) {
  const ended = (account: string) => balanceOf(b, account, "rights").plus(balanceOf(b, account, "void"));
  return {
    issued: ended(ACCOUNTS.issuer).plus(ended(ACCOUNTS.issuedOnExchange)).negated(),
    // R-3-attached: the exchange shares in trust carry their Rights (a partial exchange before the Distribution Date, R-24).
    valid: heldByHolders(b, "rights").plus(balanceOf(b, ACCOUNTS.trust, "rights")),
    void: heldByHolders(b, "void"),
    exercised: ended(ACCOUNTS.exercised),
    redeemed: ended(ACCOUNTS.redeemed),
    exchanged: ended(ACCOUNTS.exchanged),
    expired: ended(ACCOUNTS.expired),
    inVoiding: ended(ACCOUNTS.voiding),
  };
}

/**
 * Each broken invariant, in words; empty when the register is sound. `verify` checks the whole
 * control book (`control`, as it read it, else read here). After a command (`books`) only what it
 * could have changed is checked, from its own books: the assets it loaded (the only ones it can
 * post to), the Rights' life when it loaded valid or void Rights, R-3-attached on the accounts it
 * posted to, and the certificates on file when it loaded the certificates book; a book the check
 * needs and the command did not load is read from the control book.
 */
export async function checkInvariants(register: Register, checked?: { readonly books: Books } | { readonly control: Balances }): Promise<string[]> {
  const books = checked && "books" in checked ? checked.books : undefined;
  const b = books ? await commandBooks(register, books) : checked && "control" in checked ? checked.control : await readControl(register);
  const broken: string[] = [];
  for (const [asset, book] of b) {
    let sum: Amount = 0;
    for (const [account, v] of book) {
      sum = plus(sum, v);
      if (isHolderAccount(account) && isNegative(v) && asset !== "cash") broken.push(`${account.slice(1)} holds ${v.toString()} ${asset}`);
    }
    if (!isZero(sum)) broken.push(`the control book of ${asset} does not balance (off by ${sum.toString()})`);
  }
  if (b.has("rights")) broken.push(...rightsLifeBroken(b));
  if ((b.has("shares") || b.has("rights")) && (await rightsAttachedAt(register, (await readSetting<number>(register, "clock")) ?? 0))) {
    await withBooks(register, b, ["shares", "rights", "void"]);
    broken.push(...attachedRightsBroken(b, (await readSetting<string>(register, "rightsPerShare")) ?? "1", books?.touched));
  }
  if (b.has("certificates")) broken.push(...(await certificatesBroken(register, b, books === undefined)));
  return broken;
}

/** Rights issued = outstanding (valid and void) + exercised + redeemed + exchanged + expired, and none left in the voiding account. */
function rightsLifeBroken(b: Balances): string[] {
  const life = rightsLife(b);
  const broken: string[] = [];
  if (!life.inVoiding.isZero()) broken.push(`the voiding account holds ${life.inVoiding.toString()} Rights`);
  const accounted = life.valid.plus(life.void).plus(life.exercised).plus(life.redeemed).plus(life.exchanged).plus(life.expired);
  if (!accounted.eq(life.issued)) broken.push(`Rights issued ${life.issued.toString()} ≠ outstanding ${life.valid.plus(life.void).toString()} + exercised ${life.exercised.toString()} + redeemed ${life.redeemed.toString()} + exchanged ${life.exchanged.toString()} + expired ${life.expired.toString()}`);
  return broken;
}

/** The books a command loaded, with valid and void Rights together (the Rights' life needs both). */
async function commandBooks(register: Register, books: Books): Promise<Balances> {
  const b: Balances = new Map();
  for (const asset of books.loadedAssets()) b.set(asset, books.book(asset) as Map<string, Amount>);
  if (b.has("rights") || b.has("void")) await withBooks(register, b, ["rights", "void"]);
  return b;
}

/** Adds to `b` the control book of those of `assets` it lacks. */
async function withBooks(register: Register, b: Balances, assets: readonly Asset[]): Promise<void> {
  const missing = assets.filter((a) => !b.has(a));
  for (const [asset, book] of await readControl(register, missing)) b.set(asset, book);
  for (const asset of missing) if (!b.has(asset)) b.set(asset, new Map());
}

/** R-3-attached: before the Distribution Date each holder's Rights are its shares x Rights per share. */
function attachedRightsBroken(b: Balances, rightsPerShare: string, only?: ReadonlySet<string>): string[] {
  const broken: string[] = [];
  const accounts = only ?? new Set([...(b.get("shares")?.keys() ?? []), ...(b.get("rights")?.keys() ?? []), ...(b.get("void")?.keys() ?? [])]);
  for (const account of accounts) {
    if (!isHolderAccount(account)) continue;
    const shares = balanceOf(b, account, "shares").toNumber();
    const rights = balanceOf(b, account, "rights").plus(balanceOf(b, account, "void"));
    const expected = rightsForShares(shares, rightsPerShare);
    if (!rights.eq(expected)) broken.push(`before the Distribution Date ${account.slice(1)} holds ${rights.toString()} Rights on ${shares} shares, not ${expected} (R-3-attached)`);
  }
  return broken;
}

/**
 * The certificates on file are those the journal shows issued. Each number once: the number is
 * the table's primary key, so a command cannot file one twice; `verify` counts them anyway, in
 * case the table was changed behind the register's back.
 */
async function certificatesBroken(register: Register, b: Balances, distinctToo: boolean): Promise<string[]> {
  const certificates = register.db.selectFrom("certificates");
  const onFile = Number((await certificates.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const issued = balanceOf(b, ACCOUNTS.issuer, "certificates").negated().toNumber();
  const broken: string[] = [];
  if (distinctToo && Number((await certificates.select((eb) => eb.fn.count<number>("number").distinct().as("n")).executeTakeFirstOrThrow()).n) !== onFile) broken.push("a certificate number is used twice");
  if (onFile !== issued) broken.push(`the journal shows ${issued} certificates issued but ${onFile} are on file`);
  return broken;
}
