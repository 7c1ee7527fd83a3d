import { describe, expect, it } from "vitest";
import { originalSpan } from "./mappedText.js";
import { normalizedText } from "./normalize.js";
import { sentencesOf } from "./sentences.js";

/** The original text behind the first occurrence of `phrase` in the normalised text. */
function originalOf(original: string, phrase: string): string {
  const m = normalizedText(original);
  const at = m.text.indexOf(phrase);
  expect(at, `"${phrase}" in "${m.text}"`).toBeGreaterThanOrEqual(0);
  const span = originalSpan(m, at, at + phrase.length);
  return original.slice(span.start, span.end);
}

describe("normalizedText", () => {
  it("joins a list's items to the line that leads into them, but keeps a list of definitions apart", () => {
    expect(normalizedText("the earlier of:\n\n(i) the first date; and\n\n(ii) the second date.\n").text).toBe("the earlier of: (i) the first date; and (ii) the second date.");
    expect(normalizedText("(a) \"Affiliate\" means a person;\n\n(b) \"Agent\" means the agent.\n").text).toBe("(a) \"Affiliate\" means a person;\n(b) \"Agent\" means the agent.");
  });

  it("strips HTML tags and decodes entities, mapping back to the markup's text", () => {
    const html = "<html><body><p>at a price of <b>$15.00</b>&nbsp;per&nbsp;Unit</p><p>Wells Fargo &amp; Company&#8217;s</p></body></html>";
    const m = normalizedText(html);
    expect(m.text).toBe("at a price of $15.00 per Unit\nWells Fargo & Company's");
    expect(originalOf(html, "$15.00 per Unit")).toBe("$15.00</b>&nbsp;per&nbsp;Unit");
    expect(originalOf(html, "& Company's")).toBe("&amp; Company&#8217;s");
  });

  it("turns curly quotes, backticks, non-breaking spaces and dashes into one spelling each", () => {
    expect(normalizedText("\u201CAcquiring Person\u201D and `Unit' \u2014 one\u00A0Right").text).toBe("\"Acquiring Person\" and 'Unit' - one Right");
  });

  it("drops a running head seen at only two page breaks, at the same distance from each, and the contents link under it", () => {
    const body = Array.from({ length: 12 }, (_, k) => `A line of running text number ${k} that fills the page to its usual width,`).join("\n");
    const page = (n: number) => `\n\nPage ${n} of 9\n\n\nRIGHTS AGREEMENT\nTable of Contents\n\n`;
    const text = `${body}\nOn May 5, 2021, the Board of Directors of Granite Ridge Sustainable${page(1)}Power Holdings, Inc. declared a dividend.\n${body}${page(2)}${body}\nThe end.`;
    const n = normalizedText(text).text;
    expect(n).toContain("Granite Ridge Sustainable Power Holdings, Inc. declared");
    expect(n).not.toMatch(/RIGHTS AGREEMENT|Table of Contents/);
    // A heading met once beside a page break stays.
    expect(normalizedText(`${body}\nthe end of a sentence.\n\n- 3 -\n\nSECTION 4. EXCHANGE\n\nThe Board may exchange the Rights.`).text).toContain("SECTION 4. EXCHANGE");
  });

  it("spells out a PDF's ligatures and reads old EDGAR text's doubled quotes as double quotes, mapping back to the original", () => {
    const pdf = "of \ufb01fteen percent (15%) or more, as de\ufb01ned, e\ufb00ective";
    expect(normalizedText(pdf).text).toBe("of fifteen percent (15%) or more, as defined, effective");
    expect(originalOf(pdf, "fifteen percent")).toBe("\ufb01fteen percent");
    expect(normalizedText("Acme Bank (the ``Rights Agent'') and the ``Company''").text).toBe('Acme Bank (the "Rights Agent") and the "Company"');
    expect(normalizedText("one one-hundredth (1\u2044100th) of a share").text).toBe("one one-hundredth (1/100th) of a share");
    // Text pasted from a PDF splits words at line ends with a soft hyphen: the word is whole again, inside a line too.
    const pasted = "the Distribu\u00AD\r\n  tion Date shall be the tenth busi\u00AD\nness day after the an\u00ADnouncement";
    expect(normalizedText(pasted).text).toBe("the Distribution Date shall be the tenth business day after the announcement");
    expect(originalOf(pasted, "Distribution Date")).toBe("Distribu\u00AD\r\n  tion Date");
  });

  it("drops margin line numbers that count up a line at a time and start again on each page, keeping a list's numbers and the text's own", () => {
    const prose = Array.from({ length: 6 }, (_, k) => `line ${k} of running text that goes on as wrapped text does,`);
    const page = (lines: string[]) => lines.map((l, k) => (l ? `${String(k + 1).padStart(4)}   ${l}` : String(k + 1).padStart(4))).join("\n");
    const text = `${page([...prose, "", "On June 1, 2001, the Board of Directors of Acme Widget", 'Corporation (the "Company") declared'])}\n\n<PAGE>\n\n${page(["a dividend of one Right for each share", "payable on 10 days' notice.", "", ...prose])}`;
    const n = normalizedText(text).text;
    expect(n).toContain('On June 1, 2001, the Board of Directors of Acme Widget Corporation (the "Company") declared a dividend of one Right for each share payable on 10 days\' notice.');
    expect(n).not.toMatch(/\b(?:[1-9]|10) +line\b/);
    expect(originalOf(text, "Acme Widget Corporation")).toBe("Acme Widget\n   9   Corporation");
    // A text whose few numbered lines are a list, not a margin, keeps them.
    const list = [...prose, ...prose, "1   The first item", "2   The second item", "3   The third item", ...prose].join("\n");
    expect(normalizedText(list).text).toContain("1 The first item 2 The second item");
  });

  it("reads double-spaced typescript: one blank line is a line's end, more a paragraph's", () => {
    const prose = Array.from({ length: 6 }, (_, k) => `This is line ${k} of a paragraph that runs on across the lines as typed text does,`);
    const typed = [...prose, "ending here.", "", "", "On June 1, 2001, the Board of Directors of Acme Widget", 'Corporation (the "Company") declared a dividend.', ...prose, "and so on."].join("\n\n");
    const n = normalizedText(typed).text;
    expect(n).toContain('Acme Widget Corporation (the "Company") declared');
    expect(n).toContain("ending here.\nOn June 1, 2001");
    // A text of one paragraph a line, apart by blank lines, keeps its paragraphs.
    const paragraphs = Array.from({ length: 12 }, (_, k) => `Paragraph ${k} says one thing.`).join("\n\n");
    expect(normalizedText(paragraphs).text.split("\n")).toHaveLength(12);
  });

  it("drops footnote marks set against a word, in text and as HTML superscripts, keeping a clause's numbers", () => {
    expect(normalizedText("a Rights Agreement(1), dated as of May 1, 2001, and the Rights Agreement* dated as of June 2, 2002").text).toBe("a Rights Agreement, dated as of May 1, 2001, and the Rights Agreement dated as of June 2, 2002");
    expect(normalizedText("<html><body><p>the Rights Agreement<sup>2</sup> dated as of May 1, 2001</p></body></html>").text).toBe("the Rights Agreement dated as of May 1, 2001");
    expect(normalizedText("under Section 13(d)(1) and Rule 13d-3(a) of the Act, the holder(s) of 5% (2) shares").text).toBe("under Section 13(d)(1) and Rule 13d-3(a) of the Act, the holder(s) of 5% (2) shares");
  });

  it("tells a prefix split at a line end from a compound by how the text spells it elsewhere", () => {
    // A prefix before a syllable loses its hyphen; before a word the text uses on its own it keeps it.
    expect(normalizedText("accelerating the ex-\npiration of the Rights from 2022 to 2020").text).toBe("accelerating the expiration of the Rights from 2022 to 2020");
    expect(normalizedText("will expire unless pre-\nviously redeemed").text).toBe("will expire unless previously redeemed");
    expect(normalizedText("a self-\ntender offer, not any tender offer").text).toBe("a self-tender offer, not any tender offer");
    expect(normalizedText("after the ten-\nday period and within the day").text).toBe("after the ten-day period and within the day");
    // Where the text writes the word whole, or only with its hyphen, that spelling decides.
    expect(normalizedText("a ten-\nder offer; any tender offer").text).toBe("a tender offer; any tender offer");
    expect(normalizedText("each stock-\nholder and every stock-holder").text).toBe("each stock-holder and every stock-holder");
    // Capitals split so join in the same way.
    expect(normalizedText("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT MEMO-\nRANDUM OF AGREEMENT, dated as of May 1, 1992, in the FLIP-\nIN event").text).toBe("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT MEMORANDUM OF AGREEMENT, dated as of May 1, 1992, in the FLIP-IN event");
    expect(normalizedText("AMENDMENT TO THE TAX BE-\nNEFITS PRESERVATION PLAN, a tax benefits plan").text).toBe("AMENDMENT TO THE TAX BENEFITS PRESERVATION PLAN, a tax benefits plan");
  });

  it("joins wrapped lines and drops line-end hyphenation, keeping the hyphen of number words", () => {
    const text = "the Rights will become exer-\ncisable upon a\nunit consisting of one one-\nthousandth of a share";
    expect(normalizedText(text).text).toBe("the Rights will become exercisable upon a unit consisting of one one-thousandth of a share");
    expect(originalOf(text, "exercisable")).toBe("exer-\ncisable");
  });

  it("drops <PAGE> markers, page numbers and running headers, joining a sentence cut by a page break", () => {
    const page = (n: number, body: string) => `${body}\n\n                  -${n}-\n\n<PAGE>\n\n             Net Perceptions Rights Agreement\n\n`;
    const text = page(1, "The Rights will expire at the close of") + page(2, "business on June 14, 2011.") + page(3, "The Company may redeem.") + "Final text.";
    expect(normalizedText(text).text).toBe("The Rights will expire at the close of business on June 14, 2011.\nThe Company may redeem.\nFinal text.");
  });

  it("keeps blank-line paragraphs apart and, in files without blank lines, starts a paragraph after a full stop at a line end", () => {
    expect(normalizedText("First para\ncontinues.\n\nSecond para.").text).toBe("First para continues.\nSecond para.");
    expect(normalizedText("Expiration\nThe Rights will expire.\nExchange\nAfter a person").text).toBe("Expiration The Rights will expire.\nExchange After a person");
  });

  it("treats rules of dashes and excerpt marks as paragraph breaks", () => {
    expect(normalizedText("NET PERCEPTIONS, INC.\n------------------\n(Exact name of registrant)\n[...]\nmore").text)
      .toBe("NET PERCEPTIONS, INC.\n(Exact name of registrant)\nmore");
  });
});

