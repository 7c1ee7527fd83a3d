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
import { holdersTotal, isNegative, isZero, plus, type Amount } from "./amounts.js";
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
    balances.get(asset)!.set(account, COUNTED.has(asset) ? Number(balance) : dec(balance));
  }
  return balances;
}

export const balanceOf = (b: Balances, account: string, asset: Asset): Dec => dec(b.get(asset)?.get(account) ?? 0);

/** The balance of a counted asset (shares, Rights, certificates), kept as an integer. */
const countOf = (b: Balances, account: string, asset: Asset): number => (b.get(asset)?.get(account) as number | undefined) ?? 0;

/** Sum of `asset` over the holders of record. */
export const heldByHolders = (b: Balances, asset: Asset): Dec => dec(holdersTotal(b.get(asset) ?? new Map()));

/** What the Rights' life is read from: named accounts' balances, and what the holders of record hold together. */
export interface Ledger {
  balance(account: string, asset: Asset): Dec;
  held(asset: Asset): Dec;
}

/** The control book `b` as a ledger. */
export const ledgerOf = (b: Balances): Ledger => ({ balance: (account, asset) => balanceOf(b, account, asset), held: (asset) => heldByHolders(b, asset) });

/** The Rights' life: issued, outstanding (valid and void) and where ended Rights went. */
export function rightsLife(l: Ledger) {
  const ended = (account: string) => l.balance(account, "rights").plus(l.balance(account, "void"));
  return {
    issued: ended(ACCOUNTS.issuer).plus(ended(ACCOUNTS.issuedOnExchange)).negated(),
    // R-3-attached: the exchange shares in trust carry their Rights (a partial exchange before the Distribution Date, R-24).
    valid: l.held("rights").plus(l.balance(ACCOUNTS.trust, "rights")),
    void: l.held("void"),
    exercised: ended(ACCOUNTS.exercised),
    redeemed: ended(ACCOUNTS.redeemed),
    exchanged: ended(ACCOUNTS.exchanged),
    expired: ended(ACCOUNTS.expired),
    inVoiding: ended(ACCOUNTS.voiding),
  };
}

/**
 * Each broken invariant, in words; empty when the register is sound. `verify` checks the whole
 * control book (`control`, as it read it, else read here); after a command (`books`), what the
 * command changed (commandInvariants).
 */
export async function checkInvariants(register: Register, checked?: { readonly books: Books } | { readonly control: Balances }): Promise<string[]> {
  if (checked && "books" in checked) return commandInvariants(register, checked.books);
  const b = checked?.control ?? (await readControl(register));
  const broken: string[] = [];
  for (const [asset, book] of b) {
    let sum: Amount = 0;
    for (const [account, v] of book) {
      sum = plus(sum, v);
      if (isHolderAccount(account) && isNegative(v) && asset !== "cash") broken.push(negativeHolding(account, v, asset));
    }
    if (!isZero(sum)) broken.push(`the control book of ${asset} does not balance (off by ${sum.toString()})`);
  }
  if (b.has("rights")) broken.push(...rightsLifeBroken(ledgerOf(b)));
  if ((b.has("shares") || b.has("rights")) && (await attachedNow(register))) {
    const accounts = new Set([...(b.get("shares")?.keys() ?? []), ...(b.get("rights")?.keys() ?? []), ...(b.get("void")?.keys() ?? [])]);
    broken.push(...attachedRightsBroken((account, asset) => countOf(b, account, asset), accounts, await rightsPerShareNow(register)));
  }
  if (b.has("certificates")) broken.push(...(await certificatesBroken(register, balanceOf(b, ACCOUNTS.issuer, "certificates").negated().toNumber())));
  return broken;
}

/**
 * After a command, from its own books, what it could have changed: its books still balance (each
 * entry it posted did: Books.post refuses one that does not), the holders' balances it changed are
 * not negative, the Rights' life when it loaded valid or void Rights (what the holders hold together
 * kept by the books), R-3-attached on the accounts it posted to, and the certificates it filed when
 * it loaded the certificates book. A book the check needs and the command did not load is loaded.
 */
