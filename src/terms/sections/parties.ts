/**
 * The parties and the dividend declaration (the Agreement's preamble and recitals): "On June 1,
 * 2001, the Board of Directors of the Company declared a dividend distribution of one Right for
 * each outstanding share of Common Stock ... to stockholders of record at the close of business
 * on June 14, 2001 (the "Record Date")".
 */
import { z } from "zod";
import { anyOf, someText } from "../ranges.js";
import { isoDateSchema } from "../shapes.js";
import { section, term, type Sentence } from "../declare.js";
import { dateText } from "../words.js";

const name = z.string();

export const parties = section("Preamble", "Parties and the dividend of Rights", {
  company: term({
    label: "Company",
    shape: name,
    range: someText,
    meaning: "The company whose Common Stock carries the Rights.",
    rules: [],
    readerFallback: { value: () => "(issuer not named in the text)", reason: () => "no standard form; placeholder name", placeholder: true },
    sentences: (): readonly Sentence[] => [{
      paragraph: "the Rights",
      order: 1,
      states: ["company", "agreementDate", "recordDate"],
      text: (v) => `On ${dateText(v.agreementDate)}, the Board of Directors of ${v.company} (the "Company") declared a dividend distribution of one Right for each outstanding share of common stock of the Company (the "Common Stock") to stockholders of record at the close of business on ${dateText(v.recordDate)} (the "Record Date").`,
      amended: null,
    }],
    diffGroup: "Parties and dates",
    r27: { kind: "descriptive", why: "the company's name: a change of name gives a holder neither more nor less" },
  }),
  rightsAgent: term({
    label: "Rights Agent",
    shape: name,
    range: someText,
    meaning: "The Rights Agent, which keeps the register of Rights and acts on exercises (Sections 18-21).",
    rules: [],
    readerFallback: { value: () => "(rights agent not named in the text)", reason: () => "no standard form; placeholder name", placeholder: true },
    sentences: (): readonly Sentence[] => [{
      paragraph: "the Rights",
      order: 3,
      states: ["agreementDate", "rightsAgent"],
      text: (v) => `The description and terms of the Rights are set forth in a Rights Agreement, dated as of ${dateText(v.agreementDate)}, between the Company and ${v.rightsAgent}, as Rights Agent (the "Rights Agreement").`,
      amended: { states: ["rightsAgent"], text: (v) => `${v.rightsAgent}, as successor Rights Agent, replaces the prior Rights Agent.` },
    }],
    diffGroup: "Parties and dates",
    r27: { kind: "descriptive", why: "Section 21 lets the Company replace the Rights Agent; the Rights stay the same" },
  }),
  agreementDate: term({
    label: "Rights Dividend Declaration Date",
    shape: isoDateSchema,
    range: anyOf<string>("a date"),
    meaning: "The Rights Dividend Declaration Date: the day the Board adopted the plan (R-1a-grandfather, R-11a-ii).",
    rules: ["R-1a-grandfather", "R-11a-ii"],
    readerFallback: { value: (k) => k.agreementDate, reason: () => "taken from the Record Date", placeholder: false },
    diffGroup: "Parties and dates",
    r27: { kind: "cannot-judge", why: "the day the plan was adopted is a fact of its history, not a provision an amendment can change" },
  }),
  recordDate: term({
    label: "Record Date",
    shape: isoDateSchema,
    range: anyOf<string>("a date"),
    relation: { other: "agreementDate", text: "on or after the plan's date", allows: (v, t): boolean => v >= t.agreementDate },
    meaning: "The Record Date: one Right is distributed for each share held of record at its close of business (R-3a(i), R-X7).",
    rules: ["R-3a", "R-X7"],
    readerFallback: { value: (k) => k.recordDate ?? k.agreementDate, reason: () => "taken as the plan's date", placeholder: false },
    diffGroup: "Parties and dates",
    r27: { kind: "cannot-judge", why: "the Rights were distributed on the Record Date; an amendment cannot change when that happened" },
  }),
});
