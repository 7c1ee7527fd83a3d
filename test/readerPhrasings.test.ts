/**
 * The kinds of phrasing the reader missed on filings it had never seen, each with sentences
 * written for this test (not copied from filings): cover pages and title blocks, the issuer in
 * news text, thresholds with qualifiers, prices and multiples in other words, dates in other
 * sentences, run-together text, values that are only examples or belong to a replaced plan, and
 * Canadian plans. Each value is read from the summary, as an analyst sees it.
 */
import { describe, expect, it } from "vitest";
import { readTexts } from "../src/reader/read.js";
import { summaryOf, type ReadingSummary } from "../src/reader/summary.js";
import { unreadableReason } from "../src/reader/subject.js";

const summary = (text: string) => summaryOf(readTexts([{ file: "t.txt", text }]));
const field = (name: keyof ReadingSummary) => (text: string) => summary(text)[name];

describe("cover pages and title blocks", () => {
  it("reads issuer, agent and date from a title block on lines of their own", () => {
    const s = summary("RIGHTS AGREEMENT\n\nBLUE HERON TOOLWORKS, INC.\n\nand\n\nFIRST LAKESIDE TRUST COMPANY\n\nRights Agent\n\n\nDated as of April 3, 1997\n\nTABLE OF CONTENTS\n");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["BLUE HERON TOOLWORKS, INC.", "FIRST LAKESIDE TRUST COMPANY", "1997-04-03"]);
  });
  it("takes the parties joined by '- and -' or 'between ... and', the agent's role in any case", () => {
    const s = summary("EXHIBIT 4.1\n\nBETWEEN\nORCHARD VALLEY FOODS CORPORATION\n- and -\nPACIFIC STOCK TRANSFER COMPANY,\nas RIGHTS AGENT\n\nRights Agreement dated as of May 9, 2011");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["ORCHARD VALLEY FOODS CORPORATION", "PACIFIC STOCK TRANSFER COMPANY", "2011-05-09"]);
  });
  it("keeps a former name and a successor note beside the names", () => {
    const s = summary("MARLOW HOLDINGS, INC.\n(formerly MARLOW CORP.)\nand\nHARBOR NATIONAL BANK\nRights Agent\n(successor to an earlier agent)\nAmended and Restated Rights Agreement\nDated as of July 1, 1988");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["MARLOW HOLDINGS, INC.", "HARBOR NATIONAL BANK", "1988-07-01"]);
  });
  it("reads an agent named in a plan 'with' it, in its capacity as agent", () => {
    const s = summary('On June 2, 2022, Ridgeway Minerals Corp. (the "Company") entered into a Tax Benefits Preservation Plan (the "Plan") with Summit Share Services, LLC, in its capacity as rights agent.');
    expect([s.planDate, s.rightsAgent]).toEqual(["2022-06-02", "Summit Share Services, LLC"]);
  });
  it("reads an agent described at length or under its later name", () => {
    expect(field("rightsAgent")('by and between the Company and Granite Trust, N.A., a federally chartered, limited purpose trust company (as successor to Old Granite Registrar), as the duly appointed rights agent.')).toBe("Granite Trust, N.A.");
    expect(field("rightsAgent")('between Pinecrest Corporation, a Ohio corporation (the "Company"), and Lakeland Stock Transfer Company, N.A., a national banking association, now known as Lakeland Trust N.A., (the "Rights Agent").')).toBe("Lakeland Stock Transfer Company, N.A.");
  });
});

describe("the issuer in news text", () => {
  it("reads a short name whose Board adopted a plan, with or without a suffix", () => {
    expect(field("issuer")("Tallis has announced that its Board of Directors has approved the adoption of a stockholder rights agreement.")).toBe("Tallis");
    expect(field("issuer")("Cortland Energy's Board of Directors adopted a limited duration rights plan today.")).toBe("Cortland Energy");
  });
  it("reads a name with its ticker, even without a corporate word", () => {
    expect(field("issuer")("HOUSTON - Redfin Drilling (NYSE: RDF) today announced a shareholder rights plan.")).toBe("Redfin Drilling");
  });
  it("does not take a sentence's first word that is no name", () => {
    expect(field("issuer")("The Company has announced that its Board of Directors has approved a rights agreement.")).toBeNull();
    expect(field("issuer")("Today the Board of Directors adopted a rights plan.")).toBeNull();
    expect(field("issuer")("XXXXXX TOOLS, INC.\nand\nFIRST LAKESIDE TRUST COMPANY\nRights Agent")).toBeNull();
    expect(field("issuer")("Terms not defined here have the meanings given in the Rights Agreement.\nThe Company and the Rights Agent agree as follows:")).toBeNull();
  });
});

describe("thresholds with qualifiers", () => {
  it("reads the main threshold beside a higher one in parentheses", () => {
    expect(field("acquiringPersonThresholdPercent")("a person who has acquired beneficial ownership of 10% (or 25% in some cases) or more of the shares")).toBe("10");
  });
  it("reads the main threshold and the passive investors' each in its own field", () => {
    const s = summary('An "Acquiring Person" is anyone who beneficially owns 10% or more of the Common Stock (or 20% or more in the case of a passive investor eligible to file on Schedule 13G).');
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["10", "20"]);
  });
  it("reads a passive investors' aside whose percentages are in words and digits", () => {
    const s = summary('Someone becomes an "Acquiring Person" on acquiring beneficial ownership of eleven percent (11%) or more of our shares (or twenty-two percent (22%) or more for passive institutional investors filing on Schedule 13G).');
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["11", "22"]);
  });
  it("reads a threshold written as 'more than'", () => {
    expect(field("acquiringPersonThresholdPercent")("The Rights become exercisable if a person acquires, or offers to acquire, more than 12% of the common stock.")).toBe("12");
  });
  it("reads a threshold that an offer can also trip", () => {
    expect(field("acquiringPersonThresholdPercent")("If a person has acquired beneficial ownership of, or starts a tender offer for, 18% or more of the common stock, each Right becomes exercisable.")).toBe("18");
  });
  it("reads the threshold with a misspelt word around it", () => {
    expect(field("acquiringPersonThresholdPercent")('An "Acquiring Person" is any person who is the Benefical Owner of 12.5% or more of the shares.')).toBe("12.5");
  });
});

describe("prices and multiples in other words", () => {
  it("reads a price defined elsewhere and stated later", () => {
    expect(field("purchasePrice")('"Purchase Price" shall initially be $62.50 for each one one-thousandth of a share of Preferred Stock.')).toBe("62.5");
    expect(field("purchasePrice")('The "Exercise Price" is initially $74.00 for each one one-hundredth of a Preferred Share.')).toBe("74");
  });
  it("reads a price with an aside before its defined name", () => {
    expect(field("purchasePrice")('each Right may buy one one-hundredth of a share at a price of $21.40 (as it may be adjusted, the "Purchase Price").')).toBe("21.4");
  });
  it("reads a price given after the unit with 'for'", () => {
    expect(field("purchasePrice")("each Right entitles its holder to buy one one-hundredth of a share of Series B Preferred Stock for $33, subject to adjustment.")).toBe("33");
  });
  it("reads a price raised by an amendment from one amount to another", () => {
    expect(field("purchasePrice")("The amended agreement raises the exercise price per unit from $20 per one one-hundredth of a share to $45 per one one-hundredth of a share.")).toBe("45");
  });
  it("reads multiples in words, with digits or as 'twice'", () => {
    expect(field("flipInMultiple")("If any person becomes an Acquiring Person, each holder may buy Common Stock having a market value of two (2) times the exercise price.")).toBe("2");
    expect(field("flipInMultiple")('Once a person becomes an Acquiring Person (a "Flip-In Event"), unless the event is a "Flip-Over Event", each holder may buy stock worth two times the Purchase Price.')).toBe("2");
  });
  it("does not take the acquiror left out of a flip-in for a flip-over", () => {
    expect(field("flipInMultiple")("The Rights become exercisable when a person acquires 15% or more. Once exercisable, the Rights let holders, other than the acquiror, buy stock worth twice the exercise price.")).toBe("2");
  });
  it("carries the flip-in from the sentence before when a sentence does not name it", () => {
    expect(field("flipInMultiple")("Upon the Flip-in Date, each Right is exchanged for one share. If the Board decides against the exchange, each Right lets its holder buy, for the exercise price, shares worth twice the exercise price.")).toBe("2");
  });
  it("reads a redemption 'for' a price per right", () => {
    expect(field("redemptionPrice")("The Rights are redeemable at the option of the Company for $0.005 per Right at any time before a person becomes an Acquiring Person.")).toBe("0.005");
  });
});

describe("dates in other sentences", () => {
  it("reads a record date beside a defined Redemption Date", () => {
    expect(field("recordDate")('one Right for each share outstanding as of the close of business on May 4, 2012 (the "Record Date"), and until the earliest of the Distribution Date, the Redemption Date and the Final Expiration Date')).toBe("2012-05-04");
  });
  it("reads a record date stated in other words", () => {
    expect(field("recordDate")("The record date to determine the holders entitled to the Rights was June 30, 2016.")).toBe("2016-06-30");
    expect(field("recordDate")("Holders of the Company's common stock of record on July 8, 2019 received one Right per share.")).toBe("2019-07-08");
    expect(field("recordDate")("The record date for such dividend distribution is 12 April 2020.")).toBe("2020-04-12");
    expect(field("recordDate")("The Board declared a dividend of one right for each Common Share of the Company outstanding on October 2, 1989, each Right representing one one-hundredth of a share.")).toBe("1989-10-02");
  });
  it("reads other words for the plan's date and record date", () => {
    expect(field("planDate")("On June 3, 2015, the Board of Directors approved the adoption of a stockholder rights plan.")).toBe("2015-06-03");
    expect(field("planDate")("On June 4, 2015, the Company adopted a Shareholder Rights Plan.")).toBe("2015-06-04");
    expect(field("recordDate")("one right was distributed on each share held of record as of the close of business on June 15, 2015.")).toBe("2015-06-15");
    expect(field("finalExpirationDate")("The rights are scheduled to expire on June 3, 2025 unless redeemed.")).toBe("2025-06-03");
  });
  it("reads an expiry in day-month-year order or after an aside", () => {
    expect(field("finalExpirationDate")("The Rights Agreement expires, unless the Board acts sooner, on 15 May 2021.")).toBe("2021-05-15");
  });
  it("reads an expiry among the earliest of numbered events, and lower-case 'rights'", () => {
    expect(field("finalExpirationDate")("The Rights expire on the earliest of (1) 5:00 p.m., New York City time, on March 3, 2026 or (2) their redemption.")).toBe("2026-03-03");
    expect(field("finalExpirationDate")("The rights will expire on June 1, 2024, unless redeemed earlier.")).toBe("2024-06-01");
  });
  it("reads a plan extended until a date", () => {
    expect(field("finalExpirationDate")("The Rights Plan was renewed and extended in May 2020 until June 30, 2030.")).toBe("2030-06-30");
  });
  it("reads the date the agreement was entered into, not the date the Board approved it earlier", () => {
    expect(field("planDate")('On May 1, 2019, the Board approved a rights plan and on May 3, 2019, the Company entered into a Rights Agreement with Harbor Trust Company, as Rights Agent.')).toBe("2019-05-03");
  });
  it("reads a plan that continues in effect until a date", () => {
    expect(field("finalExpirationDate")("The Rights Agreement will continue in effect until November 30, 2027, unless earlier terminated.")).toBe("2027-11-30");
  });
  it("reads the date of an agreement entered into in a recital", () => {
    expect(field("planDate")("WHEREAS, on March 14, 2005, the Company and the Rights Agent entered into that certain Rights Agreement;")).toBe("2005-03-14");
  });
  it("reads the date a plan expired from an 8-A/A filed to report its expiry", () => {
    expect(field("finalExpirationDate")('This Form 8-A/A is filed to reflect the expiration of the rights registered on Form 8-A.\nOn July 7, 2024, the Tax Benefits Preservation Plan (the "Plan"), dated as of July 8')).toBe("2024-07-07");
  });
});

describe("distribution dates", () => {
  it("reads the days after the earlier of an announcement or a determination", () => {
    expect(field("distributionDaysAfterAnnouncement")('The "Distribution Date" will be the tenth day following the earlier of (i) a public announcement that, or (ii) a determination by the Board that, a person has become')).toBe(10);
  });
  it("reads a distribution on the announcement itself as no days", () => {
    expect(field("distributionDaysAfterAnnouncement")("Until the earlier of (i) the Company's announcing that a person has acquired 15% or more of its common stock and (ii) the tenth business day after a tender offer begins, the Rights trade with the common stock.")).toBe(0);
  });
});

describe("run-together text from XBRL or PDF", () => {
  it("reads sentences whose stop has no space after it", () => {
    const s = summary("The Board adopted a rights plan on May 1, 2020.The rights will expire on May 1, 2021.Each right entitles the holder to purchase one one-thousandth of a share of preferred stock at an exercise price of $30.");
    expect([s.finalExpirationDate, s.purchasePrice]).toEqual(["2021-05-01", "30"]);
  });
});

describe("values that are not the plan's terms", () => {
  it("does not take a date or a threshold given only as an example", () => {
    expect(field("finalExpirationDate")("By way of illustration, if the Rights were to expire on June 1, 2030, holders would receive nothing.")).toBeNull();
    expect(field("acquiringPersonThresholdPercent")('For example, a person who acquires 12% or more of the shares (an "Acquiring Person") would be diluted.')).toBeNull();
  });
  it("does not take the exchange window's percentage for the threshold", () => {
    expect(field("acquiringPersonThresholdPercent")("After an Acquiring Person beneficially owns 10% or more of the Common Stock and before it owns 50%, the Board may exchange the Rights.")).toBeNull();
  });
  it("does not take the expiry of a plan this one replaces", () => {
    expect(field("finalExpirationDate")("The Company's prior rights agreement, adopted in 2009, expired on February 1, 2019.")).toBeNull();
  });
});

describe("Canadian shareholder rights plans", () => {
  it("reads a party incorporated under a province's laws, and an agreement entered into as 'an' amended one", () => {
    expect(field("issuer")('between MAPLE RIDGE MINING INC., a corporation incorporated under the laws of Alberta (the "Corporation"), and a trust company')).toBe("MAPLE RIDGE MINING INC.");
    expect(field("issuer")('B E T W E E N: PINE HOLLOW FOODS INC., a corporation incorporated under the laws of Manitoba (the "Corporation"), - and - a trust company')).toBe("PINE HOLLOW FOODS INC.");
    expect(field("planDate")("On June 9, 2014, the Company and its transfer agent entered into an amended and restated shareholder rights plan agreement.")).toBe("2014-06-09");
  });
  it("reads a Permitted Bid as the qualified-offer clause", () => {
    expect(field("qualifiedOfferClause")('A take-over bid that is a "Permitted Bid" does not trigger the Rights.')).toBe(true);
  });
  it("reads the Separation Time as the distribution date, and a Flip-in Event's multiple", () => {
    const s = summary('"Separation Time" means the close of business on the tenth Trading Day after the earlier of (i) the Stock Acquisition Date and (ii) the commencement of a Take-over Bid.\nAfter a Flip-in Event, each Right entitles its holder to buy shares having a market value of twice the Exercise Price.');
    expect([s.distributionDaysAfterAnnouncement, s.flipInMultiple]).toEqual([10, "2"]);
  });
});

describe("NOL plans named by their regulations", () => {
  it("reads a reference to the Section 382 regulations as an NOL plan", () => {
    expect(field("nolPlan")("acquisitions that are coordinated within the meaning of Treasury Regulation Section 1.382-3(a)(1)")).toBe(true);
  });
});

