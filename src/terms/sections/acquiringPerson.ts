/**
 * Section 1(a), "Acquiring Person" (R-1a and its provisos): "any Person who or which, together
 * with all Affiliates and Associates of such Person, shall be the Beneficial Owner of 15% or more
 * of the shares of Common Stock then outstanding", other than the Company, its Subsidiaries, its
 * employee benefit plans, holders grandfathered at the plan's date, and a Person who crossed
 * inadvertently and promptly divests.
 */
import { z } from "zod";
import { anyOf, countRange, decimalRange, listWithoutRepeats, orNone } from "../ranges.js";
import { decimalSchema, isoDateSchema, namedPersonSchema, wholeNumberSchema } from "../shapes.js";
import { section, standardForm, term, type Sentence } from "../declare.js";
import { dateText, percentText } from "../words.js";
import { dec } from "../../numbers/decimal.js";

const percentOfStock = decimalRange({ above: "0", below: "100" }, "a percent of the Common Stock outstanding");
const persons = z.array(namedPersonSchema);

export const acquiringPerson = section("Section 1(a)", "Acquiring Person", {
  acquiringPersonThresholdPercent: term({
    label: "Acquiring Person threshold",
    shape: decimalSchema,
    range: percentOfStock,
    meaning: "The trigger: a Person that Beneficially Owns this percent or more of the Common Stock outstanding is an Acquiring Person.",
    rules: ["R-1a", "R-X2"],
    standard: { value: (k) => (k.nolPlan ? "4.99" : "15"), reason: (k) => `standard-form default (${k.nolPlan ? "R-1a, for a plan protecting tax benefits under Section 382" : "R-1a"})` },
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 1,
      states: ["acquiringPersonThresholdPercent"],
      text: (v) => `A person or group of affiliated or associated persons that has acquired beneficial ownership of ${percentText(v.acquiringPersonThresholdPercent)} or more of the outstanding shares of Common Stock is an "Acquiring Person", other than as a result of repurchases of stock by the Company or certain inadvertent actions by institutional or certain other stockholders.`,
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "lower" },
  }),
  passiveInvestorThresholdPercent: term({
    label: "passive-investor threshold",
    shape: decimalSchema.nullable(),
    range: orNone(percentOfStock),
    relation: { other: "acquiringPersonThresholdPercent", text: "above the Acquiring Person threshold", allows: (v, t): boolean => v === null || dec(v).greaterThan(t.acquiringPersonThresholdPercent) },
    meaning: "A higher trigger for passive investors (those eligible to report on Schedule 13G), where the plan has one; none means they are held to the ordinary threshold.",
    rules: ["R-1a"],
    standard: standardForm(null, "R-1a: no separate passive-investor threshold"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 3,
      states: ["passiveInvestorThresholdPercent"],
      text: (v) => v.passiveInvestorThresholdPercent === null ? null
        : `A passive investor, that is a person eligible to report its ownership on Schedule 13G, becomes an Acquiring Person only at ${percentText(v.passiveInvestorThresholdPercent)} or more of the outstanding shares of Common Stock.`,
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "lower" },
  }),
  grandfatherDate: term({
    label: "grandfather date",
    shape: isoDateSchema,
    range: anyOf<string>("a date"),
    meaning: "Holders at or above the threshold on this date are grandfathered: they become Acquiring Persons only by acquiring more.",
    rules: ["R-1a-grandfather"],
    standard: { value: (k) => k.agreementDate, reason: () => "standard-form default: the plan's date (R-1a-grandfather)" },
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 2,
      states: ["grandfatherDate", "acquiringPersonThresholdPercent"],
      text: (v) => `A person that was the beneficial owner of ${percentText(v.acquiringPersonThresholdPercent)} or more of the outstanding shares of Common Stock as of ${dateText(v.grandfatherDate)} becomes an Acquiring Person only if it acquires additional shares.`,
    }],
    diffGroup: "Trigger",
    r27: { kind: "cannot-judge", why: "moving the date changes which holders are grandfathered, which can add some and drop others" },
  }),
  grandfatheredPersons: term({
    label: "grandfathered Persons",
    shape: persons,
    range: listWithoutRepeats("persons by name (and id)"),
    meaning: "Holders the plan names as grandfathered: each becomes an Acquiring Person only by acquiring more shares.",
    rules: ["R-1a-grandfather"],
    standard: standardForm([], "R-1a-grandfather: no named holder"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 5,
      states: ["grandfatheredPersons"],
      text: (v) => v.grandfatheredPersons.map((p) => `${p.name} is grandfathered and becomes an Acquiring Person only if it acquires additional shares of Common Stock.`),
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "no-additions" },
  }),
  exemptPersons: term({
    label: "exempt Persons",
    shape: persons,
    range: listWithoutRepeats("persons by name (and id)"),
    meaning: "Persons the plan exempts by name, besides the Company, its Subsidiaries and its employee benefit plans: never Acquiring Persons.",
    rules: ["R-1a"],
    standard: standardForm([], "R-1a: the Company, its Subsidiaries and employee benefit plans only"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 6,
      states: ["exemptPersons"],
      text: (v) => v.exemptPersons.map((p) => `${p.name} shall at no time be deemed an Acquiring Person.`),
    }],
    diffGroup: "Trigger",
    r27: { kind: "holder-favourable", direction: "no-additions" },
  }),
  inadvertenceDivestBusinessDays: term({
    label: "Business Days to divest after an inadvertent crossing",
    shape: wholeNumberSchema,
    range: countRange(0, 3650, "Business Days"),
    meaning: "A Person the Board finds crossed inadvertently is no Acquiring Person if it divests below the threshold within this many Business Days of the finding.",
    rules: ["R-1a-inadvertent", "R-X5"],
    standard: standardForm(10, "R-1a-inadvertent"),
    sentences: (): readonly Sentence[] => [{
      paragraph: "Acquiring Person",
      order: 4,
      states: ["inadvertenceDivestBusinessDays"],
      text: (v) => `A person that the Board determines became an Acquiring Person inadvertently, and that divests below the threshold within ${v.inadvertenceDivestBusinessDays} Business Days of that determination, is not an Acquiring Person.`,
    }],
    diffGroup: "Trigger",
    r27: { kind: "time-period" },
  }),
});
