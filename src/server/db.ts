/**
 * The server's own tables (tokens, plans added, scenarios and their versions, jobs, the audit
 * trail) sit in the register's database, on SQLite or PostgreSQL, under the one set of
 * migrations of src/register/migrations.ts (one schema type, DatabaseSchema, for both).
 *
 * The server reaches its tables through its own connections, never the register's: a register
 * command holds its connection in a transaction, and the audit, tokens and jobs must not be
 * written inside it (a refused command would roll them back).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { parseDbRef, types } from "../register/database.js";
import { migrate } from "../register/migrations.js";
import type { DatabaseSchema } from "../register/schema.js";

export type ServerDb = Kysely<DatabaseSchema>;

/** Connections to PostgreSQL the server's requests share. */
const PG_POOL_SIZE = 4;

/** Opens (creating if needed) the database at `ref` (a path, `sqlite:PATH` or `postgres://…`) and brings all its tables up to date. */
export async function openServerDb(ref: string): Promise<ServerDb> {
  const { dialect, target } = parseDbRef(withSqliteFolder(ref));
  const db = dialect === "postgres" ? openPostgres(target) : openSqlite(target);
  await migrate(db as Kysely<unknown>, dialect);
  return db;
}

/** Makes the folder of an SQLite database at `ref` (the default, data/, on the first start); `ref` itself. */
export function withSqliteFolder(ref: string): string {
  const { dialect, target } = parseDbRef(ref);
  if (dialect === "sqlite" && target !== "" && target !== ":memory:") mkdirSync(dirname(resolve(target)), { recursive: true });
  return ref;
}

function openSqlite(path: string): ServerDb {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string): ServerDb {
  const pool = new pg.Pool({ connectionString: url, types, max: PG_POOL_SIZE });
  // An idle connection the database closed is dropped by the pool and replaced at the next query.
  pool.on("error", () => undefined);
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

/** Now, as stored: an ISO instant in UTC. */
export const nowText = (): string => new Date().toISOString();

/** Whether an error is a uniqueness conflict of the database (SQLite's or PostgreSQL's words). */
export function isConflict(e: unknown): boolean {
  return /UNIQUE constraint failed|duplicate key/i.test((e as Error)?.message ?? "");
}
