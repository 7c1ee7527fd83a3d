import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const planDate = (text: string) => readTexts([{ file: "t.txt", text }]).terms.agreementDate?.value;

describe("plan date", () => {
  it.each([
    ["The Company and the Rights Agent are parties to a Rights Agreement dated as of June 1, 2001.", "2001-06-01"],
    ["On April 6, 2020, the Board of Directors acted to preserve the Company's tax assets through adoption of a shareholder rights plan.", "2020-04-06"],
    ["The Board of Directors adopted a stockholder rights plan on March 6, 2020.", "2020-03-06"],
    ["The Company announced on March 9, 2020 that its board had adopted a rights plan on March 6, 2020.", "2020-03-06"],
    ["The rights plan, which was adopted on March 25, 2020, will expire on March 25, 2021.", "2020-03-25"],
    ["On June 9, 2022, the Board of Directors (the \"Board\") of Northwind Inc., a corporation continued under the Business Corporations Act (British Columbia) (the \"Company\"), declared a dividend of one right for each outstanding common share.", "2022-06-09"],
    ["to the Rights Agreement, dated as of April 24, 2001 (the \"Rights Agreement\")", "2001-04-24"],
    ["the Preferred Stock Rights Agreement originally dated as of September 4, 2002 and amended and restated as of October 8, 2002", "2002-09-04"],
    ["to the Amended and Restated Rights Agreement dated as of September 21, 2004, between", "2004-09-21"],
    ["Gannett Co., Inc. amended its Rights Plan Agreement, dated as of May 21, 1990 (the \"Rights Agreement\")", "1990-05-21"],
    ["set forth in a Tax Benefit Preservation Plan (the \"Plan\"), dated as of April 22, 2016, between the Company and Computershare Inc.", "2016-04-22"],
    ["WHEREAS, on September 13, 1996 the Company and the Rights Agent entered into a Rights Agreement (the \"Original Agreement\");", "1996-09-13"],
    ["On May 18, 2016, the Board of Directors (the \"Board\") of the Company entered into a rights agreement with Computershare.", "2016-05-18"],
    ["On March 1, 2001, the Board of Directors of Yahoo! Inc. (the \"Company\") declared a dividend distribution of one Right.", "2001-03-01"],
    ["On December 13, 2019, the Board of Directors of the Company adopted a stockholder rights plan.", "2019-12-13"],
    ["On April 7, 2016 our Board of Directors adopted a Tax Asset Protection Rights Plan.", "2016-04-07"],
    ["On June 3, 2015 the Company's Board adopted a shareholder rights plan.", "2015-06-03"],
    ["On March 3, 2015, the Company entered into that certain Tax Benefit Protection Plan Agreement with the rights agent.", "2015-03-03"],
    ["WHEREAS, on August 17, 1995 the Board of Directors of the Company authorized and declared a dividend of one preference share purchase right", "1995-08-17"],
    ["Pursuant to our tax benefits preservation plan (\"Plan\") adopted January 5, 2017, as amended on April 13, 2017", "2017-01-05"],
  ])("%s", (text, date) => {
    expect(planDate(text)).toBe(date);
  });

  it("takes the agreement's date, not its amendments' or a registration statement's", () => {
    expect(planDate("entered into an Amendment No. 1 to Rights Agreement, dated December 22, 2003, between the Company and the Rights Agent.")).toBeUndefined();
    expect(planDate("THIS AMENDMENT NO. 1 TO RIGHTS AGREEMENT, dated as of April 15, 1996, between the Company and the Rights Agent.")).toBeUndefined();
    expect(planDate("as amended by Amendments No. 1 and 2 to Rights Agreement dated as of December 22, 2003 and April 21, 2004, respectively.")).toBeUndefined();
    expect(planDate("Item 1 of Gannett Co., Inc.'s Registration Statement on Form 8-A, dated May 23, 1990, is hereby amended.")).toBeUndefined();
    expect(planDate("On July 31, 2020, the Board of Directors of the Company adopted an amendment to the Rights Plan.")).toBeUndefined();
    expect(planDate("On April 20, 2016, the Company filed a Registration Statement on Form S-8 to effect the 2016 Inducement Equity Incentive Plan.")).toBeUndefined();
  });
});
