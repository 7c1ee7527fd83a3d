import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("grandfathering", () => {
  it("reads holders at the threshold as of a date", () => {
    const t = terms("other than as a result of repurchases of stock by the Company or the beneficial ownership by a person of 15% or more of the outstanding Common Stock as of March 1, 2001");
    expect(t.grandfathered?.value).toBe(true);
    expect(t.grandfatherDate?.value).toBe("2001-03-01");
  });
  it("reads a time and date of day", () => {
    const t = terms("(iii) no person who, together with its affiliates and associates, was the beneficial owner of 20% or more of the Common Shares outstanding as of 5:00 p.m., New York time, on June 28, 2004 shall be deemed an Acquiring Person");
    expect(t.grandfatherDate?.value).toBe("2004-06-28");
  });
  it("reads a trigger dated by acquisitions after the plan's date", () => {
    expect(terms("a person has acquired beneficial ownership of 15% or more of the outstanding shares of Common Stock after June 1, 2001 (the \"Stock Acquisition Date\")").grandfatherDate?.value).toBe("2001-06-01");
  });
  it("reads holders the text calls grandfathered, and named grandfathered holders", () => {
    expect(terms("Stockholders owning five percent or more of our outstanding stock at the time of adoption of the Plan are grandfathered.").grandfathered?.value).toBe(true);
    expect(terms("Acme Founders Holdings, L.P. is grandfathered and becomes an Acquiring Person only if it acquires additional shares.").grandfatheredPersons?.value).toEqual([{ name: "Acme Founders Holdings, L.P." }]);
  });
  it("is not found in a plan that says nothing of it", () => {
    const t = terms("a person has acquired beneficial ownership of 15% or more of the outstanding shares.");
    expect(t.grandfathered).toBeUndefined();
    expect(t.grandfatherDate).toBeUndefined();
  });
});
