import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const read = (text: string) => readTexts([{ file: "t.txt", text }]);
const price = (text: string) => read(text).terms.purchasePrice?.value;

describe("purchase price", () => {
  it.each([
    ["a unit of Series A Preferred Stock at a purchase price of $15 per Unit, subject to adjustment", "15"],
    ["at a Purchase Price of $250 per Unit, subject to adjustment", "250"],
    ["at a price of $ 150.00 per one one-thousandth of a share of Preferred Stock (the \"Purchase Price\")", "150"],
    ["each Right is exercisable to purchase, for $16.14 (the \"Purchase Price\"), 1/1,000th of a share", "16.14"],
    ["1 one-thousandth of a share, at an exercise price of $60 per 1 one-thousandth of a preferred share", "60"],
    ["would allow its holder to purchase one one-hundredth of a share for a purchase price of $400.00.", "400"],
    ["the Rights have an initial exercise price of $45.50 per Right.", "45.5"],
    ["Each Right will entitle holders to buy, upon certain events, one unit of a share of preferred stock for $175.00.", "175"],
    ["each Right entitles the holder to purchase one one-thousandth of a share of Common Stock at a price equal to the quotient of $90.00 divided by one thousand for each such fraction", "0.09"],
  ])("%s", (text, value) => {
    expect(price(text)).toBe(value);
  });
  it("reads a price given only in a worked example, with less confidence", () => {
    const found = read("For example, at an exercise price of $1.20 per Right, each Right would entitle its holder to purchase $2.40 worth of shares for $1.20.").terms.purchasePrice;
    expect(found?.value).toBe("1.2");
    expect(found!.confidence).toBeLessThan(0.8);
  });
  it("is not a redemption price", () => {
    expect(price("the Company may redeem the Rights in whole, but not in part, at a price of $.01 per Right")).toBeUndefined();
  });
  it("reads what an amendment makes it", () => {
    const reading = read("As of May 2, 2000, Gannett Co., Inc. amended its Rights Plan Agreement, dated as of May 21, 1990. The amendment provides for (1) the increase of the Purchase Price of the Rights under the Rights Agreement to $280.");
    expect(reading.amendments[0]?.changes.purchasePrice?.value).toBe("280");
  });
});

describe("purchase price (round three of unseen texts)", () => {
  it("reads news's price set off by commas before shares worth twice it", () => {
    const t = read("When the rights become exercisable, each right will entitle its holder to purchase, for $48.00, additional shares of Harbor common stock having a market value of twice such exercise price.").terms;
    expect(t.purchasePrice?.value).toBe("48");
    expect(t.flipInMultiple?.value).toBe("2");
  });
});

describe("purchase price (round sixteen of unseen texts)", () => {
  it("reads a Right's price from a whole share's price when the Right buys part of one share", () => {
    const found = read("a right entitling such holder to purchase one-half of one Common Share for each Common Share so held at an initial purchase price of $80.00 per whole Common Share, subject to adjustment").terms.purchasePrice;
    expect(found?.value).toBe("40");
    expect(found?.quote).toContain("one-half of one Common Share");
    expect(found?.quote).toContain("per whole Common Share");
  });
  it("reads no Right's price from a whole share's price when the part is not told", () => {
    expect(price("the holder may purchase Common Shares at an initial purchase price of $80.00 per whole Common Share")).toBeUndefined();
  });
  it("keeps a price per Share when the Right buys a whole share or a fraction of a preferred share", () => {
    expect(price("each Right entitles its holder to purchase one Common Share at a purchase price of $30.00 per Share")).toBe("30");
    expect(price("each Right entitles its holder to purchase one one-hundredth of a share of Series A Preferred Stock at a purchase price of $120 per Unit")).toBe("120");
    // "per share" beside a part of a preferred share may mean per Unit: only "whole" says the amount is not the Right's.
    expect(price("each Right entitles its holder to purchase one one-hundredth of one share of Series A Preferred Stock at a purchase price of $120 per share")).toBe("120");
  });
});
