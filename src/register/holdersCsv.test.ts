import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHoldersCsv, plainRecords } from "./holdersCsv.js";

/** What the parser reads, each record with its line (csv-parse's own count). */
const parsed = (text: string) =>
  (parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[]).map(({ record, info }) => ({ record, line: info.lines }));

/** Lines of ASCII with spaces, tabs, commas and blank lines: the text plainRecords reads itself. */
const plainText = fc
  .array(fc.array(fc.constantFrom("a", "Z", "7", " ", "\t", ",", ".", "-", "_", "&"), { maxLength: 12 }).map((cs) => cs.join("")), { maxLength: 8 })
  .chain((lines) => fc.record({ lines: fc.constant(lines), crlf: fc.boolean(), bom: fc.boolean(), finalEnd: fc.boolean() }))
  .map(({ lines, crlf, bom, finalEnd }) => (bom ? "\ufeff" : "") + lines.join(crlf ? "\r\n" : "\n") + (finalEnd ? (crlf ? "\r\n" : "\n") : ""));

describe("plainRecords", () => {
  it("reads unquoted ASCII as the parser does: the same records on the same lines", () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(plainRecords(text)).toEqual(parsed(text));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves to the parser a quote, other characters and mixed line ends", () => {
    for (const text of ['holder,name\nh1,"Smith, J."\n', "holder,name\nh1,Zoë\n", "holder,name\r\nh1,A\nh2,B\n", "holder,name\rh1,A\r", "h1,A\fB\n"]) expect(plainRecords(text)).toBeUndefined();
  });
});

describe("parseHoldersCsv", () => {
  it("names each bad line by its number, blank lines counted, in a file read either way", () => {
    const lines = ["holder,name,kind,shares", "", "a,A,drs,10", "  ", "b,B,drs,1.5", "c,C,drs"];
    for (const text of [lines.join("\n"), lines.join("\r\n") + "\r\n", lines.join("\n").replace("A,drs", '"A",drs')]) {
      expect(parseHoldersCsv(text).problems).toEqual([
        { line: 5, message: 'holder "b": shares 1.5 is not a whole number' },
        { line: 6, message: "malformed line: 3 fields where the header has 4" },
      ]);
    }
  });
  it("names the bad lines before a quote never closed, and the line the quote opens on", () => {
    const text = ["holder,name,kind,shares", "a,A,drs,10", "b,B,drs", "c,C,drs,5", '"d,D,certificate,9', "e,E,drs,1"].join("\r\n");
    expect(parseHoldersCsv(text)).toEqual({
      holders: [],
      problems: [
        { line: 3, message: "malformed line: 3 fields where the header has 4" },
        { line: 5, message: "malformed CSV: a quote opened on this line is never closed" },
      ],
    });
  });
});
