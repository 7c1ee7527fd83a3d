/**
 * Money is exact: a number written bare in a YAML or JSON file (`close: 12345678901234567890.5`)
 * with more digits than a floating-point number holds is read as the exact decimal it states (a
 * string, as a quoted decimal would be), never rounded. Numbers a float holds exactly stay
 * numbers. Whole numbers stay numbers: a count past 9,007,199,254,740,991 is refused by its own
 * rule (R-X14), and a decimal field refuses such a whole number (decimalSchema).
 */
import type { ScalarTag, Tags } from "yaml";
import { dec } from "./decimal.js";

const FLOAT = "tag:yaml.org,2002:float";

/** `source` as a number when the number holds it exactly, else its exact value as a decimal string. */
export function exactNumber(source: string): number | string {
  const value = parseFloat(source);
  if (!Number.isFinite(value)) return value;
  const exact = dec(source.replace(/^\+/, ""));
  return exact.equals(dec(value)) ? value : exact.toFixed();
}

/** The yaml library's tags with its decimal float tags reading exactly (`customTags` option). */
export function exactNumberTags(tags: Tags): Tags {
  return tags.map((tag) => (isDecimalFloat(tag) ? { ...tag, resolve: (source: string) => exactNumber(source) } : tag));
}

/** The float tags for `1.5` and `1e5` (not the one for `.inf` and `.nan`). */
function isDecimalFloat(tag: Tags[number]): tag is ScalarTag {
  if (typeof tag !== "object" || !("tag" in tag) || tag.tag !== FLOAT) return false;
  const test = (tag as ScalarTag).test;
  return !!test && (test.test("1.5") || test.test("1e5"));
}
