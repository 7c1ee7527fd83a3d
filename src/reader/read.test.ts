import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { readFiles, readTexts, termsInForceOf } from "./read.js";
import { summaryOf } from "./summary.js";

describe("readTexts", () => {
  it("quotes the original file exactly, with its offsets, through HTML, entities and wrapped lines", () => {
    const html = "<p>Each Right entitles the holder to purchase one one-thousandth of a share of Series A Preferred Stock at a purchase price of <b>$15.00</b>&nbsp;per Unit.</p>";
    const text = "the Rights will expire at 5:00 P.M.\n(New York City time) on June 14,\n2011, unless earlier redeemed.";
    for (const original of [html, text]) {
      const reading = readTexts([{ file: "f", text: original }]);
      for (const found of Object.values(reading.terms)) expect(original.slice(found!.start, found!.end)).toBe(found!.quote);
    }
    expect(readTexts([{ file: "f", text: html }]).terms.purchasePrice?.quote).toBe("purchase price of <b>$15.00");
    expect(readTexts([{ file: "f", text }]).terms.finalExpiration?.quote).toBe("expire at 5:00 P.M.\n(New York City time) on June 14,\n2011");
  });

  it("reads an amendment after its plan as a dated amendment, keeping only what it changes", () => {
    const plan = 'On June 1, 2001, the Board of Directors of Acme Corp. (the "Company") declared a dividend of one Right to stockholders of record at the close of business on June 14, 2001. A person that has acquired beneficial ownership of 15% or more of the outstanding shares is an "Acquiring Person". Each Right entitles the holder to purchase one one-thousandth of a share of Series A Preferred Stock at a purchase price of $15 per Unit.';
    const amendment = [
      'This Amendment No. 1 to Rights Agreement, dated as of March 3, 2005, is by and between Acme Corp., a Delaware corporation (the "Company"), and Acme Trust Company, as Rights Agent.',
      "WHEREAS, the Company and the Rights Agent are parties to a Rights Agreement dated as of June 1, 2001.",
      "NOW, THEREFORE, the parties agree as follows:",
      '1. Section 1(a) is hereby amended to read: "Acquiring Person" shall mean any Person who shall be the Beneficial Owner of 20% or more of the Common Stock.',
      "2. Section 7(a) is hereby amended so that each Right may purchase one one-thousandth of a share at a purchase price of $15 per Unit.",
    ].join("\n\n");
    const reading = readTexts([{ file: "plan.txt", text: plan }, { file: "amendment.txt", text: amendment }]);
    expect(reading.terms.acquiringPersonThresholdPercent?.value).toBe("15");
    expect(reading.terms.agreementDate?.value).toBe("2001-06-01");
    expect(reading.amendments).toHaveLength(1);
    const [a] = reading.amendments;
    expect(a).toMatchObject({ id: "amendment-1", number: 1, kind: "document", file: "amendment.txt", sections: ["1(a)", "7(a)"] });
    expect(a!.date?.value).toBe("2005-03-03");
    expect(Object.keys(a!.changes).sort()).toEqual(["acquiringPersonThresholdPercent", "rightsAgent"]);
    expect(a!.changes.acquiringPersonThresholdPercent).toMatchObject({ value: "20", file: "amendment.txt" });
    expect(termsInForceOf(reading).acquiringPersonThresholdPercent?.value).toBe("20");
    expect(summaryOf(reading).acquiringPersonThresholdPercent).toBe("20");
  });

  it("reads an amendment's recitals as the plan before it and its operative part as the amendment", () => {
    const reading = readTexts([{ file: "a.txt", text: [
      'This First Amendment, dated as of July 10, 2008 (the "Amendment"), is entered into by and between Acme Corp., a Delaware corporation (the "Company"), and Acme Trust Company, as rights agent.',
      "WHEREAS, unless amended, the Rights Agreement will expire on the Final Expiration Date, or July 30, 2008;",
      "NOW, THEREFORE, the parties agree as follows:",
      "1. The Rights will expire at the close of business on July 30, 2011.",
    ].join("\n\n") }]);
    expect(reading.terms.finalExpiration?.value).toEqual({ date: "2008-07-30", time: "17:00" });
    expect(reading.amendments[0]?.changes.finalExpiration?.value).toEqual({ date: "2011-07-30", time: "17:00" });
  });

  it("lists what no text states, and leaves booleans null where the text is silent", () => {
    const reading = readTexts([{ file: "f", text: "Each Right entitles the holder to purchase one one-hundredth of a share of Series B Preferred Stock at a purchase price of $40 per Unit." }]);
    expect(reading.notFound).toContain("acquiringPersonThresholdPercent");
    expect(reading.notFound).not.toContain("purchasePrice");
    const summary = summaryOf(reading);
    expect(summary).toMatchObject({ purchasePrice: "40", unitsPerRight: "0.01", security: "Series B Preferred Stock", qualifiedOfferClause: null, nolPlan: null, issuer: null });
  });

  it("states units per Right as shares of the preferred a Right buys", () => {
    const reading = readTexts([{ file: "f", text: 'Each Right entitles the registered holder to purchase from the Company 2 Units, each consisting of one one-thousandth of a share (a "Unit") of Series A Preferred Stock, at a purchase price of $10 per Unit.' }]);
    expect(summaryOf(reading).unitsPerRight).toBe("0.002");
  });
});

describe("readFiles", () => {
  it("refuses a file it cannot read with an input error", () => {
    expect(() => readFiles(["/nonexistent/filing.txt"])).toThrow(InputError);
  });
});
