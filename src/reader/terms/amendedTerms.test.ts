import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";
import { summaryOf } from "../summary.js";

/** The terms in force after the amendments the text reports, as `read --json`'s summary gives them. */
const inForce = (text: string) => summaryOf(readTexts([{ file: "t.txt", text }]));

describe("amendments read into the terms in force (fifth round of unseen texts)", () => {
  it("takes the agent that 'has succeeded' the one the agreement named", () => {
    const text = 'Acme Corp. entered into Amendment No. 1 to the Rights Agreement dated as of March 7, 1990 between Acme Corp. and Harbor Hanover Trust Company ("HHTC"), as Rights Agent. The Amendment provides that all references in the Rights Agreement to Harbor Hanover Trust Company shall be replaced with references to Chemical Bank, which has succeeded HHTC as Rights Agent.';
    expect(inForce(text).rightsAgent).toBe("Chemical Bank");
  });
  it("reads the agent's role named inside the parenthetical after its name", () => {
    const text = "This Third Amendment is entered into as of June 30, 2005, by and between Acme, Inc., a Delaware corporation (the \"Company\"), and Harbor Trust Company, Inc. (successor-in-interest to Harbor Investor Services, LLC, referred to herein as \"Rights Agent\"), and amends that certain Rights Agreement dated as of September 1, 1999.";
    expect(inForce(text).rightsAgent).toBe("Harbor Trust Company, Inc.");
  });
  it("takes the existing agreement's adoption for the plan's date, not the restatement's", () => {
    const text = 'On June 18, 2012, Acme Corp. (the "Company") entered into an Amended and Restated Stockholders Rights Agreement, to amend, restate, and extend its existing rights agreement, which was adopted as of August 3, 2009 and amended and restated as of February 26, 2010 (the "Existing Rights Agreement").';
    expect(inForce(text).planDate).toBe("2009-08-03");
  });
  it("reads a Final Expiration Date defined in single quotes inside double ones", () => {
    expect(inForce("The definition of \u201cFinal Expiration Date\u201d in Section 1 of the Rights Agreement is amended to read in its entirety as follows: \u201c\u2018Final Expiration Date\u2019 shall mean April 10, 2006.\u201d").finalExpirationDate).toBe("2006-04-10");
  });
  it("reads an exercise price raised 'to' a sum, or stated 'of each Right', and a flip-in of 'twice such price'", () => {
    expect(inForce("The Board approved an amendment to the Rights Agreement to increase the initial exercise price of each Preferred Stock Purchase Right to $280.").purchasePrice).toBe("280");
    expect(inForce("Under the Rights Agreement, the exercise price of each Right is $280.").purchasePrice).toBe("280");
    expect(inForce("If a person acquires 15% or more of the common stock, each Right will entitle its holder to purchase, at the $280 exercise price, shares of common stock having a market value of twice such price.").flipInMultiple).toBe("2");
  });
});
