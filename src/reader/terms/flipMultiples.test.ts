import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("flip-in and flip-over multiples", () => {
  it.each([
    ["In the event that a person becomes an Acquiring Person, each holder of a Right will have the right to receive Common Stock having a value equal to two times the exercise price of the Right.", "2"],
    ["Flip In. In the event that any person or group becomes an Acquiring Person, all holders of Rights may purchase Common Shares with a then-current market value of twice the Purchase Price.", "2"],
    ["In the event that a person becomes an Acquiring Person (a \"Flip-in Event\"), each holder of a Right will have the right to receive a number of shares having a market value of 2.5 times the Purchase Price.", "2.5"],
    ["In the event any Person shall become an Acquiring Person, each holder of a Right shall receive such number of shares as equals the result obtained by multiplying the then current Purchase Price by the number of one one-thousandths of a share and dividing that product by 50% of the Current Market Price per share of Common Stock on the date of such first occurrence of a Section 11(a)(ii) Event.", "2"],
    ["The company said the poison pill lets existing holders buy more of its stock at half-price.", "2"],
    ["Holders could buy shares at a 50% discount if the rights are triggered.", "2"],
    ["If a person becomes an Acquiring Person, holders of Rights may purchase for the Purchase Price shares of Common Stock with a market value of two times the Purchase", "2"],
    ["In the event that any person becomes an Acquiring Person, each holder of a Right will have the right to receive Common Stock having a market value equal to 200% of the exercise price of the Right.", "2"],
    ["If a Person becomes an Acquiring Person, each right will entitle the holder thereof to purchase, for the exercise price, a number of Common Units having a then current market value of twice the exercise pr", "2"],
  ])("flip-in: %s", (text, value) => {
    const t = terms(text);
    expect(t.flipInMultiple?.value).toBe(value);
    expect(t.flipOverMultiple).toBeUndefined();
  });
  it.each([
    ["In the event that, after a person has become an Acquiring Person, the Company is acquired in a merger, each holder of a Right may purchase shares of common stock of the acquiring company having a value of two times the exercise price.", "2"],
    ["Upon the occurrence of certain events, each holder of a right would have the right to receive our common stock (or a successor company) with a market value of three times the exercise price of the right.", "3"],
  ])("flip-over: %s", (text, value) => {
    const t = terms(text);
    expect(t.flipOverMultiple?.value).toBe(value);
    expect(t.flipInMultiple).toBeUndefined();
  });
});

describe("flip-in multiple (round three of unseen texts)", () => {
  it("reads a summary's plan triggered past a line that lets holders buy at twice the exercise price", () => {
    expect(terms("The plan is triggered if ownership exceeds 10% without Board approval, enabling holders to purchase shares at a market value of twice the exercise price.").flipInMultiple?.value).toBe("2");
  });
});
