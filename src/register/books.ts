/**
 * A command's postings: journal rows appended to the chain, and the control book (each
 * account's balance of each asset) kept in step. Every entry balances: the amounts of one asset
 * posted by one call sum to zero, so the control book of every asset sums to zero.
 */
import { dec, type Dec } from "../numbers/decimal.js";
import type { Asset } from "./accounts.js";
import { bulkInsert, type Row } from "./bulk.js";
import { GENESIS, rowHash } from "./chain.js";
import type { Register } from "./database.js";

export interface Line {
  readonly account: string;
  readonly asset: Asset;
  readonly amount: Dec | number;
  readonly memo?: string;
}

const JOURNAL_COLUMNS = ["seq", "command", "at", "account", "asset", "amount", "memo", "prev_hash", "hash"] as const;

/** The journal and control book of one command in progress. */
export class Books {
  private readonly rows: Row[] = [];
  private readonly balances = new Map<Asset, Map<string, Dec>>();
  private readonly dirty = new Map<Asset, Set<string>>();
  private seq: number;
  private prev: string;

  private constructor(
    private readonly register: Register,
    readonly command: number,
    last: { seq: number; hash: string } | undefined,
  ) {
    this.seq = last?.seq ?? 0;
    this.prev = last?.hash ?? GENESIS;
  }

  static async open(register: Register, command: number): Promise<Books> {
    const last = await register.db.selectFrom("journal").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
    return new Books(register, command, last);
  }

  /** Posts a balanced entry at `at`: per asset, the amounts must sum to zero. */
  post(at: number, lines: readonly Line[]): void {
    const sums = new Map<Asset, Dec>();
    for (const l of lines) sums.set(l.asset, (sums.get(l.asset) ?? dec(0)).plus(l.amount));
    for (const [asset, sum] of sums) if (!sum.isZero()) throw new Error(`internal error: an entry of ${asset} does not balance (${sum.toString()})`);
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
    this.rows.push([fields.seq, fields.command, at, fields.account, fields.asset, amount, fields.memo, this.prev, hash]);
    this.prev = hash;
    if (l.asset === "command" || l.asset === "ruling") return;
    const book = this.balances.get(l.asset);
    if (!book) throw new Error(`internal error: the ${l.asset} book was not loaded before posting`);
    book.set(l.account, (book.get(l.account) ?? dec(0)).plus(l.amount));
    this.dirty.get(l.asset)!.add(l.account);
  }

  /** Loads the control book of `assets` (every account's balance); needed before posting them. */
  async load(...assets: Asset[]): Promise<void> {
    const wanted = assets.filter((a) => !this.balances.has(a));
    if (!wanted.length) return;
    for (const a of wanted) {
      this.balances.set(a, new Map());
      this.dirty.set(a, new Set());
    }
    const rows = await this.register.db.selectFrom("control").select(["account", "asset", "balance"]).where("asset", "in", wanted).execute();
    for (const r of rows) this.balances.get(r.asset as Asset)!.set(r.account, dec(r.balance));
  }

  /** The balance of `account` in `asset` (its book must be loaded). */
  balance(account: string, asset: Asset): Dec {
    const book = this.balances.get(asset);
    if (!book) throw new Error(`internal error: the ${asset} book was not loaded`);
    return book.get(account) ?? dec(0);
  }

  /** Every account's balance of `asset` (loaded). */
  book(asset: Asset): ReadonlyMap<string, Dec> {
    const book = this.balances.get(asset);
    if (!book) throw new Error(`internal error: the ${asset} book was not loaded`);
    return book;
  }

  get entries(): number {
    return this.rows.length;
  }

  /** Writes the journal rows and the changed balances. */
  async flush(): Promise<void> {
    await bulkInsert(this.register, "journal", JOURNAL_COLUMNS, this.rows);
    this.rows.length = 0;
    const changed: { account: string; asset: string; balance: string }[] = [];
    for (const [asset, accounts] of this.dirty) {
      for (const account of accounts) changed.push({ account, asset, balance: this.balances.get(asset)!.get(account)!.toString() });
      accounts.clear();
    }
    for (let i = 0; i < changed.length; i += 1000) {
      await this.register.db
        .insertInto("control")
        .values(changed.slice(i, i + 1000))
        .onConflict((oc) => oc.columns(["account", "asset"]).doUpdateSet((eb) => ({ balance: eb.ref("excluded.balance") })))
        .execute();
    }
  }
}