describe("sentencesOf", () => {
  it("splits at full stops but not after abbreviations or initials", () => {
    const text = "Wells Fargo Bank Minnesota, N.A. is the Rights Agent. The Rights expire at 5:00 P.M. on June 14, 2011. Joseph A. Liemandt holds Amendment No. 1.\nA new paragraph";
    expect(sentencesOf(text).map((s) => [s.text, s.paragraph])).toEqual([
      ["Wells Fargo Bank Minnesota, N.A. is the Rights Agent.", 0],
      ["The Rights expire at 5:00 P.M. on June 14, 2011.", 0],
      ["Joseph A. Liemandt holds Amendment No. 1.", 0],
      ["A new paragraph", 1],
    ]);
  });
  it("starts a sentence at a bullet", () => {
    expect(sentencesOf("expire on the earliest of: \u2022 the close of business on August 13, 2021; \u2022 the redemption").map((s) => s.text))
      .toEqual(["expire on the earliest of:", "the close of business on August 13, 2021;", "the redemption"]);
  });
});

describe("normalizedText at line ends after abbreviations", () => {
  it("does not end a paragraph at a line ending in an abbreviation", () => {
    expect(normalizedText("will expire at 5:00 P.M.\n(New York City time) on June 14, 2011.\nThe Company may redeem.").text)
      .toBe("will expire at 5:00 P.M. (New York City time) on June 14, 2011.\nThe Company may redeem.");
    expect(normalizedText("between the Company and Wells Fargo Bank Minnesota, N.A.\nas Rights Agent.").text)
      .toBe("between the Company and Wells Fargo Bank Minnesota, N.A. as Rights Agent.");
  });
});

describe("normalizedText where a number runs into the next word", () => {
  it("puts a space between them, the words still leading back to the original", () => {
    expect(normalizedText("owns 12%or more at $0.05per Right, $40.00,subject to it, 2,000shares").text).toBe("owns 12% or more at $0.05 per Right, $40.00, subject to it, 2,000 shares");
    expect(originalOf("a price of $0.05per Right", "0.05 per Right")).toBe("0.05per Right");
  });
  it("leaves ordinals, fractions, plurals of years and capitalised codes as they are", () => {
    const text = "the 10th day, the 2nd and 3rd, 1/100ths of a share, the 1990s, Form 8-A12B";
    expect(normalizedText(text).text).toBe(text);
  });
});
