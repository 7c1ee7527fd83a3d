import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const read = (text: string) => readTexts([{ file: "t.txt", text }]);
const expiry = (text: string) => read(text).terms.finalExpiration?.value;

describe("final expiration", () => {
  it.each([
    ["The Rights are not exercisable until the Distribution Date and will expire at 5:00 P.M. (New York City time) on June 14, 2011, unless earlier redeemed.", "2011-06-14", "17:00"],
    ["The Rights will expire at the close of business on March 31, 2021, unless earlier redeemed or exchanged.", "2021-03-31", "17:00"],
    ["The Rights will expire on the fourteenth day of June, 2011.", "2011-06-14", "17:00"],
    ["the close of business on August 13, 2021 (the \"Final Expiration Date\");", "2021-08-13", "17:00"],
    ["Prior to December 15, 2014, we maintained a rights plan with an expiration date of October 31, 2018.", "2018-10-31", "17:00"],
    ["WHEREAS, unless amended, the Rights Agreement will expire on the Final Expiration Date, or July 30, 2008;", "2008-07-30", "17:00"],
    ["The Rights Agreement will expire on the earliest of (i) May 18, 2022, (ii) the time at which the Rights are redeemed", "2022-05-18", "17:00"],
    ["The Rights will expire at 11:59 P.M. (New York City time) on December 31, 2025.", "2025-12-31", "23:59"],
  ])("%s", (text, date, time) => {
    expect(expiry(text)).toEqual({ date, time });
  });
  it("reads an amendment that extends the Rights Declaration (or Agreement) to a date, and the date it was first adopted", () => {
    const reading = read("On September 13, 1999, the Board of Trustees of Harbor Realty Trust adopted an amendment to the Rights Declaration, originally adopted October 10, 1989, to extend the Rights Declaration to December 31, 2004.");
    expect(reading.amendments[0]?.changes.finalExpiration?.value).toEqual({ date: "2004-12-31", time: "17:00" });
    expect(reading.terms.agreementDate?.value).toBe("1989-10-10");
  });
  it("reads a plan that expired by its terms, and not a bidder's offer's expiry", () => {
    expect(expiry("The Rights Agreement expired by its terms on March 20, 2021, and the Rights are no longer outstanding.")).toEqual({ date: "2021-03-20", time: "17:00" });
    expect(expiry("The Board adopted the Rights Plan after Bidco commenced an unsolicited tender offer to purchase all outstanding shares at $30.00 per share in cash, which expires on May 15, 2022.")).toBeUndefined();
  });
  it("is not the expiry of something else", () => {
    expect(expiry("The Rights Plan was adopted because certain stock transfer restrictions in our certificate of incorporation are scheduled to expire on July 6, 2016.")).toBeUndefined();
  });
  it("is not the expiry of the current plan a new one succeeds", () => {
    expect(expiry("The Board has adopted a new stockholder rights plan, to become effective when the current rights plan expires on May 30, 1999.")).toBeUndefined();
  });
  it("reads an extension and an acceleration as the amendment's expiry, and the date before as the plan's", () => {
    const extended = read("As of May 2, 2000, Gannett Co., Inc. amended its Rights Plan Agreement. The amendment provides for the extension of the Final Expiration Date of the Rights under the Rights Agreement to May 31, 2010.");
    expect(extended.amendments[0]?.changes.finalExpiration?.value).toEqual({ date: "2010-05-31", time: "17:00" });
    const accelerated = read("On July 31, 2020, the Board of Directors of the Company adopted an amendment to the Rights Plan accelerating the expiration of the Rights from 5:00 p.m. ET, on August 1, 2022, to 5:00 p.m. ET, on August 1, 2020.");
    expect(accelerated.terms.finalExpiration?.value).toEqual({ date: "2022-08-01", time: "17:00" });
    expect(accelerated.amendments[0]?.changes.finalExpiration?.value).toEqual({ date: "2020-08-01", time: "17:00" });
  });
  it("ignores a change that may happen ('if stockholders ratify ... will change from ... to ...')", () => {
    const reading = read("If stockholders ratify the adoption of the Section 382 Rights Plan, the Board intends to amend the plan so that the Final Expiration Date will change from August 13, 2021 to June 2, 2024.");
    expect(reading.terms.finalExpiration).toBeUndefined();
    expect(reading.amendments).toEqual([]);
  });
});
