/**
 * A command's postings: journal rows appended to the chain, and the control book (each
 * account's balance of each asset) kept in step. Every entry balances: the amounts of one asset
 * posted by one call sum to zero, so the control book of every asset sums to zero.
 */
import type { ExpressionBuilder } from "kysely";
import { dec, type Dec } from "../numbers/decimal.js";
import { COUNTED, type Asset } from "./accounts.js";
import { isZero, plus, type Amount } from "./amounts.js";
import { bulkInsert, sqliteRowWriter, upsertBalances, type Row } from "./bulk.js";
import { readControl } from "./invariants.js";
import { GENESIS, rowHash } from "./chain.js";
import type { Register } from "./database.js";
import type { RegisterSchema } from "./schema.js";

export interface Line {
  readonly account: string;
  readonly asset: Asset;
  readonly amount: Dec | number;
  readonly memo?: string;
}

const JOURNAL_COLUMNS = ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"] as const;

/** The journal and control book of one command in progress. */
export class Books {
  /** Rows waiting for the next checkpoint (PostgreSQL's COPY); on SQLite each row is written as it is posted. */
  private readonly rows: Row[] = [];
  private readonly write: (row: Row) => void;
  /** Counted assets (shares, Rights, certificates) as integers, money and Preferred as exact decimals. */
  private readonly balances = new Map<Asset, Map<string, Amount>>();
  /** The balances as loaded: what the command changed is what differs from them. */
  private readonly loadedBalances = new Map<Asset, ReadonlyMap<string, Amount>>();
  private seq: number;
  private prev: string;

  private constructor(
    private readonly register: Register,
    readonly command: number,
    last: { seq: number; hash: string } | undefined,
  ) {
    this.seq = last?.seq ?? 0;
    this.prev = last?.hash ?? GENESIS;
    this.write = register.sqlite ? sqliteRowWriter(register, "journal", JOURNAL_COLUMNS) : (row) => void this.rows.push(row);
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

  /** A record that moves nothing (a command, a ruling of the engine): chained like every row. */
  note(at: number, account: string, asset: "command" | "ruling", memo: string): void {
    this.append(at, { account, asset, amount: 0, memo });
  }

  private append(at: number, l: Line): void {
    const amount = typeof l.amount === "number" ? String(l.amount) : l.amount.toString();
    const fields = { seq: ++this.seq, command: this.command, at, account: l.account, asset: l.asset, amount, memo: l.memo ?? null };
    const hash = rowHash(this.prev, fields);
    this.write([fields.seq, fields.command, at, fields.account, fields.asset, amount, fields.memo, this.prev, hash]);
    this.prev = hash;
    if (l.asset === "command" || l.asset === "ruling") return;
    const book = this.balances.get(l.asset);
    if (!book) throw new Error(`internal error: the ${l.asset} book was not loaded before posting`);
    book.set(l.account, plus(book.get(l.account) ?? 0, COUNTED.includes(l.asset) && typeof l.amount !== "number" ? l.amount.toNumber() : l.amount));
  }

  /** Loads the control book of `assets` (every account's balance); needed before posting them. */
  async load(...assets: Asset[]): Promise<void> {
    const wanted = assets.filter((a) => !this.balances.has(a));
    if (!wanted.length) return;
    const read = await readControl(this.register, wanted);
    for (const a of wanted) {
      const book = read.get(a) ?? new Map<string, Amount>();
      this.balances.set(a, book);
      this.loadedBalances.set(a, new Map(book));
    }
  }

  /** The balance of `account` in `asset` (its book must be loaded). */
  balance(account: string, asset: Asset): Dec {
    return dec(this.loaded(asset).get(account) ?? 0);
  }

  /** The balance of `account` in a counted asset: shares, Rights, certificates. */
  count(account: string, asset: Asset): number {
    const v = this.loaded(asset).get(account) ?? 0;
    return typeof v === "number" ? v : v.toNumber();
  }

  /** The accounts with a balance of `asset` other than zero (loaded); with `all`, also those back at zero. */
  accounts(asset: Asset, all = false): string[] {
    return [...this.loaded(asset)].filter(([, v]) => all || !isZero(v)).map(([account]) => account);
  }

  /** The assets whose books are loaded (the only ones this command can have changed). */
  loadedAssets(): Asset[] {
    return [...this.balances.keys()];
  }

  /** Every account's balance of a loaded asset. */
  book(asset: Asset): ReadonlyMap<string, Amount> {
    return this.loaded(asset);
  }

  private loaded(asset: Asset): Map<string, Amount> {
    const book = this.balances.get(asset);
    if (!book) throw new Error(`internal error: the ${asset} book was not loaded`);
    return book;
  }

  /** Writes the journal rows posted and not yet written (inside the command's transaction): long runs write as they go. */
  async checkpoint(): Promise<void> {
    await bulkInsert(this.register, "journal", JOURNAL_COLUMNS, this.rows);
    this.rows.length = 0;
  }

  /** The balances of `asset` that differ from those loaded (an account opened by this command counts, even back at zero). */
  private *changed(asset: Asset): Generator<[string, Amount]> {
    const before = this.loadedBalances.get(asset)!;
    for (const [account, v] of this.balances.get(asset)!) {
      const was = before.get(account);
      if (was === undefined || (typeof v === "number" ? v !== was : !v.eq(was))) yield [account, v];
    }
  }

  /** Every account whose balance this command changed, in any asset (the invariants recheck only these). */
  get touched(): ReadonlySet<string> {
    const accounts = new Set<string>();
    for (const asset of this.balances.keys()) for (const [account] of this.changed(asset)) accounts.add(account);
    return accounts;
  }

  /** Writes the journal rows and the changed balances. */
  async flush(): Promise<void> {
    await this.checkpoint();
    const rows: Row[] = [];
    for (const asset of this.balances.keys()) for (const [account, v] of this.changed(asset)) rows.push([account, asset, v.toString()]);
    await upsertBalances(this.register, rows);
  }
}
