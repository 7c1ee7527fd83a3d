/**
 * Bulk loads inside the running transaction: on SQLite one prepared statement run per row (the
 * query builder's own INSERT, compiled once), on PostgreSQL one INSERT from JSON for a few rows
 * and COPY FROM STDIN (pg-copy-streams) for many. Bulk reads: the query builder's SELECT, its
 * rows as arrays rather than an object per row.
 */
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import type { CompiledQuery } from "kysely";
import type { Statement } from "better-sqlite3";
import type { Register } from "./database.js";
import type { RegisterSchema } from "./schema.js";

export type Row = readonly (string | number | null)[];

/**
 * PostgreSQL: up to this many rows go in one statement (one round trip); more by COPY, whose
 * start costs three (a query that surfaces a broken connection, then COPY's own two) but whose
 * rows load fastest. Measured for journal rows: as fast either way at 100 rows, COPY faster from
 * 400 (1.6 times at 1,000). A command's own postings are a few dozen rows; a long run's chunk,
 * thousands.
 */
const ONE_STATEMENT_ROWS = 100;

/**
 * Inserts `rows` (values in the order of `columns`) into `table`. `sent` is called once every row
 * has been handed to the connection: by COPY, before the server has written the last of them;
 * otherwise once they are written.
 */
export async function bulkInsert<T extends keyof RegisterSchema>(register: Register, table: T, columns: readonly (keyof RegisterSchema[T] & string)[], rows: readonly Row[], sent?: () => void): Promise<void> {
  if (register.pg && rows.length > ONE_STATEMENT_ROWS) {
    await register.pg.query("select 1"); // surfaces a broken connection before the stream starts
    const stream = register.pg.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
    return pipeline(Readable.from(copyLines(rows, sent)), stream);
  }
  if (rows.length > 0) {
    if (register.sqlite) insertPrepared(register, table, columns, rows);
    else await register.pg!.query(`insert into ${table} (${columns.join(", ")}) ${selectFromJson(table, columns)}`, [jsonRecords(columns, rows)]);
  }
  sent?.();
}

/** A SELECT of `columns` from the JSON array of records in $1, each value taking the type of `table`'s column of its name. */
function selectFromJson(table: keyof RegisterSchema, columns: readonly string[]): string {
  return `select ${columns.join(", ")} from json_populate_recordset(null::${table}, $1::json)`;
}

/** `rows` as a JSON array of records keyed by `columns`. */
function jsonRecords(columns: readonly string[], rows: readonly Row[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))));
}

function insertPrepared(register: Register, table: keyof RegisterSchema, columns: readonly string[], rows: readonly Row[]): void {
  const statement = sqliteInsert(register, table, columns);
  for (const row of rows) statement.run(...row);
}

/** On SQLite, the query builder's INSERT of one row of `columns` into `table`, prepared (its values given in the order of `columns`). */
export function sqliteInsert(register: Register, table: keyof RegisterSchema, columns: readonly string[]): Statement {
  const placeholders = Object.fromEntries(columns.map((c) => [c, null]));
  const { sql } = register.db.insertInto(table).values(placeholders as never).compile();
  return register.sqlite!.prepare(sql);
}

/** COPY's text format, 5,000 lines at a time (each line built as one string: no array per row); `done` called once the last has been taken. */
function* copyLines(rows: readonly Row[], done?: () => void): Generator<string> {
  let text = "";
  let lines = 0;
  for (const row of rows) {
    text += copyLine(row);
    if (++lines === 5000) {
      yield text;
      text = "";
      lines = 0;
    }
  }
  if (text) yield text;
  done?.();
}

/** A character COPY's text format escapes. */
const SPECIAL = /[\\\t\n\r]/;

function copyLine(row: Row): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i > 0) line += "\t";
    line += v === null ? "\\N" : typeof v === "number" ? String(v) : SPECIAL.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : v;
  }
  return line + "\n";
}

/**
 * Sets control-book balances (account, asset, balance): on SQLite an upsert prepared once and run
 * per row; on PostgreSQL one upsert from the rows as JSON, or, past ONE_STATEMENT_ROWS, COPY into
 * a temporary table, then one upsert from it.
 */
export async function upsertBalances(register: Register, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  if (register.sqlite) {
    const { sql } = register.db
      .insertInto("control")
      .values({ account: "", asset: "", balance: "" })
      .onConflict((oc) => oc.columns(["account", "asset"]).doUpdateSet((eb) => ({ balance: eb.ref("excluded.balance") })))
      .compile();
    const statement = register.sqlite.prepare(sql);
    for (const row of rows) statement.run(...row);
    return;
  }
  const upsert = "on conflict (account, asset) do update set balance = excluded.balance";
  if (rows.length <= ONE_STATEMENT_ROWS) {
    await register.pg!.query(`insert into control (account, asset, balance) ${selectFromJson("control", ["account", "asset", "balance"])} ${upsert}`, [jsonRecords(["account", "asset", "balance"], rows)]);
    return;
  }
  await register.pg!.query("create temporary table if not exists control_changes (account text, asset text, balance text) on commit delete rows");
  await pipeline(Readable.from(copyLines(rows)), register.pg!.query(copyFrom("COPY control_changes (account, asset, balance) FROM STDIN")));
  await register.pg!.query(`insert into control (account, asset, balance) select account, asset, balance from control_changes ${upsert}`);
}

/** The rows of a compiled SELECT, each an array of its columns in order. */
export async function selectRows(register: Register, query: CompiledQuery): Promise<unknown[][]> {
  if (register.sqlite) return register.sqlite.prepare(query.sql).raw(true).all(...(query.parameters as unknown[])) as unknown[][];
  return (await register.pg!.query<unknown[]>({ text: query.sql, values: query.parameters as unknown[], rowMode: "array" })).rows;
}
