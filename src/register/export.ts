/**
 * `register export`: the holder list with each holder's shares, valid and void Rights, cash,
 * outstanding certificates (each stating what the holder holds: certificates.ts restates them) and
 * the exchange shares the trust holds for it, as CSV or as an Excel workbook (exceljs).
 */
import { inTurn } from "./command.js";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { once } from "node:events";
import { InputError } from "../errors.js";
import { csvCell } from "../export/csvCell.js";
import { holderAccount } from "./accounts.js";
import type { Register } from "./database.js";
import { balanceOf, readControl } from "./invariants.js";

export interface HolderListRow {
  readonly holder: string;
  readonly name: string;
  readonly kind: string;
  readonly address: string;
  readonly shares: number;
  readonly rights: number;
  readonly voidRights: number;
  readonly cash: string;
  readonly certificates: string;
  readonly legend: boolean;
  /** exchange shares the trust holds for the holder, not yet claimed (held for it, beside its shares of record). */
  readonly inTrust: number;
}

const COLUMNS: (keyof HolderListRow)[] = ["holder", "name", "kind", "address", "shares", "rights", "voidRights", "cash", "certificates", "legend", "inTrust"];

/** The holder list, read in turn with the register's commands (never one half done). */
export function holderList(register: Register): Promise<HolderListRow[]> {
  return inTurn(register, () => holderListOf(register));
}

async function holderListOf(register: Register): Promise<HolderListRow[]> {
  const b = await readControl(register);
  const holders = await register.db.selectFrom("holders").selectAll().orderBy("id").execute();
  const certificates = await register.db.selectFrom("certificates").select(["number", "holder", "legend"]).where("status", "=", "outstanding").orderBy("number").execute();
  const byHolder = new Map<string, { numbers: number[]; legend: boolean }>();
  for (const c of certificates) {
    const entry = byHolder.get(c.holder) ?? byHolder.set(c.holder, { numbers: [], legend: false }).get(c.holder)!;
    entry.numbers.push(c.number);
    entry.legend ||= c.legend !== null;
  }
  return holders.map((h) => {
    const account = holderAccount(h.id);
    const certs = byHolder.get(h.id);
    return {
      holder: h.id,
      name: h.name,
      kind: h.kind,
      address: h.address ?? "",
      shares: balanceOf(b, account, "shares").toNumber(),
      rights: balanceOf(b, account, "rights").toNumber(),
      voidRights: balanceOf(b, account, "void").toNumber(),
      cash: balanceOf(b, account, "cash").toString(),
      certificates: certs?.numbers.join(" ") ?? "",
      legend: certs?.legend ?? false,
      inTrust: balanceOf(b, account, "trust-claims").toNumber(),
    };
  });
}

/** Writes the holder list to `path`: FILE.xlsx as a workbook, FILE.csv as CSV; any other name is bad input. */
export async function writeHolderList(rows: readonly HolderListRow[], path: string): Promise<void> {
  const type = /\.(csv|xlsx)$/i.exec(path)?.[1].toLowerCase();
  if (!type) throw new InputError(`the holder list is written as FILE.csv or FILE.xlsx, not ${path}`, []);
  if (type === "xlsx") {
    const { default: ExcelJS } = await import("exceljs"); // loaded only for workbooks: it takes most of a second
    // The streaming writer: each row goes to the file as it is added (the whole workbook in memory took 1.8 GB for 100,000 holders).
    const stream = createWriteStream(path);
    await writable(path, () => once(stream, "open").then(() => undefined));
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    const sheet = book.addWorksheet("Holders of record");
    sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === "name" || key === "address" ? 30 : 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(r).commit();
    sheet.commit();
    await writable(path, () => book.commit());
    return;
  }
  const lines = [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(","))];
  await writable(path, () => writeFile(path, lines.join("\n") + "\n"));
}

/** Writes the file, or says why it cannot be written (a missing folder, no permission) as bad input. */
async function writable(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new InputError(`cannot write the holder list to ${path}: ${(e as Error).message}`, []);
  }
}
