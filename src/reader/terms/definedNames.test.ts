import { describe, expect, it } from "vitest";
import { readerDocument } from "../document.js";
import { definedNames } from "./definedNames.js";

describe("defined names", () => {
  it("maps each short name to the full name it is defined for", () => {
    const doc = readerDocument("t.txt", 'between Acme Co., a Delaware corporation (the "Corporation"), and Computershare Investor Services, LLC, a Delaware limited liability company ("Computershare"), and UMB Bank, n.a. ("UMB").');
    expect(Object.fromEntries(definedNames(doc))).toEqual({
      Corporation: "Acme Co.",
      Computershare: "Computershare Investor Services, LLC",
      UMB: "UMB Bank, n.a.",
    });
  });
});
