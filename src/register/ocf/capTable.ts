/**
 * The holders of record an OCF cap table comes to: its stock transactions replayed in date order
 * (file order within a day, except that a transaction on a security issued later the same day
 * waits for that issuance: OCF gives a day, not an order within it, and a tool may list a day's
 * transfers before its issuances). An issuance creates a security; a transfer, cancellation or
 * repurchase consumes its security whole (the transferee's and the remainder's securities are
 * issuances of their own, named in `resulting_security_ids` and `balance_security_id`), and so
 * does a retraction (the issuance withdrawn); a split multiplies the securities of its class. The Common Stock's holders become the holders of record.
 * A security consumed in part must leave its remainder in the balance security, and a transfer its
 * quantity in the resulting ones: each must be issued in the export, of the same class, with those
 * quantities (the balance to the same stakeholder), or shares would vanish from the register (or
 * appear) without a word; each that is not is a problem naming the transaction's file and line.
 *
 * R-11p: "before the Distribution Date, a Common Stock split ... changes the Rights per share by
 * (shares outstanding before / shares outstanding after), so the total number of Rights is
 * unchanged". A split of the Common after the plan's Record Date (the Rights exist from its close
 * of business) so changes the Rights per share by the split's stated ratio, inverted (R-X8: the
 * stated terms, never the rounded counts); a split on or before it leaves one Right per share.
 */
import { dec, type Dec } from "../../numbers/decimal.js";
import type { OpeningHolder } from "../importHolders.js";
import { HOLDER_ID } from "../holdersCsv.js";
import type { Located, OcfObjects } from "./files.js";
import type { Stakeholder, StockClass, StockTransaction } from "./schema.js";

interface Security {
  readonly stakeholder: string;
  readonly stockClass: string;
  quantity: Dec;
  readonly customId: string;
}

export interface CapTable {
  readonly stockClass: StockClass | undefined;
  readonly holders: OpeningHolder[];
  /** R-11p: the Rights per share after the class's splits since the Record Date, an exact fraction "n/d" ("1" with none). */
  readonly rightsPerShare: string;
  readonly problems: string[];
}

/** The holders of the Common Stock class (`stockClassId`, or the only COMMON class); `recordDate` is the plan's (YYYY-MM-DD). */
export function holdersOfCommon(objects: OcfObjects, recordDate: string, stockClassId?: string): CapTable {
  const problems: string[] = [];
  const stockClass = commonClass(objects.stockClasses, stockClassId, problems);
  const securities = new Map<string, Security>();
  const ordered = withinEachDay([...objects.transactions].sort((a, b) => (a.object.date < b.object.date ? -1 : a.object.date > b.object.date ? 1 : 0)));
  const classIds = new Set(objects.stockClasses.map((c) => c.object.id));
  const consumed: Consumed[] = [];
  for (const t of ordered) {
    const problem = unknownClass(t.object, classIds) ?? replay(t, securities, consumed);
    if (problem) problems.push(`${t.file} line ${t.line}: ${t.object.object_type} ${t.object.id}: ${problem}`);
  }
  const issuances = new Map(ordered.flatMap(({ object: t }) => (t.object_type === "TX_STOCK_ISSUANCE" ? [[t.security_id, t] as const] : [])));
  for (const c of consumed) {
    const problem = remainderProblem(c, issuances);
    if (problem) problems.push(`${c.t.file} line ${c.t.line}: ${c.t.object.object_type} ${c.t.object.id}: ${problem}`);
  }
  if (!stockClass) return { stockClass, holders: [], rightsPerShare: "1", problems };
  return { stockClass, holders: holdersFrom(securities, stockClass.id, objects.stakeholders, problems), rightsPerShare: rightsPerShareAfterSplits(ordered, stockClass.id, recordDate), problems };
}

/**
 * The transactions, in date order, with each transfer, cancellation, repurchase or retraction of a
 * security that is issued later the same day moved to just after that issuance (a chain of the
 * day's transfers, each of the security the one before it issued, listed transfers first); every
 * other transaction keeps its place.
 */
