/**
 * A period's kind of days (R-T2, R-T3): a plan counts "10 days following" in calendar days (the
 * standard form) or "10 business days following" in Business Days. One declaration for each period
 * a plan may count either way (the Distribution Date's prong (i), the redemption window).
 */
import { z } from "zod";
import { anyOf } from "./ranges.js";
import { standardForm, term } from "./declare.js";

/** The term saying how the period `of` counts its days; `rule` is the rule of the period, `calendar` and `business` how a plan words each. */
export function dayKindTerm(of: { label: string; what: string; rule: string; calendar: string; business: string }) {
  return term({
    label: `kind of days ${of.label}`,
    shape: z.enum(["calendar", "business"]),
    range: anyOf("calendar or business"),
    meaning: `Whether ${of.what} counts its days as calendar days ("${of.calendar}", R-T2) or as Business Days ("${of.business}", R-T3).`,
    rules: [of.rule.replace(/\(.*$/, ""), "R-T2", "R-T3"],
    standard: standardForm<"calendar" | "business">("calendar", of.rule),
    diffGroup: "Timing",
    r27: { kind: "time-period" },
  });
}
