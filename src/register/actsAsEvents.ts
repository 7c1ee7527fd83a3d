/**
 * the Board's acts the register carried out (exchanges, a redemption) are facts the
 * engine must know when it judges a later act. Shares issued in a partial exchange are outstanding
 * so an Acquiring Person's 50% bar on a second exchange is measured against them; after a
 * redemption or a whole exchange the Rights have ended. Each act becomes the engine's own event at
 * the command's instant, in the order the register ran them.
 */
import type { Register } from "./database.js";
import { formatNewYork } from "../time/instant.js";

/** An engine event made from a register command (`command` is the command's id). */
export interface ActEvent {
  readonly command: number;
  readonly event: Readonly<Record<string, unknown>> & { readonly at: string; readonly type: "exchange" | "redeem" };
}

/** The engine event of a register exchange or redemption, from its recorded instant and arguments. */
export function actEvent(name: string, at: number, args: string): ActEvent["event"] {
  if (name === "redeem") return { at: formatNewYork(at), type: "redeem" };
  return { at: formatNewYork(at), type: "exchange", portion: (JSON.parse(args) as { portion: string }).portion };
}

/** The register's exchanges and redemptions so far, as engine events. */
export async function actsAsEvents(register: Register): Promise<ActEvent[]> {
  const acts = await register.db.selectFrom("commands").select(["id", "name", "at", "args"]).where("name", "in", ["redeem", "exchange"]).orderBy("id").execute();
  return acts.map((c) => ({ command: Number(c.id), event: actEvent(c.name, c.at, c.args) }));
}
