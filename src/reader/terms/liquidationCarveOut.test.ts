import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const carveOut = (text: string) => readTexts([{ file: "t.txt", text }]).terms.liquidationPlanVotingCarveOut?.value;

describe("liquidation-vote carve-out", () => {
  it("reads the amendment's words and a summary's", () => {
    expect(carveOut('a Person (the "First Person") shall not be deemed to Beneficially Own securities Beneficially Owned by another Person solely as a result of any agreement between the First Person and such other Person solely with respect to the voting of any voting securities of the Company solely with respect to the Plan of Complete Liquidation and Dissolution.')).toBe(true);
    expect(carveOut("stockholders who enter into voting agreements or understandings solely regarding voting on the Company's proposed plan of liquidation and dissolution will not be deemed to beneficially own the shares owned by the other parties.")).toBe(true);
  });
  it("is not found where a plan of liquidation is only mentioned", () => {
    expect(carveOut("The Company's Board of Directors has adopted a Plan of Complete Liquidation and Dissolution.")).toBeUndefined();
  });
});
