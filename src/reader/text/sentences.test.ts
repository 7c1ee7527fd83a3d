import { describe, expect, it } from "vitest";
import { sentencesOf } from "./sentences.js";

const texts = (text: string) => sentencesOf(text).map((s) => s.text);

describe("sentencesOf", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    expect(texts("Acme Inc. and Harbor Co. signed. Joseph A. Smith signed too.")).toEqual(["Acme Inc. and Harbor Co. signed.", "Joseph A. Smith signed too."]);
  });
  it("ends a sentence at a form's name ending in a letter after digits ('Schedule 13G.')", () => {
    expect(texts("A passive investor reports on Schedule 13G. Holders of 10% are grandfathered.")).toEqual(["A passive investor reports on Schedule 13G.", "Holders of 10% are grandfathered."]);
  });
  it("starts a sentence at each paragraph and counts the paragraphs", () => {
    expect(sentencesOf("One. Two.\nThree.").map((s) => [s.text, s.paragraph])).toEqual([["One.", 0], ["Two.", 0], ["Three.", 1]]);
  });
});
