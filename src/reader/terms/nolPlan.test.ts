import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const nol = (text: string) => readTexts([{ file: "t.txt", text }]).terms.nolPlan?.value;

describe("NOL plan", () => {
  it.each([
    ["any other securities that would be treated as \"stock\" under Section 382 of the Internal Revenue Code", true],
    ["The Board adopted the Rights Agreement to protect the Company's ability to use its net operating losses.", true],
    ["On April 7, 2016 our Board of Directors adopted a Tax Asset Protection Rights Plan.", true],
    ["the Board had adopted a Tax Benefit Preservation Plan (the \"Plan\")", true],
    ["designed to preserve our tax benefits", true],
    ["Under the guise of protecting its accrued tax benefits, the board declares a dividend distribution of one right for each share.", true],
    ["The Rights Agreement is not a tax benefits preservation plan.", false],
    ["The First Amendment had reduced the acquisition threshold to 5% in order to protect the Partnership's Net Operating Loss Carryforwards (NOLs). However, the Partnership believes that such protection is no longer required.", false],
  ])("%s", (text, value) => {
    expect(nol(text)).toBe(value);
  });
  it("is not found in a news page's links to other stories", () => {
    expect(nol("Acme REIT adopted a rights plan with a 10% trigger.\nRelated: Sunbelt REIT Corvid Living sets 4.9% NOL pill | Harborview Trust extends rights plan")).toBeUndefined();
  });
  it("is not found where tax is only mentioned", () => {
    expect(nol("While the distribution of the Rights will not be taxable to stockholders, stockholders may recognize taxable income.")).toBeUndefined();
  });
});