describe("phrasings found on a further set of unseen filings", () => {
  it("reads a company whose name has an apostrophe word, never a piece of it", () => {
    expect(field("issuer")('On May 2, 1994, the Board of Directors of Rock n\' Reel Outfitters, Inc. (the "Company") declared a dividend of one Right.')).toBe("Rock n' Reel Outfitters, Inc.");
  });
  it("takes an original agreement's date over an amended and restated one's, both in a title", () => {
    expect(field("planDate")("Amended and Restated Rights Agreement Dated as of March 3, 2012 (original Rights Agreement dated as of June 9, 2002)")).toBe("2002-06-09");
  });
  it("does not take a percentage some investors were allowed to acquire for the threshold", () => {
    expect(field("acquiringPersonThresholdPercent")("The 2019 amendment permitted three funds to acquire more than 5% of the common stock.")).toBeNull();
  });
  it("reads a threshold stated as more than a percentage of a Beneficial Owner's shares", () => {
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" shall mean any Person who shall be the Beneficial Owner of more than 25% of the shares of Common Stock then outstanding.')).toBe("25");
  });
  it("reads the date a Board declared a distribution of Rights", () => {
    expect(field("planDate")('On June 9, 1998, the Board of Directors of Kestrel Mills, Inc. (the "Company") declared a distribution of one Right for each share of common stock.')).toBe("1998-06-09");
  });
  it("reads a threshold stated as shares representing a percentage", () => {
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" means any Person who becomes the Beneficial Owner of shares of Common Stock representing 20% or more of the Common Stock then outstanding.')).toBe("20");
    expect(field("acquiringPersonThresholdPercent")("Until a public announcement that a person has acquired beneficial ownership of shares of Common Stock representing, in the aggregate, 18% or more of the votes, the Board may act.")).toBe("18");
  });
  it("reads the agreement's date after an amendment the sentence has already dated", () => {
    expect(field("planDate")("On May 4, 2020, the Company and the Rights Agent entered into a first amendment to the Rights Agreement, dated as of May 6, 2017, between the Company and the Rights Agent.")).toBe("2017-05-06");
  });
  it("reads a date on which a Board of Trustees declared the Rights, or a dividend declared on a date", () => {
    expect(field("planDate")("On April 2, 2010, the Board of Trustees of Lakeview Realty Trust authorized and declared a dividend of one right for each common share.")).toBe("2010-04-02");
    expect(field("planDate")("The Board of Directors declared a dividend distribution on August 8, 2011 of one Right for each share of Common Stock.")).toBe("2011-08-08");
  });
  it("reads a Final Expiration Date defined without quotation marks", () => {
    expect(field("finalExpirationDate")("The definition is amended to read: Final Expiration Date means the close of business on October 1, 2012.")).toBe("2012-10-01");
  });
  it("reads title blocks of savings banks, agents named 'The ...', and parties in title case", () => {
    const bank = summary("HILLTOP SAVINGS BANK, FSB\nand\nThe Bank of Westfield,\nRights Agent\nRIGHTS AGREEMENT\nDated as of June 2, 1989");
    expect([bank.issuer, bank.rightsAgent, bank.planDate]).toEqual(["HILLTOP SAVINGS BANK, FSB", "The Bank of Westfield", "1989-06-02"]);
    const cased = summary("SHAREHOLDER RIGHTS PLAN AGREEMENT\ndated as of May 5, 2006\nBetween\nNorthcape Minerals Corporation\nAnd\nDominion Registry Services Inc.\nAs Rights Agent");
    expect([cased.issuer, cased.rightsAgent]).toEqual(["Northcape Minerals Corporation", "Dominion Registry Services Inc."]);
    expect(field("issuer")("Bluefin Labs, Inc. and Eastern Stock Transfer and Trust Company, LLC as Rights Agent")).toBe("Bluefin Labs, Inc.");
    const upper = summary("MARSH HOLLOW, INC.\nand\nHARBOR REGISTRY AND TRANSFER COMPANY\nRights Agent\nRights Agreement\nDated as of May 1, 1990");
    expect([upper.issuer, upper.rightsAgent]).toEqual(["MARSH HOLLOW, INC.", "HARBOR REGISTRY AND TRANSFER COMPANY"]);
  });
  it("reads a party described as a state's corporation, with or without a corporate word or a comma", () => {
    expect(field("issuer")('This Plan is made by and between Seaborne Analytics, a Nevada corporation (the "Company"), and a rights agent.')).toBe("Seaborne Analytics");
    expect(field("issuer")('RIGHTS AGREEMENT dated May 1, 1993 between GRANITE FALLS BANCORP, INC. an Ohio corporation (the "Company"), and a rights agent')).toBe("GRANITE FALLS BANCORP, INC.");
  });
  it("reads a record date given as the day a dividend was payable to holders of record on that day", () => {
    expect(field("recordDate")('The dividend became payable on May 4, 2021 to stockholders of record as of the close of business on such date (the "Record Date").')).toBe("2021-05-04");
    expect(field("recordDate")("The Board declared a dividend of one Right for each outstanding share of common stock as of June 1, 2017.")).toBe("2017-06-01");
  });
  it("reads a price after a unit whose par value is given first", () => {
    expect(field("purchasePrice")('Each Right entitles its holder to buy one one-thousandth of a share of Series C Preferred Stock, par value $0.001 per share ("Preferred Shares"), for $41.50, subject to adjustment (the "Purchase Price").')).toBe("41.5");
  });
  it("reads a threshold in a sentence that also names the Securities Exchange Act", () => {
    expect(field("acquiringPersonThresholdPercent")("Rights separate after a public announcement that a person acquired beneficial ownership of 18% or more of the common stock or a tender offer is first published within the meaning of Rule 14d-2 under the Securities Exchange Act of 1934.")).toBe("18");
  });
  it("reads days after 'either (i)' an announcement 'or (ii)' a tender offer", () => {
    const s = summary('Separate certificates will not be issued until the close of business on the tenth business day (the "Distribution Date") following either (i) a public announcement that a person or group acquired beneficial ownership of 20% or more of the common stock or (ii) a tender or exchange offer by any person is first published.');
    expect([s.distributionDaysAfterAnnouncement, s.distributionBusinessDaysAfterTenderOffer]).toEqual([10, 10]);
  });
  it("reads a company named after 'Between' in a title, even without a corporate word", () => {
    expect(field("issuer")("Rights Agreement Dated as of May 2, 2010, By and Between Larkspur Homes and Union Share Services LLC, as Rights Agent")).toBe("Larkspur Homes");
  });
  it("reads a threshold named as 'the 15% ownership threshold'", () => {
    expect(field("acquiringPersonThresholdPercent")("Under the plan, shares held through derivative securities count towards the 12.5% ownership threshold.")).toBe("12.5");
  });
  it("reads the date on which the company itself declared the dividend", () => {
    expect(field("planDate")("On July 9, 2013, pursuant to its stockholder rights plan, the Company declared a dividend distribution of one right for each share of common stock.")).toBe("2013-07-09");
    expect(field("planDate")("On May 1, 2019, the Company declared a dividend of $0.10 per share of common stock, under its rights plan's terms.")).toBeNull();
  });
  it("reads the company whose Board 'of the' company acted, without the Board's words", () => {
    expect(field("issuer")('On May 3, 2021, the Board of Directors of the Lakeshore Candy Works, Inc. (the "Company") approved the redemption of the Rights.')).toBe("Lakeshore Candy Works, Inc.");
  });
  it("reads the company after the securities of it that a sentence names first", () => {
    expect(field("issuer")('The following describes the common stock and the Series B Participating Preferred Stock Purchase Rights of Kettle Ridge Systems, Inc. (the "Company").')).toBe("Kettle Ridge Systems, Inc.");
  });
  it("reads a cover page's name wrapped over two lines, but not a heading line above it", () => {
    expect(field("issuer")("FORM 8-A\n\nOF THE SECURITIES EXCHANGE ACT OF 1934\n\nNORTHERN PLAINS RENEWABLE\n\nENERGY PARTNERS, INC.\n\n(Exact name of registrant as specified in its charter)\n")).toBe("NORTHERN PLAINS RENEWABLE ENERGY PARTNERS, INC.");
    expect(field("issuer")("FORM 8-A\n\nCURRENT REPORT\n\nNORTHERN PLAINS, INC.\n\n(Exact name of registrant as specified in its charter)\n")).toBe("NORTHERN PLAINS, INC.");
  });
  it("reads a cover page's name run together with the form's heading", () => {
    expect(field("issuer")("FORM 8-K\nCURRENT REPORT\nNORTHERN PLAINS, INC.\n(Exact name of registrant as specified in its charter)\n")).toBe("NORTHERN PLAINS, INC.");
  });
  it("does not take a price an example or illustration supposes as the Purchase Price", () => {
    expect(field("purchasePrice")("For instance, if the market price at the Separation Time is $20 it would translate to an exercise price of $100.")).toBeNull();
    expect(field("purchasePrice")("The exercise price is subject to adjustment. For illustration only, assume an exercise price of $90 per one one-hundredth of a share.")).toBeNull();
  });
  it("reads a threshold that an offer to acquire can also trip, and one a transaction would result in", () => {
    expect(field("acquiringPersonThresholdPercent")("The Rights separate ten trading days after a person has acquired, or commences an offer to acquire, 25% or more of the Common shares.")).toBe("25");
    expect(field("acquiringPersonThresholdPercent")("The Rights Plan requires any transaction that would result in a person owning, in the aggregate, 20% or more of the outstanding Common Shares to be made as a formal take-over bid.")).toBe("20");
  });
  it("reads business days after a tender offer named at length", () => {
    expect(field("distributionBusinessDaysAfterTenderOffer")("The Distribution Date is the earlier of (i) the tenth business day after a public announcement that a person has become an Acquiring Person and (ii) the tenth business day (or such later date as the Board may determine before any person becomes an Acquiring Person) after the date of the commencement of, or the first public announcement of the intention to commence, by any person (other than an Exempt Person, as defined in the Rights Agreement) a tender or exchange offer.")).toBe(10);
  });
  it("reads the agreement's date after an 'Amendment No. 1' that the sentence has already dated", () => {
    expect(field("planDate")("On March 2, 2015, the Company entered into an Amendment No. 1 to the Rights Agreement, dated March 4, 2005. The Board had adopted the plan on March 3, 2005.")).toBe("2005-03-04");
  });
  it("reads a plan that continues in effect 'to' a date", () => {
    expect(field("finalExpirationDate")("Following the amendment, the rights plan will continue in effect to May 1, 2019, or such earlier date that the Company redeems the rights.")).toBe("2019-05-01");
  });
  it("reads a record date of 'holders of record of the shares of common stock'", () => {
    expect(field("recordDate")("The Board declared a dividend of one right for each share to holders of record of the shares of common stock at the close of business on March 2, 2016.")).toBe("2016-03-02");
  });
  it("reads a threshold that one 'acquires or commences a tender offer for'", () => {
    expect(field("acquiringPersonThresholdPercent")("The rights become exercisable only if a person acquired or commenced a tender offer for 9.5% or more of the common stock.")).toBe("9.5");
  });
  it("reads the flip-in multiple from a price 'divided by 50% of the market price'", () => {
    expect(field("flipInMultiple")("If a person becomes an Acquiring Person, each holder may buy the number of shares equal to the exercise price divided by 50% of the market price of the common stock.")).toBe("2");
  });
  it("reads the main and passive thresholds given side by side between commas", () => {
    const s = summary('Rights become exercisable if any person acquires "Beneficial Ownership" (as defined in the Rights Agreement) of 12%, or 22% in the case of certain passive investors, or more of the common stock.');
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["12", "22"]);
  });
  it("reads a price after a unit given also as a decimal, and a multiple of 'that amount'", () => {
    const s = summary("Each Right represents the right to purchase one one-thousandth (0.001) of a share of Series C Preferred Stock for $64.00. If an Acquiring Person emerges, holders may purchase for $64.00 shares of common stock having a market value of twice that amount.");
    expect([s.purchasePrice, s.flipInMultiple]).toEqual(["64", "2"]);
  });
  it("reads a Separation Time whose events are listed on lines of their own after a colon", () => {
    const text = "\u201cSeparation Time\u201d means the Close of Business on the tenth Trading Day after the earlier of:\n\n(i) the Stock Acquisition Date; and\n\n(ii) the date a Person first announces an intent to commence a Take-over Bid;\n\nor such later Business Day as the Board may determine.\n";
    expect(field("distributionDaysAfterAnnouncement")(text)).toBe(10);
  });
  it("reads a Purchase Price defined as the price 'which shall initially be' an amount, and a redemption price received", () => {
    expect(field("purchasePrice")("Purchase Price. The price at which a holder of a Right may purchase one one-hundredth of a share of Preferred Stock upon exercise of a Right, which price shall initially be $140.00")).toBe("140");
    expect(field("redemptionPrice")("Upon the Board's order of redemption the only right of the holders of Rights will be to receive the $0.005 redemption price.")).toBe("0.005");
  });
  it("reads the issuer from a headline announcing the plan", () => {
    expect(field("issuer")("Harborview Bancorp Adopts Shareholder Rights Plan\n\nThe Board of Directors today adopted a plan.")).toBe("Harborview Bancorp");
    expect(field("issuer")("# source: https://example.org/news/1\nHarborview Bancorp Adopts Shareholder Rights Plan\nThe Board of Directors today adopted a plan.")).toBe("Harborview Bancorp");
    expect(field("issuer")("PRESS RELEASE Harborview Adopts Stockholder Rights Plan")).toBeNull();
  });
});

describe("phrasings found on a third set of unseen filings", () => {
  it("reads the passive investors' threshold given after a comma at the end of the sentence", () => {
    const s = summary("The rights become exercisable if a person becomes the beneficial owner of 12% or more of the outstanding shares, or 24% or more in the case of qualified passive investors.");
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["12", "24"]);
  });
  it("reads a passive investors' threshold in parentheses without 'or' before it", () => {
    const s = summary("They become exercisable only if a group acquires 11% or more (22% in the case of some passive investors) of the common stock.");
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["11", "22"]);
  });
  it("reads a record date of a dividend paid 'upon' the close of business to holders of record 'upon' that date", () => {
    expect(field("recordDate")("The dividend was payable upon the close of business on June 9, 2017 to the stockholders of record upon the close of business on that date.")).toBe("2017-06-09");
  });
  it("reads the record date of news that the company issues one right for each share at the close of business on a day", () => {
    expect(field("recordDate")("The company is issuing one right for each share of common stock outstanding at the close of business on March 2, 2021.")).toBe("2021-03-02");
    expect(field("recordDate")("The company's issuing one right for each share of common stock as of the close of business on March 3, 2021.")).toBe("2021-03-03");
    expect(field("recordDate")("The company will issue one right for each share of common stock issued after March 4, 2021.")).toBeNull();
  });
  it("reads numbers run together with the word after them, as XBRL text has it", () => {
    const s = summary('The Rights will be exercisable only if a person or group acquires\n17%or more of the outstanding common stock (an "Acquiring Person"). The Company may redeem the Rights at a price of\n$0.02per Right.');
    expect([s.acquiringPersonThresholdPercent, s.redemptionPrice]).toEqual(["17", "0.02"]);
  });
  it("reads a price 'at a price of' an amount after the unit, followed by no 'per'", () => {
    expect(field("purchasePrice")("Each Right represents the right to purchase one one-hundredth of a share of Preferred Stock at a price of $91.00, subject to adjustment.")).toBe("91");
  });
  it("reads the issuer of news naming the board of a company followed by its ticker", () => {
    expect(field("issuer")("The board of directors of Tallowmere (TLWM +2.4% ) has adopted a limited duration rights plan.")).toBe("Tallowmere");
    expect(field("issuer")("The Board of Directors of Tallowmere Corp. (NYSE: TLWM) adopted a rights plan today.")).toBe("Tallowmere Corp.");
    expect(field("issuer")("The board of directors of the Company (the Board) has adopted a rights plan.")).toBeNull();
  });
  it("reads the expiry of a plan's term given in parentheses or after a comma", () => {
    expect(field("finalExpirationDate")("It has a 300-day term (expiring June 1, 2022) and no dead-hand feature.")).toBe("2022-06-01");
    expect(field("finalExpirationDate")("The rights plan has a one-year term, expiring on June 2, 2022.")).toBe("2022-06-02");
    expect(field("finalExpirationDate")("The director's term (expiring at the 2022 annual meeting) is not changed.")).toBeNull();
  });
  it("reads a title block's date set above the parties, under the agreement's title", () => {
    const s = summary("SHAREHOLDER RIGHTS PLAN AGREEMENT\n\nDated May 6, 2014\n\nBetween\n\nNORTHERN FIELD LOGISTICS INC.\n\n(the \u201cCorporation\u201d)\n\nand\n\nMAPLE LEAF TRUST COMPANY,\n\nas Rights Agent\n\nTABLE OF CONTENTS\n");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["NORTHERN FIELD LOGISTICS INC.", "MAPLE LEAF TRUST COMPANY", "2014-05-06"]);
    expect(field("planDate")("AMENDMENT NO. 2 TO RIGHTS AGREEMENT\n\nDated May 6, 2014\n\nBetween\n\nNORTHERN FIELD LOGISTICS INC.\n\nand\n\nMAPLE LEAF TRUST COMPANY,\n\nas Rights Agent\n")).not.toBe("2014-05-06");
  });
  it("reads a party to the agreement defined by the first word of its own name", () => {
    expect(field("issuer")("RIGHTS PLAN AGREEMENT dated as of May 1, 2001, between Westmarch Energy Corporation (\u201cWestmarch\u201d), a corporation incorporated under the laws of Alberta, and Prairie Trust Company (the \u201cRights Agent\u201d).")).toBe("Westmarch Energy Corporation");
    expect(field("issuer")("RIGHTS PLAN AGREEMENT dated as of May 1, 2001, between Westmarch Energy Corporation (\u201cPrairie\u201d) and Prairie Trust Company (the \u201cRights Agent\u201d).")).toBeNull();
  });
});

