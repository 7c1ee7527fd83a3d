/**
 * Section 11, adjustments (R-11a-ii, R-11d): "In the event that a person becomes an Acquiring
 * Person, except pursuant to ... a "Qualified Offer", each holder of a Right will thereafter have
 * the right to receive, upon exercise, Common Stock ... having a value equal to two times the
 * exercise price of the Right"; Amendment No. 1 added the Qualified Transaction exception; the
 * current market price is an average of closes over Trading Days (Section 11(d)).
 */
import { z } from "zod";
import { anyOf, countRange, decimalRange, orNone } from "../ranges.js";
import { decimalSchema, wholeNumberSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { listText, multipleText, percentText } from "../words.js";
import { dec } from "../../numbers/decimal.js";

/** A multiple of the Purchase Price that a Right's value is (flip-in, flip-over). */
export const priceMultipleRange = decimalRange({ atLeast: "1", atMost: "10" }, "times the Purchase Price");

export const adjustments = section("Section 11", "Adjustments: the flip-in", {
  flipInMultiple: term({
    label: "flip-in multiple",
    shape: decimalSchema,
    range: priceMultipleRange,
    meaning: "After a Section 11(a)(ii) Event each valid Right buys Common Stock worth this multiple of the Purchase Price, for the Purchase Price.",
    rules: ["R-11a-ii"],
    standard: standardForm("2", "R-11a-ii"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "flip-in",
      order: 1,
      states: ["flipInMultiple", "qualifiedOffer"],
      text: (v) => `In the event that a person becomes an Acquiring Person${v.qualifiedOffer ? ", except pursuant to an offer for all outstanding shares of Common Stock which the independent directors determine to be fair and not inadequate and otherwise in the best interests of the Company and its stockholders, after receiving advice from one or more investment banking firms (a \"Qualified Offer\")" : ""}, each holder of a Right will thereafter have the right to receive, upon exercise, Common Stock (or, in certain circumstances, cash, property or other securities of the Company) having a value equal to ${multipleText(v.flipInMultiple)} the exercise price of the Right.`,
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  qualifiedOffer: term({
    label: "Qualified Offer exception",
    shape: z.boolean(),
    range: anyOf("true or false"),
    meaning: "The Qualified Offer exception: becoming an Acquiring Person through an all-shares offer the independent directors find fair is no Section 11(a)(ii) Event.",
    rules: ["R-11a-ii"],
    standard: standardForm(false, "R-11a-ii: no qualified-offer exception"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "flip-in",
      order: 2,
      states: ["qualifiedOffer"],
      text: (v) => (v.qualifiedOffer ? null : "The Rights Agreement does not contain a qualified offer exception."),
    }],
    diffGroup: "Offers the plan lets through",
    r27: { kind: "holder-favourable", direction: "toward", toward: false },
  }),
  qualifiedTransaction: term({
    label: "Qualified Transaction exception",
    shape: z.object({ percent: decimalSchema, excludeDirectorOfficers: z.boolean(), excludeStockPlans: z.boolean() }).strict().nullable(),
    range: orNone({ text: "a percent more than 0 and at most 100, with its two exclusions", allows: (v) => decimalRange({ above: "0", atMost: "100" }).allows(v.percent) }),
    meaning: "The Qualified Transaction exception (Section 1(ll)): an all-shares offer that brings the bidder to this percent is no Section 11(a)(ii) Event; none where the plan has no such exception.",
    rules: ["R-1ll", "R-11a-ii"],
    standard: standardForm(null, "R-11a-ii: no Qualified Transaction"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "flip-in",
      order: 3,
      states: ["qualifiedTransaction"],
      text: (v) => {
        const qt = v.qualifiedTransaction;
        if (!qt) return null;
        const excluded = [
          ...(qt.excludeDirectorOfficers ? ["directors who are also officers of the Company"] : []),
          ...(qt.excludeStockPlans ? ["stock plans sponsored by the Company in which Company employee participants do not have the right to determine confidentially whether shares of Common Stock held subject to such plans will be tendered"] : []),
        ].map((e, i) => `(${i + 1}) ${e}`);
        const exclusion = excluded.length ? `, excluding for purposes of determining the number of shares of Common Stock outstanding those shares owned by ${listText(excluded)}` : "";
        return `The Rights will not flip in upon an acquisition of shares of Common Stock pursuant to a tender offer or exchange offer for all outstanding shares of Common Stock whose consummation results in the bidder beneficially owning at least ${percentText(qt.percent)} of the outstanding shares of Common Stock (a "Qualified Transaction")${exclusion}.`;
      },
    }],
    diffGroup: "Offers the plan lets through",
    // R-X12: a higher percent, or a base no longer reduced by an exclusion, lets fewer offers
    // through (fewer escape the Section 11(a)(ii) Event, R-1ff and R-13d); none lets none through.
    r27: { kind: "holder-favourable", direction: "narrower", narrows: qualifiedTransactionNarrows, how: "it may only be removed, or its percent raised and its exclusions dropped" },
  }),
  currentMarketPriceTradingDays: term({
    label: "Trading Days of the Current Market Price",
    shape: wholeNumberSchema,
    range: countRange(1, 2520, "Trading Days"),
    meaning: "The Current Market Price is the average close over this many consecutive Trading Days before the day it is needed.",
    rules: ["R-11d"],
    standard: standardForm(30, "R-11d"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "definitions",
      order: 1,
      states: ["currentMarketPriceTradingDays"],
      text: (v) => `The current market price of the Common Stock on any date is the average of its daily closing prices for the ${v.currentMarketPriceTradingDays} consecutive Trading Days immediately prior to that date.`,
    }],
    diffGroup: "Economics",
    r27: { kind: "time-period" },
  }),
});

type QualifiedTransactionTerm = { percent: string; excludeDirectorOfficers: boolean; excludeStockPlans: boolean } | null;

/** R-X12: whether the Qualified Transaction exception `after` lets through no offer that `before` would not. */
function qualifiedTransactionNarrows(before: unknown, after: unknown): boolean {
  const [b, a] = [before as QualifiedTransactionTerm, after as QualifiedTransactionTerm];
  if (a === null) return true;
  if (b === null) return false;
  return dec(a.percent).greaterThanOrEqualTo(b.percent) && (b.excludeDirectorOfficers || !a.excludeDirectorOfficers) && (b.excludeStockPlans || !a.excludeStockPlans);
}
