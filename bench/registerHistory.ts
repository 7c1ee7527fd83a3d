/**
 * A register's past for the register's benchmark (the history behind a --full run, written by
 * bench/registerHistoryThread.ts), and what the benchmark's threads share: how far a register's
 * journal runs, a command's value.
 */
import * as lib from "../src/register/index.js";
import { bulkInsert, type Row } from "../src/register/bulk.js";
import { runCommand } from "../src/register/command.js";
import { ACCOUNTS } from "../src/register/accounts.js";
import type { Register } from "../src/register/index.js";

export async function journalRows(register: Register): Promise<number> {
  const r = await register.db.selectFrom("journal").select((eb) => eb.fn.max("seq").as("n")).executeTakeFirstOrThrow();
  return Number(r.n ?? 0);
}

/** A command's value, or its refusal thrown. */
export function value<T>(r: lib.Result<T>): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

/**
 * A register's past, written through its own books (hash-chained, balanced, invariants checked):
 * `certificates` Rights certificates issued to a former holder and surrendered, and `rows` more
 * journal rows of shares lent to it and returned, all dated 2003.
 */
export async function writeHistory(register: Register, rows: number, certificates: number): Promise<void> {
  if (rows + certificates === 0) return;
  const at = Date.parse("2003-01-02T10:00:00-05:00");
  value(await lib.importHolders(register, { csv: "holder,name,kind,shares\nformer,Former holder,certificate,0\n" }));
  value(
    await runCommand(register, { name: "bench-history", args: { rows, certificates } }, async ({ books, command }) => {
      await books.load("shares", "certificates");
      const former = "@former";
      for (let done = 0; done < certificates; done += 50_000) {
        const n = Math.min(50_000, certificates - done);
        const certs: Row[] = [];
        for (let i = 1; i <= n; i++) {
          // The memos the register's own certificates carry (certificates.ts), which `verify` checks the certificates on file against.
          const number = 1_000_000_000 + done + i;
          books.post(at, [{ account: former, asset: "certificates", amount: 1, memo: `Rights certificate no. ${number}: 1 Rights` }, { account: ACCOUNTS.issuer, asset: "certificates", amount: -1 }]);
          books.post(at, [{ account: former, asset: "certificates", amount: -1, memo: `certificate no. ${number} surrendered: history` }, { account: ACCOUNTS.surrendered, asset: "certificates", amount: 1 }]);
          certs.push([number, "former", "certificate", 1, 0, null, "history", command, "surrendered"]);
        }
        await bulkInsert(register, "certificates", ["number", "holder", "form", "rights", "void_rights", "legend", "countersigned", "command", "status"], certs);
        await books.checkpoint();
      }
      for (let done = 0; done < rows; done += 4) {
        books.post(at, [{ account: former, asset: "shares", amount: 100, memo: "history: lent" }, { account: ACCOUNTS.issuer, asset: "shares", amount: -100 }]);
        books.post(at, [{ account: former, asset: "shares", amount: -100, memo: "history: returned" }, { account: ACCOUNTS.issuer, asset: "shares", amount: 100 }]);
        if (done % 200_000 === 0) await books.checkpoint();
      }
      return null;
    }),
  );
}
