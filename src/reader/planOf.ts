/**
 * A plan terms file from a reading: every term the text gives, with its quote and offsets as the
 * source; every other term from the standard form, its source saying "not in the text" and its
 * `assumed` saying why (so evaluations on the plan warn, R-X13);
 * every dated amendment read, with its changes (an amendment read without a date cannot be placed
 * in time: `read` lists it, the plan leaves it out). The result is validated against the plan
 * schema, so it runs with `rightsplan evaluate`.
 */
import { basename } from "node:path";
import { InputError } from "../errors.js";
import { parsePlan } from "../terms/load.js";
import { termValueShapes, type Plan, type TermName } from "../terms/schema.js";
import type { Found } from "./found.js";
import type { Reading } from "./read.js";
import { standardForm } from "./standardForm.js";

const PLAN_TERMS = Object.keys(termValueShapes) as TermName[];

/** "file [start-end]: "quote"", the source of a term read from a text. */
export function sourceOf(found: Found): string {
  return `${basename(found.file)} [${found.start}-${found.end}], confidence ${found.confidence}: "${found.quote}"`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "read-plan";
}

export interface ReadPlan {
  readonly plan: Plan;
  /** Terms neither the text nor the standard form gives, which the plan holds placeholders for. */
  readonly placeholders: readonly TermName[];
  /** Every term the text did not give (placeholders and standard-form values), marked `assumed` in the plan. */
  readonly assumed: readonly TermName[];
}

/** The plan terms file of a reading. Throws InputError when the texts give no date for the plan. */
export function planOf(reading: Reading): ReadPlan {
  const t = reading.terms;
  const agreementDate = (t.agreementDate ?? t.recordDate)?.value as string | undefined;
  if (!agreementDate) {
    throw new InputError(`cannot make a plan from ${reading.files.join(", ")}: the text gives neither the plan's date nor its Record Date`, []);
  }
  const defaults = standardForm({
    agreementDate,
    recordDate: t.recordDate?.value as string | undefined,
    qualifiedOffer: t.qualifiedOffer?.value as boolean | undefined,
    nolPlan: t.nolPlan?.value as boolean | undefined,
  });
  const terms = Object.fromEntries(PLAN_TERMS.map((term) => {
    const found = t[term];
    if (found) return [term, { value: found.value, source: sourceOf(found) }];
    return [term, { value: defaults[term].value, source: `not in the text: ${defaults[term].reason}`, assumed: defaults[term].reason }];
  }));
  const company = t.company?.value as string | undefined;
  const amendments = reading.amendments.filter((a) => a.date).map((a) => ({
    id: a.id,
    name: a.name,
    date: a.date!.value,
    effective: a.effective?.value ?? a.date!.value,
    source: sourceOf(a.date!),
    changes: Object.fromEntries(PLAN_TERMS.flatMap((term) => {
      const found = a.changes[term];
      return found ? [[term, { value: found.value, source: sourceOf(found) }]] : [];
    })),
  }));
  const plan = parsePlan({
    id: slug(`${company ?? "read-plan"}-${agreementDate.slice(0, 4)}`),
    name: `${company ?? "Rights plan"} Rights Agreement (${agreementDate.slice(0, 4)}), read from ${reading.files.map((f) => basename(f)).join(", ")}`,
    source: `rightsplan read ${reading.files.map((f) => basename(f)).join(" ")}`,
    terms,
    amendments,
  }, "read from the text");
  return { plan, placeholders: PLAN_TERMS.filter((term) => !t[term] && defaults[term].placeholder), assumed: PLAN_TERMS.filter((term) => !t[term]) };
}

/** The plan of a reading, or why the text gives none (no date to date it by): for answers that report rather than throw. */
export function planOrReason(reading: Reading): ReadPlan | { error: string } {
  try {
    return planOf(reading);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}
