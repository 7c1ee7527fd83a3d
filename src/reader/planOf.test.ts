import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { planOf } from "./planOf.js";
import { readTexts } from "./read.js";

const read = (text: string) => readTexts([{ file: "/filings/filing.txt", text }]);

describe("planOf", () => {
  const text = 'On June 1, 2001, the Board of Directors of Acme Corp. (the "Company") declared a dividend of one Right for each share to stockholders of record at the close of business on June 14, 2001 (the "Record Date"). Each Right entitles the holder to purchase one one-thousandth of a share of Series A Preferred Stock at a purchase price of $15 per Unit. The Rights will be exercisable 10 business days following a public announcement (the "Distribution Date").';

  it("sources a term found with its file, offsets, confidence and quote, and says 'not in the text' for every default", () => {
    const { plan, placeholders } = planOf(read(text));
    expect(plan.terms.purchasePrice.value).toBe("15");
    expect(plan.terms.purchasePrice.source).toMatch(/^filing\.txt \[\d+-\d+\], confidence 0\.\d+: "purchase price of \$15"$/);
    expect(plan.terms.redemptionPrice).toEqual({ value: "0.01", source: "not in the text: standard-form default (R-23)", assumed: "standard-form default (R-23)" });
    expect(plan.terms.currentMarketPriceTradingDays).toEqual({ value: 30, source: "not in the text: standard-form default (R-11d)", assumed: "standard-form default (R-11d)" });
    expect(plan.terms.finalExpiration.value).toEqual({ date: "2011-06-01", time: "17:00" });
    expect(plan.terms.finalExpiration.source).toMatch(/^not in the text: standard-form default: ten years after the plan's date/);
    expect(plan.terms.rightsAgent.source).toMatch(/^not in the text: no standard form; placeholder/);
    expect(placeholders).toEqual(["rightsAgent", "preferredReserved"]);
  });

  it("counts prong (i) in business days where the text does (R-3a(i))", () => {
    const { plan } = planOf(read(text));
    expect(plan.terms.distributionDaysAfterStockAcquisition.value).toBe(10);
    expect(plan.terms.distributionAnnouncementDayKind.value).toBe("business");
    expect(plan.terms.distributionAnnouncementDayKind.source).toMatch(/^filing\.txt \[\d+-\d+\], confidence 0\.\d+: "10 business days following/);
  });

  it("takes standard forms that follow from what the text says: 4.99% for a tax-benefits plan, the 13(d) exception with a Qualified Offer", () => {
    const { plan } = planOf(read(`${text} The Plan protects the Company's net operating losses under Section 382. Any offer for all shares found fair (a "Qualified Offer") is excepted.`));
    expect(plan.terms.acquiringPersonThresholdPercent.value).toBe("4.99");
    expect(plan.terms.section13dExceptions.value).toEqual(["qualified-offer"]);
  });

  it("takes the plan's date from the Record Date when that is all the text gives, and refuses a text with neither", () => {
    expect(planOf(read("to stockholders of record at the close of business on June 14, 2001")).plan.terms.agreementDate)
      .toEqual({ value: "2001-06-14", source: "not in the text: taken from the Record Date", assumed: "taken from the Record Date" });
    expect(() => planOf(read("Each Right entitles the holder to purchase one one-thousandth of a share at a purchase price of $15."))).toThrow(InputError);
  });

  it("carries each dated amendment with its changes", () => {
    const amendment = "On March 3, 2005, the Company and the Rights Agent entered into Amendment No. 1 to Rights Agreement, dated March 3, 2005, effective March 10, 2005. The Rights will expire at the close of business on March 3, 2015.";
    const { plan } = planOf(readTexts([{ file: "plan.txt", text }, { file: "amendment.txt", text: amendment }]));
    expect(plan.amendments).toHaveLength(1);
    expect(plan.amendments[0]).toMatchObject({ id: "amendment-1", name: "Amendment No. 1 to Rights Agreement", date: "2005-03-03", effective: "2005-03-10" });
    expect(plan.amendments[0]!.changes.finalExpiration?.value).toEqual({ date: "2015-03-03", time: "17:00" });
  });
});
