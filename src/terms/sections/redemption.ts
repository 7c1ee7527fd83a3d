/**
 * Section 23, redemption (R-23): "At any time until 10 days following the Stock Acquisition Date,
 * the Company may redeem the Rights in whole, but not in part, at a price of $.01 per Right".
 * Other plans count the window in Business Days ("At any time until 10 business days following the
 * Stock Acquisition Date", CIK 29669's 2019 plan, ../shared/filings-more/049).
 */
import { countRange, decimalRange } from "../ranges.js";
import { dayKindTerm } from "../dayKind.js";
import { decimalSchema, wholeNumberSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { moneyText } from "../words.js";

export const redemption = section("Section 23", "Redemption", {
  redemptionPrice: term({
    label: "Redemption Price",
    shape: decimalSchema,
    range: decimalRange({ atLeast: "0" }, "dollars per Right"),
    meaning: "The Redemption Price the Company pays for each Right it redeems.",
    rules: ["R-23"],
    standard: standardForm("0.01", "R-23"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "redemption",
      order: 1,
      states: ["redemptionDaysAfterStockAcquisition", "redemptionDayKind", "redemptionPrice"],
      text: (v) => `At any time until ${v.redemptionDaysAfterStockAcquisition} ${v.redemptionDayKind === "business" ? "business days" : "days"} following the Stock Acquisition Date, the Company may redeem the Rights in whole, but not in part, at a price of ${moneyText(v.redemptionPrice)} per Right (payable in cash, Common Stock or other consideration deemed appropriate by the Board).`,
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  redemptionDaysAfterStockAcquisition: term({
    label: "days to redeem after the Stock Acquisition Date",
    shape: wholeNumberSchema,
    range: countRange(0, 3650, "calendar days"),
    meaning: "The Board may redeem until close of business this many days after the Stock Acquisition Date (or the Final Expiration Date, if earlier).",
    rules: ["R-23", "R-27"],
    standard: standardForm(10, "R-23"),
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  }),
  redemptionDayKind: dayKindTerm({ label: "to redeem after the Stock Acquisition Date", what: "the redemption window", rule: "R-23", calendar: "until 10 days following", business: "until 10 business days following" }),
});
