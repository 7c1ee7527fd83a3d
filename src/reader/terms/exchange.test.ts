import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("exchange", () => {
  it.each([
    ["At any time after a person becomes an Acquiring Person and prior to the acquisition by such person or group of fifty percent (50%) or more of the outstanding Common Stock, the Board may exchange the Rights, in whole or in part, at an exchange ratio of one share of Common Stock per Right (subject to adjustment).", "1", "50"],
    ["After a person or group becomes an Acquiring Person, but before an Acquiring Person owns 50% or more of the outstanding Common Shares, the Board may extinguish the Rights by exchanging one Common Share (or, in certain circumstances, Preferred Shares) for each Right.", "1", "50"],
    ["the Committee ordered the exchange of each outstanding right under its Rights Agreement, as in effect as of the close of business on January 2, 2009, for one share of the Company's common stock.", "1", undefined],
    ["After there is an Acquiring Person and before it holds 40% or more of the Common Stock, the Board may exchange each Right for two shares of Common Stock.", "2", "40"],
    ["the Board may exchange the Rights for 0.5 shares of Common Stock per Right at any time after a person becomes an Acquiring Person.", "0.5", undefined],
  ])("%s", (text, ratio, bar) => {
    const t = terms(text);
    expect(t.exchangeRatio?.value).toBe(ratio);
    expect(t.exchangeBarPercent?.value).toBe(bar);
  });
});
