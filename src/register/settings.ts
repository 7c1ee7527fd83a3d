/**
 * Named settings kept in the register: the plan, the applied scenario and its holders of
 * record, the engine's rulings, Rights per share, the register's clock.
 */
import type { Register } from "./database.js";

export type SettingName = "plan" | "scenario" | "scenarioDir" | "personHolders" | "rulings" | "rightsPerShare" | "clock" | "distribution" | "ended" | "voidOutside" | "transfereeTransfers" | "separatedCommands";

export async function readSetting<T>(register: Register, name: SettingName): Promise<T | undefined> {
  const row = await register.db.selectFrom("settings").select("value").where("name", "=", name).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export async function writeSetting(register: Register, name: SettingName, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await register.db
    .insertInto("settings")
    .values({ name, value: text })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value: text }))
    .execute();
}
