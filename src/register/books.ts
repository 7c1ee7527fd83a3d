/**
 * A command's postings: journal rows appended to the chain, and the control book (each
 * account's balance of each asset) kept in step. Every entry balances: the amounts of one asset
 * posted by one call sum to zero, so the control book of every asset sums to zero.
 */
import type { ExpressionBuilder } from "kysely";
import { dec, type Dec } from "../numbers/decimal.js";
import { COUNTED, isHolderAccount, isRecord, type Asset, type JournalRecord } from "./accounts.js";
import { holdersTotal, isZero, negate, plus, sameAmount, type Amount } from "./amounts.js";
import type { Statement } from "better-sqlite3";
import { bulkInsert, sqliteInsert, upsertBalances, type Row } from "./bulk.js";
import { readControl } from "./invariants.js";
import { GENESIS, rowHash } from "./chain.js";
import type { Register } from "./database.js";
import type { RegisterSchema } from "./schema.js";

/** A balance a command changed: the account, its balance now and before (undefined for an account the command opened). */
type Change = readonly [account: string, now: Amount, was: Amount | undefined];

export interface Line {
  readonly account: string;
  readonly asset: Asset;
  readonly amount: Dec | number;
  readonly memo?: string;
}

const JOURNAL_COLUMNS = ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"] as const;

/** PostgreSQL: journal rows go by COPY this many at a time at least (each COPY costs three round trips); a long run holds no more than a batch waiting and the one being written. */
const COPY_ROWS = 10_000;

/**
 * The control book as it stood after the last command this process committed on a register,
 * with the journal row it stood at. Only a command posts to the control book, with its journal
 * rows, so while the journal still ends at that row (sequence number and hash) the books kept are
 * the database's: a long-lived process (the server) does not read them again for each command.
 * A command by another process moves the journal's end, and the books are read afresh.
 */
interface KeptControl {
  readonly seq: number;
  readonly hash: string;
  /** Each account's balance, by asset: changed in place by the command that moves the journal's end (Books.keep). */
  readonly books: Map<Asset, Map<string, Amount>>;
  /** What the holders of record hold together, of the assets whose total a command needed (worked out once, then kept in step). */
  readonly held: Map<Asset, Amount>;
}
const keptControl = new WeakMap<Register, KeptControl>();

/** A counted asset's balance as an integer (shares, Rights and certificates are kept as numbers). */
const asCount = (v: Amount): number => (typeof v === "number" ? v : v.toNumber());

/** The journal and control book of one command in progress. */
export class Books {
  /** Rows waiting for the next checkpoint (PostgreSQL's COPY). */
  private readonly rows: Row[] = [];
  /** PostgreSQL: the COPY of the rows sent at the last checkpoint, which the server may still be writing. */
  private copying: Promise<void> = Promise.resolve();
  /** SQLite: the journal's INSERT, run as each row is posted (no array for the row). */
  private readonly insert: Statement | undefined;
  /** The control book when the command began: the books loaded so far, kept by this process or read. */
  private readonly kept: KeptControl;
  /**
   * The balances the command posted to, by asset (every other balance is as it was): counted
   * assets (shares, Rights, certificates) as integers, money and Preferred as exact decimals.
   */
  private readonly posted = new Map<Asset, Map<string, Amount>>();
  private seq: number;
  private prev: string;
  /** What `changed` found, by asset, until the next posting (the flush, the invariants and `keep` each ask). */
  private readonly changes = new Map<Asset, Change[]>();

  private constructor(
    private readonly register: Register,
    readonly command: number,
    last: { seq: number; hash: string } | undefined,
  ) {
    this.seq = last?.seq ?? 0;
    this.prev = last?.hash ?? GENESIS;
    const kept = keptControl.get(register);
    this.kept = kept?.seq === this.seq && kept.hash === this.prev ? kept : { seq: this.seq, hash: this.prev, books: new Map(), held: new Map() };
    this.insert = register.sqlite ? sqliteInsert(register, "journal", JOURNAL_COLUMNS) : undefined;
  }

