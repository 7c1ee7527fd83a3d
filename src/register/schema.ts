/**
 * The register's tables, one schema for SQLite and PostgreSQL (Kysely's types of the rows).
 * Amounts are exact decimal strings; counts of shares and Rights are integers; instants are
 * milliseconds since the epoch.
 */

/** One line of the append-only journal: a debit or credit of one asset to one account. */
export interface JournalTable {
  seq: number;
  command: number;
  at: number;
  account: string;
  asset: string;
  amount: string;
  memo: string | null;
  prev_hash: string;
  hash: string;
}

/** The control book: each account's balance of each asset, kept with the journal. */
export interface ControlTable {
  account: string;
  asset: string;
  balance: string;
}

/** Every command run, with its idempotency key and the result it gave. */
export interface CommandTable {
  id: number;
  name: string;
  key: string | null;
  at: number;
  args: string;
  result: string;
}

/** A holder of record: Cede & Co., a DRS book-entry position or a certificated holder. */
export interface HolderTable {
  id: string;
  name: string;
  kind: "cede" | "drs" | "certificate";
  address: string | null;
  certificate: string | null;
}

/** A Rights Certificate or book-entry statement, numbered and countersigned (R-3-separation). */
export interface CertificateTable {
  number: number;
  holder: string;
  form: "certificate" | "statement";
  rights: number;
  void_rights: number;
  legend: string | null;
  countersigned: string;
  command: number;
  status: "outstanding" | "surrendered" | "cancelled";
}

/** Settings and the engine's facts: the plan, the applied scenario, its holders map, the rulings. */
export interface SettingTable {
  name: string;
  value: string;
}

export interface RegisterSchema {
  journal: JournalTable;
  control: ControlTable;
  commands: CommandTable;
  holders: HolderTable;
  certificates: CertificateTable;
  settings: SettingTable;
}
