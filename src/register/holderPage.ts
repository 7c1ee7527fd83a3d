/**
 * A holder of record's page: who it is, its balances (shares, valid and void Rights, cash,
 * Preferred), every Rights Certificate or statement it was sent (outstanding, surrendered or
 * cancelled, with the R-7e legend when it carries one), its exercises as the register recorded
 * them, and every cash line of its account (cash in lieu of fractions, R-14; the Redemption
 * Price, R-23; the Purchase Price it paid, R-7), each with the journal's own words.
 */
import { inTurn } from "./command.js";
import { formatNewYork } from "../time/instant.js";
import { holderAccount } from "./accounts.js";
import type { Register } from "./database.js";
import type { ExerciseResult } from "./exercise.js";
import type { HolderTable } from "./schema.js";

export interface HolderCertificate {
  readonly number: number;
  readonly form: string;
  readonly rights: number;
  readonly voidRights: number;
  readonly legend: string | null;
  readonly status: string;
  readonly countersigned: string;
}

export interface HolderPayment {
  readonly at: string;
  /** What the cash was, in words ("cash in lieu", "redemption", "Purchase Price paid", ...). */
  readonly kind: string;
  /** The rule the journal line cites, when it names one. */
  readonly rule: string | null;
  /** Paid to the holder (positive) or by it (negative), exact. */
  readonly amount: string;
  readonly memo: string;
}

export interface HolderPage {
  readonly holder: HolderTable;
  readonly balances: { readonly shares: number; readonly rights: number; readonly voidRights: number; readonly cash: string; readonly preferred: string };
  readonly certificates: readonly HolderCertificate[];
  readonly exercises: readonly (ExerciseResult & { readonly command: number })[];
  readonly payments: readonly HolderPayment[];
}

/** The kinds of cash line, by the rule its memo starts with. */
const PAYMENT_KINDS: Readonly<Record<string, string>> = { "R-14": "cash in lieu", "R-23": "redemption", "R-11a-iii": "the Spread in cash" };

function paymentOf(at: number, amount: string, memo: string | null): HolderPayment {
  const text = memo ?? "";
  const rule = /^(R-[\w-]+)/.exec(text)?.[1] ?? (/\((R-[\w-]+)\)/.exec(text)?.[1] ?? null);
  const kind = (rule && PAYMENT_KINDS[rule]) ?? (text.startsWith("Purchase Price") ? "Purchase Price paid" : "cash");
  return { at: formatNewYork(at), kind, rule, amount, memo: text };
}

/** The holder's page, or null when no holder of record has that id. */
export function holderPage(register: Register, id: string): Promise<HolderPage | null> {
  return inTurn(register, () => holderPageOf(register, id));
}

async function holderPageOf(register: Register, id: string): Promise<HolderPage | null> {
  const holder = await register.db.selectFrom("holders").selectAll().where("id", "=", id).executeTakeFirst();
  if (!holder) return null;
  const account = holderAccount(id);
  const control = await register.db.selectFrom("control").select(["asset", "balance"]).where("account", "=", account).execute();
  const balance = (asset: string) => control.find((c) => c.asset === asset)?.balance ?? "0";
  const certificates = await register.db.selectFrom("certificates").selectAll().where("holder", "=", id).orderBy("number").execute();
  const cash = await register.db.selectFrom("journal").select(["at", "amount", "memo"]).where("account", "=", account).where("asset", "=", "cash").orderBy("seq").execute();
  const commands = await register.db.selectFrom("commands").select(["id", "args", "result"]).where("name", "=", "exercise").orderBy("id").execute();
  const exercises = commands.filter((c) => (JSON.parse(c.args) as { holder?: string }).holder === id).map((c) => ({ ...(JSON.parse(c.result) as ExerciseResult), command: c.id }));
  return {
    holder,
    balances: { shares: Number(balance("shares")), rights: Number(balance("rights")), voidRights: Number(balance("void")), cash: balance("cash"), preferred: balance("preferred") },
    certificates: certificates.map((c) => ({ number: c.number, form: c.form, rights: c.rights, voidRights: c.void_rights, legend: c.legend, status: c.status, countersigned: c.countersigned })),
    exercises,
    payments: cash.map((l) => paymentOf(Number(l.at), l.amount, l.memo)),
  };
}