  /** The books of the next command: numbered after the last command, its rows chained to the journal's last (read in one query). */
  static async next(register: Register): Promise<Books> {
    const last = (eb: ExpressionBuilder<RegisterSchema, never>) => eb.selectFrom("journal").orderBy("seq", "desc").limit(1);
    const tail = await register.db
      .selectNoFrom((eb) => [
        eb.selectFrom("commands").select((c) => c.fn.max("id").as("id")).as("command"),
        last(eb).select("seq").as("seq"),
        last(eb).select("hash").as("hash"),
      ])
      .executeTakeFirstOrThrow();
    return new Books(register, Number(tail.command ?? 0) + 1, tail.hash === null ? undefined : { seq: Number(tail.seq), hash: tail.hash });
  }

  /** Posts a balanced entry at `at`: per asset, the amounts must sum to zero. */
  post(at: number, lines: readonly Line[]): void {
    for (let i = 0; i < lines.length; i++) {
      const { asset } = lines[i];
      if (lines.findIndex((l) => l.asset === asset) < i) continue; // summed with its first line
      let sum: Amount = 0;
      for (let j = i; j < lines.length; j++) if (lines[j].asset === asset) sum = plus(sum, lines[j].amount);
      if (!isZero(sum)) throw new Error(`internal error: an entry of ${asset} does not balance (${sum.toString()})`);
    }
    for (const l of lines) this.append(at, l);
  }

  /** A record that moves nothing (a command, a ruling of the engine, the settings a command wrote): chained like every row. */
  note(at: number, account: string, asset: JournalRecord, memo: string): void {
    this.append(at, { account, asset, amount: 0, memo });
  }

  private append(at: number, line: Line): void {
    const { account, asset, amount } = line;
    const memo = line.memo ?? null;
    const text = typeof amount === "number" ? String(amount) : amount.toString();
    const seq = ++this.seq;
    const hash = rowHash(this.prev, { seq, command: this.command, at, account, asset, amount: text, memo });
    // In the order of JOURNAL_COLUMNS.
    if (this.insert) this.insert.run(seq, this.command, at, account, asset, text, memo, this.prev, hash);
    else this.rows.push([seq, this.command, at, account, asset, text, memo, this.prev, hash]);
    this.prev = hash;
    if (isRecord(asset)) return;
    const book = this.posted.get(asset);
    if (!book) throw new Error(`internal error: the ${asset} book was not loaded before posting`);
    if (this.changes.size) this.changes.clear();
    const was = book.get(account) ?? this.kept.books.get(asset)!.get(account) ?? 0;
    book.set(account, plus(was, typeof amount === "number" || !COUNTED.has(asset) ? amount : amount.toNumber()));
  }

  /** Loads the control book of `assets` (every account's balance); needed before posting them. */
  async load(...assets: Asset[]): Promise<void> {
    const unread = assets.filter((a) => !this.kept.books.has(a));
    const read = unread.length ? await readControl(this.register, unread) : new Map<Asset, Map<string, Amount>>();
    for (const a of unread) this.kept.books.set(a, read.get(a) ?? new Map());
    for (const a of assets) if (!this.posted.has(a)) this.posted.set(a, new Map());
  }

  /** After the command commits: the books as it left them are the control book at the journal's new end (the books kept are changed in place: no other command is running). */
  keep(): void {
    for (const [asset, posted] of this.posted) {
      if (!posted.size) continue;
      if (this.kept.held.has(asset)) this.kept.held.set(asset, this.heldAmount(asset));
      const book = this.kept.books.get(asset)!;
      for (const [account, v] of posted) book.set(account, v);
    }
    keptControl.set(this.register, { ...this.kept, seq: this.seq, hash: this.prev });
  }

  /** What the holders of record hold together of a loaded asset: as kept, with what the command changed. */
  held(asset: Asset): Dec {
    return dec(this.heldAmount(asset));
  }

  private heldAmount(asset: Asset): Amount {
    const kept = this.kept.held.get(asset) ?? this.kept.held.set(asset, holdersTotal(this.kept.books.get(asset)!)).get(asset)!;
    // The changes are summed before they meet the kept total: each running sum stays between minus the total
    // before and the total after, so no partial sum passes 2^53-1 when the totals do not (R-X14).
    let change: Amount = 0;
    for (const [account, now, was] of this.changed(asset)) if (isHolderAccount(account)) change = plus(change, plus(now, negate(was ?? 0)));
    return plus(kept, change);
  }

