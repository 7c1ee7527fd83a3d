/** Phrasings found in rounds of unseen texts that span several terms, read into the summary as `read --json` gives it (docs/reader-rounds.md). */
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

describe("funds, foreign issuers and wire stories (sixth round of unseen texts)", () => {
  it("reads an issuer whose name holds 'and', one after a wire's dateline lines, one that 'has unanimously adopted', and a Schedule 14D-9's subject company", () => {
    expect(inForce('The Board of Directors (the "Board") of Harbor Gold and Silver Metals Limited ("Harbor" or the "Company") (NYSE:HBR) has unanimously adopted a limited-duration shareholder rights plan.').issuer).toBe("Harbor Gold and Silver Metals Limited");
    expect(inForce("Board of Harbor Fund Inc. Continues to Recommend Rejection\n19 July 2007 - 7:43AM\nBusiness Wire\nHarbor Fund Inc. (NYSE: HBF) announced that its Board adopted a new Rights Agreement.").issuer).toBe("Harbor Fund Inc.");
    expect(inForce("Oramix (ORMX) has unanimously adopted a Rights Agreement dated November 17 by and between the company and its rights agent.").issuer).toBe("Oramix");
    expect(inForce("SCHEDULE 14D-9 SOLICITATION/RECOMMENDATION STATEMENT HARBOR REAL ESTATE INCOME FUND INC. (Name of Subject Company) HARBOR REAL ESTATE INCOME FUND INC. (Name of Persons Filing Statement) COMMON STOCK. The Board declared a dividend of one right for each outstanding share under a Rights Agreement.").issuer).toBe("HARBOR REAL ESTATE INCOME FUND INC.");
  });
  it("dates a plan a fund's Board (plain 'the Board') adopted", () => {
    expect(inForce('On August 7, 2006, the Board adopted a resolution declaring a dividend of one right (a "Right") for each outstanding share of Common Stock under a Rights Agreement.').planDate).toBe("2006-08-07");
    expect(inForce("On December 21, 2005 the Board adopted new rights agreements under which all shareholders of record received rights to purchase shares of common stock.").planDate).toBe("2005-12-21");
  });
  it("reads a record date 'expected to be' a day, and rights issued for each share 'outstanding as of the close of business on' a day", () => {
    expect(inForce("Each shareholder of record on the record date (expected to be March 7th, 2005) will receive a distribution of one Right for each ordinary share under the Rights Agreement.").recordDate).toBe("2005-03-07");
    expect(inForce("Harbor will issue one right for each Harbor common share outstanding as of the close of business on May 9, 2024, under its Rights Agreement.").recordDate).toBe("2024-05-09");
  });
});

describe("news of the 1980s to 2020s (seventh round of unseen texts)", () => {
  it("reads a redemption price in cents ('at 10 cents a right', 'for 5 cents each')", () => {
    expect(inForce("Harbor Co. will be able to redeem the rights at 10 cents a right prior to the time a 20 percent stake has been acquired.").redemptionPrice).toBe("0.1");
    expect(inForce("The company may redeem the rights for 5 cents each under the rights plan.").redemptionPrice).toBe("0.05");
  });
  it("reads a half price, or a worth for a price, as the flip-in's multiple where the story names neither event", () => {
    expect(inForce("Harbor Corp. adopted a rights plan. These rights will enable all share-owners, except a designated hostile bidder, to buy additional shares of stock at half the prevailing price.").flipInMultiple).toBe("2");
    const worth = inForce("Harbor Corp. adopted a rights plan. The plan grants all stockholders except the unapproved buyer the right to acquire $110 worth of Harbor stock for $55.");
    expect([worth.flipInMultiple, worth.purchasePrice]).toEqual(["2", "55"]);
  });
  it("reads an issuer that 'has approved' a plan or adopted a 'poison-pill plan', and 'The plan expires <date>'", () => {
    expect(inForce("Harbor Corp. has approved a shareholder rights plan and declared a dividend of one right for each share.").issuer).toBe("Harbor Corp.");
    expect(inForce("Harbor Corp. adopted a poison-pill plan under a Rights Agreement.").issuer).toBe("Harbor Corp.");
    expect(inForce("Harbor Corp. adopted a rights plan. The plan expires July 27, 2021.").finalExpirationDate).toBe("2021-07-27");
  });
});

