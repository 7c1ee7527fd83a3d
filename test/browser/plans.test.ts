/**
 * The Plans page in chromium: the terms in force by section, the differences from another plan
 * and between two dates of one plan (each table with its downloads), and "what would this
 * amendment change", judged by the engine in a saved scenario after its Distribution Date.
 */
import { expect, it } from "vitest";
import { describeInChromium } from "./session.js";
import { downloaded, seriousViolations, signIn } from "./support.js";

describeInChromium("the Plans page in chromium", ({ pageAs, server }) => {
  it("compares two plans and two dates of one plan, and judges a drafted amendment after the Distribution Date (R-27)", async () => {
    const page = await pageAs(null);
    const scripts: Promise<[string, number]>[] = [];
    page.on("response", (r) => void (r.url().endsWith(".js") && scripts.push(r.body().then((b) => [r.url(), b.length]))));
    await signIn(page, server().url, await server().tokenFor("analyst"));
    await page.locator("table.terms").first().waitFor();
    await page.getByRole("heading", { name: "What would this amendment change" }).waitFor();
    // The page every user lands on loads none of the workbench, its editor, charts or engine, nor
    // exceljs (3.8 MB of scripts when it loaded the workbench's chunk; about 0.24 MB without).
    const loaded = await Promise.all(scripts);
    expect(loaded.map(([url]) => url).filter((url) => /\/(Workbench|YamlEditor|Chart|chartData|exceljs)[.-]/.test(url))).toEqual([]);
    expect(loaded.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThan(500_000);
    const [terms] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download CSV: Terms of/ }).click()]);
    expect((await downloaded(terms)).toString("utf8")).toMatch(/^section,term,value,source,assumed\r\n.*acquiringPersonThresholdPercent/s);

    await page.getByLabel("Other plan", { exact: true }).selectOption("selectica-2009");
    await page.getByRole("button", { name: "Compare the plans" }).click();
    const diff = page.getByRole("table", { name: /against selectica-2009/ });
    await expect.poll(() => diff.textContent(), { timeout: 20_000 }).toContain("acquiringPersonThresholdPercent");

    await page.getByLabel("From", { exact: true }).fill("2003-12-21");
    await page.getByLabel("to", { exact: true }).fill("2003-12-23");
    await page.getByRole("button", { name: "Compare the dates" }).click();
    await page.getByRole("table", { name: "Terms changed between 2003-12-21 and 2003-12-23" }).waitFor();

    await page.getByLabel("Term", { exact: true }).selectOption("acquiringPersonThresholdPercent");
    await page.getByLabel("New value", { exact: true }).fill("20");
    await page.getByLabel("Effective", { exact: true }).fill("2004-05-25");
    await page.getByLabel("Judged in", { exact: true }).selectOption("01-bidder-crosses-and-files-13d");
    await page.getByRole("button", { name: "Judge the amendment" }).click();
    const verdict = page.getByTestId("amendment-verdict");
    await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).toContain("acquiringPersonThresholdPercent: 15");
    expect(await verdict.locator("li").count()).toBeGreaterThan(0);
    expect(await verdict.textContent()).toMatch(/R-27/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
