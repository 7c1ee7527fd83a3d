/**
 * Section 1(d), "Beneficial Owner" (R-1d): what a Person owns counts with what it has the right
 * to acquire and with what its group owns; Amendment No. 1 added that an agreement only to vote
 * on the Plan of Complete Liquidation and Dissolution forms no group (R-1d-amendment).
 */
import { z } from "zod";
import { anyOf } from "../ranges.js";
import { section, standardForm, term, type Sentence } from "../declare.js";

export const beneficialOwnership = section("Section 1(d)", "Beneficial Owner", {
  derivativeCounting: term({
    label: "counting of rights to acquire",
    shape: z.enum(["numerator-only", "numerator-and-denominator"]),
    range: anyOf("numerator-only or numerator-and-denominator"),
    meaning: "Shares a Person has the right to acquire count in its own Beneficial Ownership only (numerator-only), or also in the shares outstanding, as Rule 13d-3(d)(1)(i) counts them. Every percentage of a Person is measured this way: the threshold, whether a tender offer would make its bidder an Acquiring Person, and the 50% exchange bar.",
    rules: ["R-1d"],
    standard: standardForm("numerator-only", "R-1d"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "definitions",
      order: 3,
      states: ["derivativeCounting"],
      text: (v) => v.derivativeCounting === "numerator-only"
        ? "Shares that a person has the right to acquire count in its beneficial ownership but not in the shares outstanding."
        : "Shares that a person has the right to acquire count both in its beneficial ownership and in the shares outstanding, as under Rule 13d-3(d)(1)(i).",
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "toward", toward: "numerator-only" },
  }),
  liquidationPlanVotingCarveOut: term({
    label: "liquidation-plan voting carve-out",
    shape: z.boolean(),
    range: anyOf("true or false"),
    meaning: "An agreement only to vote on the Company's Plan of Complete Liquidation and Dissolution forms no group (Amendment No. 1).",
    rules: ["R-1d-amendment"],
    standard: standardForm(false, "R-1d"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "definitions",
      order: 5,
      states: ["liquidationPlanVotingCarveOut"],
      text: (v) => (v.liquidationPlanVotingCarveOut
        ? "Stockholders who enter into voting agreements or understandings solely regarding voting on the Company's plan of liquidation and dissolution will not be deemed to beneficially own the shares owned by the other parties to such agreements or understandings."
        : null),
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "toward", toward: false },
  }),
});
