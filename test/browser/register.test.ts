/**
 * The register in chromium, as the Rights Agent runs it: create, import holders of record,
 * transfer, issue new shares, apply the facts, run the distribution (its progress read from the job's server-sent
 * events), read a holder's page with its void Rights and legend, exercise with the certification,
 * transfer Rights alone after the distribution, verify and download the holder list; a holder's token sees its own position and no command.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeInChromium } from "./session.js";
import { downloaded, root, screenshot, seriousViolations, signIn } from "./support.js";

describeInChromium("the register in chromium", ({ pageAs, server }) => {
  it("runs a distribution on the demo register as the Rights Agent and exercises a holder's Rights with the certification", async () => {
    const page = await pageAs("agent");
    await page.getByRole("link", { name: "Register" }).click();
    const setup = page.getByRole("region", { name: "Set up" });
    // What the last command answered: its status line, or the refusal it showed instead.
    const status = { textContent: async () => ((await setup.getByRole("alert").count()) ? await setup.getByRole("alert").textContent() : await setup.getByTestId("setup-status").textContent()) };
    await page.getByRole("button", { name: "Create the register" }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("Register created");
    await page.getByLabel("Import holders of record (CSV)").setInputFiles(join(root, "examples/holders.csv"));
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("Holders imported");
    await page.getByLabel("Transfer from").fill("cede");
    await page.getByLabel("Transfer to").fill("raider");
    // A count typed as people write it, with separators (the field was a number input, which refused "200,000").
    await page.getByLabel("Transfer shares").fill("200,000");
    await page.getByLabel("Transfer at (date)").fill("2004-06-01");
    await page.getByRole("button", { name: "Transfer", exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("Transferred");
    // New shares before the Distribution Date come with their Rights (R-3-attached).
    await page.getByLabel("Issue new shares to").fill("c01");
    await page.getByLabel("New shares", { exact: true }).fill("1,000");
    await page.getByLabel("Issue at (date)").fill("2004-06-02");
    await page.getByRole("button", { name: "Issue", exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("Shares issued");
    await page.getByLabel("Scenario's facts").selectOption("register-pill");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("Facts of register-pill applied");
    // The distribution runs as a job whose progress the page reads from its server-sent events.
    const streams: string[] = [];
    page.on("request", (r) => void (/\/api\/jobs\/[^/]+\/events$/.test(r.url()) && streams.push(r.url())));
    await page.getByRole("button", { name: "Run the distribution" }).click();
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toContain("Distribution done");
    expect(streams.length).toBeGreaterThan(0);
    expect(await page.getByTestId("run-status").textContent()).toContain("2004-06-14");

    await page.getByLabel("Search holders of record").fill("raider");
    const raider = page.locator("table tbody tr", { hasText: "Raider Partners LP" });
    expect(await raider.textContent()).toContain("1,600,000");
    // The raider's page: its void Rights flagged (R-7e), and its certificate with the legend.
    await page.getByRole("button", { name: "raider", exact: true }).click();
    const holderPage = page.getByTestId("holder-page");
    await expect.poll(() => holderPage.getByTestId("holder-void").textContent(), { timeout: 20_000 }).toContain("1,600,000 void, R-7e");
    expect(await holderPage.getByRole("table", { name: "Certificates of raider" }).textContent()).toContain("R-7e: The Rights represented by this certificate");
    await page.getByLabel("Search holders of record").fill("d01");
    await page.getByRole("button", { name: "d01", exact: true }).click();
    await page.getByLabel("Rights to exercise").fill("100");
    await page.getByLabel("On (date; default today)").fill("2004-06-30");
    expect(await page.getByRole("button", { name: "Exercise", exact: true }).isDisabled()).toBe(true);
    await page.getByLabel(/certifies that it is not an Acquiring Person/).check();
    await page.getByRole("button", { name: "Exercise", exact: true }).click();
    await expect.poll(() => page.getByTestId("exercise-status").textContent()).toContain("Exercised");
    // d01's page now shows the exercise, the Purchase Price paid and the cash in lieu of the fraction (R-14).
    await expect.poll(() => holderPage.getByRole("table", { name: "Exercises by d01" }).textContent(), { timeout: 20_000 }).toContain("2004-06-30");
    const payments = await holderPage.getByRole("table", { name: "Payments to and from d01" }).textContent();
    expect(payments).toContain("Purchase Price paid");
    expect(payments).toContain("cash in lieu");
    // Money in dollars, as the balance above and the command's answer give it (the tables showed 1500 and 0.3; web2).
    expect(payments).toContain("-$1,500.00");
    expect(payments).toContain("$0.30");
    const exercised = await holderPage.getByRole("table", { name: "Exercises by d01" }).locator("tbody tr").first().locator("td").allTextContents();
    expect(exercised.slice(2, 5)).toEqual(["$1,500.00", "934 common", "$0.30"]);
    // The download keeps the exact numbers, for a spreadsheet to add up.
    const [exercises] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV: Exercises by d01" }).click()]);
    expect((await downloaded(exercises)).toString("utf8")).toMatch(/\r?\n2004-06-30T09:00:00-04:00,100,1500,934 common,0\.3,/);
    expect(await holderPage.getByRole("table", { name: "Certificates of d01" }).textContent()).toContain("surrendered");
    // After the distribution d01 sells 50 of its Rights alone (R-3-separation): its certificate surrendered, d02 gets one.
    await page.getByLabel("Rights to transfer").fill("50");
    await page.getByLabel("To holder of record").fill("d02");
    await page.getByLabel("Date of the transfer (default today)").fill("2004-07-01");
    await page.getByRole("button", { name: "Transfer Rights" }).click();
    await expect.poll(() => page.getByTestId("transfer-rights-status").textContent()).toContain("Rights transferred");
    await expect.poll(() => holderPage.getByRole("table", { name: "Certificates of d01" }).textContent(), { timeout: 20_000 }).toMatch(/surrendered.*surrendered/s);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "holder");
    await page.getByRole("button", { name: "Verify the register" }).click();
    await page.getByTestId("verify").waitFor();
    await page.getByLabel("Search holders of record").fill("");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download XLSX: Holders of record" }).click()]);
    expect((await downloaded(xlsx)).subarray(0, 2).toString()).toBe("PK");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV: Holders of record" }).click()]);
    expect((await downloaded(csv)).toString("utf8")).toMatch(/^holder,name,kind,address,shares,rights,voidRights/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, "register");
    await page.close();

    // A holder's token sees its own position only, and no command.
    const holder = await pageAs(null);
    await signIn(holder, server().url, await server().tokenFor("holder", "d01"));
    expect(await holder.getByRole("navigation", { name: "Pages" }).getByRole("link").allTextContents()).toEqual(["Register"]);
    await holder.getByRole("heading", { name: "My positions" }).waitFor();
    await expect.poll(() => holder.getByRole("status").first().textContent()).toBe("1 of 1 rows");
    expect(await holder.getByRole("button", { name: "Run the distribution" }).count()).toBe(0);
    expect(await seriousViolations(holder)).toEqual([]);
    await holder.close();
  });
});
