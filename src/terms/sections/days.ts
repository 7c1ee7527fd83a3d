/**
 * Section 1's days (R-T1, R-T3): "close of business" on any day is 5:00 P.M. New York time, and
 * a "Business Day" is a day on which banks in New York are not authorized or obligated to close.
 */
import { z } from "zod";
import { anyOf, listWithoutRepeats } from "../ranges.js";
import { clockTimeSchema, isoDateSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { dateText, listText, timeText } from "../words.js";

export const days = section("Section 1 (days)", "Close of business and Business Days", {
  closeOfBusinessTime: term({
    label: "close of business",
    shape: clockTimeSchema,
    range: anyOf("a time of day, HH:MM"),
    meaning: "Close of business, New York time, which ends the periods the plan counts.",
    rules: ["R-T1"],
    standard: standardForm("17:00", "R-T1"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "definitions",
      order: 2,
      states: ["closeOfBusinessTime"],
      text: (v) => `"Close of business" on any day means ${timeText(v.closeOfBusinessTime)} (New York City time) on that day.`,
    }],
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  }),
  extraBankClosings: term({
    label: "extra bank closings",
    shape: z.array(isoDateSchema),
    range: listWithoutRepeats("dates"),
    meaning: "Days banks in New York closed beyond the Federal Reserve holidays, which are no Business Days.",
    rules: ["R-T3"],
    standard: standardForm([], "R-T3"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "definitions",
      order: 4,
      states: ["extraBankClosings"],
      text: (v) => (v.extraBankClosings.length ? `In addition to the Federal Reserve holidays, banks in New York are treated as closed on ${listText(v.extraBankClosings.map(dateText))}.` : null),
    }],
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  }),
});
