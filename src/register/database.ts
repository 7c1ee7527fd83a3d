/**
 * Opening a register: `--db` is a path, `sqlite:PATH` or `postgres://...` (default
 * `sqlite:rightsplan.db`). Both databases sit behind one Kysely query builder; the raw driver
 * stays at hand for bulk loads (prepared statements on SQLite, COPY on PostgreSQL), on the same
 * connection, so they run inside the command's transaction.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { migrate } from "./migrations.js";
import type { RegisterSchema } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export const DEFAULT_DB = "sqlite:rightsplan.db";

/** An open register: the query builder and the one connection it runs on. */
export interface Register {
  readonly dialect: Dialect;
  readonly db: Kysely<RegisterSchema>;
  /** The SQLite connection (dialect "sqlite"). */
  readonly sqlite?: Database.Database;
  /** The PostgreSQL connection (dialect "postgres"). */
  readonly pg?: pg.Client;
  /** Where it is, without a password. */
  readonly location: string;
}

/** Which database `ref` names: `postgres://` / `postgresql://` URLs, else an SQLite path. */
export function parseDbRef(ref: string = DEFAULT_DB): { dialect: Dialect; target: string } {
  if (/^postgres(ql)?:\/\//.test(ref)) return { dialect: "postgres", target: ref };
  return { dialect: "sqlite", target: ref.startsWith("sqlite:") ? ref.slice("sqlite:".length) : ref };
}

/** Opens (creating if need be) the register at `ref` and brings its schema up to date. */
export async function openRegister(ref: string = DEFAULT_DB): Promise<Register> {
  const { dialect, target } = parseDbRef(ref);
  const register = dialect === "postgres" ? await openPostgres(target) : openSqlite(target);
  await migrate(register.db as Kysely<unknown>, dialect);
  return register;
}

export async function closeRegister(register: Register): Promise<void> {
  await register.db.destroy();
}

function openSqlite(path: string): Register {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 30000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.defaultSafeIntegers(false);
  return { dialect: "sqlite", db: new Kysely<RegisterSchema>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, location: path };
}

/** 64-bit integers (OID 20) as JavaScript numbers: share and Right counts are refused past 2^53-1 before they get here. */
export const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

async function openPostgres(url: string): Promise<Register> {
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  // Kysely asks a pool for connections; this one always lends the register's single client.
  const pool = {
    connect: async () => Object.assign(client, { release: () => undefined }),
    end: () => client.end(),
  };
  const db = new Kysely<RegisterSchema>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return { dialect: "postgres", db, pg: client, location: url.replace(/:[^:@/]*@/, ":***@") };
}
