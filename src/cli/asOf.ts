import { parseAsOf } from "../engine/evaluate.js";

/** An instant after every amendment's start: the plan with all its amendments in force. */
export const EVERY_AMENDMENT_IN_FORCE = Number.MAX_SAFE_INTEGER / 2;

/** The instant of an --as-of option, or every amendment in force without one. */
export function asOfInstant(asOf: string | undefined): number {
  return asOf === undefined ? EVERY_AMENDMENT_IN_FORCE : parseAsOf(asOf);
}