describe("the third round of unseen filings", () => {
  it("never takes an amendment's own date, however a filer's exhibit line names it, for the plan's", () => {
    const text = "EX-4.3 2 ex43.htm RESTATED RIGHTS AGREEMENT DATED MAY 2,2011\nSECOND AMENDMENT TO AMENDED AND RESTATED RIGHTS AGREEMENT\nThis Second Amendment to Amended and Restated Rights Agreement, dated as of May 2, 2011 (the \u201cAmendment\u201d), is by and between Quarry Lane Bancorp, Inc. (the \u201cCompany\u201d) and Old Mill Trust Company (the \u201cRights Agent\u201d).\nWHEREAS, the Company and the Rights Agent have entered into the Amended and Restated Rights Agreement, dated March 3, 2008 (the \u201cRights Agreement\u201d);\nNOW, THEREFORE, the parties agree as follows:";
    expect(field("planDate")(text)).toBe("2008-03-03");
  });
  it("does not take the lump sum paid for shares sold to an investor for the Rights' price", () => {
    const text = "In 2010 the Company sold 9,000 shares of Series A Preferred Stock to an investor for an aggregate purchase price of $9,000,000 in cash. On May 3, 2014, the Board declared a dividend of one preferred share purchase right for each share of common stock, to purchase one one-hundredth of a share of Series C Junior Participating Preferred Stock at a price of $14.00 per one one-hundredth of a share.";
    expect(field("purchasePrice")(text)).toBe("14");
    expect(field("purchasePrice")("The Company issued 5,000 preferred shares to the Treasury for a purchase price of $5,000,000 in cash.")).toBeNull();
  });
  it("reads an exercise price stated 'per Right is'", () => {
    expect(field("purchasePrice")("The current exercise price per Right is\n$48.00.\nThe Rights may be redeemed at a price of $0.01 per Right.")).toBe("48");
  });
  it("reads a plan's date from 'This Agreement is dated as of', 'effective as of ... adopted' and 'adopted ... effective'", () => {
    expect(field("planDate")("SHAREHOLDER RIGHTS PLAN AGREEMENT\nTHIS AGREEMENT is dated as of March 9, 2004.\nBETWEEN:\nNORTH SHORE MINING LTD.")).toBe("2004-03-09");
    expect(field("planDate")("Effective as of June 8, 2012, the Company adopted a Tax Benefit Preservation Plan, which was amended by Amendment No. 1 to Tax Benefit Preservation Plan dated as of June 1, 2015.")).toBe("2012-06-08");
    expect(field("planDate")("the Board of Directors of the Corporation adopted a shareholder rights plan effective May 2, 2011 (the \u201cOriginal Rights Plan\u201d);")).toBe("2011-05-02");
    expect(field("planDate")("In March 2016, our Board approved a new stockholder rights agreement, effective March 14, 2016, that replaced the old one.")).toBe("2016-03-14");
    expect(field("planDate")("This Second Amendment to Rights Agreement dated as of March 9, 2004 is between the parties.")).toBeNull();
  });
  it("reads a plan 'originally adopted on' a date with a short month", () => {
    expect(field("planDate")("The Rights Protection Plan was originally adopted on Mar 3, 2018 and must be confirmed every three years.")).toBe("2018-03-03");
  });
});

