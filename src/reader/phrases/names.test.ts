import { describe, expect, it } from "vitest";
import { cleanName, isRedacted, NAME, restoredName } from "./names.js";

function name(text: string): string | undefined {
  const m = new RegExp(NAME).exec(text);
  return m ? cleanName(m[0]) : undefined;
}

describe("names", () => {
  it.each([
    ["Wells Fargo Bank Minnesota, N.A., as Rights Agent", "Wells Fargo Bank Minnesota, N.A."],
    ["American Stock Transfer & Trust Company, LLC, as rights agent", "American Stock Transfer & Trust Company, LLC"],
    ["American Stock Transfer and Trust Company, LLC, a New York", "American Stock Transfer and Trust Company, LLC"],
    ["Yahoo! Inc. (the \"Company\")", "Yahoo! Inc."],
    ["SOFTWARE SPECTRUM, INC. (the", "SOFTWARE SPECTRUM, INC."],
    ["UMB Bank, n.a. (\"UMB\")", "UMB Bank, n.a."],
    ["The Bank of New York was named", "The Bank of New York"],
    ["First Chicago Trust Company of New York (formerly", "First Chicago Trust Company of New York"],
    ["Computershare Trust Company, N.A. and declared", "Computershare Trust Company, N.A."],
    ["Harbor Savings Bank, F.S.B. and", "Harbor Savings Bank, F.S.B."],
    ["Kash n' Karry Food Stores, Inc. (the", "Kash n' Karry Food Stores, Inc."],
    ["Northcape Minerals Corporation And Dominion Registry Services Inc.", "Northcape Minerals Corporation"],
    ["AMERICAN STOCK TRANSFER AND TRUST COMPANY", "AMERICAN STOCK TRANSFER AND TRUST COMPANY"],
    ["LAKESIDE GAS AND ELECTRIC COMPANY (Exact name", "LAKESIDE GAS AND ELECTRIC COMPANY"],
  ])("%s", (text, value) => {
    expect(name(text)).toBe(value);
  });

  it("restores words a mirror redacted, from names it knows", () => {
    expect(isRedacted("Xxxxx Fargo Bank, National Association")).toBe(true);
    expect(isRedacted("Wells Fargo Bank")).toBe(false);
    expect(isRedacted("XXXXXXX-XXXXXXX COMPANY")).toBe(true);
    expect(isRedacted("XXXXXX'X ENTERTAINMENT, INC.")).toBe(true);
    expect(isRedacted("Xxxxxxx-Xxxxxxx Company")).toBe(true);
    expect(isRedacted("Hewlett-Packard Company")).toBe(false);
    expect(restoredName("Xxxxx Fargo Bank, National Association", ["Wells Fargo Bank"])).toBe("Wells Fargo Bank, National Association");
    expect(restoredName("Xxxx Fargo Bank", ["Wells Fargo Bank"])).toBeNull();
    expect(restoredName("Xxxxxx Rubbermaid Inc.", ["Wells Fargo Bank"])).toBeNull();
  });
});
