import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("redemption", () => {
  it.each([
    ["At any time until 10 days following the Stock Acquisition Date, the Company may redeem the Rights in whole, but not in part, at a price of $.01 per Right.", "0.01", 10],
    ["At any time before there is an Acquiring Person, the Board may redeem the Rights in whole, but not in part, at a price of $0.001 per Right (the \"Redemption Price\").", "0.001", undefined],
    ["The redemption price of $0.01 per share will be paid as part of a dividend.", "0.01", undefined],
    ["the Board may redeem the Rights at any time prior to the close of business on the tenth day after the Stock Acquisition Date at a redemption price of one cent ($.01) per Right", "0.01", 10],
    ["The Rights are redeemable at $0.005 per Right until the twentieth day after the Shares Acquisition Date.", "0.005", 20],
    ["The Board may redeem the Rights at a redemption price of one-tenth of one cent per Right.", "0.001", undefined],
  ])("%s", (text, price, days) => {
    const t = terms(text);
    expect(t.redemptionPrice?.value).toBe(price);
    expect(t.redemptionDaysAfterStockAcquisition?.value).toBe(days);
  });
});
