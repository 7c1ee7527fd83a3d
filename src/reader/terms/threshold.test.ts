import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;
const threshold = (text: string) => terms(text).acquiringPersonThresholdPercent?.value;

describe("Acquiring Person threshold", () => {
  it.each([
    ["a person or group (an \"Acquiring Person\") has acquired beneficial ownership of 15% or more of the outstanding shares", "15"],
    ["\"Acquiring Person\" shall mean any Person who shall be the Beneficial Owner of fifteen percent (15%) or more of the Common Stock", "15"],
    ["An \"Acquiring Person\" means any person who beneficially owns 4.99% or more of the Common Shares", "4.99"],
    ["in the event that a person or group obtain beneficial ownership of 4.99% or more of the Common Shares.", "4.99"],
    ["the Board adopted a rights plan with an ownership trigger threshold of 15%, subject to certain exceptions.", "15"],
    ["Rights will be exercisable only if someone becomes a five-percent stockholder after adoption of the Plan.", "5"],
    ["a person becomes an Acquiring Person when it acquires 20% or more of the outstanding Common Shares.", "20"],
    ["an Acquiring Person is a person who owns 10 percent or more of the Common Stock.", "10"],
    ["The Rights will be exercisable only if a person acquires beneficial ownership of 20 percent or more of the common stock or commences a tender or exchang", "20"],
    ["after a person has acquired beneficial ownership of 20% or, in the case of the Founding Holder (as defined), an additional 2%, or more of the voting shares", "20"],
    ["\"Acquiring Person\" shall mean any Person who shall be the Beneficial Owner (as such term is hereinafter defined) of 20% or more of the Voting Stock then outstanding", "20"],
    ["The Rights Plan can be activated if ownership surpasses 10% or 20% for passive investors and will expire on June 8, 2023.", "10"],
    ["The rights would be exercisable should anyone amass a 15 percent stake in the company.", "15"],
    ["The pill kicks in if an unwanted shareholder buys a stake of just 5%.", "5"],
    ["Acme adopted a shareholder rights plan with a 15% trigger.", "15"],
    ["The rights would become exercisable if a person acquires 10% or more, or 20% or more for certain passive investors.", "10"],
    ["The rights plan has a 10% threshold, or 20% for passive investors.", "10"],
  ])("%s", (text, percent) => {
    expect(threshold(text)).toBe(percent);
  });

  it("is not the exchange bar, a flip-over's share of assets, or a passive investor's threshold", () => {
    expect(threshold("prior to the acquisition of beneficial ownership by such Acquiring Person of 50% or more of the outstanding shares, the Board may exchange each Right")).toBeUndefined();
    expect(threshold("After a person becomes an Acquiring Person and before the beneficial ownership by that Acquiring Person of 50% or more of the Common Shares, the Board may act")).toBeUndefined();
    expect(threshold("or (ii) the Company sells 50% or more of the assets or earning power of the Company and its subsidiaries to another company")).toBeUndefined();
    expect(threshold("any such Person who has reported such ownership on Schedule 13G and is the Beneficial Owner of 20% or more")).toBeUndefined();
    expect(threshold("The board adopted the rights plan after the activist disclosed that it holds a stake of 9.9% in the company.")).toBeUndefined();
  });

  it("reads a threshold an amendment raises, from the old value to the new", () => {
    const reading = readTexts([{ file: "t.txt", text: "This Amendment No. 3 dated as of August 17, 2006 (this \"Amendment\") is to the Rights Agreement.\n\nWHEREAS, the Company desires to increase the threshold percentage of ownership that would result in a person or group being an Acquiring Person from 20% to 25%;" }]);
    expect(reading.terms.acquiringPersonThresholdPercent?.value).toBe("20");
    expect(reading.amendments[0]?.changes.acquiringPersonThresholdPercent?.value).toBe("25");
  });
});

describe("Acquiring Person threshold (round three of unseen texts)", () => {
  it.each([
    ["The new plan provides for a 20% stock ownership threshold, at which the rights may become exercisable.", "20"],
    ["The rights plan is triggered if ownership exceeds 10% without the approval of the Board.", "10"],
  ])("reads %s", (text, value) => expect(threshold(text)).toBe(value));
});

describe("Acquiring Person threshold (news's general trigger beside an adverse buyer's)", () => {
  it("reads the line for anyone, not the lower one for a buyer the board deems adverse", () => {
    expect(threshold('The pill will take effect if a buyer deemed "adverse" by the board tries to purchase 10% of the stock, or if anyone attempts to acquire 15%.')).toBe("15");
  });
});