describe("the third round: title blocks, agents and issuers in news", () => {
  it("reads a title block in capitals whose agent is 'THE ... BANK', and one whose agent a form leaves in brackets", () => {
    const s = summary("Exhibit 1\nRIGHTS AGREEMENT\nBETWEEN\nHILLCREST BANCSHARES, INC.\nAND\nTHE HILLCREST NATIONAL BANK OF MAPLETON,\nAS RIGHTS AGENT\nDATED AS OF JULY 9, 2001\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["HILLCREST BANCSHARES, INC.", "THE HILLCREST NATIONAL BANK OF MAPLETON", "2001-07-09"]);
    const form = summary("Exhibit 4.2\nLOWLAND PUMPS CORP.\nand\n[SILVERLINE SHAREHOLDER SERVICES, L.L.C.]\nas Rights Agent\nRights Agreement\nDated as of __________, 200_");
    expect([form.issuer, form.rightsAgent, form.planDate]).toEqual(["LOWLAND PUMPS CORP.", "SILVERLINE SHAREHOLDER SERVICES, L.L.C.", null]);
  });
  it("reads a Canadian cover page: the parties joined by '- and -' over the agreement's title, with no role named", () => {
    const s = summary("BRIGHTWATER MINES CORPORATION\n\n- and -\n\nNORTHERN PINE TRUST COMPANY\n\nSHAREHOLDER RIGHTS PLAN AGREEMENT\n\nTable of Contents");
    expect([s.issuer, s.rightsAgent]).toEqual(["BRIGHTWATER MINES CORPORATION", "NORTHERN PINE TRUST COMPANY"]);
    expect(field("rightsAgent")("BRIGHTWATER MINES CORPORATION and NORTHERN PINE MINING CORPORATION SHAREHOLDER RIGHTS PLAN AGREEMENT")).toBeNull();
  });
  it("reads the agent that entered into the agreement with the company", () => {
    expect(field("rightsAgent")("On May 2, 2013, the Company and Lakeshore Trust Services of Canada entered into an amended and restated shareholder rights plan agreement.")).toBe("Lakeshore Trust Services of Canada");
  });
  it("reads the issuer of news in lower case: its board 'has adopted', 'agreed to implement', 'said ... its board had adopted', a name that 'adopted a poison pill'", () => {
    expect(field("issuer")("Corvalis's board of directors has adopted a poison pill in response to an unsolicited bid.")).toBe("Corvalis");
    expect(field("issuer")("Glenmore Resources Inc.'s board of directors has agreed to implement a shareholder protection rights plan.")).toBe("Glenmore Resources Inc.");
    expect(field("issuer")("June 3 (Reuters) - Magazine publisher Brookfield Media Co said on Monday its board had adopted a shareholder rights plan.")).toBe("Brookfield Media Co");
    expect(field("issuer")("Oct 4 Halloway's adopted a \"poison pill\" to ward off an unwanted takeover.")).toBe("Halloway's");
    expect(field("issuer")("The Board adopted a \"poison pill\" last week.")).toBeNull();
    expect(field("issuer")("On May 2, 2004, the Company's Board of Directors adopted a shareholder rights plan.")).toBeNull();
  });
  it("reads the issuer of a headline announcing an amendment of its rights plan, and of a material change report", () => {
    expect(field("issuer")("Thornbury Corporation Announces Amendment to Shareholders Rights Plan\nTORONTO -- Thornbury Corporation said today that its board amended the plan.")).toBe("Thornbury Corporation");
    expect(field("issuer")("MATERIAL CHANGE REPORT\n|1.\n|Reporting Issuer\n|Kestrel Royalty Corporation\n|10 Main Street\n|2.\n|Date of Material Change")).toBe("Kestrel Royalty Corporation");
  });
});

describe("the third round: sentences split across lines", () => {
  it("reads a date that XBRL text splits over lines with blank lines between", () => {
    expect(field("planDate")("Note 9 - Rights Plan\n \nOn\nMay\n \n12,\n2009,\nthe Board of Directors of the Company adopted a Shareholder Rights Plan (the\n\u201c2009\nPlan\u201d).")).toBe("2009-05-12");
  });
  it("reads a sentence a table cell wraps over lines that each open with a bar", () => {
    // The Board adopts the plan on the day itself here: a day it only "announced that it has adopted" one dates no plan (a fifteenth set's reading).
    expect(field("planDate")("|4.\n|Summary of Material Change\n|On May 12, 2009, the Board of Directors of the Issuer, meeting that\n|day, adopted a Shareholder Protection Rights Plan (the \u201cRights Plan\u201d). The\n|Rights Plan is in effect.")).toBe("2009-05-12");
  });
});

describe("the third round: thresholds, multiples and expiry in other words", () => {
  it("reads a threshold a holder 'becomes the holder of', 'buys more than' or reaches by 'the acquisition of'", () => {
    expect(field("acquiringPersonThresholdPercent")("The plan says that if anyone becomes the holder of 12 percent or more of Larchmont's stock, other holders may buy more shares.")).toBe("12");
    expect(field("acquiringPersonThresholdPercent")("The rights will become exercisable after a group buys more than 18 percent of Larchmont's shares.")).toBe("18");
    expect(field("acquiringPersonThresholdPercent")("Each right may be exercised upon certain triggering events, including the acquisition of 15% or more of the Company's outstanding common stock by a third party.")).toBe("15");
    expect(field("acquiringPersonThresholdPercent")("The Board may exchange the Rights at any time before the acquisition by such person of 50% or more of the common stock.")).toBeNull();
  });
  it("reads a multiple of 'that exercise price' or 'the right's exercise price', after a sentence about crossing the threshold", () => {
    expect(field("flipInMultiple")("If any person becomes the holder of 15 percent or more of the stock, other holders may buy more shares.\nThey would pay the then-current exercise price, but the shares would have a market value of twice that exercise price.")).toBe("2");
    expect(field("flipInMultiple")("If a person becomes an \"acquiring person,\" each right will entitle its holder to buy shares having a market value at that time of twice the right's exercise price.")).toBe("2");
  });
  it("reads an expiry 'on the earlier of (i)' a date, 'at the earlier of the close of business on (i)' a date, and a term 'ending on' a date", () => {
    expect(field("finalExpirationDate")("The Rights will expire on the earlier of (i) June 1, 2016 and (ii) the first anniversary of the plan if it is not approved.")).toBe("2016-06-01");
    expect(field("finalExpirationDate")("The new replacement rights agreement will expire at the earlier of the close of business on (i) March 3, 2017 or (ii) on June 30, 2014 if stockholders do not approve it.")).toBe("2017-03-03");
    expect(field("finalExpirationDate")("Consistent with its purpose, the term of the Rights Plan is only nine months, ending on April 2, 2014.")).toBe("2014-04-02");
    expect(field("finalExpirationDate")("In 2014 the Board approved a new rights agreement that replaced the rights agreement which expired on March 3, 2014.")).toBeNull();
  });
  it("reads a qualified-offer clause that plain words describe ('are considered to be permitted bids')", () => {
    expect(field("qualifiedOfferClause")("Under the plan, bids that meet certain requirements are considered to be permitted bids.")).toBe(true);
    expect(field("qualifiedOfferClause")("A permitted bid must be made to all holders of the common shares.")).toBe(true);
    expect(field("qualifiedOfferClause")("The company has no rights plan, and any permitted bids under its bylaws are not affected.")).toBeNull();
  });
});

describe("the earlier rounds' misses, read again", () => {
  it("reads the price in 'purchase $X worth of common stock for $Y'", () => {
    expect(field("purchasePrice")("If a person acquires 15% or more of the common stock, unless redeemed by the Board, each Right entitles the holder to purchase from the Company $ worth of common stock for $55.")).toBe("55");
    expect(field("purchasePrice")("For example, if the market price is $10, each Right entitles its holder to purchase $400 worth of common stock for $200.")).toBeNull();
  });
  it("reads a company named with an aside before 'has adopted', and a threshold 'at least' some percent", () => {
    const s = summary("Dunmore Bancorp, a lender under fire from activist investors, has adopted a shareholder rights agreement. The rights will trigger if an entity buys or tenders an offer to buy at least 12% of the company's common stock.");
    expect([s.issuer, s.acquiringPersonThresholdPercent]).toEqual(["Dunmore Bancorp", "12"]);
  });
  it("reads the company that a plan is made between, described as a state's corporation, even where the text breaks off", () => {
    expect(field("issuer")("This is Amendment No. 2 dated as of May 1, 2020, to the TAX BENEFITS PRESERVATION PLAN dated as of June 2, 2016, between Ferndale Bancorp, Inc., a Kentucky corporation (the")).toBe("Ferndale Bancorp, Inc.");
    expect(field("issuer")("The Plan is between Granite Trust Company, a New York corporation, and the issuer.")).toBeNull();
    expect(field("issuer")("13. Preferred Stock Purchase Rights\nThe Company has adopted a Shareholder Rights Agreement to protect its holders.")).toBeNull();
  });
  it("reads a Canadian memorandum of agreement's date, not its restatement's", () => {
    expect(field("planDate")("SHAREHOLDER RIGHTS PLAN AGREEMENT MEMORANDUM OF AGREEMENT, dated as of May 3, 1994, as amended and restated as of June 9, 2021, between Northpine Power Corporation and Maple Trust Company.")).toBe("1994-05-03");
  });
  it("reads the parties after 'BETWEEN:' and 'AND:', each followed by its address", () => {
    const s = summary("SHAREHOLDER RIGHTS PLAN AGREEMENT\nBETWEEN:\nBEAUPORT TEXTILES INC., 100 Rue Principale, Quebec\n(the \"Corporation\")\nAND:\nMAPLE LEAF INVESTOR SERVICES INC. 5th Floor, 10 King Street, Toronto\n(the \"Rights Agent\")");
    expect([s.issuer, s.rightsAgent]).toEqual(["BEAUPORT TEXTILES INC.", "MAPLE LEAF INVESTOR SERVICES INC."]);
  });
});

describe("a fourth set's phrasings", () => {
  it("reads the agent named before 'formerly', even with a space before the comma", () => {
    expect(field("rightsAgent")("This Amendment is made as of May 2, 2019, by and between Harlow Wind, Inc. (the \u201cCompany\u201d), and Kestrel Trust Company , formerly Lakeview Bank, National Association, as rights agent (the \u201cRights Agent\u201d).")).toBe("Kestrel Trust Company");
  });
  it("reads the issuer of news that it 'has extended its shareholder rights plan'", () => {
    expect(field("issuer")("Core Viewpoint - Bramble Pet Supply, Inc. has extended its shareholder rights plan for one year.")).toBe("Bramble Pet Supply, Inc.");
  });
  it("reads an expiry 'one year from its adoption date, specifically on' a date, but not a meeting's date", () => {
    expect(field("finalExpirationDate")("The rights plan is effective immediately and will expire one year from its adoption date, specifically on March 2, 2027.")).toBe("2027-03-02");
    expect(field("finalExpirationDate")("The rights will expire if stockholders do not approve the plan at the meeting held on May 1, 2021.")).toBeNull();
  });
});

describe("a fifth set's phrasings", () => {
  it("reads a Canadian news release: the issuer with its TSX ticker, the plan 'effective as of' a date", () => {
    const s = summary('TORONTO, June 2, 2019 /CNW/ - Birchwood Metals Inc. (TSX: BWM) (the "Company") has adopted a shareholder rights plan (the "Rights Plan"). The Rights Plan has been conditionally accepted by the TSX and is effective as of June 1, 2019 (the "Effective Date").');
    expect([s.issuer, s.planDate]).toEqual(["Birchwood Metals Inc.", "2019-06-01"]);
    expect(field("planDate")("The amendment to the Rights Plan is effective as of June 1, 2019.")).toBeNull();
    expect(field("issuer")("Marlow Labs has said the rights plan lets its holders vote on its own acquisition of Fernhill Resources Ltd. (TSXV:FRL).")).toBeNull();
  });
  it("reads a threshold 'would result in such person owning' and a right 'attached to each common share outstanding on' a date", () => {
    const s = summary("On May 2, 2024, the Board adopted a shareholder rights plan. It applies to an offer which would result in such person owning 20% or more of the outstanding common shares of the Company. Pursuant to the plan, one right attached to each common share outstanding on May 3, 2024.");
    expect([s.acquiringPersonThresholdPercent, s.recordDate]).toEqual(["20", "2024-05-03"]);
  });
  it("reads a price 'per one of a Preferred Share' where XBRL text lost the fraction", () => {
    expect(field("purchasePrice")("Each Right entitles the registered holder to purchase one of a share of Series A Preferred Stock at a price of $41.25 per one of a Preferred Share represented by a Right, subject to adjustment.")).toBe("41.25");
  });
});

describe("a sixth set's phrasings", () => {
  it("reads a title block's date 'Dated originally as of' or 'Dated effective as of', and an agent over the title with no role named", () => {
    expect(field("planDate")("HARTWELL CORPORATION\nand\nLAKESHORE STOCK TRANSFER & TRUST COMPANY\nRights Agent\nRights Agreement\nDated originally as of May 2, 1989\nAs amended and restated on June 3, 1998\nTABLE OF CONTENTS")).toBe("1989-05-02");
    const s = summary("EXHIBIT 1\nXXXXXXX.XXX, INC.\nand\nPRAIRIE BANK MINNESOTA, N.A.\nRIGHTS AGREEMENT\nDated effective as of May 4, 1999\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual([null, "PRAIRIE BANK MINNESOTA, N.A.", "1999-05-04"]);
  });
  it("reads news that the company 'will issue one right for each share of common stock as of' a date, and a threshold beside an exchange of the rights", () => {
    const s = summary("Rights Plan Details - Larkspur will issue one right for each share of common stock as of June 2, 2025, with rights becoming exercisable if any person acquires 12% or more of the outstanding common stock [4] - If exercisable, rights holders can acquire shares at a 50% discount or exchange rights for one share of common stock [4] - The Board can redeem the rights at $0.001 per right, and the plan does not limit future Boards [4]");
    expect([s.recordDate, s.acquiringPersonThresholdPercent]).toEqual(["2025-06-02", "12"]);
  });
});

describe("an eighth set's phrasings", () => {
  it("reads a threshold of 'more than' a percentage after the definition's own aside, and news's 'becomes owner of at least'", () => {
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" shall mean any Person who, with its Affiliates, shall be the Beneficial Owner (as hereinafter defined) of more than 12% of the shares of Common Stock then outstanding.')).toBe("12");
    expect(field("acquiringPersonThresholdPercent")("Under the plan, the rights would be triggered if a person or group becomes owner of at least 18% of Larkfield stock.")).toBe("18");
  });
  it("reads a news story's bare 'expire Feb. 5, 2006' and an expiry 'on upon ... the earliest to occur of'", () => {
    expect(field("finalExpirationDate")("The rights, which go out to holders next week, expire Mar. 9, 2007.")).toBe("2007-03-09");
    expect(field("finalExpirationDate")("The Rights expire on upon the close of business on the earliest to occur of: (i) June 30, 2015, (ii) the date on which the Rights are redeemed.")).toBe("2015-06-30");
  });
});

describe("a ninth and tenth set's phrasings", () => {
  it("reads news naming the company with its town, a time before the verb, or a '-based' place before it", () => {
    expect(field("issuer")("Larkfield Savings Bancorp, Dover, Del., is adopting a shareholder protection rights plan to guard against raiders.")).toBe("Larkfield Savings Bancorp");
    expect(field("issuer")("To deter a bid, Pelham Bistro on June 3 adopted a \"poison pill\" under which rights would be issued.")).toBe("Pelham Bistro");
    expect(field("issuer")("Dover-based Larkfield Financial Corp. last week adopted a so-called poison pill, officials said.")).toBe("Larkfield Financial Corp.");
  });
  it("reads news's price 'buy $X worth ... for a total price of $Y' and a redemption 'for a price of one penny per right'", () => {
    const s = summary("Each right will allow holders to buy $300 worth of Larkfield common stock for a total price of $150. The board may redeem the rights for a price of one penny per right before the plan is triggered.");
    expect([s.purchasePrice, s.redemptionPrice]).toEqual(["150", "0.01"]);
  });
  it("dates the plan from 'the Board ... first adopted a Rights Agreement on' a date, a 'stockholders' rights plan', and an agreement 'made as of' a date", () => {
    expect(field("planDate")('The Board of Directors of Larkfield Tools Company (the "Company") first adopted a Rights Agreement on March 3, 1992 (the "Rights Agreement").')).toBe("1992-03-03");
    expect(field("planDate")("On August 9, 1999, the Board of Directors adopted a stockholders\u2019 rights plan designed to assure fair treatment.")).toBe("1999-08-09");
    expect(field("planDate")("THIS SHAREHOLDER RIGHTS PLAN AGREEMENT made as of May 14, 2012.")).toBe("2012-05-14");
  });
});

describe("parties named without the agent's role beside them", () => {
  it("reads a Canadian recital of parties 'OF THE FIRST PART' and 'OF THE SECOND PART'", () => {
    const s = summary("THIS SHAREHOLDER RIGHTS PLAN AGREEMENT made as of May 14, 2012.\n\nMAPLEFORD MINES LTD., a corporation incorporated under the laws of Ontario, having its office at 1 Bay Street, Toronto\n\nOF THE FIRST PART\n\nNORTHLAKE TRUST COMPANY, a trust company existing under the laws of Canada\n\nOF THE SECOND PART\n\nThe Board of Directors has determined to adopt a shareholder rights plan.");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["MAPLEFORD MINES LTD.", "NORTHLAKE TRUST COMPANY", "2012-05-14"]);
  });
  it("reads a legend's '(the \"Rights Agreement\") between' the company and an agent", () => {
    const s = summary('This certificate also evidences rights described in a Shareholder Rights Plan Agreement, dated March 2, 2014 (the "Rights Agreement") between Mapleford Mines Ltd. and Northlake Investor Services Inc., a copy of which is on file.');
    expect([s.issuer, s.rightsAgent]).toEqual(["Mapleford Mines Ltd.", "Northlake Investor Services Inc."]);
  });
  it("reads the first party of a title in capitals '... AGREEMENT BETWEEN NAME and', whatever its name's last word", () => {
    expect(field("issuer")("AMENDED AND RESTATED UNITHOLDER RIGHTS PLAN AGREEMENT BETWEEN MAPLEFORD ENERGY FUND and\nExhibit 1\nTABLE OF CONTENTS")).toBe("MAPLEFORD ENERGY FUND");
  });
  it("reads parties in a table's cells and splits a company's name run into the agent's", () => {
    const s = summary("MAPLEFORD GOLD CORPORATION NORTHLAKE TRUST COMPANY as Rights Agent SHAREHOLDER RIGHTS PLAN AGREEMENT\nMAPLEFORD GOLD CORPORATION |\nNORTHLAKE TRUST COMPANY |\nas Rights Agent |\nDated as of June 5, 2009 |");
    expect([s.issuer, s.rightsAgent]).toEqual(["MAPLEFORD GOLD CORPORATION", "NORTHLAKE TRUST COMPANY"]);
  });
});

describe("a twelfth set's phrasings", () => {
  it("reads an amendment that restates the price's definition, quoted with a backtick and an apostrophe", () => {
    expect(field("purchasePrice")("1. The Rights Agreement is amended by replacing Section 1(r) with the following:\n\n \"`INITIAL EXERCISE PRICE' shall be $315.00\"")).toBe("315");
    expect(field("purchasePrice")("Section 1(q) is amended to read: 'Purchase Price' shall be $88.50, subject to adjustment.")).toBe("88.5");
  });
  it("reads a cover in capitals whose title comes first, 'AGREEMENT BETWEEN' the company 'AND' a transfer agent, then its date", () => {
    const s = summary("Exhibit 4.1\nSHAREHOLDER RIGHTS PLAN AGREEMENT\nBETWEEN\nHALDANE RESOURCES LTD.\nAND\nNORTHSHORE TRANSFER SERVICES INC.\nDATED AS OF MARCH 12, 2001\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["HALDANE RESOURCES LTD.", "NORTHSHORE TRANSFER SERVICES INC.", "2001-03-12"]);
  });
  it("dates a plan the Board adopted 'today' from the letter's or release's own date just above", () => {
    expect(field("planDate")("May 6, 2003\nDear Stockholder:\nYour Board of Directors today declared a dividend of rights to buy preferred stock, issued to holders of record on May 20, 2003 under a Rights Agreement.")).toBe("2003-05-06");
    expect(field("planDate")("TULSA, Okla., June 2, 2010 /Wire/ -- Harlow Pumps Co. today said that its Board of Directors adopted a shareholder rights plan, with rights issued to holders of record on June 14, 2010.")).toBe("2010-06-02");
  });
});

describe("a thirteenth set's phrasings", () => {
  it("reads the issuer of a headline announcing a tax benefits plan, a short name only where the text names the company so again", () => {
    expect(field("issuer")("Kestrel Adopts Tax Benefits Preservation Plan to Protect Its NOLs\nKestrel's ability to use its tax assets would be limited by an ownership change.")).toBe("Kestrel");
    expect(field("issuer")("Kestrel Adopts Tax Benefits Preservation Plan\nThe Board of Directors today adopted a plan.")).toBeNull();
    expect(field("issuer")("PRESS RELEASE Harborview Adopts Stockholder Rights Plan\nHarborview's Board acted today.")).toBeNull();
  });
  it("reads 'the final expiration date of the ... Plan is' a date, and a plan that 'terminated' as its Rights 'expired'", () => {
    expect(field("finalExpirationDate")("The final expiration date of the Benefit Plan is April 1, 2027.")).toBe("2027-04-01");
    expect(field("finalExpirationDate")("In accordance with its terms, the 2016 Rights expired and the 2016 Rights Plan terminated at the close of business on May 21, 2021.")).toBe("2021-05-21");
  });
  it("dates the plan from a Board that 'resolved to adopt' it", () => {
    expect(field("planDate")("On November 18, 2002, the Board of Directors resolved to adopt a Shareholders' Rights Plan (\"Rights Plan\").")).toBe("2002-11-18");
  });
  it("reads a Canadian plan's permitted bid that plain words describe without naming it, and no such bid outside a rights plan", () => {
    expect(field("qualifiedOfferClause")("The Rights Plan is designed to require any transaction that would give a person 20% or more of the shares to be structured as a formal take-over bid that satisfies certain minimum requirements.")).toBe(true);
    expect(field("qualifiedOfferClause")("The lender will consider any offer that meets certain minimum requirements.")).toBeNull();
  });
});

describe("a thirteenth set's news", () => {
  it("reads the issuer of news with its ticker, bare or with its market, and an aside before the verb", () => {
    expect(field("issuer")("The Halvorsen Company's (NASDAQ: HLV) board of directors has approved the adoption of a limited-duration shareholder rights plan.")).toBe("The Halvorsen Company");
    expect(field("issuer")("Marrow Holdings Inc. (MRW), a maker of pumps, announced that its Board of Directors has unanimously adopted a stockholder rights plan.")).toBe("Marrow Holdings Inc.");
    expect(field("issuer")('DALLAS, May 2, 2025 -- Brantly (Nasdaq: BRTL) (the "Company"), a regional freight carrier (RFC), today announced that its Board of Directors has adopted a rights plan.')).toBe("Brantly");
    expect(field("issuer")("The Quill Company (QLL) has adopted a shareholder rights plan.")).toBe("The Quill Company");
    expect(field("issuer")("Ostrander Labs, Inc. has introduced a limited duration shareholder rights plan.")).toBe("Ostrander Labs, Inc.");
  });
  it("reads the issuer of news that the company itself will issue one right for each share, never 'the Company'", () => {
    expect(field("issuer")("Under the rights plan, Corvane will issue one right for each share of common stock as of June 2, 2025.")).toBe("Corvane");
    expect(field("issuer")("Under the Plan, the Company will issue one right for each share of common stock as of June 2, 2025.")).toBeNull();
  });
  it("dates the plan from 'its board declared a dividend' on a date", () => {
    expect(field("planDate")("On May 5, 2025, its board declared a dividend of one right for each outstanding share.")).toBe("2025-05-05");
  });
  it("reads a plan 'expiring on' a date and news's 'the plan, which will expire on', not another thing's expiry", () => {
    expect(field("finalExpirationDate")("The rights plan is effective immediately and has a one-year duration, expiring on Nov. 26, 2026.")).toBe("2026-11-26");
    expect(field("finalExpirationDate")("The board approved the plan, which will expire on June 10, 2026, unless terminated earlier.")).toBe("2026-06-10");
    expect(field("finalExpirationDate")("The Company signed a new office lease, which will expire on June 10, 2036.")).toBeNull();
  });
  it("reads news's record date 'each outstanding share will receive one Right as of the close of business on'", () => {
    expect(field("recordDate")("Each outstanding share will receive one Right as of the close of business on June 23, 2025.")).toBe("2025-06-23");
  });
});

describe("a thirteenth set's older news and Canadian releases", () => {
  it("reads a company name holding an 'and' before its ticker, and a company that 'said it had adopted' a plan", () => {
    expect(field("issuer")("AKRON, May 1, 2001 -- The Harlan and Harlan Company (NYSE: HAH) today announced that its board of directors has adopted a new shareholders' rights plan.")).toBe("The Harlan and Harlan Company");
    expect(field("issuer")("The Bramble Company said it had adopted a stockholder rights plan to prevent a hostile takeover.")).toBe("The Bramble Company");
  });
  it("reads a passive investors' threshold given as a percentage 'for certain shareholders who report ... on Schedule 13G'", () => {
    const s = summary("The Rights would be exercisable if any person acquires 15 percent or more of the Company's Class A Common Shares (20 percent for certain shareholders who report beneficial ownership on Schedule 13G).");
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["15", "20"]);
  });
  it("reads the agent of 'a rights agreement between the Corporation and' a trust company, and none that is no agent", () => {
    expect(field("rightsAgent")('The board has amended its shareholder rights plan pursuant to an amended and restated rights agreement between the Corporation and Prairie Trust Company, effective immediately.')).toBe("Prairie Trust Company");
    expect(field("rightsAgent")('The board has amended its shareholder rights plan pursuant to a rights agreement between the Corporation and Northfield Mining Ltd.')).toBeNull();
  });
  it("keeps the period of an agent's 'N. A.' written with a space", () => {
    expect(field("rightsAgent")("RIGHTS AGREEMENT\nLAKESHORE ENERGY CORPORATION\nAND\nHARBOR BANK MILWAUKEE, N. A.\nRIGHTS AGENT\n")).toBe("HARBOR BANK MILWAUKEE, N. A.");
  });
});

describe("a thirteenth set's title blocks", () => {
  it("keeps a leading 'THE' of a company's name in a title block, never taking 'THE COMPANY' for a name", () => {
    const s = summary("RIGHTS AGREEMENT\n\nby and between\n\nTHE H.L. MARLOWE COMPANY\n\nand\n\nPIKE TRUST COMPANY, N.A.\n\nas Rights Agent\n\nDated as of\n\nMay 5, 2025\n");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["THE H.L. MARLOWE COMPANY", "PIKE TRUST COMPANY, N.A.", "2025-05-05"]);
    expect(field("issuer")("RIGHTS AGREEMENT\nbetween\nTHE COMPANY\nand\nPIKE TRUST COMPANY\nas Rights Agent\n")).toBeNull();
  });
});

