/** The demo scenarios: the repository's examples/, saved on the first start (when no scenario is saved). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYamlText } from "../terms/load.js";
import type { ServerDb } from "./db.js";
import { saveScenario } from "./scenarioStore.js";

export async function loadDemoScenarios(db: ServerDb, dir: string): Promise<number> {
  if (await db.selectFrom("server_scenarios").select("name").limit(1).executeTakeFirst()) return 0;
  const files = readdirSync(dir).filter((f) => /^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(f)).sort();
  for (const file of files) await saveScenario(db, file.replace(/\.ya?ml$/, ""), parseYamlText(readFileSync(join(dir, file), "utf8"), file), "demo");
  return files.length;
}