function withinEachDay(sorted: readonly Located<StockTransaction>[]): Located<StockTransaction>[] {
  const out: Located<StockTransaction>[] = [];
  const waiting = new Map<string, Located<StockTransaction>[]>();
  const place = (t: Located<StockTransaction>): void => {
    out.push(t);
    if (t.object.object_type !== "TX_STOCK_ISSUANCE") return;
    const after = waiting.get(t.object.security_id);
    waiting.delete(t.object.security_id);
    after?.forEach(place);
  };
  let day: string | undefined;
  let issuedLater = new Map<string, number>();
  sorted.forEach((t, i) => {
    if (t.object.date !== day) {
      // Nothing waits past its day: what waits, waits for an issuance later that day, which never waits.
      day = t.object.date;
      issuedLater = issuancesOfTheDay(sorted, i);
    }
    const source = t.object.object_type === "TX_STOCK_ISSUANCE" || t.object.object_type === "TX_STOCK_CLASS_SPLIT" ? undefined : t.object.security_id;
    if (source !== undefined && (issuedLater.get(source) ?? -1) > i) waiting.set(source, [...(waiting.get(source) ?? []), t]);
    else place(t);
  });
  return out;
}

/** Where in `sorted` each security issued on the day that starts at `start` is issued (its first issuance). */
function issuancesOfTheDay(sorted: readonly Located<StockTransaction>[], start: number): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = start; i < sorted.length && sorted[i]!.object.date === sorted[start]!.object.date; i++) {
    const t = sorted[i]!.object;
    if (t.object_type === "TX_STOCK_ISSUANCE" && !at.has(t.security_id)) at.set(t.security_id, i);
  }
  return at;
}

/** R-11p: one Right per share at the Record Date, times (before / after) for each later split of the class. */
function rightsPerShareAfterSplits(transactions: readonly Located<StockTransaction>[], stockClassId: string, recordDate: string): string {
  let numerator = dec(1);
  let denominator = dec(1);
  for (const { object: t } of transactions) {
    if (t.object_type !== "TX_STOCK_CLASS_SPLIT" || t.stock_class_id !== stockClassId || t.date <= recordDate) continue;
    numerator = numerator.times(t.split_ratio.denominator);
    denominator = denominator.times(t.split_ratio.numerator);
  }
  return numerator.eq(denominator) ? "1" : `${numerator.toString()}/${denominator.toString()}`;
}

function commonClass(classes: readonly Located<StockClass>[], wanted: string | undefined, problems: string[]): StockClass | undefined {
  const candidates = classes.map((c) => c.object).filter((c) => (wanted ? c.id === wanted : c.class_type === "COMMON"));
  if (candidates.length === 1) return candidates[0];
  problems.push(wanted ? `no stock class has the id "${wanted}"` : candidates.length ? `${candidates.length} COMMON stock classes (${candidates.map((c) => c.id).join(", ")}): name the one whose Rights the register keeps` : "no COMMON stock class: name the stock class whose Rights the register keeps");
  return undefined;
}

/** A transaction of a stock class the export does not define: its shares cannot be told to be, or not to be, the Common Stock. */
function unknownClass(t: StockTransaction, classIds: ReadonlySet<string>): string | undefined {
  if (t.object_type !== "TX_STOCK_ISSUANCE" && t.object_type !== "TX_STOCK_CLASS_SPLIT") return undefined;
  return classIds.has(t.stock_class_id) ? undefined : `stock_class_id: no stock class "${t.stock_class_id}" in the stock classes file`;
}

/** A transfer, cancellation or repurchase that consumed `source` (as it stood then): its balance and resulting securities are checked once every issuance is known. */
interface Consumed {
  readonly t: Located<StockTransaction & { object_type: "TX_STOCK_TRANSFER" | "TX_STOCK_CANCELLATION" | "TX_STOCK_REPURCHASE" }>;
  readonly source: Security;
}

type Issuance = StockTransaction & { object_type: "TX_STOCK_ISSUANCE" };

