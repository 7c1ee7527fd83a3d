import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const read = (text: string) => readTexts([{ file: "t.txt", text }]);
const agent = (text: string) => read(text).terms.rightsAgent?.value;

describe("rights agent", () => {
  it.each([
    ["a Rights Agreement between the Company and EquiServe Trust Company, N.A., as Rights Agent.", "EquiServe Trust Company, N.A."],
    ["between the Company and American Stock Transfer & Trust Company, a New York corporation, as Rights Agent (the \"Rights Agent\").", "American Stock Transfer & Trust Company"],
    ["by and between the Company and Corporate Stock Transfer, Inc., a Colorado corporation, as rights agent (the \"Rights Agent\").", "Corporate Stock Transfer, Inc."],
    ["between the Company and Registrar and Transfer Company, as Rights Agent.", "Registrar and Transfer Company"],
    ["between Harbor Bancorp, Inc., a Delaware corporation (the \"Company\"), and Harbor National Bank, a national banking association headquartered in Aurora, Illinois, as Rights Agent (the \"Rights Agent\").", "Harbor National Bank"],
    ["and Mellon Investor Services LLC (operating with the service name BNY Mellon Shareowner Services), a New Jersey limited liability company (the \"Rights Agent\").", "Mellon Investor Services LLC"],
    ["entered into a rights agreement (the \"Rights Agreement\") with Computershare Trust Company, N.A. and declared a dividend.", "Computershare Trust Company, N.A."],
    ["under which First Chicago Trust Company of New York was named the \"Rights Agent\".", "First Chicago Trust Company of New York"],
  ])("%s", (text, name) => {
    expect(agent(text)).toBe(name);
  });

  it("does not take the description an agent's name is cut from for its name (a title block's lines set apart, round 11's HTML of a capitals cover)", () => {
    expect(agent("A KENTUCKY CORPORATION (THE \"COMPANY\"), AND MANUFACTURERS HANOVER,\n\nA NEW YORK STATE CHARTERED BANK AND TRUST COMPANY AS RIGHTS AGENT (THE \"RIGHTS AGENT\") TABLE OF CONTENTS\n")).not.toMatch(/^A NEW YORK/);
    expect(agent("a national banking association, as Rights Agent (the \"Rights Agent\").")).toBeUndefined();
  });

  it("restores a name a mirror redacted, from the known rights agents only", () => {
    expect(agent("the Company has approved the appointment of Xxxxx Fargo Bank, National Association as the Rights Agent.")).toBe("Wells Fargo Bank, National Association");
    expect(agent("the appointment of Xxxxxxx Trust Company as the Rights Agent.")).toBeUndefined();
  });

  it("reads a successor Rights Agent as the agent an amendment makes", () => {
    const reading = read([
      "This First Amendment, dated as of July 10, 2008 (the \"Amendment\"), is entered into by and between Furniture Brands International, Inc., a Delaware corporation (the \"Company\"), and American Stock Transfer and Trust Company, LLC, a New York limited liability trust company (\"AST\"), as successor rights agent to The Bank of New York (the \"Predecessor Agent\"), and amends the Rights Agreement dated as of July 30, 1998 between the Company and The Bank of New York, as Rights Agent.",
      "WHEREAS, the Company wishes to substitute AST as Rights Agent under the Rights Agreement.",
    ].join("\n\n"));
    expect(reading.terms.rightsAgent?.value).toBe("The Bank of New York");
    expect(reading.amendments[0]?.changes.rightsAgent?.value).toBe("American Stock Transfer and Trust Company, LLC");
  });

  it("reads a short name the document defines when it is appointed", () => {
    const reading = read([
      "This SECOND AMENDMENT TO RIGHTS AGREEMENT effective as of August 22, 2006 is between Acme Co., a Delaware corporation (the \"Corporation\"), and Computershare Investor Services, LLC, a Delaware limited liability company (\"Computershare\").",
      "WHEREAS, Computershare is being appointed as the successor Rights Agent under the Rights Agreement.",
    ].join("\n\n"));
    expect(reading.amendments[0]?.changes.rightsAgent?.value).toBe("Computershare Investor Services, LLC");
  });
});

describe("rights agent (round three of unseen texts)", () => {
  it("takes the legal name, not the service name it trades under", () => {
    expect(agent('Rights Agreement between Harbor Widget Inc. (the "Company") and Acme Investor Services LLC under the service name Acme Shareholder Services, as Rights Agent (the "Rights Agent").')).toBe("Acme Investor Services LLC");
  });
  it("reads an agent named as successor-in-interest, with a defined term whose quotes a mirror stripped", () => {
    expect(agent("between the Company and Acme Trust Inc., a Delaware corporation, as successor-in-interest to Acme Shareowner Services LLC (f/k/a Harbor Investor Services LLC) (in its capacity as the rights agent, the Rights Agent).")).toBe("Acme Trust Inc.");
  });
  it("restores a redacted agent on a title page whose name holds \"TRUST AND SAVINGS\", and reads the company above it", () => {
    const t = read("HARBOR WIDGET CORP.\nand\nXXXXXX TRUST AND SAVINGS BANK\nRights Agent\nRights Agreement\nDated as of June 2, 1998").terms;
    expect(t.rightsAgent?.value).toBe("Harris Trust and Savings Bank");
    expect(t.company?.value).toBe("HARBOR WIDGET CORP.");
  });
});
