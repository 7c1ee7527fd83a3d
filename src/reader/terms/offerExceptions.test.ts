import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const terms = (text: string) => readTexts([{ file: "t.txt", text }]).terms;

describe("offers that make no Stock Acquisition Date (1(ff)) and mergers that make no flip-over (13(d))", () => {
  it("reads the exceptions of the Stock Acquisition Date, in either order or alone", () => {
    expect(terms('"Stock Acquisition Date" shall mean the first date of public announcement by the Company or an Acquiring Person that an Acquiring Person has become such other than pursuant to a Qualified Offer or a Qualified Transaction.').stockAcquisitionDateExceptions?.value)
      .toEqual(["qualified-offer", "qualified-transaction"]);
    expect(terms('The "Stock Acquisition Date" is the first date of public announcement that an Acquiring Person has become such, other than pursuant to a Qualified Transaction.').stockAcquisitionDateExceptions?.value)
      .toEqual(["qualified-transaction"]);
  });
  it("reads a definition without exceptions as none, with little confidence", () => {
    const found = terms('a person has acquired beneficial ownership of 15% or more (the "Stock Acquisition Date")').stockAcquisitionDateExceptions;
    expect(found?.value).toEqual([]);
    expect(found!.confidence).toBeLessThanOrEqual(0.5);
  });
  it("reads the flip-over's exception in a summary and in the Agreement's 13(d)", () => {
    expect(terms("(i) the Company engages in a merger in which the Company is not the surviving corporation (other than with an entity which acquired the shares pursuant to a Qualified Offer), each holder of a Right shall have the right to receive common stock of the acquiring company").section13dExceptions?.value)
      .toEqual(["qualified-offer"]);
    expect(terms('"(i) such transaction is consummated with a Person or Persons who acquired shares of Common Stock pursuant to a tender offer or exchange offer for all outstanding shares of Common Stock which is a Qualified Offer or a Qualified Transaction as such terms are defined in Section 11(a)(ii) hereof,"').section13dExceptions?.value)
      .toEqual(["qualified-offer", "qualified-transaction"]);
  });
  it("reads a flip-over stated without exceptions as none", () => {
    expect(terms("In the event that the Company is acquired in a merger, each holder of a Right shall receive common stock of the acquiring company having a value of two times the exercise price.").section13dExceptions?.value).toEqual([]);
  });
});
