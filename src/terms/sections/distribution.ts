/**
 * Section 3(a), the Distribution Date (R-3a): "the earlier of (i) 10 days following a public
 * announcement that a person or group ... has become an Acquiring Person or (ii) 10 business days
 * (or such later date as the Board shall determine) following the commencement of a tender offer
 * or exchange offer"; after Amendment No. 1, prong (ii) counts only offers for less than all.
 * Other plans count prong (i) in Business Days too ("the close of business on the tenth business
 * day after a Shares Acquisition Date", HomeTrust Bancshares 2012, ../shared/filings/012).
 */
import { z } from "zod";
import { anyOf, countRange } from "../ranges.js";
import { dayKindTerm } from "../dayKind.js";
import { wholeNumberSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";

export const distribution = section("Section 3", "Issue of Rights Certificates: the Distribution Date", {
  distributionDaysAfterStockAcquisition: term({
    label: "days from the Stock Acquisition Date to the Distribution Date",
    shape: wholeNumberSchema,
    range: countRange(0, 3650, "calendar days"),
    meaning: "Prong (i): the Distribution Date is close of business this many days after the Stock Acquisition Date.",
    rules: ["R-3a"],
    standard: standardForm(10, "R-3a(i)"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Distribution Date",
      order: 2,
      states: ["distributionDaysAfterStockAcquisition", "distributionAnnouncementDayKind", "distributionBusinessDaysAfterTenderOffer", "distributionTenderOfferProng"],
      text: (v) => `Subject to certain exceptions specified in the Rights Agreement, the Rights will separate from the Common Stock and a Distribution Date will occur upon the earlier of (i) ${v.distributionDaysAfterStockAcquisition} ${v.distributionAnnouncementDayKind === "business" ? "business days" : "days"} following the Stock Acquisition Date or (ii) ${v.distributionBusinessDaysAfterTenderOffer} business days (or such later date as the Board shall determine) following the commencement of a tender offer or exchange offer${v.distributionTenderOfferProng === "less-than-all" ? " for less than all outstanding shares of Common Stock (or the amendment of an offer for all outstanding shares to one for less than all)" : ""} that would result in a person or group becoming an Acquiring Person.`,
    }],
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  }),
  distributionAnnouncementDayKind: dayKindTerm({ label: "from the Stock Acquisition Date to the Distribution Date", what: "prong (i)", rule: "R-3a(i)", calendar: "10 days following", business: "the tenth business day after" }),
  distributionBusinessDaysAfterTenderOffer: term({
    label: "Business Days from a tender offer to the Distribution Date",
    shape: wholeNumberSchema,
    range: countRange(0, 3650, "Business Days"),
    meaning: "Prong (ii): the Distribution Date is close of business this many Business Days after a tender or exchange offer commences (the Board may defer it).",
    rules: ["R-3a", "R-X3"],
    standard: standardForm(10, "R-3a(ii)"),
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  }),
  distributionTenderOfferProng: term({
    label: "offers that start the tender-offer clock",
    shape: z.enum(["any-offer", "less-than-all"]),
    range: anyOf("any-offer or less-than-all"),
    meaning: "Which offers start prong (ii)'s clock: any offer that would make an Acquiring Person (the 2001 text), or only offers for less than all the shares (Amendment No. 1).",
    rules: ["R-3a"],
    standard: standardForm("any-offer", "R-3a(ii)"),
    diffGroup: "Timing",
    r27: { kind: "holder-favourable", direction: "toward", toward: "any-offer" },
  }),
});
