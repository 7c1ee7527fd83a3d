/**
 * The databases the register's tests run on: a fresh SQLite file, and a fresh PostgreSQL
 * database on the server named by RIGHTSPLAN_TEST_PG_URL (`.ci/run` starts one and sets it).
 * Without that variable the PostgreSQL tests are skipped on a developer's machine and fail in
 * CI (CI=true), so a CI run never passes without them.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface Backend {
  readonly name: "sqlite" | "postgres";
  /** A new, empty database: its `--db` reference. */
  fresh(): Promise<string>;
}

const PG_URL = process.env.RIGHTSPLAN_TEST_PG_URL;
export const PG_MISSING = PG_URL ? undefined : "RIGHTSPLAN_TEST_PG_URL is not set: the PostgreSQL tests need a server (.ci/run starts one)";
export const MUST_RUN_PG = process.env.CI === "true";

const sqlite: Backend = {
  name: "sqlite",
  fresh: async () => `sqlite:${join(mkdtempSync(join(tmpdir(), "rightsplan-register-")), "register.db")}`,
};

let made = 0;
const created: string[] = [];

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** How many databases are dropped at once: each DROP DATABASE waits for a checkpoint (about a second), and drops at the same time share one. */
const DROPS_AT_ONCE = 8;

/**
 * Drops the PostgreSQL databases the tests made (call after the registers are closed), a few at
 * once (one after another, 38 of them took 40 s). A database the server's autovacuum is working
 * on cannot be dropped by a role that may not stop that worker, nor one a killed process's
 * session still holds: each drop is tried again for up to 20 s.
 */
export async function dropTestDatabases(): Promise<void> {
  const names = created.splice(0);
  for (let i = 0; i < names.length; i += DROPS_AT_ONCE) await Promise.all(names.slice(i, i + DROPS_AT_ONCE).map(dropDatabase));
}

async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await asAdmin(`drop database if exists ${name} with (force)`);
      return;
    } catch (e) {
      if (attempt === 40) throw e;
      await new Promise((wait) => setTimeout(wait, 500));
    }
  }
}
const postgres: Backend = {
  name: "postgres",
  async fresh() {
    if (!PG_URL) throw new Error(PG_MISSING);
    const name = `rightsplan_test_${process.pid}_${Date.now()}_${made++}`;
    await asAdmin(`create database ${name}`);
    created.push(name);
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  },
};

/** The backends to run on: SQLite always, PostgreSQL when its URL is set (or in CI, where its absence fails). */
export const backends: Backend[] = PG_URL || MUST_RUN_PG ? [sqlite, postgres] : [sqlite];
