/**
 * The register's tables, one schema for SQLite and PostgreSQL (Kysely's types of the rows).
 * Amounts are exact decimal strings; counts of shares and Rights are integers; instants are
 * milliseconds since the epoch.
 */
import type { Generated } from "kysely";

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
  status: "outstanding" | "surrendered" | "cancelled" | "superseded";
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

/*
 * The server's tables (issue 11) live in the same database as the register, under one set of
 * migrations (migrations.ts), so any program that opens the database brings the whole of it up to
 * date. Each is named `server_…`.
 */

/** An API token, stored hashed, with its role (and, for a holder, the holder of record it is). */
export interface ServerTokenTable {
  name: string;
  hash: string;
  role: string;
  holder: string | null;
  created_at: string;
}

/** A plan terms file added to the server. */
export interface ServerPlanTable {
  id: string;
  terms: string;
  saved_at: string;
  saved_by: string;
}

/** One version of a saved scenario; an update adds a version and keeps the earlier ones. */
export interface ServerScenarioTable {
  name: string;
  version: number;
  title: string | null;
  body: string;
  saved_at: string;
  saved_by: string;
}

/** A job: long work with its progress and result, so it survives a restart of the server. */
export interface ServerJobTable {
  id: string;
  kind: string;
  input: string;
  state: string;
  done: number;
  total: number;
  result: string | null;
  error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  attempts: number;
}

/** An audit entry for a write through the server: who, what, when, with what answer. */
export interface ServerAuditTable {
  id: Generated<number>;
  at: string;
  token_name: string | null;
  role: string | null;
  method: string;
  url: string;
  status: number;
  /** JSON: what the write changed (auditWhat in src/server/audit.ts); null in entries older than migration 004. */
  what: string | null;
}

export interface ServerTables {
  server_tokens: ServerTokenTable;
  server_plans: ServerPlanTable;
  server_scenarios: ServerScenarioTable;
  server_jobs: ServerJobTable;
  server_audit: ServerAuditTable;
}

/** The whole database: the register's tables and the server's. */
export interface DatabaseSchema extends RegisterSchema, ServerTables {}
