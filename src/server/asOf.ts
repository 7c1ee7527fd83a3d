/** A request's `asOf` (query or body): a date means 5:00 P.M. New York time that day, as in the CLI. */
import { parseAsOf } from "../engine/evaluate.js";
import { InputError } from "../errors.js";

/**
 * The instant of `asOf`; one the time module cannot read, or whose offset is not New York's at
 * that instant (R-X9, such as a clock time in the spring-forward gap), is an input error naming
 * the field (400): the user's to fix, not the server's bug.
 */
export function requestAsOf(asOf: string): number {
  try {
    return parseAsOf(asOf);
  } catch (e) {
    if (!(e instanceof Error) || (e.name !== "ForeignOffsetError" && e.name !== "InvalidInstantError")) throw e;
    throw new InputError("the request's asOf cannot be read", [{ code: "invalid_value", path: ["asOf"], message: e.message }]);
  }
}
