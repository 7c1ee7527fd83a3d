import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const recordDate = (text: string) => readTexts([{ file: "t.txt", text }]).terms.recordDate?.value;

describe("record date", () => {
  it.each([
    ["to stockholders of record at the close of business on June 14, 2001 (the \"Record Date\").", "2001-06-14"],
    ["Under the Rights Plan, each holder of common units of Acme at the close of business on December 31, 2008 will automatically receive a distribution of one right.", "2008-12-31"],
    ["The plan allows for the distribution of unit purchase rights to all outstanding Common and General Partner Units as of April 4, 2023.", "2023-04-04"],
    ["The distribution is payable on December 31, 1996 to the shareholders of record on December 16, 1996.", "1996-12-16"],
    ["The dividend is payable to holders of record as of the close of business on February 15, 2013 (the \"Record Date\").", "2013-02-15"],
    ["outstanding as of the Close of Business on August 30, 1995 (the \"Record Date\"), each Right", "1995-08-30"],
    ["The dividend was paid at close of business on May 31, 2016 to the stockholders of record on that date.", "2016-05-31"],
    ["The Board declared a dividend distribution of one right per share of the Company's outstanding common stock as of March 2, 1998 under a Rights Agreement.", "1998-03-02"],
    ["The Board set a record date of June 14, 2001 for the distribution of the Rights.", "2001-06-14"],
    ["Each share of Common Stock outstanding at the close of business on June 14, 2001, will receive one Right.", "2001-06-14"],
  ])("%s", (text, date) => {
    expect(recordDate(text)).toBe(date);
  });

  it("is not the record date of a cash dividend that pays a redemption", () => {
    expect(recordDate("The redemption price of $0.01 per share will be paid as part of the $0.03 per share dividend on February 17, 2015, to shareholders of record as of February 2, 2015.")).toBeUndefined();
  });
});

describe("record date (round three of unseen texts)", () => {
  it("reads news's date named as the record date after a company's possessive", () => {
    expect(recordDate("The Board declared a dividend of one right for each outstanding share of Harbor's common stock as of the close of business on March 3, 2022, the record date.")).toBe("2022-03-03");
  });
});

describe("record date (round sixteen of unseen texts)", () => {
  it("reads an agreement's recital of the holders of record of the shares outstanding on a date", () => {
    const t = readTexts([{ file: "t.txt", text: "WHEREAS, the Board of Directors has authorized and directed the issuance to the holders of record of Common Shares of the Company outstanding on March 2, 2001 of one Right with respect to each Common Share." }]).terms;
    expect(t.recordDate?.value).toBe("2001-03-02");
    expect(t.recordDate?.quote).toContain("holders of record of");
  });
});
