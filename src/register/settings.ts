/**
 * Named settings kept in the register: the plan, the applied scenario and its holders of
 * record, the engine's rulings, Rights per share, the register's clock. In a unit of work
 * (readOnce.ts) they are read once, all in one query, and kept in step with its own writes.
 * Only a command writes them, and its journal records what it wrote (`verify` compares).
 */
import type { Register } from "./database.js";
import { keptReads } from "./readOnce.js";

export type SettingName = "plan" | "scenario" | "scenarioDir" | "personHolders" | "rulings" | "rightsPerShare" | "clock" | "distribution" | "ended" | "voidOutside" | "transfereeTransfers" | "separatedCommands" | "attachedExchanges" | "voidBought" | "warningsGiven";

export async function readSetting<T>(register: Register, name: SettingName): Promise<T | undefined> {
  const text = await settingText(register, name);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** A setting as stored (JSON text): in a unit of work the same text until the command writes it again. */
export async function settingText(register: Register, name: SettingName): Promise<string | undefined> {
  const kept = keptReads(register);
  if (!kept) return (await register.db.selectFrom("settings").select("value").where("name", "=", name).executeTakeFirst())?.value;
  kept.settings ??= new Map((await register.db.selectFrom("settings").select(["name", "value"]).execute()).map((r) => [r.name, r.value]));
  return kept.settings.get(name);
}

export function writeSetting(register: Register, name: SettingName, value: unknown): Promise<void> {
  return writeSettings(register, { [name]: value });
}

/** The settings the running command wrote, by name (their last text), for the journal's record of them. */
const written = new WeakMap<Register, Map<string, string>>();

/** A command begins: from now on the settings it writes are collected. */
export function collectSettingsWritten(register: Register): void {
  written.set(register, new Map());
}

/** The settings the running command wrote (and the collection ends). */
export function settingsWritten(register: Register): Map<string, string> {
  const values = written.get(register) ?? new Map<string, string>();
  written.delete(register);
  return values;
}

/** Writes several settings in one statement; only a command writes them (each is recorded in its journal). */
export async function writeSettings(register: Register, values: Partial<Record<SettingName, unknown>>): Promise<void> {
  const collected = written.get(register);
  if (!collected) throw new Error("internal error: settings are written only inside a command");
  const rows = Object.entries(values).map(([name, value]) => ({ name, value: JSON.stringify(value) }));
  for (const { name, value } of rows) collected.set(name, value);
  await register.db
    .insertInto("settings")
    .values(rows)
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })))
    .execute();
  const kept = keptReads(register)?.settings;
  for (const { name, value } of rows) kept?.set(name, value);
}
