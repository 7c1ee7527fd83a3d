import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("the Unit a Right buys", () => {
  it("reads a unit consisting of a fraction of a share, its description without defined terms, and the security", () => {
    const t = terms('Each Right entitles the registered holder to purchase from the Company a unit consisting of one one-thousandth of a share (a "Unit") of Series A Junior Participating Preferred Stock, par value $.0001 per share (the "Series A Preferred Stock"), at a purchase price of $15 per Unit.');
    expect(t.unitFraction?.value).toBe("0.001");
    expect(t.unitsPerRight?.value).toBe("1");
    expect(t.unitDescription?.value).toBe("one one-thousandth of a share of Series A Junior Participating Preferred Stock, par value $.0001 per share");
    expect(t.security?.value).toBe("Series A Junior Participating Preferred Stock");
  });
  it.each([
    ["Each Right entitles the registered holder to purchase from the Company one one- thousandth of a share of the Company's Series A Junior Participating Preferred Stock (the \"Preferred Stock\") at a price of $ 150.00", "0.001", "one one-thousandth of a share of the Company's Series A Junior Participating Preferred Stock"],
    ["each Right is exercisable to purchase, for $16.14 (the \"Purchase Price\"), 1/1,000th of a share of the Junior Participating Preferred Stock, Series A, $0.01 par value per share (\"Preferred Shares\"), of the Company", "0.001", "1/1,000th of a share of the Junior Participating Preferred Stock, Series A, $0.01 par value per share"],
    ["each Right representing the right to purchase one one-hundredth of a Preference Share, upon the terms and subject to the conditions", "0.01", "one one-hundredth of a Preference Share"],
    ["one preferred share purchase right (a \"Right\") to purchase one five-thousandth (subject to adjustment) of one share of Series A Junior Participating Preferred Stock, $0.01 par value per share of the Company (the \"Preferred Stock\")", "0.0002", "one five-thousandth of one share of Series A Junior Participating Preferred Stock, $0.01 par value per share"],
    ["Each right entitled its holder to purchase 1 one-thousandth of a share of Series A Junior Participating Preferred Stock, at an exercise price of $60", "0.001", "1 one-thousandth of a share of Series A Junior Participating Preferred Stock"],
    ["Each Right entitles the holder to purchase a one one-hundredth interest in a share of Series C Preferred Stock for $40.", "0.01", "one one-hundredth interest in a share of Series C Preferred Stock"],
  ])("%s", (text, fraction, description) => {
    const t = terms(text);
    expect(t.unitFraction?.value).toBe(fraction);
    expect(t.unitDescription?.value).toBe(description);
  });
  it("ends the class of stock before an 'as hereinafter defined' aside or its rights and preferences", () => {
    expect(terms('each Right initially representing the right to purchase one one-hundredth of a share of Preferred Stock having the rights, powers and preferences set forth in Exhibit A').security?.value).toBe("Preferred Stock");
    expect(terms("each Right initially representing the right to purchase one two-hundredth of a share of the Original Preferred Stock (as hereinafter defined), upon the terms set forth").security?.value).toBe("Original Preferred Stock");
  });
  it("reads several Units per Right", () => {
    const t = terms('Each Right entitles the registered holder to purchase from the Company 2 Units, each consisting of one one-thousandth of a share (a "Unit") of Series A Preferred Stock, at a purchase price of $10 per Unit.');
    expect(t.unitsPerRight?.value).toBe("2");
    expect(t.unitFraction?.value).toBe("0.001");
  });
  it("does not read a fraction that no Right buys", () => {
    expect(terms("The number of outstanding Rights and the number of one one-thousandths of a Preferred Stock issuable upon exercise of each Right are subject to adjustment.").unitFraction).toBeUndefined();
  });
});
