/**
 * R-1d: a Person Beneficially Owns the shares held of record by the holders it holds through (the
 * `holders` a scenario person lists). So the register's own transfers into or out of those holders
 * are acquisitions and dispositions by that Person, at the transfer's instant; the engine is given
 * them beside the scenario's events. A transfer between two holders of one Person changes nothing.
 */
import type { Register } from "./database.js";
import { formatNewYork, newYorkDateOf, parseEventInstant } from "../time/instant.js";

/** An engine event made from a register transfer. */
export interface TransferEvent {
  readonly at: string;
  readonly type: "acquire" | "dispose";
  readonly person: string;
  readonly shares: number;
}

/** The Person each holder of record is held through (the first Person that lists it). */
export function personOfHolder(personHolders: Record<string, string[]>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [person, holders] of Object.entries(personHolders)) for (const holder of holders) if (!owner.has(holder)) owner.set(holder, person);
  return owner;
}

/** The engine events for the register's transfers that move shares into or out of a Person's holders. */
export async function transfersAsEvents(register: Register, personHolders: Record<string, string[]>): Promise<TransferEvent[]> {
  const owner = personOfHolder(personHolders);
  if (owner.size === 0) return [];
  const transfers = await register.db.selectFrom("commands").select(["at", "args"]).where("name", "=", "transfer").orderBy("id").execute();
  const events: TransferEvent[] = [];
  for (const t of transfers) {
    const { from, to, shares } = JSON.parse(t.args) as { from: string; to: string; shares: number };
    const seller = owner.get(from);
    const buyer = owner.get(to);
    if (seller === buyer) continue;
    const at = formatNewYork(t.at);
    if (seller) events.push({ at, type: "dispose", person: seller, shares });
    if (buyer) events.push({ at, type: "acquire", person: buyer, shares });
  }
  return events;
}

/**
 * A warning for each scenario event that looks like one of the register's transfers (same type,
 * Person, shares and New York date): both are counted, and if they are one trade the scenario
 * should leave it out.
 */
export function doubleCountWarnings(scenarioEvents: readonly unknown[], transfers: readonly TransferEvent[]): string[] {
  const warnings: string[] = [];
  for (const t of transfers) {
    const day = newYorkDateOf(parseEventInstant(t.at));
    const twin = scenarioEvents.findIndex((e) => {
      const ev = e as Record<string, unknown>;
      if (ev.type !== t.type || ev.person !== t.person || Number(ev.shares) !== t.shares) return false;
      try {
        return newYorkDateOf(parseEventInstant(String(ev.at))) === day;
      } catch {
        return false;
      }
    });
    if (twin >= 0) {
      warnings.push(`the register's transfer of ${t.shares} shares ${t.type === "acquire" ? "to" : "from"} ${t.person}'s holder of record at ${t.at} and the scenario's event ${twin} (${t.type} of ${t.shares} shares by ${t.person} on ${day}) are counted as two trades (R-1d); if they are one, leave it out of the scenario`);
    }
  }
  return warnings;
}
