/**
 * The YAML editor's check: the text read as YAML, then by the scenario format's own schema (the
 * zod schema the JSON Schema in schemas/ is generated from, so every rule of the contract, in the
 * CLI's words). Each problem is placed at the field at fault, or at its nearest parent when the
 * field is missing, so the editor can mark it at its line.
 */
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { scenarioSchema } from "../../../src/scenario/schema.js";
import { formatIssue, issuesOf } from "../../../src/errors.js";

export interface YamlProblem {
  /** Offsets into the text of what is at fault. */
  readonly from: number;
  readonly to: number;
  /** Its line, from 1. */
  readonly line: number;
  readonly message: string;
}

/** What is wrong with the text, each at its place; empty when it is a valid scenario. */
export function problemsOf(text: string): YamlProblem[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const place = (from: number, to: number, message: string): YamlProblem => ({ from, to: Math.max(to, from), line: lines.linePos(from).line, message });
  if (document.errors.length) return document.errors.map((e) => place(e.pos[0], e.pos[1], e.message));
  const checked = scenarioSchema.safeParse(document.toJS());
  if (checked.success) return [];
  return issuesOf(checked.error).map((issue) => {
    const [from, to] = rangeOf(document, issue.path, text);
    return place(from, to, formatIssue(issue));
  });
}

/** The value at `path`, or the first line of its nearest parent that is there. */
function rangeOf(document: Document, path: readonly (string | number)[], text: string): [number, number] {
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const [start, end] = node.range;
      if (depth === path.length) return [start, end];
      const lineEnd = text.indexOf("\n", start);
      return [start, Math.min(end, lineEnd < 0 ? text.length : lineEnd)];
    }
  }
  const firstLine = text.indexOf("\n");
  return [0, firstLine < 0 ? text.length : firstLine];
}
