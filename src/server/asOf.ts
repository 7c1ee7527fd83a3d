/** A request's instants: `asOf` (query or body; a date means 5:00 P.M. New York time, as in the CLI) and a register command's `at`. */
import { parseAsOf } from "../engine/evaluate.js";
import { InputError } from "../errors.js";

/**
 * The instant of the request's field `field`, read by `parse`; one the time module cannot read, or
 * whose offset is not New York's at that instant (R-X9, such as a clock time in the spring-forward
 * gap), is an input error naming the field (400): the user's to fix, not the server's bug.
 */
export function requestInstant(text: string, field: string, parse: (text: string) => number): number {
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof Error) || (e.name !== "ForeignOffsetError" && e.name !== "InvalidInstantError")) throw e;
    throw new InputError(`the request's ${field} cannot be read`, [{ code: "invalid_value", path: [field], message: e.message }]);
  }
}

/** The instant of `asOf`. */
export const requestAsOf = (asOf: string): number => requestInstant(asOf, "asOf", parseAsOf);