  /** The balance of `account` in `asset` (its book must be loaded). */
  balance(account: string, asset: Asset): Dec {
    return dec(this.amount(account, asset));
  }

  /** The balance of `account` in a counted asset: shares, Rights, certificates. */
  count(account: string, asset: Asset): number {
    return asCount(this.amount(account, asset));
  }

  /** The balances of a loaded counted asset, by account: `count` with the asset's books found once (for a pass over every holder). */
  counts(asset: Asset): (account: string) => number {
    const { posted, kept } = this.bookOf(asset);
    return (account) => asCount(posted.get(account) ?? kept.get(account) ?? 0);
  }

  private amount(account: string, asset: Asset): Amount {
    const { posted, kept } = this.bookOf(asset);
    return posted.get(account) ?? kept.get(account) ?? 0;
  }

  /** A loaded asset's balances: those this command posted, and the control book's as the command began. */
  private bookOf(asset: Asset): { posted: Map<string, Amount>; kept: Map<string, Amount> } {
    const posted = this.posted.get(asset);
    if (!posted) throw new Error(`internal error: the ${asset} book was not loaded`);
    return { posted, kept: this.kept.books.get(asset)! };
  }

  /** The accounts with a balance of `asset` other than zero (loaded); with `all`, also those back at zero: those on the control book, then those this command opened. */
  accounts(asset: Asset, all = false): string[] {
    const { posted, kept } = this.bookOf(asset);
    const accounts: string[] = [];
    for (const [account, v] of kept) if (all || !isZero(posted.get(account) ?? v)) accounts.push(account);
    for (const [account, v] of posted) if (!kept.has(account) && (all || !isZero(v))) accounts.push(account);
    return accounts;
  }

  /** The assets whose books are loaded (the only ones this command can have changed). */
  loadedAssets(): Asset[] {
    return [...this.posted.keys()];
  }

  /**
   * Between chunks of a long run: once enough journal rows wait for one COPY, hands them to the
   * connection and, once they are all sent, goes on with the next chunk while the server writes
   * them (one COPY at a time: the one before is awaited first). Sent first, because the rows only
   * go out while this process waits: a chunk worked out in one go gives the connection no turn.
   * The connection runs its queries in turn, so whatever the command asks next comes after the
   * rows; a COPY that fails fails the command here, at the next checkpoint or at the flush (the
   * transaction, aborted, commits nothing).
   */
  async checkpoint(): Promise<void> {
    if (this.rows.length < COPY_ROWS) return;
    await this.copying;
    let sent!: () => void;
    const allSent = new Promise<void>((resolve) => (sent = resolve));
    this.copying = bulkInsert(this.register, "journal", JOURNAL_COLUMNS, this.rows.splice(0), sent);
    this.copying.catch(() => undefined); // awaited later: its failure is not left unhandled meanwhile
    await Promise.race([allSent, this.copying]);
  }

  private async writeRows(): Promise<void> {
    await this.copying;
    await bulkInsert(this.register, "journal", JOURNAL_COLUMNS, this.rows.splice(0));
  }

  /** The balances of `asset` this command changed (an account it opened counts, even back at zero), with what they were. */
  changed(asset: Asset): readonly Change[] {
    const found = this.changes.get(asset);
    if (found) return found;
    const kept = this.kept.books.get(asset)!;
    const changes: Change[] = [];
    for (const [account, v] of this.posted.get(asset) ?? []) {
      const was = kept.get(account);
      if (was === undefined || !sameAmount(v, was)) changes.push([account, v, was]);
    }
    this.changes.set(asset, changes);
    return changes;
  }

  /** Every account whose balance this command changed, in any asset (the invariants recheck only these). */
  get touched(): ReadonlySet<string> {
    const accounts = new Set<string>();
    for (const asset of this.posted.keys()) for (const [account] of this.changed(asset)) accounts.add(account);
    return accounts;
  }

  /** Writes the journal rows and the changed balances. */
  async flush(): Promise<void> {
    await this.writeRows();
    const rows: Row[] = [];
    for (const asset of this.posted.keys()) for (const [account, v] of this.changed(asset)) rows.push([account, asset, v.toString()]);
    await upsertBalances(this.register, rows);
  }
}
