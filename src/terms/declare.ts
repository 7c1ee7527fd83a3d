/**
 * How a plan term is declared: once, in the file of the Agreement section it belongs to
 * (src/terms/sections/). Everything else that knows about terms is derived from the
 * declarations: the plan schema and its JSON Schema, the standard forms that plan files may
 * omit and the reader fills in, the sentences `describe` writes, the groups `diff` prints, and
 * how R-27 judges an amendment after the Distribution Date (R-X12). docs/terms.md lists them.
 */
import type { z } from "zod";
import type { Range, Relation } from "./ranges.js";
import type { TermName, TermValues } from "./declarations.js";

/** What the other terms say, for standard forms that follow from them (the expiry from the plan's date). */
export interface Known {
  readonly agreementDate: string;
  readonly recordDate?: string;
  readonly qualifiedOffer?: boolean;
  /** A plan protecting tax benefits under Section 382 (the reader tells; plan files do not). */
  readonly nolPlan?: boolean;
}

/** A value a plan takes when its file or text does not give the term, and why. */
export interface Fallback<T> {
  readonly value: (known: Known) => T;
  /** Why this value ("standard-form default (R-23)"); a loaded plan's source quotes it. */
  readonly reason: (known: Known) => string;
}

/** Only the reader uses it: a term with no standard form gets this value, flagged when `placeholder`. */
export interface ReaderFallback<T> extends Fallback<T> {
  /** The value stands in for a term the text must give (a price, a name): the plan says it does not know. */
  readonly placeholder: boolean;
}

/**
 * How R-27, as decided by R-X12, judges a change to the term after the Distribution Date:
 * - `time-period`: allowed ("to shorten or lengthen any time period");
 * - `descriptive`: allowed, the change cannot alter what a Right gives or protects against;
 * - `holder-favourable`: allowed only in the direction that cannot hurt a holder of a valid Right:
 *   `lower` or `higher` for numbers (none, null, counts as the lowest), `no-additions` for lists,
 *   `toward` a value (removing an exception: false, null, "any-offer"), `narrower` for an
 *   exception that lets fewer transactions through (`narrows` says whether `after` does, `how` in words);
 * - `cannot-judge`: refused, saying why the engine cannot tell.
 */
export type R27Class =
  | { readonly kind: "time-period" }
  | { readonly kind: "descriptive"; readonly why: string }
  | { readonly kind: "holder-favourable"; readonly direction: "lower" | "higher" | "no-additions" }
  | { readonly kind: "holder-favourable"; readonly direction: "toward"; readonly toward: unknown }
  | { readonly kind: "holder-favourable"; readonly direction: "narrower"; readonly narrows: (before: unknown, after: unknown) => boolean; readonly how: string }
  | { readonly kind: "cannot-judge"; readonly why: string };

/** The groups `rightsplan diff` prints, in order. */
export const DIFF_GROUPS = ["Parties and dates", "Trigger", "Offers the plan lets through", "Timing", "Economics"] as const;
export type DiffGroup = (typeof DIFF_GROUPS)[number];

/** The paragraphs of `describe`, in order (as in Item 1 of a Form 8-A). */
export const PARAGRAPHS = ["the Rights", "Acquiring Person", "Distribution Date", "expiration", "flip-in", "flip-over", "exchange", "redemption", "definitions"] as const;
export type Paragraph = (typeof PARAGRAPHS)[number];

/** A sentence of `describe`, declared with the term it is mainly about. */
export interface Sentence {
  readonly paragraph: Paragraph;
  /** Its place in the paragraph (sentences are sorted by it). */
  readonly order: number;
  /** Every term the sentence states, in the order its notes list them (the declaring term among them). */
  readonly states: readonly TermName[];
  /** The sentence, several (one per person named), or null when the terms make it say nothing. */
  readonly text: (v: TermValues) => string | readonly string[] | null;
  /**
   * In an amendment's paragraph: by default the sentence is restated when a term it states
   * changed; null never restates it (the parties, the plan's date); otherwise the sentence to
   * write instead, and the terms whose change calls for it.
   */
  readonly amended?: null | { readonly states: readonly TermName[]; readonly text: (v: TermValues) => string };
}

/** One term: everything the system knows about it. */
export interface TermDeclaration<S extends z.ZodType = z.ZodType> {
  /** The term's name in words, for people ("Purchase Price"); files and errors use its key. */
  readonly label: string;
  /** The value's type. Its bounds are `range`, so that a refusal can say what is allowed. */
  readonly shape: S;
  readonly range: Range<z.output<S>>;
  /** A bound relative to other terms, checked on the plan as adopted and after each amendment. */
  readonly relation?: Relation<z.output<S>, TermValues>;
  /** What the term means, for people. */
  readonly meaning: string;
  /** The rules of rights-plan.md that read the term. */
  readonly rules: readonly string[];
  /** The standard form's value: a plan file that omits the term gets it, its source saying so. */
  readonly standard?: Fallback<z.output<S>>;
  /** For a term without a standard form: what the reader writes when the text does not give it. */
  readonly readerFallback?: ReaderFallback<z.output<S>>;
  /** The sentences `describe` writes for the term (a function, so that they can read every term's value). */
  readonly sentences?: () => readonly Sentence[];
  readonly diffGroup: DiffGroup;
  readonly r27: R27Class;
}

/** Declares a term (the helper only infers the value's type from its shape). */
export function term<S extends z.ZodType>(declaration: TermDeclaration<S>): TermDeclaration<S> {
  return declaration;
}

/** A standard form that is one value: `standardForm("0.01", "R-23")`. */
export function standardForm<T>(value: NoInfer<T>, rule: string): Fallback<T> {
  return { value: () => value, reason: () => `standard-form default (${rule})` };
}

/** Any term's declaration, whatever the type of its value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTermDeclaration = TermDeclaration<any>;

/** An Agreement section and the terms declared in it, in the order the reference lists them. */
export interface AgreementSection<Terms extends Record<string, AnyTermDeclaration>> {
  /** "Section 23", or "Preamble" for the parties and the dividend declaration. */
  readonly section: string;
  readonly title: string;
  readonly terms: Terms;
}

export function section<Terms extends Record<string, AnyTermDeclaration>>(id: string, title: string, terms: Terms): AgreementSection<Terms> {
  return { section: id, title, terms };
}
