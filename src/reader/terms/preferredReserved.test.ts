import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const reserved = (text: string) => readTexts([{ file: "t.txt", text }]).terms.preferredReserved?.value;

describe("preferred reserved", () => {
  it("reads the shares reserved for the Rights, in digits or words", () => {
    expect(reserved("1,500,000 shares of Series A Preferred Stock are initially reserved for issuance upon exercise of the Rights.")).toBe(1_500_000);
    expect(reserved("One hundred thousand shares of the Preferred Stock have been reserved for issuance upon exercise of the Rights.")).toBe(100_000);
  });
});
