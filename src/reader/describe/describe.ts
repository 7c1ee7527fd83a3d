/**
 * The plain-English description of a plan's Rights (like Item 1 of a Form 8-A), from its terms:
 * either the terms in force at an instant, or the plan as adopted followed by each amendment.
 */
import { amendmentsInOrder, termsInForce, termsWith } from "../../terms/inForce.js";
import type { Plan } from "../../terms/schema.js";
import { formatNewYork, type Instant } from "../../time/instant.js";
import { amendmentParagraph, planParagraphs } from "./sentences.js";
import { rendered, type DescriptionFormat, type Section } from "./render.js";
import { dateText } from "../../terms/words.js";

export { DESCRIPTION_FORMATS, type DescriptionFormat } from "./render.js";

export interface DescribeOptions {
  /** Describe the terms in force at this instant; without it, the plan as adopted and then each amendment. */
  readonly at?: Instant;
  readonly format: DescriptionFormat;
}

export function describePlan(plan: Plan, options: DescribeOptions): string {
  if (options.at !== undefined) {
    const terms = termsInForce(plan, options.at);
    const heading = `The Rights as in force on ${formatNewYork(options.at).slice(0, 10)} (${terms.version})`;
    return rendered(options.format, "Description of the Rights", [{ heading, paragraphs: planParagraphs(terms.values), assumed: terms.assumed }]);
  }
  const ordered = amendmentsInOrder(plan);
  const adopted = termsWith(plan, []);
  const sections: Section[] = [{ heading: `The Rights as adopted on ${dateText(plan.terms.agreementDate.value)}`, paragraphs: planParagraphs(adopted.values), assumed: adopted.assumed }];
  ordered.forEach((amendment, i) => {
    const after = termsWith(plan, ordered.slice(0, i + 1));
    sections.push({ heading: amendment.name ?? amendment.id, paragraphs: [amendmentParagraph(amendment, after.values)], assumed: after.assumed });
  });
  return rendered(options.format, "Description of the Rights", sections);
}