describe("a thirteenth set's distribution dates and thresholds", () => {
  it("reads days 'following the date (the \"Shares Acquisition Date\") of the public announcement'", () => {
    expect(field("distributionDaysAfterAnnouncement")('Until the earlier to occur of (i) ten days following the date (the "Shares Acquisition Date") of the public announcement that a person has acquired 10% or more of the shares, the Rights will trade with the Common Stock.')).toBe(10);
  });
  it("reads a tender offer's business days after a Board's aside the filing never closed", () => {
    expect(field("distributionBusinessDaysAfterTenderOffer")("The Rights will separate from the Common Stock upon the earliest to occur of (i) 10 Business Days after the first public announcement that any Person has become an Acquiring Person and (ii) 10 Business Days (or such other Business Day as may be determined by action of the Board prior to the time that any Person shall become an Acquiring Person (as defined below) after the commencement by any Person of a tender or exchange offer.")).toBe(10);
  });
  it("reads a threshold of voting securities 'that have' a percentage of the voting power", () => {
    expect(field("acquiringPersonThresholdPercent")('An "Acquiring Person" has acquired beneficial ownership of Common Stock or other voting securities ("Voting Stock") that have 10% or more of the voting power of the outstanding shares of Voting Stock.')).toBe("10");
  });
});

describe("a thirteenth set's multiples in news", () => {
  it("reads the flip-in multiple of shares bought 'at a 50% discount' or 'at half the market price', not a discount on something else", () => {
    expect(field("flipInMultiple")("The rights will become exercisable if any person acquires 10% or more of the common stock. If triggered, all rights holders except the triggering party would be entitled to acquire shares at a 50% discount.")).toBe("2");
    expect(field("flipInMultiple")("If any person becomes the beneficial owner of 4.9% or more of our common stock, other stockholders will have the right to purchase additional shares of our common stock at half the market price.")).toBe("2");
    expect(field("flipInMultiple")("The rights become exercisable if a person acquires 15% or more of the shares. The Company later sold notes to a lender at a 20% discount.")).toBeNull();
  });
});

describe("a fourteenth set: openings of whole filings", () => {
  it("reads a release's company defined by its short name as well ('(\"Tallis\" or the \"Company\")') and its tax benefits preservation plan adopted 'today'", () => {
    const s = summary('BOSTON, Mar. 3, 2025 /PRNewswire/ -- Tallis Systems, Inc. ("Tallis" or the "Company") (NASDAQ: TLSS), a maker of valves, today announced that its Board of Directors (the "Board") has unanimously adopted a tax benefits preservation plan (the "NOL Plan") designed to help preserve its net operating loss carryforwards.');
    expect([s.issuer, s.planDate]).toEqual(["Tallis Systems, Inc.", "2025-03-03"]);
  });
  it("reads the expiry a Rights Certificate states ('after the Distribution Date ... and prior to 5:00 P.M., New York time, on')", () => {
    const certificate = 'This certifies that the bearer is the registered owner of the number of Rights set forth above, each of which entitles the owner, subject to the Rights Agreement dated as of May 1, 2006 between Tallis Systems, Inc. (the "Company") and Pike Trust Company (the "Rights Agent"), to purchase from the Company at any time after the Distribution Date and prior to 5:00 P.M., New York time, on May 1, 2016 at the office of the Rights Agent one one-thousandth of a share of Preferred Stock.';
    expect(field("finalExpirationDate")(certificate)).toBe("2016-05-01");
    expect(field("finalExpirationDate")("The Company may buy back shares at any time after the Distribution Date and prior to 5:00 P.M., New York time, on May 1, 2016.")).toBeNull();
  });
});

describe("a fourteenth set: amendments", () => {
  it("reads the agreement the parties 'entered into ... as of' a date, not an amendment entered into so", () => {
    expect(field("planDate")('The Company and the Rights Agent entered into a Rights Agreement as of September 30, 1996 (the "Rights Agreement"). They now wish to amend it.')).toBe("1996-09-30");
    expect(field("planDate")("The Company and the Rights Agent entered into an amendment to the Rights Agreement as of March 2, 2001.")).toBeNull();
  });
});

describe("a fourteenth set: names a mirror redacted", () => {
  it("takes no hyphened name the mirror redacted for the issuer", () => {
    expect(field("issuer")('THIS AMENDMENT is made as of December 10, 1998 between XXXXXXX-XXXXXXX COMPANY, a California corporation (the "Company"), and Pike Trust Company (the "Rights Agent").')).toBeNull();
  });
});

describe("a fifteenth set: agents beside a predecessor or a blank", () => {
  it("takes the agent named before ', successor to' another, not the predecessor", () => {
    expect(field("rightsAgent")('the Rights Agreement dated as of May 2, 1994, between Fenwick Tools Corp. (the "Company") and Larkspur Shareholder Services, L.L.C., successor to Old Larkspur Bank N.A., as Rights Agent (the "Rights Agent").')).toBe("Larkspur Shareholder Services, L.L.C.");
  });
  it("takes no agent from a form's blank to fill in", () => {
    expect(field("rightsAgent")("FORM OF RIGHTS AGREEMENT\nHOLLIS FARMS, LLC\nAND\n[INSERT NAME OF RIGHTS AGENT],\nRIGHTS AGENT\nRIGHTS AGREEMENT\nDated as of [DATE], 1999")).toBeNull();
  });
});

describe("a fifteenth set: the agent as the other party of a dated rights agreement", () => {
  it("reads the agent after 'between the Company and' once the agreement's date and defined term come between", () => {
    expect(field("rightsAgent")('The terms of the Rights are set forth in the Rights Agreement, dated as of March 3, 2021 (the "Rights Agreement"), between the Company and Westbrook Trust Company, N.A.')).toBe("Westbrook Trust Company, N.A.");
  });
  it("reads the agent after 'between us and' in a prospectus", () => {
    expect(field("rightsAgent")('The rights are issued pursuant to the Rights Agreement dated as of June 1, 2003 between us and Calder Bank (the "Rights Agreement").')).toBe("Calder Bank");
  });
  it("takes no party that reads as no agent", () => {
    expect(field("rightsAgent")('The Rights Agreement, dated as of March 3, 2021, between the Company and Orion Partners LP was amended.')).toBeNull();
  });
});

describe("a fifteenth set: thresholds with an aside on what ownership includes", () => {
  it("reads the main threshold after an aside on derivatives, and the passive investor's beside 'a passive ... investor'", () => {
    const s = summary("The Rights are exercisable only if a person or group acquires or launches a tender offer to acquire beneficial ownership (which includes certain derivative interests) of 12% or more of the Company's outstanding common stock (17% in the case of a passive institutional investor as the Rights Plan describes).");
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["12", "17"]);
  });
});

describe("a fifteenth set: a price set off by commas before the unit", () => {
  it("reads 'purchase, for $X, one one-thousandth of a share'", () => {
    expect(field("purchasePrice")("Once the Rights become exercisable, each Right will entitle its holder to purchase, for $48.25, one one-thousandth of a share of the Company's Series B Junior Participating Preferred Stock.")).toBe("48.25");
  });
});

