/**
 * Where a field of a YAML or JSON file is: the line and column of the node a path (as in an
 * error's `events[3].type`) leads to, or of its nearest parent when the field is missing. The
 * file is parsed again with positions only when there is an error to place (JSON is YAML too).
 */
import { isNode, LineCounter, parseDocument } from "yaml";
import type { Issue } from "../errors.js";
import type { ParsedScenario } from "../scenario/parse.js";

export type Locate = (path: readonly (string | number)[]) => string | undefined;

/** Past this size the file is not parsed a second time (the yaml library needs far more memory than the text). */
const LARGEST_LOCATED = 20_000_000;

export function positionsIn(text: string): Locate {
  if (text.length > LARGEST_LOCATED) return () => undefined;
  let document: ReturnType<typeof parseDocument> | undefined;
  const lineCounter = new LineCounter();
  return (path) => {
    document ??= parseDocument(text, { lineCounter });
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return `line ${line}, column ${col}`;
      }
    }
    return undefined;
  };
}

/** The issues, each with its place in the file. */
export function placeIssues(issues: readonly Issue[], locate: Locate): Issue[] {
  return issues.map((i) => ({ ...i, where: locate(i.path) }));
}

/** The parsed scenario with its first bad event's issues placed in the file (the answer's R-X11 error then names its line). */
export function placeBadEvent(parsed: ParsedScenario, locate: Locate): ParsedScenario {
  const bad = parsed.badEvent;
  return bad ? { ...parsed, badEvent: { ...bad, issues: placeIssues(bad.issues, locate) } } : parsed;
}
