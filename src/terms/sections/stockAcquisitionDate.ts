/**
 * Section 1(ff), "Stock Acquisition Date" (R-1ff): "the first date of public announcement ... by
 * the Company or an Acquiring Person that an Acquiring Person has become such", other than, after
 * Amendment No. 1, "pursuant to a Qualified Offer or a Qualified Transaction".
 */
import { z } from "zod";
import { listWithoutRepeats } from "../ranges.js";
import { offerExceptionSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { offersText } from "../words.js";

export const stockAcquisitionDate = section("Section 1(ff)", "Stock Acquisition Date", {
  stockAcquisitionDateExceptions: term({
    label: "Stock Acquisition Date exceptions",
    shape: z.array(offerExceptionSchema),
    range: listWithoutRepeats("offers (qualified-offer, qualified-transaction)"),
    meaning: "Becoming an Acquiring Person through these offers makes no Stock Acquisition Date.",
    rules: ["R-1ff"],
    standard: standardForm([], "R-1ff"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Distribution Date",
      order: 1,
      states: ["stockAcquisitionDateExceptions"],
      text: (v) => `The "Stock Acquisition Date" is the first date of public announcement by the Company or an Acquiring Person that an Acquiring Person has become such${v.stockAcquisitionDateExceptions.length ? `, other than pursuant to ${offersText(v.stockAcquisitionDateExceptions)}` : ""}.`,
    }],
    diffGroup: "Offers the plan lets through",
    r27: { kind: "holder-favourable", direction: "no-additions" },
  }),
});
