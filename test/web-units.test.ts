/** The workbench's own small functions, without a browser: figures, CSV, New York times, the memo's heading. */
import { describe, expect, it } from "vitest";
import { decimal, dollars, percent, shares } from "../web/src/format.js";

import { csvOf } from "../web/src/csv.js";
import { atOf, partsOf } from "../web/src/nyTime.js";
import { withHeading } from "../web/src/memoHeading.js";
import { problemsOf } from "../web/src/components/yamlProblems.js";

describe("figures", () => {
  it("groups thousands, keeps exact digits and shows money in cents at least", () => {
    expect(shares(27037814)).toBe("27,037,814");
    expect(decimal("1234567.123456", 4)).toBe("1,234,567.1234");
    expect(decimal("9007199254740993")).toBe("9,007,199,254,740,993");
    expect(dollars("2.4")).toBe("$2.40");
    expect(dollars("0.0125")).toBe("$0.0125");
    expect(percent("16.000")).toBe("16%");
    expect(shares(null)).toBe("—");
  });
});

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks", () => {
    expect(csvOf(["a", "b"], [["Cede & Co.", '1 "Harbor", Stamford']])).toBe('a,b\r\nCede & Co.,"1 ""Harbor"", Stamford"\r\n');
  });
});

describe("New York times in the forms", () => {
  it("gives a date and a wall-clock time the offset of that day, and back", () => {
    expect(atOf("2004-05-03", "10:30")).toBe("2004-05-03T10:30:00-04:00");
    expect(atOf("2004-01-05", "17:00")).toBe("2004-01-05T17:00:00-05:00");
    expect(atOf("2004-01-05", "")).toBe("2004-01-05");
    expect(partsOf("2004-05-03T14:30:00Z")).toEqual({ date: "2004-05-03", time: "10:30" });
  });
});

describe("the memo's heading", () => {
  it("puts To, From, Re, Date and the legend first in the body, escaped", () => {
    const html = withHeading("<html><body><h1>Memo</h1></body></html>", { to: "Board", from: "A & B <LLP>", re: "Pill", date: "2026-12-02", privileged: true });
    expect(html).toMatch(/<body><p[^>]*>PRIVILEGED AND CONFIDENTIAL.*From:<\/th><td>A &amp; B &lt;LLP&gt;<\/td>.*<h1>Memo<\/h1>/s);
  });
});

describe("the YAML editor's check", () => {
  it("names each field at fault in the CLI's words, and passes a valid scenario", () => {
    expect(problemsOf("company: {sharesOutstanding: 1000}\nevents:\n  - {at: '2004-05-03', type: acquire, person: a, shares: -5}\n")).toEqual([expect.stringMatching(/^events\[0\]\.shares: /)]);
    expect(problemsOf("company: {sharesOutstanding: 1000}\n")).toEqual([]);
    expect(problemsOf("company: [")[0]).toMatch(/flow|end|collection|Unexpected/i);
  });
});
