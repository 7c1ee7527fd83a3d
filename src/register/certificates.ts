/**
 * Rights Certificates and book-entry statements (R-3-separation): numbered in one sequence,
 * countersigned by the Rights Agent, with the R-7e legend on those evidencing Rights owned by an
 * Acquiring Person or its Affiliates or Associates. Surrendered certificates stay on file.
 */
import { ACCOUNTS, holderAccount } from "./accounts.js";
import type { Books } from "./books.js";
import { bulkInsert, type Row } from "./bulk.js";
import type { Register } from "./database.js";
import type { CertificateTable } from "./schema.js";

export const VOID_LEGEND =
  "R-7e: The Rights represented by this certificate are or were beneficially owned by an Acquiring Person or an Affiliate or Associate of an Acquiring Person; they are null and void and may not be exercised or transferred.";

const COLUMNS = ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"] as const;

export interface NewCertificate {
  readonly holder: string;
  readonly kind: string;
  readonly rights: number;
  readonly void: number;
}

/** The next free certificate number. */
export async function nextCertificateNumber(register: Register): Promise<number> {
  const row = await register.db.selectFrom("certificates").select((eb) => eb.fn.max("number").as("last")).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** The next free number of a command in progress (its books): read once, then counted on as it issues. */
const nextNumbers = new WeakMap<Books, number>();

/** Issues one certificate per entry, numbered from the next free number, and journals each. */
export async function issueCertificates(register: Register, books: Books, at: number, agent: string, wanted: readonly NewCertificate[]): Promise<number[]> {
  await books.load("certificates");
  let number = nextNumbers.get(books) ?? (await nextCertificateNumber(register));
  nextNumbers.set(books, number + wanted.length);
  const rows: Row[] = [];
  const numbers: number[] = [];
  for (const c of wanted) {
    const form: CertificateTable["form"] = c.kind === "certificate" ? "certificate" : "statement";
    books.post(at, [
      { account: holderAccount(c.holder), asset: "certificates", amount: 1, memo: `Rights ${form} no. ${number}: ${c.rights + c.void} Rights${c.void ? `, ${c.void} void (R-7e legend)` : ""}` },
      { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 },
    ]);
    rows.push([number, c.holder, form, c.rights + c.void, c.void, c.void ? VOID_LEGEND : null, `countersigned by ${agent}, Rights Agent`, books.command, "outstanding"]);
    numbers.push(number++);
  }
  await bulkInsert(register, "certificates", COLUMNS, rows);
  return numbers;
}

/** Takes the holders' outstanding certificates out of circulation (surrendered on exercise, cancelled on redemption). */
export async function retireCertificates(register: Register, books: Books, at: number, holders: readonly string[] | "all", status: "surrendered" | "cancelled", why: string): Promise<number[]> {
  await books.load("certificates");
  let query = register.db.selectFrom("certificates").select(["number", "holder"]).where("status", "=", "outstanding");
  if (holders !== "all") query = query.where("holder", "in", holders.length ? [...holders] : [""]);
  const retired = await query.orderBy("number").execute();
  for (const c of retired) {
    books.post(at, [
      { account: holderAccount(c.holder), asset: "certificates", amount: -1, memo: `certificate no. ${c.number} ${status}: ${why}` },
      { account: ACCOUNTS.surrendered, asset: "certificates", amount: 1 },
    ]);
  }
  const numbers = retired.map((c) => c.number);
  if (holders === "all") await register.db.updateTable("certificates").set({ status }).where("status", "=", "outstanding").execute();
  else for (let i = 0; i < numbers.length; i += 10000) await register.db.updateTable("certificates").set({ status }).where("number", "in", numbers.slice(i, i + 10000)).execute();
  return numbers;
}
