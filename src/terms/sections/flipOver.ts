/**
 * Section 13, the flip-over (R-13, R-13d): if the Company is acquired in a merger or sells 50% or
 * more of its assets or earning power, "each holder of a Right ... shall thereafter have the right
 * to receive, upon exercise, common stock of the acquiring company having a value equal to two
 * times the exercise price of the Right", other than a merger with an entity that bought its
 * shares through a Qualified Offer (or, after Amendment No. 1, a Qualified Transaction).
 */
import { z } from "zod";
import { listWithoutRepeats } from "../ranges.js";
import { decimalSchema, offerExceptionSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { multipleText, offersText } from "../words.js";
import { priceMultipleRange } from "./adjustments.js";

export const flipOver = section("Section 13", "Consolidation, merger or sale of assets: the flip-over", {
  flipOverMultiple: term({
    label: "flip-over multiple",
    shape: decimalSchema,
    range: priceMultipleRange,
    meaning: "After a Section 13 Event each Right buys the Principal Party's common stock worth this multiple of the Purchase Price, for the Purchase Price.",
    rules: ["R-13"],
    standard: standardForm("2", "R-13"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "flip-over",
      order: 1,
      states: ["flipOverMultiple", "section13dExceptions"],
      text: (v) => `In the event that, at any time following the Stock Acquisition Date, (i) the Company engages in a merger or other business combination transaction in which the Company is not the surviving corporation${v.section13dExceptions.length ? ` (other than with an entity which acquired the shares pursuant to ${offersText(v.section13dExceptions)})` : ""}, (ii) the Company engages in a merger or other business combination transaction in which the Company is the surviving corporation and the Common Stock of the Company is changed or exchanged or (iii) 50% or more of the Company's assets, cash flow or earning power is sold or transferred, each holder of a Right (except Rights which have previously been voided) shall thereafter have the right to receive, upon exercise, common stock of the acquiring company having a value equal to ${multipleText(v.flipOverMultiple)} the exercise price of the Right.`,
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  section13dExceptions: term({
    label: "Section 13(d) exceptions",
    shape: z.array(offerExceptionSchema),
    range: listWithoutRepeats("offers (qualified-offer, qualified-transaction)"),
    meaning: "A merger with a Person that bought its shares through these offers is no Section 13 Event.",
    rules: ["R-13d"],
    standard: {
      value: (k) => (k.qualifiedOffer ? ["qualified-offer" as const] : []),
      reason: (k) => (k.qualifiedOffer ? "standard-form default for a plan with a Qualified Offer (R-13d)" : "standard-form default (R-13d)"),
    },
    diffGroup: "Offers the plan lets through",
    r27: { kind: "holder-favourable", direction: "no-additions" },
  }),
});
