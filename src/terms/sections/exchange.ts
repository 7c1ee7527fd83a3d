/**
 * Section 24, exchange: "At any time after a person becomes an Acquiring Person and prior
 * to the acquisition by such person or group of fifty percent (50%) or more of the outstanding
 * Common Stock, the Board may exchange the Rights ... at an exchange ratio of one share of Common
 * Stock ... per Right (subject to adjustment)".
 */
import { dec } from "../../numbers/decimal.js";
import { decimalRange } from "../ranges.js";
import { decimalSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { percentText, sharesText } from "../words.js";

export const exchange = section("Section 24", "Exchange", {
  exchangeRatio: term({
    label: "exchange ratio",
    shape: decimalSchema,
    range: decimalRange({ above: "0" }, "shares of Common Stock per Right"),
    meaning: "Shares of Common Stock the Board gives for each valid Right in an exchange.",
    rules: ["R-24"],
    standard: standardForm("1", "R-24"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "exchange",
      order: 1,
      states: ["exchangeRatio", "exchangeBarPercent"],
      text: (v) => `At any time after a person becomes an Acquiring Person and prior to the acquisition by such person or group of ${percentText(v.exchangeBarPercent)} or more of the outstanding Common Stock, the Board may exchange the Rights (other than Rights owned by such person or group which have become void), in whole or in part, at an exchange ratio of ${sharesText(v.exchangeRatio)} of Common Stock per Right (subject to adjustment).`,
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  exchangeBarPercent: term({
    label: "exchange bar",
    shape: decimalSchema,
    range: decimalRange({ above: "0", atMost: "100" }, "a percent of the Common Stock outstanding"),
    relation: { other: "acquiringPersonThresholdPercent", text: "above the Acquiring Person threshold", allows: (v, t): boolean => dec(v).greaterThan(t.acquiringPersonThresholdPercent) },
    meaning: "No exchange once an Acquiring Person Beneficially Owns this percent or more of the Common Stock.",
    rules: ["R-24"],
    standard: standardForm("50", "R-24"),
    diffGroup: "Economics",
    r27: { kind: "cannot-judge", why: "a higher bar lets the Board exchange, at its choice, for longer; whether an exchange gives a holder more or less than exercise depends on the prices" },
  }),
});
