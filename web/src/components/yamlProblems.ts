/** The YAML editor's check: the text read as YAML, then by the scenario format's own schema. */
import { parse } from "yaml";
import { scenarioSchema } from "../../../src/scenario/schema.js";
import { formatIssue, issuesOf } from "../../../src/errors.js";

/** What is wrong with the text, line by line; empty when it is a valid scenario. */
export function problemsOf(text: string): string[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return [(e as Error).message];
  }
  const checked = scenarioSchema.safeParse(data);
  return checked.success ? [] : issuesOf(checked.error).map(formatIssue);
}
