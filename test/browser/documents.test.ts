/**
 * Documents in chromium: a shared example's memo, previewed and downloaded as HTML, DOCX and the
 * browser's PDF; a filing read with its terms highlighted, one fixed by selecting its words and
 * saved as a plan, and a batch of filings read into one table downloaded as XLSX.
 */
import { join } from "node:path";
import JSZip from "jszip";
import { PDFDocument } from "pdf-lib";
import { expect, it } from "vitest";
import { describeInChromium } from "./session.js";
import { downloaded, root, screenshot, seriousViolations } from "./support.js";

describeInChromium("memos and filings in chromium", ({ pageAs }) => {
  it("opens a shared example, evaluates it and downloads its memo as HTML, DOCX and PDF", async () => {
    const page = await pageAs("analyst");
    await page.getByRole("link", { name: "Scenario workbench" }).click();
    await page.getByLabel("Open a saved scenario").selectOption("01-bidder-crosses-and-files-13d");
    await expect.poll(() => page.getByLabel("Title").inputValue()).toContain("16%");
    await page.getByRole("button", { name: "Evaluate" }).click();
    await page.getByTestId("state-distribution-date").waitFor();
    expect(await page.getByTestId("state-distribution-date").textContent()).toContain("2004-05-17T17:00:00-04:00");
    await page.getByRole("link", { name: "Write its memo" }).click();
    await page.getByLabel("From").fill("Counsel to the Company");
    await page.getByRole("button", { name: "Write the memo" }).click();
    await page.frameLocator("iframe.memo-preview").locator("body").waitFor();
    const body = await page.frameLocator("iframe.memo-preview").locator("body").textContent();
    expect(body).toContain("PRIVILEGED AND CONFIDENTIAL");
    expect(body).toContain("Counsel to the Company");
    expect(body).toContain("R-3a");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "memo");
    const [html] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download HTML" }).click()]);
    expect(html.suggestedFilename()).toMatch(/^memo-01-bidder-crosses-and-files-13d-\d{4}-\d{2}-\d{2}\.html$/);
    const memoHtml = (await downloaded(html)).toString("utf8");
    expect(memoHtml).toContain("Counsel to the Company");
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download DOCX" }).click()]);
    const word = await (await JSZip.loadAsync(await downloaded(docx))).file("word/document.xml")!.async("string");
    expect(word).toContain("A bidder buys 16% on Monday and files a 13D on Wednesday");
    expect(word).toContain("Counsel to the Company");
    expect(word).toContain("PRIVILEGED AND CONFIDENTIAL");
    // PDF is the browser's print of the memo: the button prints the preview, and chromium prints that HTML to a PDF.
    await page.frameLocator("iframe.memo-preview").locator("body").evaluate(() => { (window as unknown as { printed: boolean }).printed = false; window.print = () => { (window as unknown as { printed: boolean }).printed = true; }; });
    await page.getByRole("button", { name: "Print or save as PDF" }).click();
    expect(await page.frameLocator("iframe.memo-preview").locator("body").evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    const printed = await pageAs(null);
    await printed.setContent(memoHtml);
    const pdf = await PDFDocument.load(await printed.pdf({ format: "Letter" }));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    await printed.close();
    await page.close();
  });

  it("reads a filing, shows its terms highlighted, fixes one by selection and saves the plan", async () => {
    const page = await pageAs("analyst");
    await page.getByRole("link", { name: "Reader" }).click();
    await page.getByLabel(/Drop a filing here/).setInputFiles(join(root, "../shared/filings/002_yahoo-2001-summary.txt"));
    await page.getByTestId("terms-read").waitFor();
    expect(await page.getByTestId("terms-read").textContent()).toContain("Yahoo! Inc.");
    expect(await page.locator("pre.filing mark").count()).toBeGreaterThan(3);
    // Select the words "EquiServe Trust Company" and make them the Rights Agent's passage.
    await page.locator("pre.filing").evaluate((pre) => {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf("EquiServe Trust Company");
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + "EquiServe Trust Company".length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          pre.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
          return;
        }
      }
    });
    await page.getByLabel("is the passage of").selectOption("rightsAgent");
    await page.getByRole("button", { name: "Fix the term" }).click();
    expect(await page.getByTestId("terms-read").textContent()).toContain("rightsAgent (fixed by hand)");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "reader");
    await page.getByLabel("Plan id").fill("yahoo-2001");
    await page.getByRole("button", { name: "Save as a plan" }).click();
    await expect.poll(() => page.getByTestId("save-plan-status").textContent()).toContain("Saved as plan yahoo-2001");
    await page.getByRole("link", { name: "Plans", exact: true }).click();
    // The plan this test saved (another test may have saved a plan read from the same filing, under its own id).
    await page.getByRole("navigation", { name: "Plans" }).locator('a[href="#/plans/yahoo-2001"]').click();
    await expect.poll(() => page.locator("table.terms").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("EquiServe Trust Company")]));

    // The batch tab: a folder of filings, one row each, the table as XLSX.
    await page.getByRole("link", { name: "Reader" }).click();
    await page.getByRole("tab", { name: "Batch" }).click();
    await page.getByLabel("Drop filings here, or choose them").setInputFiles(["002_yahoo-2001-summary.txt", "004_software-spectrum-1996-summary.txt"].map((f) => join(root, "../shared/filings", f)));
    await page.getByRole("status").filter({ hasText: "2 filings read" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("table", { name: "Terms by filing" }).locator("tbody tr").count()).toBe(2);
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download XLSX: Terms by filing" }).click()]);
    expect((await downloaded(xlsx)).subarray(0, 2).toString()).toBe("PK");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