describe("headlines and news of many kinds (eighth round of unseen texts)", () => {
  it("reads the company a headline says 'adopts' a plan, one that 'has put' a plan 'in place', and one followed by its city", () => {
    expect(inForce("Harbor Corp. adopts shareholder rights plan.\n\nEach right entitles its holder to purchase one one-hundredth of a share.").issuer).toBe("Harbor Corp.");
    expect(inForce("Harbor Therapeutics has put a stockholder rights plan in place for one year.").issuer).toBe("Harbor Therapeutics");
    expect(inForce("Harbor Paper Ltd., Vancouver, B.C., USA, has adopted a shareholder rights plan.").issuer).toBe("Harbor Paper Ltd.");
  });
  it("takes the restated agreement's agent, not the one of the agreement it replaces", () => {
    const text = 'On April 27, 2000, the Board authorized the amendment and restatement of the Rights Agreement dated as of May 4, 1990, between the Registrant and Lakeside Bank, N.A., as rights agent (the "Original Rights Agreement"), resulting in an Amended and Restated Rights Agreement, dated as of April 27, 2000, between the Registrant and Harbor Bank & Trust Company, as rights agent.';
    expect([inForce(text).rightsAgent, inForce(text).planDate]).toEqual(["Harbor Bank & Trust Company", "1990-05-04"]);
  });
  it("is no NOL plan where tax losses are named only in a bidder's argument", () => {
    expect(inForce("Harbor adopted a stockholder rights plan. The bidder argues that the uncertainty is causing investors to undervalue its cash and federal net operating loss carryforwards.").nolPlan).not.toBe(true);
  });
});

