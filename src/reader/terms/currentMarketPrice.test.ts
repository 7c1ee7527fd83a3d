import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const days = (text: string) => readTexts([{ file: "t.txt", text }]).terms.currentMarketPriceTradingDays?.value;

describe("Current Market Price window", () => {
  it("reads the consecutive Trading Days averaged", () => {
    expect(days("the average of the daily closing prices per share of such Common Stock for the 30 consecutive Trading Days immediately prior to such date")).toBe(30);
    expect(days("the average of its closing prices for the twenty (20) consecutive Trading Days before that date")).toBe(20);
  });
});
