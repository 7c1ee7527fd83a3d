/**
 * Rights Certificates and book-entry statements (R-3-separation): numbered in one sequence,
 * countersigned by the Rights Agent, with the R-7e legend on those evidencing Rights owned by an
 * Acquiring Person or its Affiliates or Associates. Surrendered certificates stay on file.
 */
import { ACCOUNTS, holderAccount } from "./accounts.js";
import type { Books } from "./books.js";
import { bulkInsert, selectRows, type Row } from "./bulk.js";
import type { Register } from "./database.js";
import type { CertificateTable } from "./schema.js";

export const VOID_LEGEND =
  "R-7e: The Rights represented by this certificate are or were beneficially owned by an Acquiring Person or an Affiliate or Associate of an Acquiring Person; they are null and void and may not be exercised or transferred.";

const COLUMNS = ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"] as const;

export interface NewCertificate {
  readonly holder: string;
  readonly form: CertificateTable["form"];
  readonly rights: number;
  readonly void: number;
}

/** R-3-separation: a Rights Certificate for a holder of certificated shares (`kind` certificate), a book-entry statement for any other (DRS, Cede). */
export const formFor = (kind: string): CertificateTable["form"] => (kind === "certificate" ? "certificate" : "statement");

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
    books.post(at, [
      { account: holderAccount(c.holder), asset: "certificates", amount: 1, memo: `Rights ${c.form} no. ${number}: ${c.rights + c.void} Rights${c.void ? `, ${c.void} void (R-7e legend)` : ""}` },
      { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 },
    ]);
    rows.push([number, c.holder, c.form, c.rights + c.void, c.void, c.void ? VOID_LEGEND : null, `countersigned by ${agent}, Rights Agent`, books.command, "outstanding"]);
    numbers.push(number++);
  }
  await bulkInsert(register, "certificates", COLUMNS, rows);
  return numbers;
}

/** How a certificate leaves circulation: surrendered (exercise, transfer of Rights), cancelled (the Rights ended) or superseded (the register sent one stating what the holder holds now). */
export type Retired = "surrendered" | "cancelled" | "superseded";

/** Takes the holders' outstanding certificates out of circulation (surrendered on exercise, cancelled on redemption). */
export async function retireCertificates(register: Register, books: Books, at: number, holders: readonly string[] | "all", status: Retired, why: string): Promise<number[]> {
  let query = register.db.selectFrom("certificates").select(["number", "holder"]).where("status", "=", "outstanding");
  if (holders !== "all") query = query.where("holder", "in", holders.length ? [...holders] : [""]);
  const retired = await query.orderBy("number").execute();
  await retire(register, books, at, retired, status, why, holders === "all");
  return retired.map((c) => c.number);
}

/** Posts each certificate's leaving and sets its status (`all`: every outstanding certificate, in one statement). */
async function retire(register: Register, books: Books, at: number, retired: readonly { number: number; holder: string }[], status: Retired, why: string, all = false): Promise<void> {
  await books.load("certificates");
  for (const c of retired) {
    books.post(at, [
      { account: holderAccount(c.holder), asset: "certificates", amount: -1, memo: `certificate no. ${c.number} ${status}: ${why}` },
      { account: ACCOUNTS.surrendered, asset: "certificates", amount: 1 },
    ]);
  }
  const numbers = retired.map((c) => c.number);
  if (all) await register.db.updateTable("certificates").set({ status }).where("status", "=", "outstanding").execute();
  else for (let i = 0; i < numbers.length; i += 10000) await register.db.updateTable("certificates").set({ status }).where("number", "in", numbers.slice(i, i + 10000)).execute();
}

/**
 * The holders' outstanding certificates that no longer state the Rights the holder holds (books
 * loaded with valid and void Rights): a partial exchange took some of them (R-24), or the engine
 * ruled some void after they were sent (R-7e: the legend). Each such holder's are superseded and it
 * is sent one certificate (or statement) for the Rights it holds now, valid and void, with the R-7e
 * legend when any are void. Holders whose certificates state what they hold keep them. Returns the
 * new certificates' numbers.
 */
export async function restateCertificates(register: Register, books: Books, at: number, agent: string, holders: ReadonlySet<string>, why: string): Promise<number[]> {
  if (holders.size === 0) return [];
  // Rows as arrays (selectRows): after a partial exchange this reads every outstanding certificate.
  const query = register.db.selectFrom("certificates").select(["number", "holder", "form", "rights", "void_rights"]).where("status", "=", "outstanding").orderBy("number").compile();
  const stated = new Map<string, { rights: number; void: number; form: CertificateTable["form"]; numbers: { number: number; holder: string }[] }>();
  for (const [number, holder, form, rights, voidRights] of (await selectRows(register, query)) as [number, string, CertificateTable["form"], number, number][]) {
    if (!holders.has(holder)) continue;
    const s = stated.get(holder) ?? stated.set(holder, { rights: 0, void: 0, form, numbers: [] }).get(holder)!;
    s.rights += Number(rights);
    s.void += Number(voidRights);
    s.numbers.push({ number: Number(number), holder });
  }
  const superseded: { number: number; holder: string }[] = [];
  const wanted: NewCertificate[] = [];
  for (const [holder, s] of stated) {
    const account = holderAccount(holder);
    const held = { rights: books.count(account, "rights"), void: books.count(account, "void") };
    if (s.rights === held.rights + held.void && s.void === held.void) continue;
    superseded.push(...s.numbers);
    // The same form as the one replaced.
    if (held.rights + held.void > 0) wanted.push({ holder, form: s.form, rights: held.rights, void: held.void });
  }
  await retire(register, books, at, superseded, "superseded", why);
  return wanted.length ? issueCertificates(register, books, at, agent, wanted) : [];
}