describe("agreements' definitions, amendments' edits and releases (ninth round of unseen texts)", () => {
  it("reads the main threshold when the passive investors' one follows after a comma and what it says of them runs to the end", () => {
    const release = inForce("Under the Rights Plan, the rights will become exercisable only if a person or group acquires beneficial ownership of 10% or more of Harbor's outstanding common stock, or 20% or more in the case of a passive institutional investor that is eligible to report its ownership on Schedule 13G. Shareholders who currently own 10% or more of the common stock are grandfathered.");
    const defined = inForce('The Rights will generally become exercisable only if a person or group becomes an "Acquiring Person" by acquiring beneficial ownership of 10% or more of the outstanding Common Shares, or 20% or more in the case of a "Passive Investor," which generally means a person who is eligible to report beneficial ownership on Schedule 13G.');
    for (const s of [release, defined]) expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["10", "20"]);
  });
  it("takes the value a change makes where no amendment is named (a list under an amended and restated agreement)", () => {
    const text = 'On June 27, 2023, the Company and the Rights Agent entered into an Amended and Restated Rights Agreement, which amends and restates the Original Rights Agreement. Under the Original Rights Agreement, a person became an "Acquiring Person" upon acquiring beneficial ownership of 15% or more of the common shares.\n- lowers the beneficial ownership threshold at which a person or group becomes an Acquiring Person from 15% to 12% of the outstanding common shares; and\n- makes certain other technical changes.';
    const reading = readTexts([{ file: "t.txt", text }]);
    expect(reading.terms.acquiringPersonThresholdPercent?.value).toBe("15");
    expect(reading.amendments.map((a) => [a.name, a.changes.acquiringPersonThresholdPercent?.value])).toEqual([["Amended and Restated Rights Agreement", "12"]]);
  });
  it("reads an amendment's edits of the Agreement's words: deleted and substituted, or 'in place of'", () => {
    const text = 'SECOND AMENDMENT, dated as of February 12, 1996 (this "Second Amendment"), to the Rights Agreement, dated as of March 4, 1989. NOW, THEREFORE, the Company and the Rights Agent agree as follows: 2. Section 7(a) of the Rights Agreement is amended by deleting "March 4, 1999" and substituting "March 4, 2006" as the Final Expiration Date. 3. Section 7(b) of the Rights Agreement is amended so that the Purchase Price for each one one-hundredth of a Preferred Share shall be $150, in place of $75. 4. Section 23(a) of the Rights Agreement is amended by deleting "$.05 per Right" and substituting "$.01 per Right" as the Redemption Price.';
    const s = inForce(text);
    expect([s.finalExpirationDate, s.purchasePrice, s.redemptionPrice]).toEqual(["2006-03-04", "150", "0.01"]);
    const quoted = inForce("WHEREAS, the Rights Agreement currently provides that the Rights expire at the Close of Business on May 12, 2014; NOW, THEREFORE, the parties agree as follows: Section 7(a) of the Rights Agreement is amended by deleting the words \"the Close of Business on May 12, 2014 (the 'Final Expiration Date')\" and inserting in lieu thereof \"the Close of Business on February 8, 2013 (the 'Final Expiration Date')\".");
    expect(quoted.finalExpirationDate).toBe("2013-02-08");
  });
  it("reads prices that 'remain', a Redemption Price that 'shall mean', and a price in words alone or in words before its digits", () => {
    const remains = inForce("The purchase price of the Rights remains $36.00 per 1/100th of a share of Series A Junior Participating Preferred Stock, par value $0.01 per share, and the redemption price remains $0.01 per Right.");
    expect([remains.purchasePrice, remains.redemptionPrice]).toEqual(["36", "0.01"]);
    expect(inForce("The Purchase Price shall remain $34.00 per one one-hundredth of a share of Preferred Stock.").purchasePrice).toBe("34");
    expect(inForce('(v) "Redemption Price" shall mean $.001 per Right, as such amount may be adjusted pursuant to Section 23.').redemptionPrice).toBe("0.001");
    expect(inForce('Each Right entitles the registered holder to purchase from the Company one one-hundredth of a share of Series A Junior Participating Preferred Stock, at a price of one hundred dollars per one one-hundredth of a Preferred Share (the "Purchase Price"), subject to adjustment.').purchasePrice).toBe("100");
    expect(inForce("(b) The Purchase Price for each one one-hundredth of a Preferred Share purchasable pursuant to the exercise of a Right shall initially be One Hundred Twenty Dollars ($120), shall be subject to adjustment.").purchasePrice).toBe("120");
  });
  it("dates an expiry on an anniversary of the agreement from the agreement's date", () => {
    expect(inForce('This Rights Agreement, dated as of August 1, 2005, is between Harbor Corp. and Harbor Trust Company. (m) "Final Expiration Date" shall mean the Close of Business on the tenth anniversary of the date of this Agreement.').finalExpirationDate).toBe("2015-08-01");
    expect(inForce("On March 30, 2021, the Board adopted a Section 382 rights plan. The Company entered into a Rights Agreement, dated as of March 30, 2021. The Rights will expire on the earliest of (i) the close of business on the third anniversary of the date of the Rights Agreement, (ii) the time at which the Rights are redeemed.").finalExpirationDate).toBe("2024-03-30");
  });
  it("dates a plan a release says the Board adopted on a day, not by the release's dateline", () => {
    expect(inForce("NEW YORK, December 2, 2008 (BUSINESS WIRE) -- Harbor Corp. today announced that its Board of Directors adopted a Tax Benefit Preservation Plan on December 1, 2008, designed to preserve the Company's tax assets.").planDate).toBe("2008-12-01");
  });
});

