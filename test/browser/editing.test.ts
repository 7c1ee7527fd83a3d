/**
 * Editing a scenario in chromium: the YAML editor completes from the scenario's JSON Schema and
 * marks a problem at its line; the date picker (a date and a New York time) moves an event and the
 * evaluated Distribution Date moves with it; the as-of slider replays the state at an earlier instant.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInChromium } from "./session.js";
import { screenshot, seriousViolations } from "./support.js";

describeInChromium("editing a scenario in chromium", ({ pageAs }) => {
  /** The analyst's workbench with the shared example 01 open and evaluated (Distribution Date 2004-05-17). */
  async function exampleEvaluated(): Promise<Page> {
    const page = await pageAs("analyst");
    await page.getByRole("link", { name: "Scenario workbench" }).click();
    await page.getByLabel("Open a saved scenario").selectOption("01-bidder-crosses-and-files-13d");
    await expect.poll(() => page.getByLabel("Title").inputValue()).toContain("16%");
    await page.getByRole("button", { name: "Evaluate" }).click();
    await expect.poll(() => page.getByTestId("state-distribution-date").textContent(), { timeout: 20_000 }).toContain("2004-05-17T17:00:00-04:00");
    return page;
  }

  it("completes a field from the JSON Schema and marks a wrong value at its line, in the CLI's words", async () => {
    const page = await pageAs("analyst");
    await page.getByRole("link", { name: "Scenario workbench" }).click();
    await page.getByRole("tab", { name: "YAML" }).click();
    const editor = page.getByRole("textbox", { name: "Scenario (YAML)" });
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("as");
    const list = page.locator(".cm-tooltip-autocomplete");
    await list.getByText("asOf", { exact: true }).waitFor();
    // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay, against accidental picks).
    await page.waitForTimeout(200);
    await page.keyboard.press("Enter");
    await page.keyboard.type("yesterday");
    const problems = page.getByTestId("yaml-problems");
    await problems.getByText(/^Line 9: asOf/).waitFor();
    await page.locator(".cm-lintRange-error").first().waitFor();
    await page.locator(".cm-lint-marker-error").first().waitFor();
    expect(await page.locator(".cm-line").nth(8).textContent()).toBe("asOf: yesterday");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "yaml-editor");
    for (let i = 0; i < "yesterday".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.type("'2004-05-20'");
    await problems.getByText("The scenario is valid.").waitFor();
    await page.getByRole("tab", { name: "Forms" }).click();
    expect(await page.getByLabel("As of, date").inputValue()).toBe("2004-05-20");
    await page.close();
  });

  it("moves an event with the date picker in New York time, and the Distribution Date moves with it", async () => {
    const page = await exampleEvaluated();
    // The 13D a day earlier, on Tuesday 2004-05-04: ten days later is Friday 2004-05-14 (R-3a(i)).
    await page.getByLabel("Event 2 date").fill("2004-05-04");
    await page.getByLabel("Event 2 time, New York").fill("16:30");
    await page.getByRole("button", { name: "Evaluate" }).click();
    await expect.poll(() => page.getByTestId("state-distribution-date").textContent(), { timeout: 20_000 }).toContain("2004-05-14T17:00:00-04:00");
    await page.getByRole("tab", { name: "Timeline" }).click();
    expect(await page.getByTestId("timeline").textContent()).toContain("2004-05-04 16:30");
    await page.close();
  });

  it("replays the state at an earlier instant with the as-of slider", async () => {
    const page = await exampleEvaluated();
    expect(await page.getByTestId("state-status").textContent()).toContain("separated");
    const slider = page.getByRole("slider", { name: "As of" });
    await slider.focus();
    // The instants are the two events and the as-of date: one step back is the 13D, 2004-05-05 9:00.
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.getByRole("heading", { name: /^State as of/ }).textContent(), { timeout: 20_000 }).toContain("2004-05-05T09:00:00-04:00");
    expect(await page.getByTestId("state-status").textContent()).not.toContain("separated");
    expect(await page.getByTestId("state-distribution-date").textContent()).toContain("none");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByTestId("state-status").textContent(), { timeout: 20_000 }).toContain("separated");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
