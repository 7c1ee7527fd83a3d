/**
 * Section 7, exercise of Rights, the Purchase Price and expiration (R-7a): "Each Right entitles
 * the registered holder to purchase from the Company a unit consisting of one one-thousandth of a
 * share ... at a purchase price of $15 per Unit", and the Rights "will expire at 5:00 P.M. (New
 * York City time) on June 14, 2011".
 */
import { z } from "zod";
import { decimalRange, someText } from "../ranges.js";
import { clockTimeSchema, decimalSchema, isoDateSchema } from "../shapes.js";
import { section, standardForm, term, type Known, type Sentence } from "../declare.js";
import { isIsoDate } from "../../time/isoDate.js";
import { isOnceNewYorkClockTime } from "../../time/instant.js";
import { dateText, moneyText, timeText } from "../words.js";

/** The same day ten years later (February 28 for a February 29 that does not recur). */
function tenYearsAfter(date: string): string {
  const [y, m, d] = date.split("-");
  const same = `${Number(y) + 10}-${m}-${d}`;
  return isIsoDate(same) ? same : `${Number(y) + 10}-${m}-28`;
}

/** The Unit phrase with its defined term: 'one one-thousandth of a share (a "Unit") of Series A ...'. */
function unitText(description: string): string {
  const share = /\bof\s+(?:a|one)\s+share\b/i.exec(description);
  if (!share) return `${description} (a "Unit")`;
  const at = share.index + share[0].length;
  return `${description.slice(0, at)} (a "Unit")${description.slice(at)}`;
}

const moreThanZero = (unit: string) => decimalRange({ above: "0" }, unit);

export const exercise = section("Section 7", "Exercise of Rights; Purchase Price; Expiration Date", {
  finalExpiration: term({
    label: "Final Expiration Date",
    shape: z.object({ date: isoDateSchema, time: clockTimeSchema }).strict(),
    // R-T1, R-X9: a time of day the clocks show once that day, so that it names one instant.
    range: {
      text: "a date and a time of day, New York time, that the clocks show once that day (not in the hour skipped or repeated when daylight saving time begins or ends)",
      allows: (v: { date: string; time: string }) => !isIsoDate(v.date) || !clockTimeSchema.safeParse(v.time).success || isOnceNewYorkClockTime(v.date, v.time),
    },
    relation: { other: "recordDate", text: "after the Record Date", allows: (v, t): boolean => v.date > t.recordDate },
    meaning: "The Final Expiration Date and time: unexercised Rights expire then.",
    rules: ["R-7a", "R-23"],
    standard: { value: (k: Known) => ({ date: tenYearsAfter(k.agreementDate), time: "17:00" }), reason: () => "standard-form default: ten years after the plan's date, 5:00 P.M. New York time (R-7a, R-T1)" },
    sentences: (): readonly Sentence[] => [{
      paragraph: "expiration",
      order: 1,
      states: ["finalExpiration"],
      text: (v) => `The Rights are not exercisable until the Distribution Date and will expire at ${timeText(v.finalExpiration.time)} (New York City time) on ${dateText(v.finalExpiration.date)}, unless earlier redeemed or exchanged by the Company.`,
    }],
    diffGroup: "Parties and dates",
    r27: { kind: "time-period" },
  }),
  unitDescription: term({
    label: "Unit",
    shape: z.string(),
    range: someText,
    meaning: "What one Unit is, in words (the security a Right buys).",
    rules: ["R-7a"],
    standard: standardForm("one one-thousandth of a share of Series A Junior Participating Preferred Stock", "R-9"),
    diffGroup: "Economics",
    r27: { kind: "cannot-judge", why: "the words say which security a Right buys; the engine cannot compare one security with another" },
  }),
  unitFraction: term({
    label: "Unit as a fraction of a share",
    shape: decimalSchema,
    range: decimalRange({ above: "0", atMost: "1" }, "a fraction of one share of the Preferred"),
    meaning: "A Unit as a fraction of one share of the Preferred (0.001 for one one-thousandth).",
    rules: ["R-7a", "R-11a-i"],
    standard: standardForm("0.001", "R-9"),
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  unitsPerRight: term({
    label: "Units per Right",
    shape: decimalSchema,
    range: moreThanZero("Units"),
    meaning: "Units one Right buys (1, as adjusted by R-11a-i).",
    rules: ["R-7a", "R-11a-i"],
    standard: standardForm("1", "R-7a"),
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
  purchasePrice: term({
    label: "Purchase Price",
    shape: decimalSchema,
    range: moreThanZero("dollars per Unit"),
    meaning: "The Purchase Price a holder pays for each Unit on exercise; flip-in and flip-over values are multiples of it.",
    rules: ["R-7a", "R-11a-ii", "R-13"],
    readerFallback: { value: () => "1", reason: () => "no standard form; placeholder $1 (set the price before relying on exercise values)", placeholder: true },
    sentences: (): readonly Sentence[] => [{
      paragraph: "the Rights",
      order: 2,
      states: ["unitDescription", "unitFraction", "unitsPerRight", "purchasePrice"],
      text: (v) => {
        const units = v.unitsPerRight === "1" ? "a unit consisting of" : `${v.unitsPerRight} Units, each consisting of`;
        return `Each Right entitles the registered holder to purchase from the Company ${units} ${unitText(v.unitDescription)}, at a purchase price of ${moneyText(v.purchasePrice)} per Unit, subject to adjustment.`;
      },
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "lower" },
  }),
});
