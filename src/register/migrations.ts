/**
 * One set of migrations for both databases. Column types differ only where the databases do:
 * 64-bit integers are `bigint` on PostgreSQL and `integer` on SQLite. The set covers the whole
 * database: the register's tables and the server's (`server_…`, issue 11).
 */
import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect } from "./database.js";

function migrations(dialect: Dialect): Record<string, Migration> {
  const int = dialect === "postgres" ? "bigint" : "integer";
  return {
    "001-register": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("journal")
          .addColumn("seq", int, (c) => c.primaryKey())
          .addColumn("command", int, (c) => c.notNull())
          .addColumn("at", int, (c) => c.notNull())
          .addColumn("account", "text", (c) => c.notNull())
          .addColumn("asset", "text", (c) => c.notNull())
          .addColumn("amount", "text", (c) => c.notNull())
          .addColumn("memo", "text")
          .addColumn("prev_hash", "text", (c) => c.notNull())
          .addColumn("hash", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("journal_asset_at").on("journal").columns(["asset", "at"]).execute();
        await db.schema
          .createTable("control")
          .addColumn("account", "text", (c) => c.notNull())
          .addColumn("asset", "text", (c) => c.notNull())
          .addColumn("balance", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("control_pk", ["account", "asset"])
          .execute();
        await db.schema
          .createTable("commands")
          .addColumn("id", int, (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("key", "text", (c) => c.unique())
          .addColumn("at", int, (c) => c.notNull())
          .addColumn("args", "text", (c) => c.notNull())
          .addColumn("result", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("holders")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('cede', 'drs', 'certificate')`))
          .addColumn("address", "text")
          .addColumn("certificate", "text")
          .execute();
        await db.schema
          .createTable("certificates")
          .addColumn("number", int, (c) => c.primaryKey())
          .addColumn("holder", "text", (c) => c.notNull().references("holders.id"))
          .addColumn("form", "text", (c) => c.notNull())
          .addColumn("rights", int, (c) => c.notNull())
          .addColumn("void_rights", int, (c) => c.notNull())
          .addColumn("legend", "text")
          .addColumn("countersigned", "text", (c) => c.notNull())
          .addColumn("command", int, (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("certificates_holder").on("certificates").column("holder").execute();
        await db.schema
          .createTable("settings")
          .addColumn("name", "text", (c) => c.primaryKey())
          .addColumn("value", "text", (c) => c.notNull())
          .execute();
      },
    },
    "002-server": { up: (db: Kysely<unknown>) => serverTables(db, dialect) },
    // The certificates still outstanding, which a redemption or a whole exchange cancels: found by
    // this index rather than by reading every certificate ever issued (a million on a large register).
    "003-outstanding-certificates": {
      up: (db: Kysely<unknown>) => db.schema.createIndex("certificates_outstanding").ifNotExists().on("certificates").column("number").where(sql.ref("status"), "=", "outstanding").execute(),
    },
    // What a write through the server changed (the names in its path, its short fields, its job),
    // beside who and when: the URL alone did not say which token was made or which scenario saved.
    // Added only where it is missing: the server's tables are taken over as they are (002).
    "004-server-audit-what": {
      async up(db: Kysely<unknown>) {
        const audit = (await db.introspection.getTables()).find((t) => t.name === "server_audit");
        if (!audit?.columns.some((c) => c.name === "what")) await db.schema.alterTable("server_audit").addColumn("what", "text").execute();
      },
    },
    // The certificates one command filed, which the check after it counts: found by this index
    // rather than by counting every certificate on file (a million on a large register, ~55 ms on
    // PostgreSQL after every exercise).
    "005-certificates-by-command": {
      up: (db: Kysely<unknown>) => db.schema.createIndex("certificates_command").ifNotExists().on("certificates").column("command").execute(),
    },
  };
}

/**
 * The server's tables (schema.ts, ServerTables). `if not exists`: a database made by an earlier
 * server, which kept its own bookkeeping of these tables, is taken over as it is.
 */
async function serverTables(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("server_tokens")
    .ifNotExists()
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("holder", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("server_plans")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("terms", "text", (c) => c.notNull())
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addColumn("saved_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("server_scenarios")
    .ifNotExists()
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
    .ifNotExists()
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
    .ifNotExists()
    .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("token_name", "text")
    .addColumn("role", "text")
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("status", "integer", (c) => c.notNull())
    .execute();
}

/**
 * Brings the database up to the latest schema; an error names the migration that failed. A
 * database already up to date (every command opens one) is seen so with one query, without
 * Kysely's Migrator (which checks the catalog for its tables, creates and locks them and reads
 * the list: a dozen round trips, 10 ms of a PostgreSQL command's 20 ms to open).
 */
export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (await isUpToDate(db, dialect)) return;
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  // PostgreSQL: the Migrator's tables in the schema the register's own go to (the first of the search path), not taken for
  // present because another register's schema in the same database has them.
  const migrationTableSchema = dialect === "postgres" ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const toLatest = () => new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) }).migrateToLatest();
  const { error, results } = dialect === "sqlite" ? await inOneSqliteTransaction(db, toLatest) : await toLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`the register's schema could not be brought up to date (migration ${failed}): ${(error as Error).message}`);
  }
}

/**
 * Whether the migrations recorded are exactly this program's, in order (the Migrator's own test
 * of "nothing to do"). A database with none, with fewer or with others (made by a newer program)
 * is left to the Migrator, which creates, upgrades or says what is wrong. A recorded migration was
 * committed with its changes, so a database another process is migrating counts as up to date
 * only once that process is done.
 */
async function isUpToDate(db: Kysely<unknown>, dialect: Dialect): Promise<boolean> {
  const names = Object.keys(migrations(dialect)).sort();
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)} order by name`.execute(db);
    return rows.length === names.length && rows.every((r, i) => r.name === names[i]);
  } catch {
    return false; // no such table yet: a new database
  }
}

/**
 * SQLite's schema changes are transactional, but Kysely runs migrations there statement by
 * statement (PostgreSQL's run in one transaction already). In one transaction they apply whole or
 * not at all, and are written to disk once rather than once a statement (a new register opened in
 * 5-6 ms rather than 10-30 ms here). The transaction takes the write lock at once (an open with
 * nothing to migrate never gets here): two processes opening a new register together, the second
 * waits for the first's migrations and then finds nothing to do. A deferred transaction read the
 * schema first and then could not write once the first had committed (SQLITE_BUSY at once, exit 70).
 */
async function inOneSqliteTransaction<T extends { error?: unknown }>(db: Kysely<unknown>, work: () => Promise<T>): Promise<T> {
  await sql`begin immediate`.execute(db);
  try {
    const outcome = await work();
    await (outcome.error ? sql`rollback` : sql`commit`).execute(db);
    return outcome;
  } catch (e) {
    await sql`rollback`.execute(db);
    throw e;
  }
}
