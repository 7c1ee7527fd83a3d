import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("Distribution Date", () => {
  it.each([
    ["a Distribution Date will occur upon the earlier of (i) 10 days following a public announcement that a person has acquired beneficial ownership of 15% or more", 10, "calendar"],
    ["Until the earlier to occur of (i) the tenth day following a public announcement that a person acquired beneficial ownership of 20% or more", 10, "calendar"],
    ["the Rights will separate from the Common Stock and become exercisable following the earlier of (i) the tenth (10th) business day after a public announcement that a person has acquired", 10, "business"],
    ["The \"Distribution Date\" will occur on the earlier of (i) the close of business on the tenth business day after a Shares Acquisition Date (as defined below)", 10, "business"],
    ["Until the earlier of (i) the close of business on the tenth day after the Stock Acquisition Date (or, if the tenth day occurs before the Record Date, the close of business on the Record Date)", 10, "calendar"],
    ["Under the plan the rights will be exercisable 10 days from the public announcement that a person has acquired 15 percent or more of the stock.", 10, "calendar"],
    ["The Rights will become exercisable on the earlier of ten (10) days after the first date of public announcement that a person has become an Acquiring Person", 10, "calendar"],
  ])("clause (i): %s", (text, days, kind) => {
    const t = terms(text);
    expect(t.distributionDaysAfterStockAcquisition?.value).toBe(days);
    expect(t.distributionAnnouncementDayKind?.value).toBe(kind);
  });

  it.each([
    ["a Distribution Date will occur upon the earlier of (i) 10 days following a public announcement or (ii) 10 business days (or such later date as the Board shall determine) following the commencement of a tender offer or exchange offer that would result in a person becoming an Acquiring Person.", 10, "any-offer"],
    ["The Distribution Date will occur on (ii) the close of business on the tenth business day (or such later day as may be designated prior to a Shares Acquisition Date by the Company's Board of Directors) after the date of the commencement of a tender or exchange offer by any person", 10, "any-offer"],
    ["The distribution date will occur 10 business days following a public announcement that either a person has acquired 20% or more of the common stock, or of a tender offer that would result in a person owning 20% or more.", 10, "any-offer"],
    ["The Rights will separate on the fifteenth business day after the commencement of, or first public announcement of an intention to commence, a tender or exchange offer.", 15, "any-offer"],
    ["(ii) the close of business on the tenth Business Day (or such later date as the Board shall determine) after (A) the date that a tender or exchange offer by any Person for less than the all outstanding shares of Common Stock is commenced (the \"Distribution Date\")", 10, "less-than-all"],
  ])("clause (ii): %s", (text, days, prong) => {
    const t = terms(text);
    expect(t.distributionBusinessDaysAfterTenderOffer?.value).toBe(days);
    expect(t.distributionTenderOfferProng?.value).toBe(prong);
  });

  it("reads an amendment's stop to the clock for offers for all shares", () => {
    expect(terms("The Rights Agreement Amendment provides that the rights will not be separately distributed to the Company's stockholders and become exercisable solely as a result of the commencement of a tender offer or exchange offer for all outstanding shares of the Common Stock.").distributionTenderOfferProng?.value).toBe("less-than-all");
  });

  it("says nothing of a clause cut off before its trigger", () => {
    const t = terms("a Distribution Date will occur upon the earlier of (i) 10 business days following a public announcement or (ii) 10 business days (or such later date as the Board shall determine, provided, however, that no deferral of a Distribution Date\n[...]");
    expect(t.distributionBusinessDaysAfterTenderOffer).toBeUndefined();
    expect(terms("(ii) the tenth (10th) business day or such later date as may be determined by the Board, after a person or a group of related perso").distributionBusinessDaysAfterTenderOffer).toBeUndefined();
  });

  it("is not the redemption window", () => {
    expect(terms("At any time until 10 days following the Stock Acquisition Date, the Company may redeem the Rights.").distributionDaysAfterStockAcquisition).toBeUndefined();
  });
});
