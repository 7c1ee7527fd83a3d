import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

const DETAILS = [
  "Note 9 - Stockholder Rights Agreement (Details)",
  "|",
  "Mar. 2, 2019",
  "|Stockholder Rights Agreement, Redemption Price per Right",
  "|$ 0.01",
  "|Stockholder Rights Agreement, Purchase Price per Right",
  "|$ 32.50",
  "|Stockholder Rights Agreement, Beneficial Ownership Trigger, Percentage",
  "|12.00%",
  "|Stockholder Rights Agreement, Flip-over Trigger, Assets or Earning Power Sold, Percentage",
  "|50.00%",
].join("\n");

describe("XBRL details rows", () => {
  it("reads the redemption price, the purchase price and the threshold from label and value rows", () => {
    const t = terms(DETAILS);
    expect(Number(t.redemptionPrice?.value)).toBe(0.01);
    expect(Number(t.purchasePrice?.value)).toBe(32.5);
    expect(Number(t.acquiringPersonThresholdPercent?.value)).toBe(12);
  });

  it("takes no warrant's price, no price without dollars and no share of assets", () => {
    const t = terms("Note 4 - Equity (Details)\n|Class of Warrant or Right, Exercise Price of Warrants or Rights\n|$ 5.00\n|Rights Plan, Exercise Price of Rights\n|0.005\n|Rights Plan, Trigger, Assets or Earning Power Sold, Percentage\n|50.00%");
    expect(t.purchasePrice).toBeUndefined();
    expect(t.acquiringPersonThresholdPercent).toBeUndefined();
  });
});
