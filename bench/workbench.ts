/**
 * The workbench's register page over many holders of record (`npx tsx bench/workbench.ts
 * --holders=100000`; never run by the tests). It starts the built server on a fresh database,
 * imports N holders of record through the API (a job), then drives Debian's chromium as a person
 * would: opens the register, searches for one holder, sorts by shares, goes to the last page and
 * opens a holder's page, timing each step from the action to the rows on screen.
 * Results: bench/results/workbench.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { launch, root, signIn, startServer } from "../test/browser/support.js";

const HOLDERS = Number(process.argv.find((a) => a.startsWith("--holders="))?.split("=")[1] ?? 100_000);
const SHARES_EACH = 100;

function holdersCsv(n: number): string {
  const lines = ["holder,name,kind,shares"];
  for (let i = 1; i <= n; i++) lines.push(`h${String(i).padStart(6, "0")},Holder ${i},drs,${SHARES_EACH}`);
  return lines.join("\n") + "\n";
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, Math.round(performance.now() - start)];
}

const server = await startServer();
const browser = await launch();
try {
  const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${server.adminToken}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  await post("/api/register/init", { plan: "net-perceptions" });
  const [imported, importMs] = await timed(async () => (await post("/api/register/import-holders?wait=true", { csv: holdersCsv(HOLDERS), sharesOutstanding: HOLDERS * SHARES_EACH })).json());
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, server.url, server.adminToken);
  const rows = page.getByRole("status").filter({ hasText: /rows$/ }).first();
  const [, openMs] = await timed(async () => {
    await page.getByRole("link", { name: "Register" }).click();
    await page.getByText(`${HOLDERS.toLocaleString("en-US")} of ${HOLDERS.toLocaleString("en-US")} rows`).waitFor({ timeout: 120_000 });
  });
  const last = `h${String(HOLDERS).padStart(6, "0")}`;
  const [, searchMs] = await timed(async () => {
    await page.getByLabel("Search holders of record").fill(last);
    await page.getByText(`1 of ${HOLDERS.toLocaleString("en-US")} rows`).waitFor();
  });
  await page.getByLabel("Search holders of record").fill("");
  await page.getByText(`${HOLDERS.toLocaleString("en-US")} of`).first().waitFor();
  const [, sortMs] = await timed(async () => {
    await page.getByRole("button", { name: "shares", exact: true }).click();
    await page.locator('th[aria-sort="ascending"]').waitFor();
  });
  const [, lastPageMs] = await timed(async () => {
    await page.getByRole("button", { name: "Last" }).first().click();
    await page.getByText(`Page ${Math.ceil(HOLDERS / 50).toLocaleString("en-US")} of`).waitFor();
  });
  const [, holderMs] = await timed(async () => {
    await page.getByLabel("Search holders of record").fill(last);
    await page.getByRole("button", { name: last, exact: true }).click();
    await page.getByRole("table", { name: `Certificates of ${last}` }).waitFor();
  });
  const result = {
    holders: HOLDERS,
    rowsShown: await rows.textContent(),
    importJob: { ms: importMs, state: imported.job?.state },
    ms: { openRegister: openMs, search: searchMs, sortByShares: sortMs, lastPage: lastPageMs, openHolderPage: holderMs },
    machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 10) / 10) },
    at: new Date().toISOString(),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(resolve(root, "bench/results"), { recursive: true });
  writeFileSync(resolve(root, "bench/results/workbench.json"), JSON.stringify(result, null, 2) + "\n");
} finally {
  await browser.close();
  await server.stop();
}
