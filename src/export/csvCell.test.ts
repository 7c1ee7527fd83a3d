import { describe, expect, it } from "vitest";
import { csvCell } from "./csvCell.js";

describe("csvCell", () => {
  it("quotes a cell with a comma, quote or line break, doubling inner quotes", () => {
    expect(csvCell('Smith, "Jr."')).toBe('"Smith, ""Jr."""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("keeps a text a spreadsheet would run as a formula as text", () => {
    expect(csvCell("=HYPERLINK(\"http://x\",\"y\")")).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const text of ["+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
  });

  it("leaves plain numbers, signed or not, as they are", () => {
    for (const n of ["-12.50", "-1,234", "+3%", "-$5.00", "-0.5", "1,234,567"]) expect(csvCell(n)).toBe(n.includes(",") ? `"${n}"` : n);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("-")).toBe("-"); // a dash for nothing: text to a spreadsheet
    expect(csvCell(true)).toBe("true");
  });
});
