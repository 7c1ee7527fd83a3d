import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const exempt = (text: string) => readTexts([{ file: "t.txt", text }]).terms.exemptPersons?.value;

describe("exempt persons", () => {
  it("reads 'neither X nor Y shall ... be an Acquiring Person', without the descriptions of X and Y", () => {
    expect(exempt('Notwithstanding anything to the contrary contained in this Agreement, neither LLR Equity Partners, L.P., a Pennsylvania limited partnership ("LLR Equity") nor LLR Equity Partners Parallel, L.P., a Pennsylvania limited partnership ("LLR Parallel") shall at any time come within the definition of an Acquiring Person.'))
      .toEqual([{ name: "LLR Equity Partners, L.P." }, { name: "LLR Equity Partners Parallel, L.P." }]);
  });
  it("reads a short name as the full name the document defines, even in a sentence cut short after Section 1(a)", () => {
    expect(exempt('the Company and Kanders & Company, Inc., a Delaware Corporation ("Kanders & Company").\n\n1. AMENDMENT OF SECTION 1(a). Section 1(a) is amended to add: "Furthermore, neither Kanders & Company nor any of its existing or future Affiliates or Associates shal'))
      .toEqual([{ name: "Kanders & Company, Inc." }]);
  });
  it("reads named persons among the exclusions from the definition", () => {
    expect(exempt('"Acquiring Person" shall mean any Person who shall be the Beneficial Owner of 15% or more, but shall not include (i) the Company, (ii) any Subsidiary of the Company, or (iv) Toshiba Corporation, a corporation organized under the laws of Japan ("Toshiba"), Xxxxxxx & Xxxxxx Investme'))
      .toEqual([{ name: "Toshiba Corporation" }]);
  });
  it("reads 'X shall at no time be deemed an Acquiring Person'", () => {
    expect(exempt("Widget Employees Pension Trust shall at no time be deemed an Acquiring Person.")).toEqual([{ name: "Widget Employees Pension Trust" }]);
  });
  it("gathers persons named in several places", () => {
    expect(exempt("Acme Corp. shall at no time be deemed an Acquiring Person. Beta Partners, L.P. shall at no time be deemed an Acquiring Person."))
      .toEqual([{ name: "Acme Corp." }, { name: "Beta Partners, L.P." }]);
  });
  it("does not take the standard exclusions for names", () => {
    expect(exempt("but shall not include (i) the Company, (ii) any Subsidiary of the Company or (iii) any employee benefit plan of the Company, as an Acquiring Person")).toBeUndefined();
  });
});
