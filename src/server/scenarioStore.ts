/**
 * Saved scenarios, versioned: saving under a name makes version 1, each update the next version,
 * and every earlier version stays readable. The text saved is the scenario's JSON.
 */
import { conflict, notFound, type HttpError } from "./httpErrors.js";
import { isConflict, nowText, type ServerDb } from "./db.js";

export interface ScenarioRecord {
  readonly name: string;
  readonly version: number;
  readonly title: string | null;
  readonly savedAt: string;
  readonly savedBy: string;
}

type Row = { name: string; version: number; title: string | null; saved_at: string; saved_by: string };
const recordOf = (r: Row): ScenarioRecord => ({ name: r.name, version: r.version, title: r.title, savedAt: r.saved_at, savedBy: r.saved_by });
const titleOf = (data: unknown): string | null => {
  const title = (data as { title?: unknown }).title;
  return typeof title === "string" ? title : null;
};
const COLUMNS = ["name", "version", "title", "saved_at", "saved_by"] as const;

async function insert(db: ServerDb, name: string, version: number, data: unknown, by: string): Promise<ScenarioRecord> {
  const row = { name, version, title: titleOf(data), body: JSON.stringify(data), saved_at: nowText(), saved_by: by };
  await db.insertInto("server_scenarios").values(row).execute();
  return recordOf(row);
}

/** Saves a new scenario; a name in use is a conflict. */
export async function saveScenario(db: ServerDb, name: string, data: unknown, by: string): Promise<ScenarioRecord> {
  try {
    return await insert(db, name, 1, data, by);
  } catch (e) {
    if (isConflict(e)) throw conflict(`a scenario named "${name}" exists: update it (PUT) to save a new version`);
    throw e;
  }
}

/** The version a change was made from, and the refusal when it is no longer the latest. */
export interface Base {
  readonly version: number;
  readonly stale: (latest: number) => HttpError;
}

/** How many times a change made from no particular version is tried when others save versions at the same time. */
const BLIND_ATTEMPTS = 5;

/**
 * Saves the next version of a scenario. Made from `base`, the version read first, it is saved only
 * if that is still the latest (else `base.stale`, nothing overwritten); made from no particular
 * version (a PUT without If-Match), it is the next one after the latest, tried again when another
 * update takes that number first. A deleted scenario is not brought back (404).
 */
export async function updateScenario(db: ServerDb, name: string, data: unknown, by: string, base?: Base): Promise<ScenarioRecord> {
  for (let attempt = 1; ; attempt++) {
    const latest = await latestVersion(db, name);
    if (base && base.version !== latest) throw base.stale(latest);
    try {
      return await insert(db, name, latest + 1, data, by);
    } catch (e) {
      if (!isConflict(e)) throw e;
      if (!base && attempt === BLIND_ATTEMPTS) throw conflict(`scenario "${name}" was updated ${BLIND_ATTEMPTS} times while this update was saved: try again`);
    }
  }
}

async function latestVersion(db: ServerDb, name: string): Promise<number> {
  const row = await db.selectFrom("server_scenarios").select((eb) => eb.fn.max("version").as("v")).where("name", "=", name).executeTakeFirst();
  if (!row?.v) throw notFound(`scenario "${name}"`);
  return Number(row.v);
}

/** A scenario's data and record: the latest version, or `version`. */
export async function getScenario(db: ServerDb, name: string, version?: number): Promise<ScenarioRecord & { data: unknown; body: string }> {
  const v = version ?? (await latestVersion(db, name));
  const row = await db.selectFrom("server_scenarios").select([...COLUMNS, "body"]).where("name", "=", name).where("version", "=", v).executeTakeFirst();
  if (!row) throw notFound(`scenario "${name}" version ${v}`);
  return { ...recordOf(row), data: JSON.parse(row.body), body: row.body };
}

export async function scenarioVersions(db: ServerDb, name: string): Promise<ScenarioRecord[]> {
  const rows = await db.selectFrom("server_scenarios").select(COLUMNS).where("name", "=", name).orderBy("version").execute();
  if (!rows.length) throw notFound(`scenario "${name}"`);
  return rows.map(recordOf);
}

/** The latest version of every scenario, by name. */
export async function listScenarios(db: ServerDb): Promise<ScenarioRecord[]> {
  const rows = await db
    .selectFrom("server_scenarios as s")
    .select(["s.name", "s.version", "s.title", "s.saved_at", "s.saved_by"])
    .where((eb) => eb("s.version", "=", eb.selectFrom("server_scenarios as t").select((t) => t.fn.max("t.version").as("m")).whereRef("t.name", "=", "s.name")))
    .orderBy("s.name")
    .execute();
  return rows.map(recordOf);
}

export async function deleteScenario(db: ServerDb, name: string): Promise<void> {
  const result = await db.deleteFrom("server_scenarios").where("name", "=", name).executeTakeFirst();
  if (!result.numDeletedRows) throw notFound(`scenario "${name}"`);
}
