/**
 * import-ocf on SQLite and PostgreSQL: an Open Cap Table Format export (test/fixtures/ocf, made
 * up for this test) replayed to its holders of Common Stock, from a folder and from a zip; a
 * bad object is named by its file and line and nothing is imported.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import * as lib from "../src/register/index.js";
import { backends, dropTestDatabases } from "./support/registerDb.js";
import { cli } from "./support/cli.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = join(root, "test/fixtures/ocf");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-ocf-"));

/** A copy of the fixture with `edit` applied to the text of `file`. */
function variant(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const f of readdirSync(fixture)) writeFileSync(join(dir, f), f === file ? edit(readFileSync(join(fixture, f), "utf8")) : readFileSync(join(fixture, f)));
  return dir;
}

afterAll(dropTestDatabases, 120_000);

describe.each(backends)("import-ocf on $name", (backend) => {
  // The split of 2003-06-02 comes after the plan's Record Date (2001-06-14): the Rights per share
  // become 1/2, the Rights stay as many as before it (R-11p).
  it("replays issuances, a transfer, a cancellation and a 2-for-1 split to the holders of Common Stock", async () => {
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: fixture, sharesOutstanding: 8_000_000 });
    expect(r).toMatchObject({ ok: true, value: { holders: 3, shares: 8_000_000, rights: 4_000_000, stockClass: "Common Stock", objects: 15, skipped: { TX_VESTING_START: 1 } } });
    const list = await lib.holderList(register);
    expect(list.map((h) => [h.holder, h.shares, h.rights])).toEqual([["angel", 1_000_000, 500_000], ["founder", 5_000_000, 2_500_000], ["fund-a", 2_000_000, 1_000_000]]);
    expect(list.find((h) => h.holder === "founder")).toMatchObject({ name: "Ada Founder", address: "12 Elm St, Minneapolis, MN, 55401, US", kind: "drs" });
    expect((await lib.verify(register)).ok).toBe(true);
    await lib.closeRegister(register);
  });

  it("reads the same export from an .ocf.zip", async () => {
    const zip = new JSZip();
    for (const f of readdirSync(fixture)) zip.file(f, readFileSync(join(fixture, f)));
    const path = join(scratch, `export-${backend.name}.ocf.zip`);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const register = await lib.openRegister(await backend.fresh());
    expect(await lib.importOcf(register, { path })).toMatchObject({ ok: true, value: { holders: 3, shares: 8_000_000 } });
    await lib.closeRegister(register);
  });

  it("names each bad object by file and line, and imports nothing", async () => {
    const dir = variant(`bad-${backend.name}`, "Transactions.ocf.json", (t) => t.replace('"quantity": "1500000"', '"quantity": "1,500,000"').replace('"currency": "USD"}, "quantity": "500000"', '"currency": "dollars"}, "quantity": "500000"'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("input");
      expect(r.problem.message).toMatch(/Transactions\.ocf\.json line 5 \(item 1\): TX_STOCK_ISSUANCE i2: quantity: expected a fixed-point decimal string/);
      expect(r.problem.message).toMatch(/Transactions\.ocf\.json line 8 \(item 4\): TX_STOCK_ISSUANCE i4: share_price\.currency: expected a three-letter ISO 4217 currency code/);
    }
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });

  it("names a file that is not strict JSON by its line and column (a missing comma, a trailing one), and imports nothing", async () => {
    const dir = variant(`syntax-${backend.name}`, "Transactions.ocf.json", (t) => t.replace('"security_law_exemptions": []},\n    {"object_type": "TX_STOCK_ISSUANCE", "id": "i3"', '"security_law_exemptions": []}\n    {"object_type": "TX_STOCK_ISSUANCE", "id": "i3"'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Transactions\.ocf\.json: not valid JSON: comma expected at line 6, column 5/);
    const trailing = variant(`trailing-${backend.name}`, "StockClasses.ocf.json", (t) => t.replace(/\}\s*\]\s*\}\s*$/, "},\n  ]\n}\n"));
    const again = await lib.importOcf(register, { path: trailing });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problem.message).toMatch(/StockClasses\.ocf\.json: not valid JSON: value expected at line \d+, column \d+/);
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });

  it("refuses an object_type OCF 1.2 does not define (a misspelt issuance would drop its shares), by file and line", async () => {
    const dir = variant(`misspelt-${backend.name}`, "Transactions.ocf.json", (t) => t.replace('{"object_type": "TX_STOCK_ISSUANCE", "id": "i2"', '{"object_type": "TX_STOCK_ISSUANCES", "id": "i2"'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Transactions\.ocf\.json line 5 \(item 1\): object_type "TX_STOCK_ISSUANCES" is not an OCF 1\.2 object type/);
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });

  it("refuses a file with no items array (its objects would be missing without a word), naming the file", async () => {
    const dir = variant(`no-items-${backend.name}`, "Transactions.ocf.json", (t) => t.replace('"items"', '"Items"'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Transactions\.ocf\.json: an OCF file \(OCF_TRANSACTIONS_FILE\) holds its objects in an "items" array, and this one has none/);
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });

  it("refuses a stakeholder id used twice (which one a transaction means cannot be told), naming both lines", async () => {
    const dir = variant(`same-id-${backend.name}`, "Stakeholders.ocf.json", (t) => t.replace(/\n  \]/, ',\n    {"object_type": "STAKEHOLDER", "id": "founder", "name": {"legal_name": "Someone Else"}, "stakeholder_type": "INDIVIDUAL"}\n  ]'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Stakeholders\.ocf\.json line (\d+): STAKEHOLDER founder: the id is also that of the STAKEHOLDER at Stakeholders\.ocf\.json line 4/);
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });

  it("refuses a transfer of more than the security holds", async () => {
    const dir = variant(`over-${backend.name}`, "Transactions.ocf.json", (t) => t.replace('"security_id": "s1", "quantity": "500000"', '"security_id": "s1", "quantity": "3000001"'));
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/line 7: TX_STOCK_TRANSFER t1: quantity 3000001 is more than the 3000000 of security s1/);
    await lib.closeRegister(register);
  });

  it("warns of a listed file whose bytes do not have the manifest's MD5, and reads it as it is", async () => {
    const md5Of = (file: string) => createHash("md5").update(readFileSync(join(fixture, file))).digest("hex");
    const dir = variant(`md5-${backend.name}`, "Manifest.ocf.json", (t) =>
      t.replace('"filepath": "Stakeholders.ocf.json", "md5": ""', `"filepath": "Stakeholders.ocf.json", "md5": "${md5Of("Stakeholders.ocf.json").toUpperCase()}"`).replace('"filepath": "Transactions.ocf.json", "md5": ""', `"filepath": "Transactions.ocf.json", "md5": "${md5Of("StockClasses.ocf.json")}"`),
    );
    const register = await lib.openRegister(await backend.fresh());
    const r = await lib.importOcf(register, { path: dir });
    expect(r.ok).toBe(true);
    // Stakeholders' MD5 is right (in capitals), StockClasses' an empty placeholder: only Transactions is named.
    if (r.ok) expect(r.value.warnings).toEqual([`Manifest.ocf.json line 9: transactions_files: Transactions.ocf.json does not have the MD5 the manifest gives (${md5Of("StockClasses.ocf.json")}, the file's is ${md5Of("Transactions.ocf.json")}): it was changed or damaged after the export; its objects were read as they are`]);
    await lib.closeRegister(register);
  });

  it("reads the files the manifest lists: one outside the export, or a second manifest, is refused and nothing imported", async () => {
    const outside = variant(`outside-${backend.name}`, "Manifest.ocf.json", (t) => t.replace('"filepath": "Transactions.ocf.json"', '"filepath": "../Transactions.ocf.json"'));
    writeFileSync(join(scratch, "Transactions.ocf.json"), readFileSync(join(fixture, "Transactions.ocf.json")));
    const twice = variant(`two-manifests-${backend.name}`, "Stakeholders.ocf.json", (t) => t);
    mkdirSync(join(twice, "copy"));
    writeFileSync(join(twice, "copy/Manifest.ocf.json"), readFileSync(join(fixture, "Manifest.ocf.json")));
    const register = await lib.openRegister(await backend.fresh());
    const r1 = await lib.importOcf(register, { path: outside });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.problem.message).toMatch(/Manifest\.ocf\.json line 9: transactions_files: \.\.\/Transactions\.ocf\.json is not in the export/);
    const r2 = await lib.importOcf(register, { path: twice });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problem.message).toMatch(/2 OCF manifests \(Manifest\.ocf\.json, copy\/Manifest\.ocf\.json\): one export at a time/);
    expect((await lib.report(register)).audit.entries).toBe(0);
    await lib.closeRegister(register);
  });
});

