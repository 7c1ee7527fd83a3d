import { describe, expect, it } from "vitest";
import {
  cardinalValue, DAY_COUNT, dayCountValue, MONEY, moneyValue, MULTIPLE, multipleValue, NUMBER, numberValue, ORDINAL, ordinalValue,
  PERCENT, percentValue,
} from "./numbers.js";

/** The first phrase of `source` in `text` (case-insensitive), as the extractors find it. */
function first(source: string, text: string): string | undefined {
  return new RegExp(source, "i").exec(text)?.[0];
}

describe("numbers in words and digits", () => {
  it("reads cardinal words", () => {
    expect(cardinalValue("fifteen")).toBe(15);
    expect(cardinalValue("twenty-five")).toBe(25);
    expect(cardinalValue("one hundred fifty")).toBe(150);
    expect(cardinalValue("one hundred and fifty")).toBe(150);
    expect(cardinalValue("one thousand five hundred")).toBe(1500);
    expect(cardinalValue("one million five hundred thousand")).toBe(1_500_000);
  });
  it("rejects words that are no number", () => {
    expect(cardinalValue("one one")).toBeNaN();
    expect(cardinalValue("five twenty")).toBeNaN();
    expect(cardinalValue("hundred")).toBeNaN();
  });
  it("reads words with digits in parentheses, digits with thousands separators and bare decimals", () => {
    expect(numberValue(first(NUMBER, "within ten (10) business days")!)).toBe("10");
    expect(numberValue(first(NUMBER, "1,500,000 shares")!)).toBe("1500000");
    expect(numberValue(".01")).toBe("0.01");
    expect(numberValue("ten (11)")).toBeNull();
  });
  it("does not read number words inside other words", () => {
    expect(first(NUMBER, "someone")).toBeUndefined();
    expect(first(NUMBER, "often")).toBeUndefined();
  });
  it("reads ordinals in words, digits and both", () => {
    expect(ordinalValue("tenth")).toBe(10);
    expect(ordinalValue("twenty-first")).toBe(21);
    expect(ordinalValue("10th")).toBe(10);
    expect(ordinalValue(first(ORDINAL, "the tenth (10th) business day")!)).toBe(10);
    expect(ordinalValue(first(ORDINAL, "the fourteenth day of June")!)).toBe(14);
  });
});

describe("percentages", () => {
  it.each([
    ["Beneficial Owner of fifteen percent (15%) or more", "15"],
    ["beneficially owns 4.99% or more", "4.99"],
    ["20 percent or more", "20"],
    ["fifty percent (50%) or more", "50"],
    ["becomes a five-percent stockholder", "5"],
    ["ten per cent of the shares", "10"],
  ])("%s", (text, value) => {
    expect(percentValue(first(PERCENT, text)!)).toBe(value);
  });
});

describe("dollar amounts", () => {
  it.each([
    ["at a price of $.01 per Right", "0.01"],
    ["at a purchase price of $15.00 per Unit", "15"],
    ["at a price of $ 150.00 per one one-thousandth", "150"],
    ["for $16.14 (the Purchase Price)", "16.14"],
    ["a price of $1,000 per share", "1000"],
    ["at a price of one cent ($.01) per Right", "0.01"],
    ["$0.001 per Right", "0.001"],
    ["at a price of one hundred dollars per one one-hundredth", "100"],
    ["for sixteen dollars and fourteen cents per Unit", "16.14"],
    ["shall initially be One Hundred Twenty Dollars ($120)", "120"],
  ])("%s", (text, value) => {
    expect(moneyValue(first(MONEY, text)!)).toBe(value);
  });
});

describe("multiples", () => {
  it.each([
    ["a market value of two times the exercise price", "2"],
    ["a then-current market value of twice the Purchase Price", "2"],
    ["having a value of 3 times the Purchase Price", "3"],
    ["2.5 times the Purchase Price", "2.5"],
  ])("%s", (text, value) => {
    expect(multipleValue(first(MULTIPLE, text)!)).toBe(value);
  });
});

describe("counts of days", () => {
  it.each([
    ["(i) 10 days following a public announcement", 10, false],
    ["ten (10) business days after", 10, true],
    ["the tenth day after the Stock Acquisition Date", 10, false],
    ["the tenth (10th) business day after", 10, true],
    ["the tenth Business Day (or such later date", 10, true],
    ["twenty calendar days", 20, false],
  ])("%s", (text, days, business) => {
    expect(dayCountValue(first(DAY_COUNT, text)!)).toEqual({ days, business });
  });
});
