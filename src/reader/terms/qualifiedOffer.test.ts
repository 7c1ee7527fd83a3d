import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const qualifiedOffer = (text: string) => readTexts([{ file: "t.txt", text }]).terms.qualifiedOffer?.value;

describe("qualified-offer exception", () => {
  it.each([
    ["pursuant to an offer for all outstanding shares of Common Stock which the independent directors determine to be fair (a \"Qualified Offer\"), each holder of a Right will thereafter have the right to receive", true],
    ["shall be the Beneficial Owner of 15% or more of the shares of Common Stock then outstanding, other than pursuant to a Qualifying Offer;", true],
    ["The Rights will not be triggered by a \"permitted offer\" for all shares.", true],
    ["The Rights Agreement does not contain a qualified offer exception.", false],
    ["The Plan has no \"qualifying offer\" provision.", false],
  ])("%s", (text, value) => {
    expect(qualifiedOffer(text)).toBe(value);
  });
  it("is not found where the text is silent", () => {
    expect(qualifiedOffer("The Board may redeem the Rights in whole at a price of $.01 per Right.")).toBeUndefined();
  });
});

describe("qualified-offer exception (round three of unseen texts)", () => {
  it("reads news that the plan contains a qualifying offer clause", () => {
    expect(qualifiedOffer("The plan has a 20% threshold and contains a qualifying offer clause.")).toBe(true);
    expect(qualifiedOffer("The plan does not contain a qualifying offer clause.")).toBe(false);
  });
});