describe("agreements' fronts, Canadian plans and notes (tenth round of unseen texts)", () => {
  it("dates an agreement 'made and entered into this 15th day of March, 2019', not by the Board's declaration the day before", () => {
    const text = 'WHEREAS, on March 14, 2019 (the "Rights Dividend Declaration Date"), the Board of Directors of the Company declared a dividend of one Right. This RIGHTS AGREEMENT, made and entered into this 15th day of March, 2019, between Harbor Corp., a Delaware corporation (the "Company"), and Harbor Trust Company, as rights agent.';
    expect(inForce(text).planDate).toBe("2019-03-15");
  });
  it("takes an amendment's restated clause, not a recital of what an earlier amendment did", () => {
    const text = 'This Amendment No. 3 to Rights Agreement (this "Amendment No. 3") is entered into as of April 29, 2015, by and between Harbor Corp. (the "Company") and Harbor Trust Company, as rights agent.\nWHEREAS, Amendment No. 2 extended the Final Expiration Date of the Rights from April 30, 2013 to April 30, 2018;\nNOW, THEREFORE, the Company and the Rights Agent agree as follows:\n1. Clause (i) of Section 7(a) of the Rights Agreement is hereby amended and restated in its entirety to read as follows: "(i) the Close of Business on May 1st, 2015 (the "Final Expiration Date")".';
    expect(inForce(text).finalExpirationDate).toBe("2015-05-01");
  });
  it("reads a Section 7(b) Purchase Price for each fraction of a share 'pursuant to' (or 'upon') the exercise of a Right, or for each Unit", () => {
    expect(inForce('(b) The Purchase Price for each one one-thousandth of a share of Preferred Stock pursuant to the exercise of a Right shall initially be $ 120.00 (the "Purchase Price").').purchasePrice).toBe("120");
    expect(inForce("(b) The Purchase Price for each Unit purchasable pursuant to the exercise of a Right shall initially be One Hundred Ten Dollars ($110), subject to adjustment.").purchasePrice).toBe("110");
  });
  it("reads a Canadian plan's Record Time, its Separation Time after the earliest of an acquisition and a take-over bid, and its expiry in Toronto time", () => {
    const plan = inForce('(oo) "Record Time" means 5:00 p.m. (Vancouver time) on May 6, 2020;\n(pp) "Separation Time" means the close of business on the tenth Business Day after the earliest of: (i) the Stock Acquisition Date; (ii) the date of the commencement of, or first public announcement of the intent of any Person to commence, a Take-over Bid; and (iii) the date on which a Permitted Bid ceases to be one.');
    expect([plan.recordDate, plan.distributionDaysAfterAnnouncement, plan.distributionBusinessDaysAfterTenderOffer]).toEqual(["2020-05-06", 10, 10]);
    expect(inForce("Unless reconfirmed by Independent Shareholders, the Rights Plan and all outstanding Rights will terminate at 5:00 p.m. (Toronto time) on June 2, 2025.").finalExpirationDate).toBe("2025-06-02");
    expect(inForce('One right was issued and attached to each Common Share outstanding at 5:00 p.m. (Toronto time) on April 28, 2016 (the "Record Time").').recordDate).toBe("2016-04-28");
  });
  it("reads a tender offer's business days after a long aside on who may commence it", () => {
    const text = '(a) Until the earlier of (i) the tenth day after the Stock Acquisition Date or (ii) the tenth business day after the date of the commencement by any Person (other than the Company, any Subsidiary of the Company or any employee benefit plan of the Company) of, or of the first public announcement of the intention of any Person to commence, a tender or exchange offer the consummation of which would result in any Person becoming the Beneficial Owner of 30% or more of the Common Stock (the earlier of such dates being the "Distribution Date"), the Rights will be evidenced by the certificates.';
    expect(inForce(text).distributionBusinessDaysAfterTenderOffer).toBe(10);
  });
  it("reads an issuer that defines the names the text will use before the Company, and an agent named after its role", () => {
    expect(inForce('As of December 31, 2020, Harbor Lane Pharmaceuticals, Inc. ("we," "our" or the "Company") had one class of securities registered, with the associated preferred stock purchase rights under a Rights Agreement.').issuer).toBe("Harbor Lane Pharmaceuticals, Inc.");
    expect(inForce("Your Board adopted a rights plan. If you have questions, you may call our Rights Agent, Harbor Trust Company, toll-free at 1-800-555-0100.").rightsAgent).toBe("Harbor Trust Company");
  });
});

