/**
 * Section 9, reservation of capital stock: "1,500,000 shares of Series A Preferred Stock are
 * initially reserved for issuance upon exercise of the Rights".
 */
import { countRange } from "../ranges.js";
import { wholeNumberSchema } from "../shapes.js";
import { section, term, type Sentence } from "../declare.js";
import { countText } from "../words.js";

export const reservation = section("Section 9", "Reservation of capital stock", {
  preferredReserved: term({
    label: "Preferred reserved",
    shape: wholeNumberSchema,
    range: countRange(0, Number.MAX_SAFE_INTEGER, "shares"),
    meaning: "Shares of the Preferred reserved for exercise of the Rights (stated, not used by any rule).",
    rules: [],
    readerFallback: { value: () => 0, reason: () => "no standard form; placeholder 0 (the engine does not use it)", placeholder: true },
    sentences: (): readonly Sentence[] => [{
      paragraph: "the Rights",
      order: 4,
      states: ["preferredReserved"],
      text: (v) => `${countText(v.preferredReserved)} shares of the preferred stock are initially reserved for issuance upon exercise of the Rights.`,
    }],
    diffGroup: "Economics",
    r27: { kind: "holder-favourable", direction: "higher" },
  }),
});
