import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const qt = (text: string) => readTexts([{ file: "t.txt", text }]).terms.qualifiedTransaction?.value;

describe("Qualified Transaction", () => {
  it("reads the amendment's definition with both exclusions", () => {
    expect(qt('(C) is an acquisition of shares of Common Stock pursuant to a tender offer for all outstanding shares of Common Stock the consummation of which results in such Person becoming the Beneficial Owner of shares of Common Stock constituting at least 85% of the shares of Common Stock outstanding at the time of commencement of such tender offer (a "Qualified Transaction"), excluding for purposes of determining the number of shares of Common Stock outstanding those shares beneficially owned by (1) individuals, if any, who are directors and also officers of the Company and (2) stock plans sponsored by the Company, if any, in which Company employee participants do not have the right to determine confidentially whether shares will be tendered'))
      .toEqual({ percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true });
  });
  it("reads a summary's description, and a definition with one exclusion", () => {
    expect(qt('the rights will not "flip-in" upon consummation of such an offer which results in the bidder beneficially owning at least 85% of the outstanding shares of the Common Stock, excluding those shares owned by (1) directors who are also officers of the Company and (2) stock plans in which employee participants do not have the right to determine confidentially whether shares will be tendered in a tender offer'))
      .toEqual({ percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true });
    expect(qt('an acquisition pursuant to a tender offer for all outstanding shares which results in the bidder owning at least 90% of the outstanding shares (a "Qualified Transaction"), excluding shares owned by (1) stock plans in which participants cannot determine confidentially whether to tender'))
      .toEqual({ percent: "90", excludeDirectorOfficers: false, excludeStockPlans: true });
  });
});