async function commandInvariants(register: Register, books: Books): Promise<string[]> {
  const broken: string[] = [];
  const loaded = new Set(books.loadedAssets());
  for (const asset of loaded) {
    if (asset === "cash") continue;
    for (const [account, v] of books.changed(asset)) if (isHolderAccount(account) && isNegative(v)) broken.push(negativeHolding(account, v, asset));
  }
  if (loaded.has("rights") || loaded.has("void")) {
    await books.load("rights", "void");
    broken.push(...rightsLifeBroken(books));
  }
  if ((loaded.has("shares") || loaded.has("rights")) && (await attachedNow(register))) {
    await books.load("shares", "rights", "void");
    broken.push(...attachedRightsBroken((account, asset) => books.count(account, asset), books.touched, await rightsPerShareNow(register)));
  }
  if (loaded.has("certificates")) broken.push(...(await filedByCommandBroken(register, books)));
  return broken;
}

const negativeHolding = (account: string, v: Amount, asset: Asset) => `${account.slice(1)} holds ${v.toString()} ${asset}`;

/**
 * Whether the Rights are attached to the shares at the register's clock (before the distribution)
 * and still are a millisecond after it: at the very instant of the Distribution Date the shares
 * issued then carry no Rights (as the engine reads that instant, issue.ts) while those transferred
 * then still move with theirs, so every holder's Rights match its shares only before it.
 */
async function attachedNow(register: Register): Promise<boolean> {
  return rightsAttachedAt(register, ((await readSetting<number>(register, "clock")) ?? 0) + 1);
}

async function rightsPerShareNow(register: Register): Promise<string> {
  return (await readSetting<string>(register, "rightsPerShare")) ?? "1";
}

/** Rights issued = outstanding (valid and void) + exercised + redeemed + exchanged + expired, and none left in the voiding account. */
function rightsLifeBroken(l: Ledger): string[] {
  const life = rightsLife(l);
  const broken: string[] = [];
  if (!life.inVoiding.isZero()) broken.push(`the voiding account holds ${life.inVoiding.toString()} Rights`);
  const accounted = life.valid.plus(life.void).plus(life.exercised).plus(life.redeemed).plus(life.exchanged).plus(life.expired);
  if (!accounted.eq(life.issued)) broken.push(`Rights issued ${life.issued.toString()} ≠ outstanding ${life.valid.plus(life.void).toString()} + exercised ${life.exercised.toString()} + redeemed ${life.redeemed.toString()} + exchanged ${life.exchanged.toString()} + expired ${life.expired.toString()}`);
  return broken;
}

/** R-3-attached: before the Distribution Date each holder's Rights are its shares x Rights per share (of `accounts`, holders' checked). */
function attachedRightsBroken(count: (account: string, asset: Asset) => number, accounts: Iterable<string>, rightsPerShare: string): string[] {
  const broken: string[] = [];
  for (const account of accounts) {
    if (!isHolderAccount(account)) continue;
    const shares = count(account, "shares");
    const rights = count(account, "rights") + count(account, "void");
    const expected = rightsForShares(shares, rightsPerShare);
    if (rights !== expected) broken.push(`before the Distribution Date ${account.slice(1)} holds ${rights} Rights on ${shares} shares, not ${expected} (R-3-attached)`);
  }
  return broken;
}

/**
 * `verify`: the certificates on file are those the journal shows issued, each number once (the
 * number is the table's primary key, so a command cannot file one twice: counted anyway, in case
 * the table was changed behind the register's back).
 */
async function certificatesBroken(register: Register, issued: number): Promise<string[]> {
  const certificates = register.db.selectFrom("certificates");
  const onFile = Number((await certificates.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const broken: string[] = [];
  if (Number((await certificates.select((eb) => eb.fn.count<number>("number").distinct().as("n")).executeTakeFirstOrThrow()).n) !== onFile) broken.push("a certificate number is used twice");
  if (onFile !== issued) broken.push(`the journal shows ${issued} certificates issued but ${onFile} are on file`);
  return broken;
}

/**
 * After a command: the certificates it filed are as many as its journal issued (the issuer's
 * certificates book moved by as many). With the register sound before the command, the whole
 * stays sound; `verify` counts the whole, which on a large register takes as long as a command.
 */
async function filedByCommandBroken(register: Register, books: Books): Promise<string[]> {
  const issuer = books.changed("certificates").find(([account]) => account === ACCOUNTS.issuer);
  const issued = issuer ? Number(issuer[2] ?? 0) - Number(issuer[1]) : 0;
  const filed = Number((await register.db.selectFrom("certificates").select((eb) => eb.fn.countAll<number>().as("n")).where("command", "=", books.command).executeTakeFirstOrThrow()).n);
  return filed === issued ? [] : [`the journal shows ${issued} certificates issued by this command but ${filed} are on file`];
}