describe("term sheets, tables, news and notes (eleventh round of unseen texts)", () => {
  it("reads terms set out as labelled lines: a term sheet's bullets, a client alert's, a table's rows, each value the first after its label", () => {
    const sheet = inForce("Summary of terms\n  * Exercise price: $180 per one one-thousandth of a share of Series X Participating Preferred Stock ($180,000 per whole share).\n  * Trigger: acquisition of beneficial ownership of 15% or more of the outstanding Common Stock by any person or group.\n  * Flip-in: holders may buy Common Stock with a market value of 2x the exercise price.\n  * Redemption: $.0001 per Right.");
    expect([sheet.purchasePrice, sheet.acquiringPersonThresholdPercent, sheet.flipInMultiple, sheet.redemptionPrice]).toEqual(["180", "15", "2", "0.0001"]);
    const alert = inForce("Of the 14 plans adopted this quarter, six were tax benefit preservation plans with a 4.99% trigger.\n- Trigger. 11% of the outstanding common stock, set just above the largest existing holder.\n- Exercise price. $140 per right.\n- Redemption. $0.001 per right.");
    expect([alert.acquiringPersonThresholdPercent, alert.purchasePrice, alert.redemptionPrice]).toEqual(["11", "140", "0.001"]);
    expect(inForce("The Rights Plan in brief\n\nRedemption $0.01 per Right, at any time before a person becomes an Acquiring Person.").redemptionPrice).toBe("0.01");
  });
  it("reads prices and terms an amendment leaves as they were ('which remains'), and a threshold 'level at which a Person becomes an Acquiring Person'", () => {
    expect(inForce("The Amendment does not change the Purchase Price, which remains $44.00 per one one-hundredth of a share.").purchasePrice).toBe("44");
    expect(inForce("The Amendment extends nothing else, including the Final Expiration Date, which remains the close of business on August 19, 2004.").finalExpirationDate).toBe("2004-08-19");
    expect(inForce("Nothing in this Amendment changes the 15% beneficial ownership level at which a Person becomes an Acquiring Person.").acquiringPersonThresholdPercent).toBe("15");
  });
  it("reads a price after a long name of the preferred, a redemption 'for $0.001 each' or at 'one-half cent ($0.005)', and a passive investor's 'up to 20%'", () => {
    expect(inForce("Each right lets the holder buy one one-thousandth of a Series B junior participating preferred share for $52.00.").purchasePrice).toBe("52");
    expect(inForce("The trustees may redeem the rights for $0.001 each before the plan is triggered.").redemptionPrice).toBe("0.001");
    expect(inForce("At any time before a person becomes an Acquiring Person, the Board may redeem the Rights at a price of one-half cent ($0.005) per Right.").redemptionPrice).toBe("0.005");
    expect(inForce("Passive institutional investors that report their holdings on Schedule 13G can own up to 20% before the plan kicks in.").passiveInvestorThresholdPercent).toBe("20");
    expect(inForce("For a passive investor, meaning a person entitled to report its ownership on Schedule 13G, the threshold is 20%.").passiveInvestorThresholdPercent).toBe("20");
  });
  it("reads the issuer from a report's heading in capitals over its title, where the note names only 'the Company'", () => {
    expect(inForce("HARBOR BIOSCIENCES, INC.\nNOTES TO CONSOLIDATED FINANCIAL STATEMENTS\nNote 11. Stockholders' Equity\nIn 2018 the Company adopted a Rights Agreement and declared a dividend of one Right for each share.").issuer).toBe("HARBOR BIOSCIENCES, INC.");
    expect(inForce("HARBOR FINANCIAL HOLDINGS, INC. AND SUBSIDIARIES\nNotes to Condensed Consolidated Financial Statements (Unaudited)\nThe Company adopted a Tax Benefit Preservation Rights Agreement.").issuer).toBe("HARBOR FINANCIAL HOLDINGS, INC.");
    expect(inForce("HARBOR TOOL & DIE COMPANY\nANNUAL REPORT ON FORM 10-K\nThe Company has a rights plan.").issuer).toBe("HARBOR TOOL & DIE COMPANY");
  });
  it("dates the Rights' record, not a cash dividend's, and reads a record 'on that date' after 'of Common Shares', '(the record date)' and a partnership's units", () => {
    expect(inForce("The Board declared a quarterly cash dividend of $.17 per share, payable December 1, 1998 to stockholders of record on November 10, 1998. The Company amended its Rights Agreement to appoint a new rights agent.").recordDate).toBeNull();
    expect(inForce('The dividend is payable on March 14, 1997 to holders of record of Common Shares at the close of business on that date (the "Record Date"). Each Right entitles its holder to buy a unit.').recordDate).toBe("1997-03-14");
    expect(inForce("One Right was issued for each share of Common Stock outstanding at the close of business on September 30, 2019 (the record date).").recordDate).toBe("2019-09-30");
    expect(inForce('The Board of our General Partner declared a distribution of one unit purchase right (a "Right") for each common unit outstanding at the close of business on June 11, 2020.').recordDate).toBe("2020-06-11");
  });
});