describe("a fifteenth set: title blocks", () => {
  it("reads the agent's role in parentheses under its name", () => {
    const s = summary("RIVERTON HOLDING COMPANY\nand\nNORTHGATE BANK\n(Rights Agent)\nRights Agreement\nDated as of June 4, 2002\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["RIVERTON HOLDING COMPANY", "NORTHGATE BANK", "2002-06-04"]);
  });
  it("keeps 'and' inside a Farmers and Merchants bank's name, and the company above it", () => {
    const s = summary("AMENDED STOCKHOLDER RIGHTS AGREEMENT\nMAY 2, 1997\nEASTON BANCORP\nOF MARYLAND, INC.\nand\nTHE FARMERS AND MERCHANTS\nNATIONAL BANK OF EASTON,\nthe Rights Agent\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent]).toEqual(["EASTON BANCORP OF MARYLAND, INC.", "THE FARMERS AND MERCHANTS NATIONAL BANK OF EASTON"]);
  });
});

describe("a fifteenth set: the issuer in news, summaries and clause pages", () => {
  it("reads a company whose board (no 'of Directors') adopted a plan", () => {
    expect(field("issuer")("Pellham Analytics Inc.'s board unanimously adopted a tax benefits preservation plan to protect its loss carryforwards.")).toBe("Pellham Analytics Inc.");
  });
  it("reads the issuer a filing summary names with its ticker and CIK", () => {
    expect(field("issuer")("SEC 8-K summary ==== Issuer: Dunmore Outfitters, Inc. (DNMO) CIK: 0000123456 Form: 8-K Dunmore adopts a shareholder rights plan with a 12% trigger.")).toBe("Dunmore Outfitters, Inc.");
  });
  it("reads the company a clause page's samples all name, and none where they name several", () => {
    expect(field("issuer")('WHEREAS, the Board of Directors of the Company authorized and declared a dividend of one Right for each share of Common Stock.\nAppears in 2 contracts\nSamples: Rights Agreement (Tamsin Mills Inc /De/), Rights Agreement (Tamsin Mills Inc /De/)')).toBe("Tamsin Mills Inc");
    expect(field("issuer")('WHEREAS, the Board of Directors of the Company authorized and declared a dividend of one Right for each share of Common Stock.\nAppears in 2 contracts\nSamples: Rights Agreement (Tamsin Mills Inc), Rights Agreement (Orrin Foods Corp)')).toBeNull();
  });
});

describe("a fifteenth set: qualified offers in plain words", () => {
  it("reads a plan that includes a qualifying offer provision with no article, and a bid short of a permitted bid's requirements", () => {
    expect(field("qualifiedOfferClause")("- The rights plan includes qualifying offer provision letting holders call a special meeting.")).toBe(true);
    expect(field("qualifiedOfferClause")("The right is triggered only if a party acquires 20 percent or more of the shares of Harlow Minerals and the acquisition does not meet the requirements of a permitted bid set forth within the rights plan.")).toBe(true);
  });
});

describe("a fifteenth set: a date that only announces the plan", () => {
  it("takes no plan date from the day the Board announced it 'has adopted' a plan", () => {
    expect(field("planDate")("On May 3, 2006, the Board of Directors of the Reporting Issuer announced that it has adopted a Shareholder Protection Rights Plan (the \"Rights Plan\").")).toBeNull();
    expect(field("planDate")("On May 3, 2006, the Board of Directors adopted a shareholder rights plan.")).toBe("2006-05-03");
  });
});

describe("a fifteenth set: a filing summary's bullets", () => {
  it("reads 'rights expire <date>', 'record date <date>', '10%+' and 'triggers at 4.99% ownership'", () => {
    expect(field("finalExpirationDate")("- Exercise price is $6.00 per right; rights expire March 9, 2026, unless extended by the Board.")).toBe("2026-03-09");
    expect(field("recordDate")("- The Board declared a dividend of one preferred share purchase right per common share; record date Feb 3, 2025.")).toBe("2025-02-03");
    expect(field("acquiringPersonThresholdPercent")("- Rights become exercisable if any person acquires 12%+ of common stock; existing holders are grandfathered.")).toBe("12");
    expect(field("acquiringPersonThresholdPercent")("- The tax benefits preservation plan triggers at 4.99% ownership; the rights then become exercisable.")).toBe("4.99");
  });
});

describe("a fifteenth set: a distribution date's events set as bullets", () => {
  it("reads the day counts in the items of a list led by 'the earlier of:'", () => {
    const s = summary("The rights trade with our common stock until the separation date. That date will occur on the earlier of:\n\u2022 twelve days following a public announcement that a person has acquired 20% or more of our common stock, or\n\u2022 eight business days following the start of a tender offer that would make a person an acquiring person.\nOur board may defer that date.");
    expect([s.distributionDaysAfterAnnouncement, s.distributionBusinessDaysAfterTenderOffer]).toEqual([12, 8]);
  });
});

describe("a fifteenth set: a title line dated before its parties", () => {
  it("reads the first party of 'RIGHTS AGREEMENT DATED AS OF <date> BETWEEN <company> AND <agent> AS RIGHTS AGENT'", () => {
    expect(field("issuer")("RIGHTS AGREEMENT DATED AS OF MAY 4, 2008 BETWEEN NORTH 270 AND KESTREL STOCK TRANSFER COMPANY AS RIGHTS AGENT\nDEFINED TERM CROSS REFERENCE SHEET")).toBe("NORTH 270");
  });
});

describe("a sixteenth set: a whole share's price for a Right that buys half of one", () => {
  it("reads $46 a Right from 'one-half of one Common Share ... at an initial purchase price of $92.00 per whole Common Share'", () => {
    expect(field("purchasePrice")("WHEREAS, the Board of Directors has determined to grant to each holder of Common Shares a right entitling such holder to purchase one-half of one Common Share for each Common Share so held at an initial purchase price of $92.00 per whole Common Share, subject to adjustment as provided herein.")).toBe("46");
  });
});

describe("a sixteenth set: a recital's record date", () => {
  it("reads 'the issuance to the holders of record of Common Shares of the Company outstanding on <date> of one Right'", () => {
    expect(field("recordDate")("WHEREAS, the Board of Directors of the Company has directed the issuance to the holders of record of Common Shares of the Company outstanding on June 4, 1999 of one Right with respect to each Common Share.")).toBe("1999-06-04");
  });
});

describe("a seventeenth set: the flip-in formula with a fraction in words", () => {
  it("reads 2 from 'dividing the then current Purchase Price per Right by one-half of the then current market price'", () => {
    expect(field("flipInMultiple")("If any Person becomes an Acquiring Person, each holder of a Right may receive, upon exercise, the number of shares of Common Stock obtained by dividing the then current Purchase Price per Right by one-half of the then current market price.")).toBe("2");
  });
  it("reads another fraction ('by one-third': 3) and no multiple from the whole market price (100%)", () => {
    expect(field("flipInMultiple")("If any Person becomes an Acquiring Person, the number of shares is found by dividing the Purchase Price by one-third of the then current market price.")).toBe("3");
    expect(field("flipInMultiple")("If any Person becomes an Acquiring Person, the exercise price is divided by 100% of the market price.")).toBeNull();
  });
});

describe("a seventeenth set: an expiry an amendment brought forward to an undated event", () => {
  it("gives no expiry once the plan was amended 'to accelerate the expiration date of the plan to immediately prior to the Merger'", () => {
    expect(field("finalExpirationDate")("The rights are scheduled to expire on June 2, 2018 unless earlier redeemed. In December 2010 the Company amended the rights plan to exclude the pending merger and to accelerate the expiration date of the plan to immediately prior to the Merger.")).toBeNull();
  });
  it("still reads the date an amendment accelerates the expiry to", () => {
    expect(field("finalExpirationDate")("The Board adopted an amendment to the Rights Plan accelerating the expiration of the Rights from 5:00 p.m. on August 1, 2022, to 5:00 p.m. on August 3, 2020.")).toBe("2020-08-03");
  });
});

describe("a seventeenth set: a restated agreement dated after the one it restates", () => {
  it("dates the plan by the agreement a restated one is 'amending and restating', not by the restated title's date", () => {
    expect(field("planDate")("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT DATED AS OF JUNE 9, 2022 BETWEEN NORTHERN LARCH ENERGY LTD. AND MAPLE TRUST COMPANY AS RIGHTS AGENT\n(amending and restating the Restated Shareholder Rights Plan Agreement\ndated as of March 2, 2019)")).toBe("2019-03-02");
  });
});

describe("a seventeenth set: a Canadian release's Rights issued on a named day", () => {
  it("reads the record date from 'At the close of business on the Effective Date, one right ... will be issued and attached to each Common Share outstanding at that time'", () => {
    expect(field("recordDate")('Bluewater Gold Inc. has adopted a shareholder rights plan, effective as of March 3, 2019 (the "Effective Date"). At the close of business on the Effective Date, one right (a "Right") will be issued and attached to each Common Share outstanding at that time.')).toBe("2019-03-03");
  });
  it("takes no date for a day the text never named", () => {
    expect(field("recordDate")('Bluewater Gold Inc. has adopted a shareholder rights plan. At the close of business on the Effective Date, one right (a "Right") will be issued and attached to each Common Share outstanding at that time.')).toBeNull();
  });
});


describe("a seventeenth set: a foreign private issuer's note on ordinary shares", () => {
  it("reads the record date of 'one right was distributed with respect to each ordinary share of the Company outstanding at the close of business on'", () => {
    expect(field("recordDate")("Under the shareholder rights plan, one right was distributed with respect to each ordinary share of the Company outstanding at the close of business on March 3, 2010.")).toBe("2010-03-03");
  });
  it("reads a threshold a person 'obtains ownership of' in a sentence about the Acquiring Person", () => {
    expect(field("acquiringPersonThresholdPercent")('The rights become exercisable only if a person or group (the "Acquiring Person") obtains ownership of 12% or more of the Company\'s voting securities.')).toBe("12");
  });
  it("reads an exercise price marked as US dollars ('US$19.50', 'U.S.$19.50')", () => {
    expect(field("purchasePrice")("In that case the rights plan entitles shareholders other than the Acquiring Person to purchase, for an exercise price of US$21.75, a number of shares with a value twice that of the exercise price.")).toBe("21.75");
    expect(field("purchasePrice")("In that case the rights plan entitles shareholders other than the Acquiring Person to purchase, for an exercise price of U.S.$21.75, a number of shares with a value twice that of the exercise price.")).toBe("21.75");
  });
});

describe("a seventeenth set: a preamble opening with 'AGREEMENT dated as of'", () => {
  it("dates the plan by 'AGREEMENT dated as of <date>, between <company> ... and <agent>, as Rights Agent'", () => {
    expect(field("planDate")('RIGHTS AGREEMENT\nAGREEMENT dated as of March 4, 1998, between Harbour Isle Holdings Limited, a Bermuda company (the "Company") and Harbour Isle Trust Limited, as Rights Agent (the "Rights Agent")')).toBe("1998-03-04");
  });
  it("takes no plan date from another kind of agreement so dated", () => {
    expect(field("planDate")('The Rights Agent may resign. The Merger Agreement dated as of March 4, 1998, between Harbour Isle Holdings Limited and Atoll Corp. is not affected.')).toBeNull();
  });
});

describe("a seventeenth set: a Distribution Date item whose lead-in the source lost", () => {
  it("reads the counts of items that open with their count and speak of an Acquiring Person", () => {
    const s = summary('Item 1. | Description of Registrant\'s Securities to be Registered |\n\u2022 |\n12 days after the public announcement that a person or group has become an "Acquiring Person" by obtaining beneficial ownership of 15% or more of the outstanding Common Stock, or, if earlier;\n|\n\u2022 |\n8 business days (or a later date determined by the Board before any person or group becomes an Acquiring Person) after a person or group commences a tender or exchange offer which, if completed, would result in that person or group becoming an Acquiring Person.');
    expect([s.distributionDaysAfterAnnouncement, s.distributionBusinessDaysAfterTenderOffer]).toEqual([12, 8]);
  });
});

describe("a seventeenth set: the company first of a list of the names a text will use", () => {
  it("reads the issuer defined '(the \"Company,\" \"Globus,\" \"we,\" \"us\" or \"our\")'", () => {
    expect(field("issuer")('Description of Securities\n\nMeridian Tankers Limited (the "Company," "Meridian," "we," "us" or "our") has the following securities registered, including the preferred stock purchase rights.')).toBe("Meridian Tankers Limited");
  });
});

describe("a seventeenth set: a plan's first party where the text breaks off in its descriptor", () => {
  it("reads the company a plan 'is entered into between' before its cut-off descriptor, never an agent so placed", () => {
    expect(field("issuer")('This Tax Benefit Preservation Plan, dated as of June 1, 2011 ("Plan"), is entered into between Quillmark Media Inc., a Del')).toBe("Quillmark Media Inc.");
    expect(field("issuer")('This Amendment to the Rights Agreement is entered into between Lakeshore Trust Company, N.A., a national')).toBeNull();
  });
});

describe("a seventeenth set: a title block with 'Dated: As of' and an agent named 'TRUST CO.'", () => {
  it("reads the parties over the title joined by a plain 'and' when the agent is a 'TRUST CO.', and the date after 'Dated:'", () => {
    const s = summary("EXHIBIT 1\n=====\nRIGHTS AGREEMENT\nbetween\nHERON BAY BANCORP INC.\nand\nLAKEVIEW TRUST CO.\nDated: As of March 3, 1997\n=====\nTABLE OF CONTENTS\nSection 1. Certain Definitions....1");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["HERON BAY BANCORP INC.", "LAKEVIEW TRUST CO.", "1997-03-03"]);
  });
});

describe("an eighteenth set: proxies, one-term amendments and preambles set in capitals", () => {
  it("dates the plan by the Board's act, not by a date in the proxy heading just above it", () => {
    const s = summary('PROPOSAL NO. 3 – RATIFICATION OF THE AMENDMENT TO THE RIGHTS AGREEMENT TO EXTEND THE FINAL EXPIRATION DATE TO THE CLOSE OF BUSINESS ON JUNE 30, 2027\nOn May 4, 2021 (the "Declaration Date"), our Board adopted a Section 382 rights plan and declared a dividend of one right for each outstanding share of our Common Stock.');
    expect(s.planDate).toBe("2021-05-04");
  });
  it("does not date the plan by the day the Company announced that its Board had adopted it", () => {
    expect(field("planDate")('On March 9, 2015, the Company announced that the Board of Directors had adopted a stockholders rights plan (the "Rights Plan"). To implement the Rights Plan, the Board declared a dividend of one right for each outstanding share.')).toBeNull();
    expect(field("planDate")('On March 9, 2015, the Board of Directors of the Company adopted a stockholders rights plan (the "Rights Plan").')).toBe("2015-03-09");
  });
  it("reads the agent of a preamble whose defined terms are in capitals", () => {
    expect(field("rightsAgent")('RIGHTS AGREEMENT, effective as of March 2, 2007, between TARNWOOD LABS, INC., a Nevada corporation (the "COMPANY"), and HOLLIS STOCK TRANSFER COMPANY, (the\n"RIGHTS AGENT"), a New York corporation.')).toBe("HOLLIS STOCK TRANSFER COMPANY");
  });
  it("reads the expiry an amendment puts in by replacing one phrase with another, not the one it takes out", () => {
    expect(field("finalExpirationDate")('Amendment to Section 7(a). Section 7(a) of the Rights Agreement is hereby amended to replace the phrase "June 30, 2009 ("Final Expiration Date")" with the phrase "June 30, 2014 ("Final Expiration Date")".')).toBe("2014-06-30");
  });
  it("ends the class of stock before 'pursuant and subject to' the agreement", () => {
    expect(field("security")('each Right representing the right to purchase one one-hundredth of a share of Preferred Stock pursuant and subject to the terms of a Rights Agreement dated as of May 1, 1996 between the Company and the Rights Agent.')).toBe("Preferred Stock");
  });
});

describe("a nineteenth set: dates under a title, expiry brought forward, news and truncated excerpts", () => {
  it("reads the date set under the title above 'BY AND BETWEEN' and the parties", () => {
    const s = summary("STOCKHOLDER RIGHTS AGREEMENT\n\nDated as of March 2, 2010\n\nBY AND BETWEEN\n\nWILLOW CREEK THERAPEUTICS, INC.\n\nand\n\nHARBORSIDE STOCK TRANSFER COMPANY\n\nas RIGHTS AGENT\n\nTABLE OF CONTENTS");
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["WILLOW CREEK THERAPEUTICS, INC.", "HARBORSIDE STOCK TRANSFER COMPANY", "2010-03-02"]);
  });
  it("reads an expiry that an amendment brought forward, said of the expiry itself", () => {
    expect(field("finalExpirationDate")("The Rights Plan was scheduled to expire on May 1, 2019. In March 2014, the Board approved an amendment to the Rights Plan whereby its expiration was accelerated to March 20, 2014.")).toBe("2014-03-20");
    expect(field("finalExpirationDate")("Under the amendment, the expiration date of the Rights has been extended from June 1, 2020 to June 1, 2023.")).toBe("2023-06-01");
  });
  it("reads the company of news's 'The board at Acme (ACME +3.1% ) has adopted'", () => {
    expect(field("issuer")("The board at Larkspur Orbital (LKO +3.1% ) has adopted a tax benefit preservation plan to protect its net operating losses.")).toBe("Larkspur Orbital");
  });
  it("reads a record date whose defined term is where the excerpt breaks off", () => {
    expect(field("recordDate")('On May 2, 1994, the Board of Directors of Tern Harbor Foods, Inc. declared a dividend of one preferred share purchase right for each outstanding share of common stock. The dividend is payable on May 16, 1994 (the "Record Date\n[...]\n')).toBe("1994-05-16");
    expect(field("recordDate")('The dividend is payable on May 16, 1994 (the "Payment Date") to holders of shares.')).toBeNull();
  });
  it("does not take the expiry of a prior plan of another kind, and reads a plan that 'will terminate on' a date", () => {
    const text = "NEW YORK, May 2, 2022 -- Corvane Holdings today announced that its Board of Directors voted to adopt a Tax Benefits Preservation Plan. The adoption of this plan follows the expiration of a prior tax benefits preservation plan by its terms on April 30, 2022. The plan is similar to the Company's previous plan, which expired on April 30, 2022. The plan will terminate on November 1, 2022, unless extended by shareholder approval.";
    expect(field("finalExpirationDate")(text)).toBe("2022-11-01");
    expect(field("finalExpirationDate")("The Company's previous plan expired on April 30, 2022.")).toBeNull();
  });
  it("reads news's 'deterring ... from acquiring over 4.9% of shares'", () => {
    expect(field("acquiringPersonThresholdPercent")("The new plan deters individuals or groups from acquiring over 4.9% of shares, to protect the company's net operating losses.")).toBe("4.9");
  });
  it("reads a Canadian title block 'Made as of' a date, and one with the title first and the parties joined by '- and -'", () => {
    const made = summary("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT\n\nBetween\n\nNORTHCAPE METALS INC.\n\nAnd\n\nMAPLE TRUST SERVICES INC.\nas Rights Agent\n\nMade as of May 2, 2019\n\nTABLE OF CONTENTS");
    expect([made.issuer, made.rightsAgent, made.planDate]).toEqual(["NORTHCAPE METALS INC.", "MAPLE TRUST SERVICES INC.", "2019-05-02"]);
    const titled = summary("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT\n\nBetween\n\nHarbour Print Holdings Corp.\n\n- and -\n\nMaple Trust Company\n\nDated as of June 3, 2016\n\nTABLE OF CONTENTS");
    expect([titled.issuer, titled.rightsAgent, titled.planDate]).toEqual(["Harbour Print Holdings Corp.", "Maple Trust Company", "2016-06-03"]);
  });
  it("reads news's 'Acme adopted a shareholders' rights plan'", () => {
    expect(field("issuer")("Like many publicly traded companies last year, Tidewater Drydock adopted a shareholders' rights plan intended to ward off a hostile takeover.")).toBe("Tidewater Drydock");
  });
  it("reads a price 'set initially at' a sum, and a flip-in whose sentence names a business combination only in an '(or ...)' aside", () => {
    const text = "The Rights were to become exercisable only if a person or group (an \"acquiring person\") acquired 15% or more of our common stock. In such event, each holder of a Right, except the acquiring person, would have the right to purchase from us that number of shares of common stock (or to purchase common stock from an entity that completes a business combination with us) having an aggregate market price equal to twice the Exercise Price, for an amount in cash equal to the Exercise Price. The Exercise Price was set initially at $18.00 per share.";
    const s = summary(text);
    expect([s.flipInMultiple, s.purchasePrice]).toEqual(["2", "18"]);
    expect(field("flipInMultiple")("In the event the Company is acquired in a merger (or other business combination), each holder of a Right may receive common stock of the acquiring company having a value of twice the exercise price.")).toBeNull();
  });
});

describe("round nine of unseen texts", () => {
  it("reads the agent of a plan agreement 'dated ... with' it", () => {
    const text = "The Company entered into a Shareholders' Rights Plan agreement dated March 3, 2014 with Bayfront Trust Company which was approved by the shareholders at the 2014 annual meeting.";
    expect([field("rightsAgent")(text), field("planDate")(text)]).toEqual(["Bayfront Trust Company", "2014-03-03"]);
  });
  it("reads the cover's date over the table of contents before 'BETWEEN:' and 'AND:', not one over prose or an amendment's", () => {
    const toc = "ARTICLE 1 INTERPRETATION\n1.1 Certain Definitions\n2.2 Initial Exercise Price; Exercise of Rights; Detachment of Rights\n5.4 Supplements and Amendments\n";
    const parties = "BETWEEN:\nNORTHGATE APPAREL INC., 10 Quay Street, Halifax, NS\nAND:\nMAPLE INVESTOR SERVICES INC. 5th Floor, 20 King Street, Toronto,\n";
    expect(field("planDate")(`DATED AS OF MARCH 4, 2021\n${toc}${parties}`)).toBe("2021-03-04");
    expect(field("planDate")(`FIRST AMENDMENT TO SHAREHOLDER RIGHTS PLAN AGREEMENT\nDATED AS OF MARCH 4, 2021\n${toc}${parties}`)).toBeNull();
    expect(field("planDate")(`A letter dated March 4, 2021 was sent. The board considered the letter and the terms of the plan at length before it acted.\n${parties}`)).toBeNull();
  });
  it("reads a title whose parties each carry their defined term before the date", () => {
    const s = summary('UNITHOLDER RIGHTS PLAN AGREEMENT Between Harbour Lane Real Estate Investment Trust (the "Trust") - and - Maple Trust Company (the "Rights Agent") Dated as of May 9, 2008 TABLE OF CONTENTS');
    expect([s.issuer, s.rightsAgent, s.planDate]).toEqual(["Harbour Lane Real Estate Investment Trust", "Maple Trust Company", "2008-05-09"]);
  });
  it("reads a release's issuer with two short names before its ticker, and a threshold 'twenty (20%)'", () => {
    const text = 'HALIFAX, May 2, 2014 /CNW/ - Harbour Lane Real Estate Trust ("HLRT" or the "REIT") (TSX: HL.UN) announced today that its board of trustees adopted a unitholders\' rights plan. The rights become exercisable only when a person acquires or announces its intention to acquire twenty (20%) or more of the outstanding Units.';
    const s = summary(text);
    expect([s.issuer, s.acquiringPersonThresholdPercent]).toEqual(["Harbour Lane Real Estate Trust", "20"]);
    expect(field("acquiringPersonThresholdPercent")("a person who acquires twenty (25%) or more of the outstanding Units")).toBeNull();
  });
  it("reads Rights that 'will expire unless previously redeemed or exercised on' a date, and a flip-in for one who 'were to acquire 15% or more'", () => {
    expect(field("finalExpirationDate")("The Rights will expire unless previously redeemed or exercised on August 8, 2017.")).toBe("2017-08-08");
    const flipIn = "In the event a third party were to acquire 15% or more of the Company's outstanding Common Stock without the prior approval of the Board, each Right will entitle the holder, other than the acquirer, to buy Common Stock with a market value of twice the exercise price.";
    expect(field("flipInMultiple")(flipIn)).toBe("2");
    expect(field("flipInMultiple")("If, after a person were to acquire 15% or more, the Company were acquired in a merger, each Right would entitle its holder to buy stock of the acquirer with a market value of twice the exercise price.")).toBeNull();
  });
  it("reads the agreement's date with the parties named between it and the date, not an amendment's", () => {
    const text = 'This FOURTH AMENDMENT TO SHAREHOLDER RIGHTS AGREEMENT is made as of May 2, 2019 (this "Amendment"), between Tern Bio Corp., a Washington corporation, and Granite Trust Company, N.A. (the "Rights Agent"). Terms have the meanings given in that certain Shareholder Rights Agreement, between the Company and the Rights Agent, dated as of March 3, 2011, as amended by that certain First Amendment to Shareholder Rights Agreement, between the Company and the Rights Agent, dated June 1, 2014.';
    expect(field("planDate")(text)).toBe("2011-03-03");
  });
  it("does not take a named holder's own ceiling after its exemption for the plan's threshold", () => {
    const text = 'Notwithstanding the foregoing, Heron Capital Partners, L.P. ("Heron"), shall not be deemed to be an Acquiring Person for purposes of this Agreement unless and until Heron, together with all Affiliates and Associates thereof, is the Beneficial Owner of 25% or more of the Common Shares then outstanding.';
    expect(field("acquiringPersonThresholdPercent")(text)).toBeNull();
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" shall mean any Person who is the Beneficial Owner of 15% or more of the Common Shares then outstanding; provided that Heron Capital Partners, L.P. ("Heron") shall not be deemed to be an Acquiring Person unless and until Heron is the Beneficial Owner of 25% or more of the Common Shares.')).toBe("15");
  });
});

