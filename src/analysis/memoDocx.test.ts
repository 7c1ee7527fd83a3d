import { describe, expect, it } from "vitest";
import { memoBlocks } from "./memoDocx.js";

describe("the memo's Markdown as DOCX blocks", () => {
  it("reads headings, hard-broken paragraphs, bullets and tables (without the rule line)", () => {
    const md = "# Memorandum\n\n**To:** File  \n**Date:** 2004-05-21  \n\n## Conclusions\n\n- one\n- two\n\n| A | B |\n| --- | ---: |\n| 1 | 2 |\n";
    expect(memoBlocks(md)).toEqual([
      { kind: "heading", level: 1, text: "Memorandum" },
      { kind: "paragraph", lines: ["**To:** File  ", "**Date:** 2004-05-21  "] },
      { kind: "heading", level: 2, text: "Conclusions" },
      { kind: "bullet", text: "one" },
      { kind: "bullet", text: "two" },
      { kind: "table", rows: [["A", "B"], ["1", "2"]] },
    ]);
  });
});
