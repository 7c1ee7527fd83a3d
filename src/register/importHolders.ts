/**
 * `register import-holders`: the opening register of holders of record. Each holder's shares are
 * credited with the Rights attached to them (R-3-attached: one Right per share, as adjusted), the
 * Company's issuer account debited. A file with any bad line imports nothing.
 */
import { ACCOUNTS, holderAccount, isHolderAccount } from "./accounts.js";
import { bulkInsert } from "./bulk.js";
import type { Books } from "./books.js";
import { contentHash } from "./chain.js";
import { inChunks, runCommand, type Progress } from "./command.js";
import type { HolderTable } from "./schema.js";
import type { Register } from "./database.js";
import { parseHoldersCsv } from "./holdersCsv.js";
import { badInput, refuse, type Result } from "./problems.js";
import { rightsForShares } from "./rightsPerShare.js";
import { readSetting } from "./settings.js";
import { countText } from "../numbers/readableText.js";

export interface ImportHoldersOptions {
  /** The CSV text. */
  readonly csv: string;
  /** Where it came from, for messages. */
  readonly source?: string;
  /** The shares outstanding the holdings must add up to, when known. */
  readonly sharesOutstanding?: number;
  readonly key?: string;
  readonly onProgress?: Progress;
}

/** A holder of record as a holder list or cap table gives it. */
export interface OpeningHolder extends HolderTable {
  readonly shares: number;
  /** Where it was read (a line of the file), for messages. */
  readonly line: number;
}

export interface ImportHoldersResult {
  readonly holders: number;
  readonly shares: number;
  readonly rights: number;
}

export async function importHolders(register: Register, options: ImportHoldersOptions): Promise<Result<ImportHoldersResult>> {
  const source = options.source ?? "the holder list";
  // The list itself is an argument (its SHA-256), as apply's scenario is: a list corrected in the same file and imported under the same key is another command, refused, not the first one's result.
  return runCommand(register, { name: "import-holders", key: options.key, args: { source, csv: contentHash(options.csv), sharesOutstanding: options.sharesOutstanding ?? null } }, async ({ books, at }) => {
    const { holders, problems } = parseHoldersCsv(options.csv);
    if (problems.length) badInput("bad-csv", `${source} cannot be imported:\n${problems.map((p) => `  - line ${p.line}: ${p.message}`).join("\n")}`, ["line", problems[0].line]);
    return loadHolders(register, books, at, holders, { source, sharesOutstanding: options.sharesOutstanding, onProgress: options.onProgress });
  });
}

/** Where the holders came from (for messages), the shares outstanding they must add up to when known, and whom to tell of progress. */
export interface LoadOptions {
  readonly source: string;
  readonly sharesOutstanding?: number;
  readonly onProgress?: Progress;
}

/**
 * Puts opening holders of record on the register: each one's shares and the Rights attached to
 * them, against the issuer's account. Refused after the Distribution Date and for a holder
 * already on the register; holdings must add up to `sharesOutstanding` when it is given.
 */
export async function loadHolders(register: Register, books: Books, at: number, holders: readonly OpeningHolder[], { source, sharesOutstanding, onProgress }: LoadOptions): Promise<ImportHoldersResult> {
  const total = holders.reduce((s, h) => s + h.shares, 0);
  if (!Number.isSafeInteger(total)) badInput("too-many-shares", `${source}: the holdings add up to more than 9,007,199,254,740,991 shares (R-X14)`);
  await books.load("shares", "rights");
  // The shares outstanding are the company's: a list added to a register must make up the rest.
  const before = sharesOnRegister(books);
  if (sharesOutstanding !== undefined && before + total !== sharesOutstanding) {
    const with_ = before ? ` with the ${before} already on the register` : "";
    badInput("holdings-do-not-add-up", `${source}: the holdings add up to ${countText(before + total)} shares${with_}, not the ${countText(sharesOutstanding)} shares outstanding (off by ${before + total - sharesOutstanding})`);
  }
  // After the distribution a new holder of record (a buyer of shares or Rights) is opened with nothing: its shares come by transfer.
  if (total > 0 && (await readSetting(register, "distribution")) !== undefined) refuse("R-3-separation", "after-distribution", "the Rights have been distributed: an opening holder list can no longer be imported (shares issued now carry no Rights, R-3-separation)");
  const already = await alreadyOnRegister(register, holders);
  if (already) badInput("holder-exists", `${source}: holder "${already.id}" on line ${already.line} is already on the register`, ["line", already.line]);
  const rightsPerShare = (await readSetting<string>(register, "rightsPerShare")) ?? "1";
  let rights = 0;
  await inChunks(books, holders, onProgress, (chunk) => {
    for (const h of chunk) {
      const r = rightsForShares(h.shares, rightsPerShare);
      rights += r;
      const account = holderAccount(h.id);
      books.post(at, [
        { account, asset: "shares", amount: h.shares, memo: holderRecord(h) },
        { account: ACCOUNTS.issuer, asset: "shares", amount: -h.shares },
        { account, asset: "rights", amount: r },
        { account: ACCOUNTS.issuer, asset: "rights", amount: -r },
      ]);
    }
  });
  await bulkInsert(register, "holders", ["id", "name", "kind", "address", "certificate"], holders.map((h) => [h.id, h.name, h.kind, h.address, h.certificate]));
  return { holders: holders.length, shares: total, rights };
}

/** What the journal records of a holder of record when it is put on the register (its details are kept in the holders table, outside the chain): `verify` compares. */
export function holderRecord(h: HolderTable): string {
  return `${HOLDER_RECORD}${JSON.stringify({ name: h.name, kind: h.kind, address: h.address ?? null, certificate: h.certificate ?? null })}`;
}

export const HOLDER_RECORD = "opening holder of record: ";

/** The shares outstanding on the register: every holder's and the exchange trust's (books loaded). */
function sharesOnRegister(books: Books): number {
  return books.accounts("shares").filter((a) => isHolderAccount(a) || a === ACCOUNTS.trust).reduce((sum, a) => sum + books.count(a, "shares"), 0);
}

async function alreadyOnRegister<T extends { id: string }>(register: Register, holders: readonly T[]): Promise<T | undefined> {
  const existing = new Set((await register.db.selectFrom("holders").select("id").execute()).map((r) => r.id));
  return holders.find((h) => existing.has(h.id));
}
