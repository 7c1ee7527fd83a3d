/**
 * Named settings kept in the register: the plan, the applied scenario and its holders of
 * record, the engine's rulings, Rights per share, the register's clock. In a unit of work
 * (readOnce.ts) they are read once, all in one query, and kept in step with its own writes.
 */
import type { Register } from "./database.js";
import { keptReads } from "./readOnce.js";

export type SettingName = "plan" | "scenario" | "scenarioDir" | "personHolders" | "rulings" | "rightsPerShare" | "clock" | "distribution" | "ended" | "voidOutside" | "transfereeTransfers" | "separatedCommands" | "attachedExchanges" | "voidBought";

export async function readSetting<T>(register: Register, name: SettingName): Promise<T | undefined> {
  const text = await settingText(register, name);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

async function settingText(register: Register, name: SettingName): Promise<string | undefined> {
  const kept = keptReads(register);
  if (!kept) return (await register.db.selectFrom("settings").select("value").where("name", "=", name).executeTakeFirst())?.value;
  kept.settings ??= new Map((await register.db.selectFrom("settings").select(["name", "value"]).execute()).map((r) => [r.name, r.value]));
  return kept.settings.get(name);
}

export function writeSetting(register: Register, name: SettingName, value: unknown): Promise<void> {
  return writeSettings(register, { [name]: value });
}

/** Writes several settings in one statement. */
export async function writeSettings(register: Register, values: Partial<Record<SettingName, unknown>>): Promise<void> {
  const rows = Object.entries(values).map(([name, value]) => ({ name, value: JSON.stringify(value) }));
  await register.db
    .insertInto("settings")
    .values(rows)
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })))
    .execute();
  const kept = keptReads(register)?.settings;
  for (const { name, value } of rows) kept?.set(name, value);
}