describe.each(backends)("a split after the Record Date, then an exchange before the Distribution Date, on $name", { timeout: 120_000 }, (backend) => {
  // test/fixtures/register-sessions/ocf-split-fractional-rights: 2/3 of a Right per share, 1 Right in fractions.
  const session = join(root, "test/fixtures/register-sessions/ocf-split-fractional-rights");
  it("takes exactly half of each holder's Rights, fractions included, and leaves 1/3 of a Right per share attached (R-24, R-3-attached)", async () => {
    const db = await backend.fresh();
    const register = (...args: string[]) => cli(["register", ...args, "--db", db]);
    for (const args of [["init"], ["import-ocf", join(session, "export")], ["transfer", "--from", "cede", "--to", "raider", "--shares", "390000", "--at", "2004-06-01T09:00:00-04:00"], ["apply", join(session, "scenario.yaml")], ["exchange", "--portion", "0.5", "--at", "2004-06-07T10:00:00-04:00"]]) {
      expect((await register(...args)).status, args.join(" ")).toBe(0);
    }
    // R-24 with R-3-attached (by hand): the exchange takes exactly half of each holder's valid Rights at 1.5
    // shares each (the ratio after the 3-for-2 split, R-11p): cede 8,610,000 x 2/3 / 2 = 2,870,000 Rights,
    // 4,305,000 shares; d01 50,000, 75,000; d02 77,000 x 2/3 / 2 = 25,666 2/3, 38,500; angel 333 1/3, 500:
    // 4,419,000 shares, none in fractions; whole Rights exchanged 2,945,999. The Rights left stay attached at
    // 2/3 x 1/2 = 1/3 per share, the exchange shares too: cede 12,915,000 / 3 = 4,305,000; d01 75,000;
    // d02 38,500; angel 500; the raider 1,590,000 / 3 = 530,000 void (530,000 end with nothing): 4,949,000 =
    // 14,847,000 / 3. Issued 6,951,999 + 1,473,000 on the exchange shares (the valid Rights left, 2,870,000 +
    // 50,000 + 25,667 + 333, become 4,305,000 + 75,000 + 38,500 + 500) = 8,424,999.
    // (The report once counted the exchange shares as 5,891,998.67 fractions; then the register said they carried no Rights.)
    expect(JSON.parse((await register("report", "--json")).stdout)).toMatchObject({ rights: { issued: 8_424_999, outstanding: 4_949_000, void: 530_000, exchanged: 2_945_999, expired: 530_000 }, sharesDelivered: { exchange: 4_419_000 }, reconciled: true });
    // No fraction of a Right is left on any holder's shares (1/3 per share on whole thirds): nothing to pay in lieu.
    expect((await register("distribute", "--right-value", "0.30")).status).toBe(0);
    expect(JSON.parse((await register("report", "--json")).stdout)).toMatchObject({ rights: { outstanding: 4_949_000 }, cash: { cashInLieu: "0" }, certificates: 5, reconciled: true });
    expect((await register("verify")).status).toBe(0);
  });
});
