/** The `--as-of` option: a date means 5:00 P.M. New York time (close of business) that day. */
import { parseAsOf } from "../engine/evaluate.js";
import { InputError } from "../errors.js";
import { AS_OF_HELP } from "./optionHelp.js";

/** An instant after every amendment's start: the plan with all its amendments in force. */
export const EVERY_AMENDMENT_IN_FORCE = Number.MAX_SAFE_INTEGER / 2;

/** The instant of an --as-of option, or every amendment in force without one; InputError when it cannot be read. */
export function asOfInstant(asOf: string | undefined): number {
  if (asOf === undefined) return EVERY_AMENDMENT_IN_FORCE;
  try {
    return parseAsOf(asOf);
  } catch (e) {
    if (e instanceof Error && e.name === "InvalidInstantError") {
      throw new InputError(`--as-of ${JSON.stringify(asOf)} is not a time: give ${AS_OF_HELP}, such as 2004-03-01 or 2004-03-01T12:00:00-05:00`, []);
    }
    if (e instanceof Error && e.name === "ForeignOffsetError") throw new InputError(`--as-of: ${e.message}`, []);
    throw e;
  }
}
