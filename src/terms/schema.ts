/**
 * The terms of a rights plan as dated data (rights-plan.md §0). A plan is its original terms
 * plus amendments with effective dates, like OpenFisca's dated parameters: every value carries
 * the reference it was read from. Net Perceptions is one plan file among others (plans/).
 *
 * Everything here is derived from the terms' declarations (declarations.ts): each value's shape
 * and range, which terms a plan file may omit (those with a standard form), and the bounds terms
 * put on each other. The schemas are built when first used (lazy.ts), so that an evaluation that
 * meets no plan file and no amendment does not build them (issue 8 item 8).
 */
import { z } from "zod";
import { amendmentsInOrder, applyChanges } from "./inForce.js";
import { declarationOf, TERM_NAMES, termTitle, type TermName, type TermValues, TERMS } from "./declarations.js";
import type { Known } from "./declare.js";
import { outOfRange } from "./ranges.js";
import { relationBreaches } from "./relations.js";
import { isoDateSchema } from "./shapes.js";
import { lazyRecord } from "./lazy.js";

export { clockTimeSchema, decimalSchema, isoDateSchema, namedPersonSchema, offerExceptionSchema, partOfWholeSchema, positiveDecimalSchema } from "./shapes.js";
export type { TermName, TermValues } from "./declarations.js";

type Shapes = { [K in TermName]: (typeof TERMS)[K]["shape"] };

/** A term's value schema: its shape within its range; a refusal names the term, the value and what is allowed. */
function rangedShape<K extends TermName>(name: K): Shapes[K] {
  const { shape, range, meaning, label } = declarationOf(name);
  return shape
    .superRefine((value: unknown, ctx: z.RefinementCtx<unknown>) => {
      if (!range.allows(value)) ctx.addIssue({ code: "custom", message: outOfRange(termTitle(name), value, range.text), input: value, params: { code: "out_of_range", term: name, allowed: range.text } });
    })
    .meta({ title: label, description: `${meaning} Allowed: ${range.text}.`, ...range.jsonSchema }) as Shapes[K];
}

/** Each term's value schema, by name (each built when first read). */
export const termValueShapes = lazyRecord(TERM_NAMES, rangedShape) as Shapes;

/** A term in a plan file: its value, the reference it was read from, and why it was assumed if it was not read. */
export type SourcedTerm<T> = { value: T; source: string; assumed?: string };
export type SourcedTerms = { [K in TermName]: SourcedTerm<TermValues[K]> };
export type SourcedChanges = Partial<SourcedTerms>;

/** A value with the reference it was read from ("Item 1", "Amendment No. 1 §(4)"). */
function sourcedSchema(name: TermName) {
  return z
    .object({
      value: termValueShapes[name],
      source: z.string().min(1),
      assumed: z.string().min(1).optional().describe("R-X13: why the value was assumed rather than read from the plan's text (a placeholder or a standard form put in by `read --out`)"),
    })
    .strict();
}

/** Each term's sourced value schema, built once, when first read (the plan's terms and the amendments' changes share them). */
const sourcedShapes = lazyRecord(TERM_NAMES, sourcedSchema);
const sourced = (name: TermName) => sourcedShapes[name];

/** The terms a plan file gives: every term, except those with a standard form, which it may omit. */
const givenTermsSchema = () => z
  .object(Object.fromEntries(TERM_NAMES.map((name) => [name, declarationOf(name).standard ? sourced(name).optional() : sourced(name)])))
  .strict();

/** The given terms, with the standard form of each term omitted, its source saying so. */
function withStandardForms(given: Partial<Record<string, SourcedTerm<unknown>>>): SourcedTerms {
  const known: Known = { agreementDate: given.agreementDate!.value as string, recordDate: given.recordDate?.value as string, qualifiedOffer: given.qualifiedOffer?.value as boolean | undefined };
  return Object.fromEntries(TERM_NAMES.map((name) => {
    const standard = declarationOf(name).standard;
    const term = given[name] ?? { value: standard!.value(known), source: `not in the plan file: ${standard!.reason(known)}` };
    return [name, term];
  })) as SourcedTerms;
}

export const sourcedTermsSchema = z.lazy(() => givenTermsSchema().transform(withStandardForms));

export const sourcedChangesSchema = z.lazy(() => z.object(Object.fromEntries(TERM_NAMES.map((name) => [name, sourced(name).optional()]))).strict()) as unknown as z.ZodType<SourcedChanges, Partial<Record<TermName, unknown>>>;

/** why an amendment adopted after the Distribution Date says it is permitted (recorded; R-X12 judges each term). */
export const amendmentPurposeSchema = z.enum(["cure-ambiguity", "correct-inconsistency", "time-periods", "non-adverse"]);

export const amendmentSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    /** The date the amendment is dated. */
    date: isoDateSchema,
    /** R-T6: the text applies from 00:00 New York time on this date. */
    effective: isoDateSchema,
    source: z.string().min(1),
    changes: sourcedChangesSchema,
  })
  .strict();
export type Amendment = z.output<typeof amendmentSchema>;

export const planSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/, "plan ids are lower-case words joined by hyphens"),
    name: z.string(),
    source: z.string().min(1),
    terms: sourcedTermsSchema,
    amendments: z.array(amendmentSchema).default([]),
  })
  .strict()
  .superRefine((plan, ctx) => {
    for (const issue of relationIssues(plan)) ctx.addIssue({ code: "custom", ...issue, params: { code: "out_of_range" } });
  })
  .describe("A rights plan: its original terms and its dated amendments, each value with its source; terms with a standard form may be omitted");
export type Plan = z.output<typeof planSchema>;

/** The bounds terms put on each other, on the plan as adopted and after each amendment, each where the offending value was given. */
function relationIssues(plan: Omit<Plan, "$schema">): { path: (string | number)[]; message: string }[] {
  const ordered = amendmentsInOrder(plan as Plan);
  const issues = new Map<string, { path: (string | number)[]; message: string }>();
  for (let n = 0; n <= ordered.length; n++) {
    const layers = ordered.slice(0, n);
    for (const breach of relationBreaches(applyChanges(plan as Plan, layers.map((a) => a.changes)).values)) {
      const from = layers.filter((a) => a.changes[breach.term] !== undefined).pop();
      const path = from ? ["amendments", plan.amendments.indexOf(from), "changes", breach.term, "value"] : ["terms", breach.term, "value"];
      issues.set(path.join("."), { path, message: breach.message });
    }
  }
  return [...issues.values()];
}
