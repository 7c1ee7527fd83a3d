import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const issuer = (text: string) => readTexts([{ file: "t.txt", text }]).terms.company?.value;

describe("issuer", () => {
  it("reads the registrant on a cover page, across rules of dashes and table bars", () => {
    expect(issuer("FORM 8-K\n\n    NET PERCEPTIONS, INC.\n-------------------\n(Exact Name of Registrant as Specified in its Charter)")).toBe("NET PERCEPTIONS, INC.");
    expect(issuer("|Net Perceptions, Inc.\n|(Exact name of registrant as specified in its charter)")).toBe("Net Perceptions, Inc.");
    expect(issuer("Date of Report May 2, 2000 ----------- GANNETT CO., INC. - ------------- (Exact name of registrant as specified in its charter)")).toBe("GANNETT CO., INC.");
  });
  it("reads the company whose Board declared the Rights, keeping names like Yahoo! Inc. whole", () => {
    expect(issuer('On March 1, 2001, the Board of Directors of Yahoo! Inc. (the "Company") declared a dividend.')).toBe("Yahoo! Inc.");
    expect(issuer("On May 3, 1999, the Board of Directors of Harbor Widget Co. declared a dividend of one preferred share purchase right for each share.")).toBe("Harbor Widget Co.");
    expect(issuer('On February 5, 2013 the Board of Directors of Qualstar Corporation, a California corporation (the "Company"), declared a dividend.')).toBe("Qualstar Corporation");
    expect(issuer('On March 25, 2018, the board of directors (the "Board") of Harbor Drug Corporation (the "Company" or "Harbor Drug") approved an amendment to the Rights Agreement.')).toBe("Harbor Drug Corporation");
    expect(issuer('On June 9, 2022, the Board of Directors (the "Board") of Northwind Inc., a corporation continued under the Business Corporations Act (British Columbia) (the "Company"), declared a dividend.')).toBe("Northwind Inc.");
    expect(issuer('Rights Agreement, dated as of November 2, 1998, between Colonial Widgets Trust, an Alabama real estate investment trust (the "Company"), and BankBoston, N.A.')).toBe("Colonial Widgets Trust");
    expect(issuer('Rights Agreement, dated as of May 20, 1997, between Harbor Properties Trust, a Maryland real estate investment trust (the "Trust"), and State Street Bank and Trust Company, as Rights Agent (the "Rights Agent").')).toBe("Harbor Properties Trust");
    expect(issuer('Star Widget Partners, L.P., (the "Partnership") (NYSE:SWP), a home energy distributor, today announced that it has amended its Unit Purchase Rights Agreement.')).toBe("Star Widget Partners, L.P.");
    expect(issuer("The Harbor Petroleum Corp. (Hpc) board on Friday adopted a limited duration stockholders rights plan.")).toBe("The Harbor Petroleum Corp.");
    expect(issuer('Harbor Co., Inc. ("Harbor", the "Company" or "we") (NYSE: HBR) announced today that on April 6, 2020, its Board of Directors adopted a shareholder rights plan.')).toBe("Harbor Co., Inc.");
    expect(issuer("Capstone Widgets' (CAPW) BOD authorizes and declares a dividend distribution of one right for each share of outstanding common stock.")).toBe("Capstone Widgets");
  });
  it("reads a party to an agreement or amendment", () => {
    expect(issuer('This First Amendment, dated as of May 25, 2010, by and between USEC Inc., a Delaware corporation (the "Company"), and Mellon Investor Services LLC.')).toBe("USEC Inc.");
  });
  it("reads a defined name and a press release's name with its ticker", () => {
    expect(issuer('On January 2, 2009, Selectica, Inc. (the "Company") amended the Rights Agreement.')).toBe("Selectica, Inc.");
    expect(issuer("SAN JOSE, CA - Selectica, Inc. (Nasdaq: SLTC) today announced an exchange.")).toBe("Selectica, Inc.");
  });
  it("reads news that names the company before an aside or says it initiated a plan", () => {
    expect(issuer("Harbor Widget Co., the maker of the Acme line of valves, said Monday that its board of directors has adopted a shareholder rights plan.")).toBe("Harbor Widget Co.");
    expect(issuer("Harbor Widget Co. announced Tuesday that it has initiated a shareholder's-rights plan to deter a raid.")).toBe("Harbor Widget Co.");
  });
  it("prefers a spelling in capitals and small letters to a title page's capitals", () => {
    expect(issuer('NET PERCEPTIONS, INC.\n(Exact name of registrant)\n\nOn June 1, 2001, the Board of Directors of Net Perceptions, Inc. (the "Company") declared a dividend.')).toBe("Net Perceptions, Inc.");
  });
  it("does not take a redacted name, a bare defined term or a name without a corporate word", () => {
    expect(issuer('between Xxxxxx Rubbermaid Inc. (f/k/a Xxxxxx Co.), a Delaware corporation (the "Corporation"), and Computershare')).toBeUndefined();
    expect(issuer('the Board of Directors of the Company (the "Board") declared')).toBeUndefined();
    expect(issuer('John Smith (the "Company")')).toBeUndefined();
  });
  it("reads a party whose defined term lost its quotes on a mirror, and a brand that opens with a small letter", () => {
    expect(issuer("This Amendment is made by and between Harbor Widget, Inc. (f/k/a Harbor Gadget, Inc.), a Delaware corporation (the Company), and the agent.")).toBe("Harbor Widget, Inc.");
    expect(issuer("the Rights Agreement, by and between eHarbor Holdings, Inc., a company incorporated under the laws of Bermuda (the Company), and the agent.")).toBe("eHarbor Holdings, Inc.");
  });
  it("reads a release's company with a short name before its ticker and a long aside, or a weekday after its verb", () => {
    expect(issuer('Harbor Widget Inc. ("Harbor") (NASDAQ:HWG), a maker of valves, pumps and fittings for ships and for the pipelines that serve coastal refineries, reported that its Board has approved a rights plan.')).toBe("Harbor Widget Inc.");
    expect(issuer("Valve maker Harbor Widget Corp. (HWG) announced Tuesday that its Board of Directors has adopted a rights plan.")).toBe("Harbor Widget Corp.");
  });
  it("reads the company before an aside that ends with a stray period, never the subsidiary the aside names", () => {
    expect(issuer("HBX Corp., the Tampa-based parent of Harbor Savings Bank. said Friday that its board has approved the adoption of a shareholder-rights plan.")).toBe("HBX Corp.");
    expect(issuer("The parent of Harbor Savings Bank said Friday that its board has approved a rights plan.")).toBeUndefined();
  });
});
