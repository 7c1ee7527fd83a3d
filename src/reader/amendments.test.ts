import { describe, expect, it } from "vitest";
import { amendmentNumber, amendmentScopes, isAmendmentPreamble, isHypothetical } from "./amendments.js";
import { readerDocument } from "./document.js";

const scopes = (text: string) => amendmentScopes(readerDocument("t.txt", text)).map(({ number, name, kind, date, effective }) => ({ number, name, kind, date: date?.value, effective: effective?.value }));

describe("amendment documents", () => {
  it.each([
    ['This AMENDMENT NO. 1 TO RIGHTS AGREEMENT (this "Amendment") is being entered into as of December 22, 2003 between Net Perceptions, Inc. and Wells Fargo Bank Minnesota, N.A.', 1, "2003-12-22", "Amendment No. 1 to Rights Agreement"],
    ['This First Amendment, dated as of May 25, 2010 (this "Amendment"), to the Rights Agreement, dated as of April 24, 2001, by and between USEC Inc. and Mellon Investor Services LLC.', 1, "2010-05-25", "First Amendment"],
    ['This Amendment No. 3 dated as of August 17, 2006 (this "Amendment") is to the Preferred Stock Rights Agreement originally dated as of September 4, 2002.', 3, "2006-08-17", "Amendment No. 3"],
    ['This Amendment No. 2 (this "Amendment") to the Amended and Restated Rights Agreement dated as of September 21, 2004, between The Williams Companies, Inc. and UMB Bank, n.a., is entered into by and among the Company and UMB, this 12th day of October 2007.', 2, "2007-10-12", "Amendment No. 2"],
    ['THIS AMENDMENT NO. 2, dated as of February 8, 1996 (the "Amendment"), to the Rights Agreement, dated as of February 4, 1988, between Chrysler Corporation and First Chicago Trust Company of New York.', 2, "1996-02-08", "Amendment No. 2"],
  ])("%s", (text, number, date, name) => {
    expect(scopes(text)).toEqual([{ number, name, kind: "document", date, effective: undefined }]);
  });

  it("reads the date an amendment is effective as of", () => {
    expect(scopes("This SECOND AMENDMENT TO RIGHTS AGREEMENT effective as of August 22, 2006 (the \"Second Amendment\") is between Acme Co. and Computershare.")[0])
      .toMatchObject({ number: 2, date: "2006-08-22", effective: "2006-08-22" });
  });

  it("does not take 'this Amendment' in operative text, or a recital of an earlier amendment, for a new amendment", () => {
    const text = [
      "This Amendment No. 2 to Rights Agreement, dated as of August 31, 2000, is by and between Opinion Research Corporation and StockTrans, Inc.",
      "WHEREAS, on August 28, 1998, the Company and the Rights Agent entered into Amendment No. 1 to the Original Agreement; and WHEREAS, this Amendment No. 2 is executed by the Company and the Rights Agent pursuant to Section 26 of the Agreement.",
      "This Amendment shall be deemed effective as of the date first written above.",
    ].join("\n\n");
    expect(scopes(text)).toEqual([{ number: 2, name: "Amendment No. 2 to Rights Agreement", kind: "document", date: "2000-08-31", effective: undefined }]);
  });
});

describe("reports of an amendment", () => {
  it.each([
    ["On May 6, 2019 the Board approved and we entered into a First Amendment to Rights Agreement between the Company and ComputerShare Trust Company, N.A., as rights agent.", 1, "2019-05-06"],
    ["On July 31, 2020, the Board of Directors of the Company adopted an amendment to the Rights Plan accelerating the expiration of the Rights.", null, "2020-07-31"],
    ["As of May 2, 2000, Gannett Co., Inc. amended its Rights Plan Agreement, dated as of May 21, 1990.", null, "2000-05-02"],
    ["On December 23, 2003, the Company and Wells Fargo Bank Minnesota, N.A., as Rights Agent, entered into an Amendment No. 1 to Rights Agreement, dated December 22, 2003.", 1, "2003-12-22"],
  ])("%s", (text, number, date) => {
    expect(scopes(text)[0]).toMatchObject({ kind: "report", number, date });
  });
  it("merges the report and the text of the same amendment", () => {
    const text = [
      "On December 23, 2003, the Company entered into an Amendment No. 1 to Rights Agreement, dated December 22, 2003. The Amendment provides that the rights will not flip in.",
      "Exhibit 2",
      'This AMENDMENT NO. 1 TO RIGHTS AGREEMENT (this "Amendment") is being entered into as of December 22, 2003 between the Company and the Rights Agent.',
    ].join("\n\n");
    const found = amendmentScopes(readerDocument("t.txt", text));
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe("document");
    expect(found[0]!.ranges).toHaveLength(2);
  });
});

describe("sentence kinds", () => {
  it("knows what may happen from what is", () => {
    expect(isHypothetical("If stockholders ratify the plan, the Board intends to amend it so that the Final Expiration Date will change from August 13, 2021 to June 2, 2024.")).toBe(true);
    expect(isHypothetical("If there is a Distribution Date, Rights Certificates will be mailed to holders of record.")).toBe(false);
    expect(isHypothetical("The plan is intended to discourage any person from acquiring 4.9% or more.")).toBe(false);
    expect(isHypothetical("The plan's intend to to discourage any person from acquiring more than 4.9% of the company's common stock.")).toBe(false);
  });
  it("knows an amendment's preamble", () => {
    expect(isAmendmentPreamble('This First Amendment, dated as of July 10, 2008 (the "Amendment"), is entered into by and between the Company and AST.')).toBe(true);
    expect(isAmendmentPreamble("subject to the parties entering into this Second Amendment pursuant to Section 28 effective as of August 22, 2006")).toBe(false);
  });
  it("numbers amendment titles", () => {
    expect(amendmentNumber("AMENDMENT NO. 3")).toBe(3);
    expect(amendmentNumber("Second Amendment")).toBe(2);
    expect(amendmentNumber("Amendment No. Two")).toBe(2);
    expect(amendmentNumber("Amendment")).toBeNull();
  });
});
