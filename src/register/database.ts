/**
 * Opening a register: `--db` is a path, `sqlite:PATH` or `postgres://...` (default
 * `sqlite:rightsplan.db`). Both databases sit behind one Kysely query builder; the raw driver
 * stays at hand for bulk loads (prepared statements on SQLite, COPY on PostgreSQL), on the same
 * connection, so they run inside the command's transaction.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { dirname } from "node:path";
import { existsSync } from "node:fs";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { InputError } from "../errors.js";
import { migrate } from "./migrations.js";
import type { RegisterSchema } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export const DEFAULT_DB = "sqlite:rightsplan.db";

/** SQLite: how long a command waits for another process's command to end before giving up (ms). */
export const BUSY_TIMEOUT_MS = 30_000;

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

/**
 * Which database `ref` names: `postgres://` / `postgresql://` URLs, else an SQLite path. A URL of
 * another kind (`mysql://…`) is refused, saying which databases rightsplan keeps its data in: it
 * would otherwise be taken for a file path whose folder does not exist.
 */
export function parseDbRef(ref: string = DEFAULT_DB): { dialect: Dialect; target: string } {
  if (/^postgres(ql)?:\/\//.test(ref)) return { dialect: "postgres", target: ref };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) throw new InputError(`--db "${ref}": rightsplan keeps its data in SQLite (a file path, or sqlite:PATH) or PostgreSQL (postgres://USER:PASSWORD@HOST/DB)`, []);
  return { dialect: "sqlite", target: ref.startsWith("sqlite:") ? ref.slice("sqlite:".length) : ref };
}

/**
 * Opens (creating if need be) the register at `ref` and brings its schema up to date. A database
 * that cannot be opened (no such folder, a file that is no SQLite database, a PostgreSQL server
 * that is down or refuses the login) is bad input, said in a sentence. With `existing`, a SQLite
 * file that is not there, or a PostgreSQL database that holds no register, is bad input too, and
 * none is made: a command that only reads the register (`report`, `verify`, `export`) given a
 * mistyped path or a database never initialised would otherwise make an empty register there and
 * answer for it (0 holders, reconciled, chain intact).
 */
export async function openRegister(ref: string = DEFAULT_DB, options: { readonly existing?: boolean } = {}): Promise<Register> {
  const { dialect, target } = parseDbRef(ref);
  const existing = options.existing === true ? ref : undefined;
  const register = dialect === "postgres" ? await openPostgres(target) : openSqlite(target, existing);
  try {
    if (existing !== undefined && register.pg) await requirePostgresRegister(register, existing);
    await migrate(register.db as Kysely<unknown>, dialect);
  } catch (e) {
    await closeRegister(register);
    throw (e as { code?: string }).code === "SQLITE_BUSY" ? cannotOpen(register.location, e) : e;
  }
  return register;
}

/** Why the database at `location` cannot be opened, for people. */
function cannotOpen(location: string, e: unknown): InputError {
  const error = e as NodeJS.ErrnoException & { code?: string };
  const why =
    error.code === "ECONNREFUSED" ? "no PostgreSQL server answers there (connection refused): is it running, on that host and port?"
    : error.code === "ENOTFOUND" ? "there is no such host"
    : error.code === "28P01" ? `the server refused the login (${error.message})`
    : error.code === "3D000" ? `${error.message}: create it first (createdb)`
    : error.code === "SQLITE_NOTADB" ? "the file is not an SQLite database (a register is one)"
    : error.code === "SQLITE_BUSY" ? busyText
    : error.message;
  return new InputError(`cannot open the register at ${location}: ${why}`, []);
}

/** Why a command could not have the register: SQLite's lock held by another process's command. */
export const busyText = "another process holds it (a command still running): nothing was done; run the command again once that one has ended (under the same --key it is done once)";

export async function closeRegister(register: Register): Promise<void> {
  await register.db.destroy();
}

/** `initRef`: the file must be there already (`--db` as given, for the sentence naming `init`). */
function openSqlite(path: string, initRef?: string): Register {
  // An empty path or ":memory:" would open a database that vanishes when the command ends.
  if (path === "" || path === ":memory:") throw new InputError(`cannot open the register at "${path}": a register is kept in a file (or a PostgreSQL database) that outlives the command: give its path (the default is rightsplan.db)`, []);
  if (!existsSync(dirname(path) || ".")) throw new InputError(`cannot open the register at ${path}: the folder ${dirname(path)} does not exist`, []);
  if (initRef !== undefined && !existsSync(path)) throw new InputError(`cannot open the register at ${path}: there is no such file (a register is made by \`rightsplan register init --db ${initRef}\`)`, []);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
    // A new file's switch to WAL fails at once (SQLITE_BUSY, no waiting) while another process
    // writes it in the old journal mode: said in a sentence (cannotOpen).
    sqlite.pragma("journal_mode = WAL");
  } catch (e) {
    throw cannotOpen(path, e);
  }
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.defaultSafeIntegers(false);
  return { dialect: "sqlite", db: new Kysely<RegisterSchema>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, location: path };
}

/** `initRef`: the database must hold a register already (its journal), else nothing is made and the sentence names `init`. */
async function requirePostgresRegister(register: Register, initRef: string): Promise<void> {
  // Through the query builder, which then owns the connection and closes it with the register.
  const found = await sql<{ journal: string | null }>`select to_regclass('journal') as journal`.execute(register.db);
  if (found.rows[0].journal === null) throw new InputError(`cannot open the register at ${register.location}: the database holds no register (a register is made by \`rightsplan register init --db ${withoutPassword(initRef)}\`)`, []);
}

/** 64-bit integers (OID 20) as JavaScript numbers: share and Right counts are refused past 2^53-1 before they get here. */
export const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** A PostgreSQL URL as it may be shown: its password starred out. */
const withoutPassword = (url: string): string => url.replace(/:[^:@/]*@/, ":***@");

async function openPostgres(url: string): Promise<Register> {
  const client = new pg.Client({ connectionString: url, types });
  const location = withoutPassword(url);
  await client.connect().catch((e: unknown) => {
    throw cannotOpen(location, e);
  });
  // Kysely asks a pool for connections; this one always lends the register's single client.
  const pool = {
    connect: async () => Object.assign(client, { release: () => undefined }),
    end: () => client.end(),
  };
  const db = new Kysely<RegisterSchema>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return { dialect: "postgres", db, pg: client, location };
}