describe("the same terms written the way other sources write them (round 10, by transformation)", () => {
  it("reads a price in words with dollars and cents before its figures", () => {
    const text = 'Each Right entitles its holder to purchase from the Company one one-thousandth of a share of Series A Junior Participating Preferred Stock at a price of nine dollars and seventy-five cents ($9.75) per one one-thousandth of a share, subject to adjustment.';
    expect(field("purchasePrice")(text)).toBe("9.75");
    expect(field("purchasePrice")('After the Distribution Date, each Right is exercisable to purchase, for one dollar and twenty cents ($1.20) (the "Purchase Price"), one one-thousandth of a share of Preferred Stock.')).toBe("1.2");
  });
  it("reads a price in words past a par value in words", () => {
    const text = 'Each Right entitles the holder to purchase from the Company one one-thousandth of a share of Series A Junior Participating Preferred Stock, par value one cent ($0.01) per share, for forty-one dollars and five cents ($41.05), subject to adjustment.';
    expect(field("purchasePrice")(text)).toBe("41.05");
  });
  it("reads a percentage whose figures in parentheses say 'percent' or 'per cent' too", () => {
    expect(field("acquiringPersonThresholdPercent")("The Rights become exercisable if a person acquires beneficial ownership of twelve percent (12 percent) or more of the outstanding Common Stock.")).toBe("12");
    expect(field("acquiringPersonThresholdPercent")("The rights become exercisable only when a person acquires twenty (20 per cent) or more of the outstanding Units.")).toBe("20");
  });
  it("reads a flip-in told of a holder of '15 per cent or more'", () => {
    const text = "The plan states that if any person becomes the holder of 15 per cent or more of Marlin's stock, then the other shareholders would have the right to buy additional shares with a market value of twice the exercise price.";
    expect(field("flipInMultiple")(text)).toBe("2");
  });
  it("reads an XBRL details row set on one line, label and value cells side by side", () => {
    const text = "Note 7 - Shareholder Rights Plan (Details)\n\n|Shareholder Rights Plan, Exercise Price (in dollars per share) |$ 27.5\n\n|Shareholder Rights Plan, Redemption Price (in dollars per share) |$ 0.005\n\n|Shareholder Rights Plan, Trigger, Beneficial Owner of Outstanding Common Shares, Percentage |12.50%\n\n|Shareholder Rights Plan, Exercise Price |$ 27.5 |$ 30\n";
    const s = summary(text);
    expect([s.purchasePrice, s.redemptionPrice, s.acquiringPersonThresholdPercent]).toEqual(["27.5", "0.005", "12.5"]);
  });
  it("goes on with a sentence over a page break after a full line or a dangling word, past a contents link", () => {
    const wrapped = [
      "Item 1.01. Entry into a Material Definitive Agreement.",
      "",
      "Some preliminary words fill the first lines of this report so that its",
      "lines are seen to run to their full width, as text wrapped by a filer's",
      "software does; they state no term of any plan and only set the width of",
      "the page, which the reader measures before it joins lines over breaks.",
      "A further line of the same kind keeps the count of wrapped lines above",
      "ten, so that the measure of the width is taken from enough of them, and",
      "yet another follows it for good measure and is as long as the others.",
      "The last of them ends here, as a sentence does, with a full stop at the",
      "end of the line.",
      "",
      "On May 5, 2021, the Board of Directors of Granite Ridge Sustainable Power",
      "",
      "                                      2",
      "",
      "<PAGE>",
      "Table of Contents",
      "",
      'Holdings, Inc. (the "Company") entered into a Rights Agreement with Harbor',
      "Trust Company, as rights agent, and declared a dividend of one Right for",
      "each outstanding share of common stock.",
    ].join("\n");
    const s = summary(wrapped);
    expect([s.issuer, s.planDate]).toEqual(["Granite Ridge Sustainable Power Holdings, Inc.", "2021-05-05"]);
    expect(summary(wrapped.replace("Sustainable Power\n", "Sustainable Power Holdings,\n").replace("\nHoldings, Inc.", "\nInc.")).issuer).toBe("Granite Ridge Sustainable Power Holdings, Inc.");
  });
  it("reads an agent described in capitals, never the place it was incorporated in, nor the agent it succeeded", () => {
    expect(field("rightsAgent")("BETWEEN\n\nMAPLE LEAF TOOLING INC.\n\nAND\n\nNORTHERN CROWN TRUST COMPANY, A TRUST COMPANY INCORPORATED UNDER THE LAWS OF CANADA, AS RIGHTS AGENT\n")).toBe("NORTHERN CROWN TRUST COMPANY");
    expect(field("rightsAgent")("NORTHERN CROWN TRUST COMPANY, A TRUST COMPANY INCORPORATED UNDER the laws of Canada, as Rights Agent")).toBe("NORTHERN CROWN TRUST COMPANY");
    expect(field("rightsAgent")("The Rights Agreement was amended on April 30, 2002, by which Harbor Trust Company succeeded Lakeside National Bank as Rights Agent.")).not.toBe("Lakeside National Bank");
  });
  it("takes no threshold from what an Acquiring Person already owns, its exchange clause set apart from its heading", () => {
    const text = "Exchange\n\nAt any time after the date on which an Acquiring Person beneficially owns 12% or more of the Common Stock and prior to the acquisition by the Acquiring Person of 50% of the Common Stock, the Board may exchange the Rights, in whole or in part, for Common Stock at an exchange ratio of one share per Right.";
    expect(field("acquiringPersonThresholdPercent")(text)).toBeNull();
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" means any Person who beneficially owns 12% or more of the Common Stock.')).toBe("12");
  });
  it("reads the company from a news headline in capitals", () => {
    const text = "BRIARWOOD COPPER ROYALTY CORPORATION AMENDS SHAREHOLDER RIGHTS PLAN\n\nTORONTO, March 1, 2018 /CNW/ - The board of directors has approved amendments to the shareholder rights plan.\n\nSOURCE BRIARWOOD COPPER ROYALTY CORPORATION";
    expect(field("issuer")(text)).toBe("BRIARWOOD COPPER ROYALTY CORPORATION");
  });
  it("reads terms from text extracted from a PDF with ligatures and from old EDGAR text with ``doubled quotes''", () => {
    expect(field("acquiringPersonThresholdPercent")('"Acquiring Person" shall mean any Person who is the Beneﬁcial Owner of ﬁfteen percent or more of the Common Shares.')).toBe("15");
    expect(field("rightsAgent")("This Agreement is made between Acme Corp. (the ``Company'') and Harbor Trust Company (the ``Rights Agent'').")).toBe("Harbor Trust Company");
  });
  it("in capitals, takes an agent described as a bank, but no sentence's words and no predecessor for the agent, nor the agent for the company", () => {
    const cover = 'EXHIBIT 4(A)\nRIGHTS AGREEMENT DATED\nMARCH 2, 1993 BETWEEN PINE RIVER BANCORP, INC.\nA TENNESSEE CORPORATION (THE "COMPANY"),\nAND GREYSTONE HANOVER,\nA NEW YORK STATE CHARTERED BANK AND TRUST COMPANY\nAS RIGHTS AGENT (THE "RIGHTS AGENT")\nTABLE OF CONTENTS';
    const s = summary(cover);
    expect(s.rightsAgent).toBe("GREYSTONE HANOVER");
    expect(String(s.issuer)).not.toMatch(/GREYSTONE/);
    expect(field("rightsAgent")("WHEREAS, THE COMPANY HAS NOTIFIED THE RIGHTS AGENT THAT IT IS BEING REMOVED AS RIGHTS AGENT.")).toBeNull();
    expect(field("rightsAgent")('THIS AMENDMENT NO. 1 IS BY AND BETWEEN ACME INC., A DELAWARE CORPORATION (THE "COMPANY"), AND HARBOR TRUST COMPANY, N.A., A FEDERALLY CHARTERED TRUST COMPANY (THE "RIGHTS AGENT").')).toBe("HARBOR TRUST COMPANY, N.A.");
    expect(String(field("rightsAgent")("NOW, THEREFORE, HARBOR SHAREHOLDER SERVICES, L.L.C., SUCCESSOR TO LAKESIDE BANK N.A., AS RIGHTS AGENT, AGREES.") ?? "")).not.toMatch(/LAKESIDE/);
  });
  it("reads a cover and a material change report set in capitals, and takes no party from a recital in capitals", () => {
    expect(field("issuer")("FORM 8-K\nCURRENT REPORT\nBLUE FINCH SYSTEMS, INC.\n(EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\nItem 3.03. The Board adopted a Rights Agreement.")).toBe("BLUE FINCH SYSTEMS, INC.");
    const report = "|MATERIAL CHANGE REPORT\n|1.\n|REPORTING ISSUER\n|COPPER HOLLOW ROYALTY CORPORATION\n|10 MAIN STREET\n|5.\n|FULL DESCRIPTION OF MATERIAL CHANGE\n|The Board of Directors of the Reporting Issuer has adopted a new Rights Plan.";
    expect(field("issuer")(report)).toBe("COPPER HOLLOW ROYALTY CORPORATION");
    expect(field("issuer")('SECOND AMENDMENT, DATED AS OF MAY 9, 2000, TO THE RIGHTS AGREEMENT (THE "RIGHTS AGREEMENT"), BETWEEN HALCYON LASER CORPORATION, A DELAWARE CORPORATION (THE "COMPANY"), AND PIER NATIONAL BANK, AS RIGHTS AGENT (THE "RIGHTS AGENT").')).toBe("HALCYON LASER CORPORATION");
    const recital = "PURSUANT TO SECTION 27 OF THE RIGHTS AGREEMENT, THE CORPORATION AND THE RIGHTS AGENT MAY AMEND THE RIGHTS AGREEMENT AND THE CORPORATION DESIRES AND DIRECTS THE RIGHTS AGENT TO SO AMEND THE RIGHTS AGREEMENT.";
    expect([field("issuer")(recital), field("rightsAgent")(recital)]).toEqual([null, null]);
    const annex = "Annex A\nHARBOR RESEARCH CORPORATION\nand\nLAKESIDE TRUST COMPANY, N.A\nas Rights Agent\nTAX BENEFITS PRESERVATION PLAN\nDated as of March 16, 2016";
    expect([field("issuer")(annex), field("rightsAgent")(annex)]).toEqual(["HARBOR RESEARCH CORPORATION", "LAKESIDE TRUST COMPANY, N.A"]);
  });
  it("takes no company name that runs over the end of a sentence where wrapped lines were joined", () => {
    const text = "Pelican Biotech Inc. said on Monday that its board adopted a shareholder rights plan.\nThe plan follows a hostile offer by Osprey Corp. for Pelican and its bid for Kestrel.\nPelican (TSX:PLB) has said the offer undervalues the company and its deal for Kestrel.";
    expect(field("issuer")(text.replace("Kestrel.\nPelican", "Kestrel. Pelican"))).toMatch(/^Pelican\b/);
  });
});

describe("round 12: 8-Ks on old plans, trusts, run-together agreements and 1980s news", () => {
  it("reads a redemption 'by paying' a price per Right", () => {
    expect(field("redemptionPrice")('On July 22, 1998, the Board of Directors voted to redeem the rights issued pursuant to its existing Rights Agreement, dated as of September 16, 1991, between the Company and Harbor National Bank, as amended (the "Existing Rights Agreement"), by paying one cent ($.01) per Right to holders of record.')).toBe("0.01");
  });
  it("takes the date after an amendment the sentence already dated as the agreement's", () => {
    expect(field("planDate")('As of July 22, 1998, the Board of Trustees of Marsh Holdings (the "Trust") adopted an amendment to the Common Stock Rights Agreement (the "1990 Rights Agreement"), dated as of February 22, 1990, as amended on January 30, 1995.')).toBe("1990-02-22");
    expect(field("planDate")("First Amendment to Rights Agreement, dated as of May 25, 2010, between Marsh Holdings Inc. and Harbor National Bank, as Rights Agent.")).toBeNull();
  });
  it("takes no company from a first party that is only a defined term", () => {
    const s = summary("The Rights Agreement, dated as of February 22, 1990, between the Trust and Harbor National Bank, as Rights Agent.");
    expect([s.issuer, s.rightsAgent]).toEqual([null, "Harbor National Bank"]);
  });
  it("reads a preamble run into its title after a table of contents on the same line", () => {
    const s = summary('Exhibit 4 SHAREHOLDER RIGHTS AGREEMENT TABLE OF CONTENTS 1 Certain Definitions 1 32 Counterparts 37 33 Descriptive Headings 37 SHAREHOLDER RIGHTS AGREEMENT Agreement, dated as of November 7, 2007, between Maple Ridge Corporation, a Colorado corporation (the "Company"), and Harbor National Bank (the "Rights Agent").');
    expect([s.planDate, s.rightsAgent]).toEqual(["2007-11-07", "Harbor National Bank"]);
  });
  it("takes the last of a history of extensions, each starting from the one before", () => {
    const history = "On July 29, 2010, the Company entered into Amendment One to the Rights Agreement, which extended the Expiration Date from August 10, 2010 to August 10, 2011. On August 10, 2011, the Company entered into Amendment Two to the Rights Agreement, which extended the Expiration Date from August 10, 2011 to August 10, 2012.";
    expect(field("finalExpirationDate")(history)).toBe("2012-08-10");
  });
  it("reads a cover's name opening its line without a corporate word, never a form's heading", () => {
    const cover = (name: string) => `FORM 8-K\n\n     ${name}\n     -------------------\n   (Exact name of registrant as specified in its charter)\n\nThe Rights Agreement, dated as of February 22, 1990, between the Company and Harbor National Bank, as Rights Agent.\n`;
    expect(field("issuer")(cover("WESTERN ENTERPRISES"))).toBe("WESTERN ENTERPRISES");
    expect(field("issuer")(cover("CURRENT REPORT"))).toBeNull();
    const rewrapped = "FORM 8-K\n\nWESTERN ENTERPRISES ------------------- (Exact name of registrant as specified in its charter) Massachusetts\n\nThe Rights Agreement, dated as of February 22, 1990, between the Company and Harbor National Bank, as Rights Agent.\n";
    expect(field("issuer")(rewrapped)).toBe("WESTERN ENTERPRISES");
    expect(field("issuer")(rewrapped.replace("\n\nWESTERN", " reported July 22, 1998 WESTERN"))).toBeNull();
  });
  it("reads an agent whose 'N.A.' lost its last stop", () => {
    expect(field("rightsAgent")('Agreement, dated as of November 7, 2007, between Maple Ridge Corporation, a Colorado corporation (the "Company"), and Harbor Trust Company, N.A (the "Rights Agent").')).toBe("Harbor Trust Company, N.A");
  });
  it("reads a release's day and issuer past a table of other record dates, the issuer defined as 'the \"REIT\"' before its ticker", () => {
    const release = 'TORONTO, April 13, 2020 /CNW/ - Maple Grove Real Estate Investment Trust (the "REIT") (TSX: MGR.UN) announced today that its Board of Trustees has declared the REIT\'s monthly cash distribution as per the following schedule:\nMonth |\nRecord Date |\nMay, 2020 |\nMay 29, 2020 |\nThe DRIP is suspended effective as of the distribution payable on May 15, 2020 to unitholders of record as at April 30, 2020 which is the April distribution. The DRIP will remain suspended until further notice and commencing with the May distribution, distributions of the REIT will be paid only in cash, as the Board of Trustees decided in response to the market disruption.\nThe REIT also announced today that its Board of Trustees adopted a unitholders\' rights plan (the "Rights Plan"), subject to unitholder ratification.';
    const s = summary(release);
    expect([s.issuer, s.planDate, s.recordDate]).toEqual(["Maple Grove Real Estate Investment Trust", "2020-04-13", null]);
  });
  it("reads news's record date for each share 'held as of the close of business on'", () => {
    expect(field("recordDate")("Rights will be distributed at the rate of one Right for each share of common stock held as of the close of business on Dec. 21, 1989.")).toBe("1989-12-21");
  });
});