/** Where the consumed security's shares went, if not where the transaction says: the remainder to the balance security, a transfer's quantity to its resulting ones. */
function remainderProblem({ t: { object: t }, source }: Consumed, issuances: ReadonlyMap<string, Issuance>): string | undefined {
  const remainder = source.quantity.minus(t.quantity);
  const balance = t.balance_security_id === undefined ? undefined : issuances.get(t.balance_security_id);
  if (remainder.gt(0) && t.balance_security_id === undefined) return `${remainder.toString()} of the ${source.quantity.toString()} shares of security ${t.security_id} are left, and no balance_security_id says where`;
  if (t.balance_security_id !== undefined) {
    if (!balance) return `balance_security_id: no issuance of security ${t.balance_security_id} in the export`;
    if (!dec(balance.quantity).eq(remainder) || balance.stakeholder_id !== source.stakeholder || balance.stock_class_id !== source.stockClass) {
      return `balance_security_id: security ${t.balance_security_id} is ${balance.quantity} shares of ${balance.stock_class_id} to ${balance.stakeholder_id}, not the ${remainder.toString()} of ${source.stockClass} left to ${source.stakeholder} of the ${source.quantity.toString()} of security ${t.security_id}`;
    }
  }
  if (t.object_type !== "TX_STOCK_TRANSFER") return undefined;
  let received = dec(0);
  for (const id of t.resulting_security_ids) {
    const r = issuances.get(id);
    if (!r) return `resulting_security_ids: no issuance of security ${id} in the export`;
    if (r.stock_class_id !== source.stockClass) return `resulting_security_ids: security ${id} is of stock class ${r.stock_class_id}, not ${source.stockClass}`;
    received = received.plus(r.quantity);
  }
  return received.eq(t.quantity) ? undefined : `resulting_security_ids: their issuances are ${received.toString()} shares, not the ${t.quantity} transferred`;
}

function replay(located: Located<StockTransaction>, securities: Map<string, Security>, consumed: Consumed[]): string | undefined {
  const t = located.object;
  switch (t.object_type) {
    case "TX_STOCK_ISSUANCE":
      if (securities.has(t.security_id)) return `security ${t.security_id} was already issued`;
      securities.set(t.security_id, { stakeholder: t.stakeholder_id, stockClass: t.stock_class_id, quantity: dec(t.quantity), customId: t.custom_id });
      return undefined;
    case "TX_STOCK_RETRACTION":
      if (!securities.delete(t.security_id)) return `security ${t.security_id} does not exist (or was already transferred or cancelled)`;
      return undefined;
    case "TX_STOCK_TRANSFER":
    case "TX_STOCK_CANCELLATION":
    case "TX_STOCK_REPURCHASE": {
      const source = securities.get(t.security_id);
      if (!source) return `security ${t.security_id} does not exist (or was already transferred or cancelled)`;
      if (dec(t.quantity).gt(source.quantity)) return `quantity ${t.quantity} is more than the ${source.quantity.toString()} of security ${t.security_id}`;
      securities.delete(t.security_id);
      consumed.push({ t: located as Consumed["t"], source });
      return undefined;
    }
    case "TX_STOCK_CLASS_SPLIT": {
      const ratio = dec(t.split_ratio.numerator).dividedBy(t.split_ratio.denominator);
      for (const s of securities.values()) if (s.stockClass === t.stock_class_id) s.quantity = s.quantity.times(ratio);
      return undefined;
    }
  }
}

function holdersFrom(securities: Map<string, Security>, stockClassId: string, stakeholders: readonly Located<Stakeholder>[], problems: string[]): OpeningHolder[] {
  const byId = new Map(stakeholders.map((s) => [s.object.id, s]));
  const totals = new Map<string, { shares: Dec; customIds: string[] }>();
  for (const s of securities.values()) {
    if (s.stockClass !== stockClassId) continue;
    const t = totals.get(s.stakeholder) ?? totals.set(s.stakeholder, { shares: dec(0), customIds: [] }).get(s.stakeholder)!;
    t.shares = t.shares.plus(s.quantity);
    t.customIds.push(s.customId);
  }
  const holders: OpeningHolder[] = [];
  for (const [id, { shares, customIds }] of totals) {
    const who = byId.get(id);
    if (!who) problems.push(`stakeholder ${id} holds ${shares.toString()} shares but is not in the stakeholders file`);
    else if (!shares.isInteger()) problems.push(`${who.file} line ${who.line}: stakeholder ${id} holds ${shares.toString()} shares, not a whole number (a holder of record holds whole shares; R-X8: the fraction a reverse split leaves is paid in cash, and the export records that by cancelling it)`);
    else if (!HOLDER_ID.test(id)) problems.push(`${who.file} line ${who.line}: stakeholder id "${id}" cannot be a holder id (letters, digits, dots, hyphens, underscores)`);
    else if (shares.gt(0)) holders.push({ id, name: who.object.name.legal_name, kind: "drs", shares: shares.toNumber(), address: addressOf(who.object), certificate: customIds.join(" ") || null, line: who.line });
  }
  return holders.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function addressOf(s: Stakeholder): string | null {
  const a = s.addresses?.[0];
  if (!a) return null;
  return [a.street_suite, a.city, a.country_subdivision, a.postal_code, a.country].filter(Boolean).join(", ") || null;
}
