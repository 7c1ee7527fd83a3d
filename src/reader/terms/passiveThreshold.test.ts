import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const passive = (text: string) => readTexts([{ file: "t.txt", text }]).terms.passiveInvestorThresholdPercent?.value;

describe("passive-investor (Schedule 13G) threshold", () => {
  it.each([
    ["(v) any such Person who has reported or is required to report such ownership (but who is the Beneficial Owner of less than 20% of the shares of Common Stock outstanding) on Schedule 13G under the Exchange Act", "20"],
    ["A passive investor, that is a person eligible to report its ownership on Schedule 13G, becomes an Acquiring Person only at 20% or more of the outstanding shares.", "20"],
    ["in the case of a passive institutional investor, 25% or more of the outstanding Common Stock", "25"],
  ])("%s", (text, percent) => {
    expect(passive(text)).toBe(percent);
  });
  it("is not found where no passive investor is spoken of", () => {
    expect(passive("beneficial ownership of 15% or more of the outstanding shares (an \"Acquiring Person\")")).toBeUndefined();
  });
});