describe("round 13: equity notes, amendments and plans described in passing", () => {
  it("never takes a dividend of dollars' record date for the Rights'", () => {
    const note = "Dividends\nOn April 8, 2024, the Board of Trustees approved a monthly dividend in the amount of $0.08 per share payable on May 28, 2024 to shareholders of record as of April 30, 2024.\nRights Agreement\nThe Company has entered into a Rights Agreement with Harbor Trust Company, LLC (the \"Rights Agreement\").";
    expect(field("recordDate")(note)).toBeNull();
    expect(field("recordDate")("The Board declared a dividend of one Right for each share payable on May 28, 2024 to shareholders of record as of April 30, 2024.")).toBe("2024-04-30");
  });
  it("dates a plan the Board adopted 'Effective as of' a day", () => {
    expect(field("planDate")('Effective as of February 8, 2008, the Board of Directors adopted a Shareholder Rights Plan (the "Plan") to replace an expiring plan which was adopted in 1998.')).toBe("2008-02-08");
  });
  it("reads a note's price 'to purchase for $20 one half a share', without commas", () => {
    expect(field("purchasePrice")("Under certain circumstances, holders of each right will be entitled to purchase for $20 one half a share of the Company's common stock.")).toBe("20");
  });
  it("reads the agent appointed 'to succeed' another as Rights Agent, never the one it succeeds", () => {
    expect(field("rightsAgent")('On June 1, 2002, the Company appointed Pine Trust Company, N.A. ("Pine") to succeed Harbor Trust Company ("Harbor") as rights agent under the Rights Agreement dated as of March 26, 1998.')).toBe("Pine Trust Company, N.A.");
    const recital = 'This Amendment, dated as of June 1, 2002, by and among Maple Corporation, a Maryland corporation (the "Corporation"), Harbor Trust Company of New York, a New York corporation ("Harbor"), and Pine Trust Company, N.A., a national association ("Pine"), amends the Rights Agreement dated as of March 26, 1998 between the Corporation and Harbor. WHEREAS, Harbor has resigned as Rights Agent and the Corporation has appointed Pine to succeed Harbor as Rights Agent;';
    expect(field("rightsAgent")(recital)).toBe("Pine Trust Company, N.A.");
  });
});

describe("round 14: banks', thrifts' and insurers' plans, amendments that change a term, double-spaced typescript", () => {
  it("reads news's flip-in 'for half the market value' after a buyer 'passes the 10% threshold' or makes 'an acquisition of a 10 percent position'", () => {
    expect(field("flipInMultiple")("Under the plan, which would take effect ten business days after a buyer passes the 10% threshold, the rights would let holders buy the thrift's common stock for half the market value.")).toBe("2");
    expect(field("flipInMultiple")("Under certain circumstances involving a buyer's acquisition of a 10 percent position in the company, all Rights holders except the buyer will be entitled to purchase common stock at half price.")).toBe("2");
  });
  it("reads an amendment's price defined as what it 'shall mean initially', and one the Company 'has increased ... to' an amount", () => {
    expect(field("purchasePrice")('1. Section 1(j) of the Rights Agreement is hereby amended to read in its entirety as follows: "(j) "Exercise Price" shall mean initially $150.00 per one one-hundredth of a Preferred Share and shall be subject to adjustment from time to time as provided in this Agreement."')).toBe("150");
    expect(field("purchasePrice")("In the Second Amendment, the Company has increased the Exercise Price of the Rights under the Rights Agreement to $45, has extended the term of the Rights Agreement and has made other changes.")).toBe("45");
  });
  it("reads the expiry an amendment extends 'until' a day", () => {
    expect(field("finalExpirationDate")("The Board of Directors of Maple Systems Corporation has approved an amendment to its existing Shareholder Rights Plan to extend the final expiration date on which the Rights are exercisable until March 3, 2019.")).toBe("2019-03-03");
  });
  it("reads the record date of a dividend of one Right for each share 'held by stockholders as of the close of business on'", () => {
    expect(field("recordDate")('On June 1, 2021, the Board declared a dividend of one preferred share purchase right (each, a "Right") for each outstanding share of the Company\'s common stock held by stockholders as of the close of business on June 11, 2021.')).toBe("2021-06-11");
  });
  it("dates an agreement named 'between the Company and' its agent, then 'dated as of'", () => {
    expect(field("planDate")('On May 2, 1997, the Board of Directors of Harbor Finance Corporation (the "Company") approved the renewal of the Company\'s existing rights plan by adopting a Renewed Rights Agreement between the Company and Lakeside Trust Company of New York, dated as of May 9, 1997 (the "Renewed Rights Agreement").')).toBe("1997-05-09");
  });
  it("joins the lines of a typescript copy that printed each line's end twice (a line of spaces, then an empty line)", () => {
    const lines = [
      "On March 3, 1997, the Board of Directors of Harbor Finance",
      'Corporation (the "Company") approved the renewal of the Company\'s',
      "existing stockholder rights plan by adopting a Renewed Rights",
      "Agreement between the Company and Lakeside Trust Company of New",
      'York, dated as of March 10, 1997 (the "Renewed Rights Agreement").',
      "The Renewed Rights Agreement will become effective upon the",
      "expiration date of the existing Rights Agreement, and the Rights",
      "issued under it will expire at the close of business on March 10,",
      "2007, unless earlier redeemed by the Company as provided in the",
      "Renewed Rights Agreement, which the Company has filed as an exhibit.",
    ];
    const s = summary(`Item 5.  Other Events.\n \n\n${lines.map((l) => `      ${l}`).join("\n \n\n")}\n`);
    expect([s.planDate, s.rightsAgent]).toEqual(["1997-03-10", "Lakeside Trust Company of New York"]);
  });
  it("dates a plan the Board adopted 'on' a day named after it, and reads a record date 'held of record as of' an hour and a day", () => {
    const release = "WESTFORD, Mass.--Harbor Savings Bank (NASDAQ-HSBK) announced today that its Board of Directors on Dec. 9, 1996 adopted a stockholder rights plan. Under the plan, one preferred stock purchase right will be distributed as a dividend on each outstanding share of Harbor Savings Bank common stock held of record as of 5:00 p.m. Dec. 20, 1996.";
    expect([field("planDate")(release), field("recordDate")(release)]).toEqual(["1996-12-09", "1996-12-20"]);
  });
  it("dates a restated agreement's title block 'Amended and Restated as of' a day, below an original's date when one is named", () => {
    const title = "MAPLE RIDGE INSURANCE CORPORATION\nand\nLAKESIDE TRUST COMPANY, N.A.\nRights Agent\nAmended and Restated Rights Agreement\nAmended and Restated as of November 9, 2007\nTABLE OF CONTENTS\nSection 1. Certain Definitions";
    expect(field("planDate")(title)).toBe("2007-11-09");
    expect(field("planDate")(`${title}\nThis Agreement amends and restates the Rights Agreement originally dated as of June 26, 1997.`)).toBe("1997-06-26");
  });
});

describe("round 15: foreign private issuers and ADS holders, limited-duration plans of 2019-2025, definitions sections", () => {
  it("reads the party of a preamble incorporated 'with limited liability under' a named statute, never the statute", () => {
    const preamble = 'RIGHTS AGREEMENT dated as of March 2, 2012 (the "Agreement"), between Lotus Harbour Holdings Limited, a company incorporated with limited liability under the Cayman Islands Companies Law (the "Company"), and Granite Trust Company, a New York banking corporation (the "Rights Agent").';
    expect([field("issuer")(preamble), field("rightsAgent")(preamble)]).toEqual(["Lotus Harbour Holdings Limited", "Granite Trust Company"]);
    expect(field("issuer")('Lotus Harbour Holdings Limited, an exempted company organized under the Companies Act 1981 of Bermuda (the "Company"), adopted a rights plan.')).toBe("Lotus Harbour Holdings Limited");
  });
  it("dates an agreement entered into 'with' its agent, 'as Rights Agent, as of' a day, its title holding a possessive", () => {
    expect(field("planDate")("On June 3, 2019, Lotus Harbour Holdings Limited announced that its Board has declared the grant of one right for each ordinary share, and that the Company has entered into a Shareholders' Rights Agreement with Granite Trust Company, as Rights Agent, as of June 5, 2019.")).toBe("2019-06-05");
  });
  it("reads a defined '13G Investor's threshold beside the main one, the main one unchanged", () => {
    const s = summary('In general terms, the Rights Agreement works by causing significant dilution to any person or group that acquires 12% (or 18% in the case of an existing "13G Investor" as defined in the Rights Agreement) or more of the outstanding ordinary shares of the Company.');
    expect([s.acquiringPersonThresholdPercent, s.passiveInvestorThresholdPercent]).toEqual(["12", "18"]);
  });
  it("reads a news summary's record date of a right named at length issued for each share 'to shareholders as of' a day, and the expiry 'The agreement is set to expire on'", () => {
    const news = "Harbor Biologics, Inc. has announced the adoption of a limited duration stockholder rights agreement. The agreement will issue one preferred share purchase right for each outstanding common share to shareholders as of May 2, 2025, though the rights will not be exercisable at first. The agreement is set to expire on April 20, 2026.";
    expect([field("recordDate")(news), field("finalExpirationDate")(news)]).toEqual(["2025-05-02", "2026-04-20"]);
  });
  it("reads news's trigger as the stake a person 'reaches' once the rights become exercisable, not a holder's stake told beside it", () => {
    const news = "Harbor Media (NASDAQ:HRBM) has adopted a limited-duration stockholder rights agreement. The rights generally become exercisable if a person/group reaches a 12% stake in an unapproved transaction; passive investors are exempt. An investor disclosed last week that it holds 9.5% of the shares.";
    expect(field("acquiringPersonThresholdPercent")(news)).toBe("12");
  });
});

describe("round 16: amendments of one term, banks' holding companies, title lines run together, news of 1992-2011", () => {
  it("reads the agent an amendment's party becomes 'so long as' it 'shall continue to serve as the Rights Agent', not the one it replaces", () => {
    const amendment = [
      "FIRST AMENDMENT TO RIGHTS AGREEMENT",
      'THIS FIRST AMENDMENT (the "Amendment") is made and entered into as of May 4, 2011 by and among Pinecrest Tool Corporation, an Ohio corporation (the "Company"), and Granite Bank, National Association, a national banking association organized under the laws of the United States of America ("Granite").',
      'WHEREAS, the Company and Old Lakeside Bank, as Rights Agent ("Lakeside") are parties to a certain Rights Agreement dated as of March 1, 2006 (the "Rights Agreement"); and',
      "2. Amendments. (a) From and after the date hereof, and so long as Granite shall continue to serve as the Rights Agent under the Rights Agreement, all references to the Rights Agent or Lakeside shall be deemed to refer to Granite.",
    ].join("\n");
    expect([field("rightsAgent")(amendment), field("planDate")(amendment)]).toEqual(["Granite Bank, National Association", "2006-03-01"]);
  });
  it("reads a title block whose agent is a shareholder or investor services company joined by a plain 'and', on lines or run into one line", () => {
    const lines = "EXHIBIT 99.3\nExecution Copy\n----------\nRIGHTS AGREEMENT\nbetween\nXXXXXX CORPORATION\nand\nLAKESIDE SHAREHOLDER SERVICES, L.L.C.\nDated as of July 27, 2000\n----------\nTABLE OF CONTENTS";
    expect([field("rightsAgent")(lines), field("planDate")(lines), field("issuer")(lines)]).toEqual(["LAKESIDE SHAREHOLDER SERVICES, L.L.C.", "2000-07-27", null]);
    const oneLine = "Exhibit 4 THE R.J. HARROW COMPANY and GRANITE INVESTOR SERVICES LLC RIGHTS AGREEMENT Dated as of November 2, 2010 TABLE OF CONTENTS Page Section 1. Definitions 1";
    expect([field("issuer")(oneLine), field("rightsAgent")(oneLine), field("planDate")(oneLine)]).toEqual(["THE R.J. HARROW COMPANY", "GRANITE INVESTOR SERVICES LLC", "2010-11-02"]);
  });
  it("reads news's record date as the day the rights 'will attach to shares of the Company's common stock outstanding on'", () => {
    expect(field("recordDate")("The rights will attach to shares of the Company's common stock outstanding on March 3, 2011, and will expire in ten years.")).toBe("2011-03-03");
  });
  it("reads a release's numbered triggers: exercise 'would be triggered' days after a public announcement, the second trigger days after a tender offer", () => {
    const release = [
      "The rights would only become exercisable upon the occurrence of one of three triggering events:",
      " 1. Exercise would be triggered 10 business days after a public announcement that a person had become the beneficial owner of 15 percent or more of Harbor Bank's common stock.",
      " 2. The second trigger would occur 12 business days after the commencement of a tender offer that would result in the ownership of 15 percent or more of Harbor Bank's common stock.",
    ].join("\n");
    expect([field("distributionDaysAfterAnnouncement")(release), field("distributionBusinessDaysAfterTenderOffer")(release)]).toEqual([10, 12]);
  });
  it("reads a flip-in told as shares 'having a market value ... equal to $X for a purchase price of $Y'", () => {
    expect(field("flipInMultiple")("Upon certain triggering events, each Right will entitle the holder, except a person who has acquired 15 percent or more of the Common Stock, to acquire additional shares of Common Stock having a market value at the time of exercise equal to $120 for a purchase price of $60.")).toBe("2");
  });
  it("reads an expiry after 'the rights can be redeemed ..., and they expire on', and a plan 'initially expiring' a day", () => {
    expect(field("finalExpirationDate")("The rights can be redeemed by the company if the board approves a takeover, and they expire on March 30, 2012.")).toBe("2012-03-30");
    expect(field("finalExpirationDate")('On May 2, 2022, the Board adopted a limited duration stockholder rights plan (the "Rights Plan") initially expiring May 1, 2023 and declared a dividend of one preferred share purchase right.')).toBe("2023-05-01");
  });
  it("reads news that calls the plans \"shareholder rights\" plans in quotes and \"poison pills\" as a rights plan's", () => {
    const news = 'Labeling them "shareholder rights" plans, two bank holding companies recently adopted guidelines to discourage hostile takeover bids. Analysts call the plans "poison pills." Both offer shareholders "rights" to buy preferred stock if an individual or a group acquires 25 percent or more of the company\'s common stock.';
    expect([unreadableReason("news.txt", news), field("acquiringPersonThresholdPercent")(news)]).toEqual([null, "25"]);
  });
  it("takes no party from a recital in capitals that permits 'THE COMPANY TO REMOVE A RIGHTS AGENT ... AND APPOINT A SUCCESSOR RIGHTS AGENT'", () => {
    const recital = "RECITALS\nA. SECTION 21 OF THE ORIGINAL AGREEMENT PERMITS THE\nCOMPANY TO REMOVE A RIGHTS AGENT (AS DEFINED IN THE AMENDED\nAGREEMENT) AND APPOINT A SUCCESSOR RIGHTS AGENT.";
    expect([field("issuer")(recital), field("rightsAgent")(recital)]).toEqual([null, null]);
  });
  it("does not take the day a registrant 'announced that its Board of Directors adopted' a plan for the day it was adopted", () => {
    expect(field("planDate")("On April 7, 1997 Registrant announced that its Board of Directors adopted a new Shareholder Rights Plan.")).toBeNull();
  });
});
