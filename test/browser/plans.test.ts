/**
 * The Plans page in chromium: the terms in force by section, the differences from another plan
 * and between two dates of one plan (each table with its downloads), and "what would this
 * amendment change", judged by the engine in a saved scenario after its Distribution Date.
 */
import { expect, it } from "vitest";
import { describeInChromium } from "./session.js";
import { downloaded, seriousViolations } from "./support.js";

describeInChromium("the Plans page in chromium", ({ pageAs }) => {
  it("compares two plans and two dates of one plan, and judges a drafted amendment after the Distribution Date (R-27)", async () => {
    const page = await pageAs("analyst");
    await page.locator("table.terms").first().waitFor();
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
