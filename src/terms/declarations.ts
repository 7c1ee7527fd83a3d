/**
 * Every plan term, declared once, grouped by the Agreement section it belongs to, in the order of
 * the Agreement. To add a term, declare it in its section's file (docs/terms.md says how).
 */
import type { z } from "zod";
import type { AnyTermDeclaration } from "./declare.js";
import { parties } from "./sections/parties.js";
import { acquiringPerson } from "./sections/acquiringPerson.js";
import { beneficialOwnership } from "./sections/beneficialOwnership.js";
import { stockAcquisitionDate } from "./sections/stockAcquisitionDate.js";
import { days } from "./sections/days.js";
import { distribution } from "./sections/distribution.js";
import { exercise } from "./sections/exercise.js";
import { reservation } from "./sections/reservation.js";
import { adjustments } from "./sections/adjustments.js";
import { flipOver } from "./sections/flipOver.js";
import { redemption } from "./sections/redemption.js";
import { exchange } from "./sections/exchange.js";

/** The Agreement's sections, in order, each with its terms. */
export const SECTIONS = [parties, acquiringPerson, beneficialOwnership, stockAcquisitionDate, days, distribution, exercise, reservation, adjustments, flipOver, redemption, exchange] as const;

/** Every term's declaration, by name, in the Agreement's order. */
export const TERMS = {
  ...parties.terms,
  ...acquiringPerson.terms,
  ...beneficialOwnership.terms,
  ...stockAcquisitionDate.terms,
  ...days.terms,
  ...distribution.terms,
  ...exercise.terms,
  ...reservation.terms,
  ...adjustments.terms,
  ...flipOver.terms,
  ...redemption.terms,
  ...exchange.terms,
};

export type TermName = keyof typeof TERMS;
/** The terms in force: plain values, by name. */
export type TermValues = { [K in TermName]: z.output<(typeof TERMS)[K]["shape"]> };

export const TERM_NAMES = Object.keys(TERMS) as TermName[];

/** A term's declaration, as the derivations read it. */
export function declarationOf(name: TermName): AnyTermDeclaration {
  return TERMS[name];
}

/** A term as errors name it: its key, as in files, and its name in words: "purchasePrice (Purchase Price)". */
export function termTitle(name: TermName): string {
  return `${name} (${TERMS[name].label})`;
}

/** The Agreement section a term is declared in. */
export function sectionOf(name: TermName): (typeof SECTIONS)[number] {
  return SECTIONS.find((s) => name in s.terms)!;
}
