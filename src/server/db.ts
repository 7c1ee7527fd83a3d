/**
 * The server's own tables (tokens, plans added, scenarios and their versions, jobs, the audit
 * trail), in the same database as the register: Kysely over better-sqlite3.
 * Every table is named `server_…` and the server's migrations keep their own bookkeeping tables,
 * so the register's tables and migrations sit beside them untouched.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, type Generated, type Migration } from "kysely";
import { InputError } from "../errors.js";

export interface ServerTables {
  server_tokens: { name: string; hash: string; role: string; holder: string | null; created_at: string };
  server_plans: { id: string; terms: string; saved_at: string; saved_by: string };
  server_scenarios: { name: string; version: number; title: string | null; body: string; saved_at: string; saved_by: string };
  server_jobs: {
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
  };
  server_audit: { id: Generated<number>; at: string; token_name: string | null; role: string | null; method: string; url: string; status: number };
}

export type ServerDb = Kysely<ServerTables>;

/** `sqlite:PATH` or a path (the embedded default). PostgreSQL comes with the register's adapter. */
export function sqlitePathOf(db: string): string {
  if (/^postgres(ql)?:\/\//.test(db)) throw new InputError(`--db ${db}: the server runs on SQLite for now (sqlite:PATH or a path)`, []);
  return db.startsWith("sqlite:") ? db.slice("sqlite:".length) : db;
}

/** Opens (creating if needed) the database and brings the server's tables up to date. */
export async function openServerDb(db: string): Promise<ServerDb> {
  const path = sqlitePathOf(db);
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  const kysely = new Kysely<ServerTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(kysely);
  return kysely;
}

const MIGRATIONS: Record<string, Migration> = {
  "2026-12-02-server-tables": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("server_tokens")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("holder", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("server_plans")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("terms", "text", (c) => c.notNull())
        .addColumn("saved_at", "text", (c) => c.notNull())
        .addColumn("saved_by", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("server_scenarios")
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("saved_at", "text", (c) => c.notNull())
        .addColumn("saved_by", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("server_scenarios_pk", ["name", "version"])
        .execute();
      await db.schema
        .createTable("server_jobs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("input", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("done", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("total", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("result", "text")
        .addColumn("error", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable("server_audit")
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("token_name", "text")
        .addColumn("role", "text")
        .addColumn("method", "text", (c) => c.notNull())
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("status", "integer", (c) => c.notNull())
        .execute();
    },
  },
};

async function migrate(db: Kysely<ServerTables>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: "server_migration",
    migrationLockTableName: "server_migration_lock",
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Now, as stored: an ISO instant in UTC. */
export const nowText = (): string => new Date().toISOString();

/** Whether an error is a uniqueness conflict of the database. */
export function isConflict(e: unknown): boolean {
  return /UNIQUE constraint failed|duplicate key/i.test((e as Error)?.message ?? "");
}
