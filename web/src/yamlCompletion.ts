/**
 * Completion for the YAML editor, from the scenario format's JSON Schema (schemas/, generated
 * from the engine's own schemas): at a key, the fields the object there may have and does not
 * have yet; at a value, the values the field allows (an event's `type`, an enum, true/false), the
 * ids of the scenario's own Persons where the schema asks for a Person's id, and the plans the
 * server knows for `plan`.
 * Where the cursor is in the document is read from the indentation of the lines above it, which
 * works while the text is half-typed and not yet valid YAML.
 */
import { scenarioJsonSchema, type JsonSchema } from "./scenarioSchema.js";

export interface CompletionOption {
  readonly label: string;
  /** What is inserted ("shares: " for a key). */
  readonly apply: string;
  readonly detail?: string;
  readonly type: "property" | "enum";
}

export interface Completions {
  /** Where the word being completed starts. */
  readonly from: number;
  readonly options: readonly CompletionOption[];
}

interface Line {
  /** Column of the `- ` that starts a list item on the line, if any. */
  readonly dash: number | null;
  /** Column of the key (or of the content when there is no key). */
  readonly col: number;
  readonly key: string | null;
  readonly value: string;
}

function lineOf(text: string): Line | null {
  const m = /^(\s*)(-\s+)?(?:([\w$-]+)\s*:(?:\s+|$))?(.*)$/.exec(text);
  if (!m || /^\s*(#.*)?$/.test(text)) return null;
  const dash = m[2] ? m[1].length : null;
  return { dash, col: m[1].length + (m[2]?.length ?? 0), key: m[3] ?? null, value: m[4].trim() };
}

/** A step of the path to the cursor: a key, or a list item (its dash's column and its lines above the cursor). */
type Step = { key: string } | { dash: number; item: readonly Line[] };

const itemStart = (l: Line): boolean => l.dash !== null;

/** The path of the object whose keys sit at column `col` on line `index` (the cursor's line, which starts a list item when `dash` is its dash's column). */
function pathTo(lines: readonly string[], index: number, col: number, dash: number | null): Step[] {
  const steps: Step[] = [];
  const itemLines = (start: number) => lines.slice(start, index).map(lineOf).filter((x): x is Line => x !== null);
  const after = (l: Line, i: number) => (itemStart(l) ? { kind: "item" as const, dash: l.dash!, start: i } : { kind: "entry" as const, col: l.col });
  let state: { kind: "entry"; col: number } | { kind: "item"; dash: number; start: number } = dash !== null ? { kind: "item", dash, start: index } : { kind: "entry", col };
  for (let i = index - 1; i >= 0; i--) {
    const l = lineOf(lines[i]);
    if (!l) continue;
    if (state.kind === "entry") {
      if (l.col === state.col && itemStart(l)) state = { kind: "item", dash: l.dash!, start: i };
      else if (l.col < state.col && l.key) {
        steps.push({ key: l.key });
        state = after(l, i);
      }
    } else if (l.dash !== state.dash && l.col <= state.dash && l.key) {
      steps.push({ dash: state.dash, item: itemLines(state.start) });
      steps.push({ key: l.key });
      state = after(l, i);
    }
  }
  return steps.reverse();
}

const choicesOf = (s: JsonSchema): readonly JsonSchema[] => s.oneOf ?? s.anyOf ?? [];
/** The object a schema describes (itself, or its first object alternative). */
const fieldsOf = (s: JsonSchema | undefined): JsonSchema | undefined => (s?.properties ? s : s && choicesOf(s).find((c) => c.properties));
const itemsOf = (s: JsonSchema | undefined): JsonSchema | undefined => s?.items ?? (s && choicesOf(s).find((c) => c.items)?.items);

/** The alternative of a oneOf that the item's `type:` names, else what every alternative shares (with every type). */
function alternative(schema: JsonSchema, dash: number, item: readonly Line[]): JsonSchema {
  const objects = choicesOf(schema).filter((c) => c.properties);
  if (!objects.length) return schema;
  const type = item.find((l) => l.col === dash + 2 && l.key === "type")?.value.replace(/^["']|["']$/g, "");
  const chosen = objects.find((c) => c.properties!.type?.const === type);
  if (chosen) return chosen;
  const shared = Object.keys(objects[0].properties!).filter((k) => objects.every((c) => k in c.properties!));
  const types = objects.map((c) => c.properties!.type?.const).filter((t): t is string => t !== undefined);
  return { type: "object", properties: Object.fromEntries(shared.map((k) => [k, k === "type" ? { enum: types } : objects[0].properties![k]])) };
}

function schemaAt(steps: readonly Step[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = scenarioJsonSchema;
  for (const step of steps) {
    if ("key" in step) s = fieldsOf(s)?.properties?.[step.key];
    else {
      const items = itemsOf(s);
      s = items && alternative(items, step.dash, step.item);
    }
  }
  return s;
}

function valuesOf(s: JsonSchema | undefined): string[] {
  if (!s) return [];
  if (s.enum) return s.enum;
  if (s.type === "boolean") return ["true", "false"];
  return [...new Set(choicesOf(s).flatMap(valuesOf))];
}

/** The keys already given in the object whose keys sit at `col`, around line `index`. */
function siblingsOf(lines: readonly string[], index: number, col: number, startsItem: boolean): Set<string> {
  const keys = new Set<string>();
  for (let i = index - 1; i >= 0 && !startsItem; i--) {
    const l = lineOf(lines[i]);
    if (!l) continue;
    if (l.col < col) break;
    if (l.col === col && l.key) keys.add(l.key);
    if (l.col === col && itemStart(l)) break;
  }
  for (let i = index + 1; i < lines.length; i++) {
    const l = lineOf(lines[i]);
    if (!l) continue;
    if (l.col < col || (l.col === col && itemStart(l))) break;
    if (l.col === col && l.key) keys.add(l.key);
  }
  return keys;
}

/** The schema's words for a field that names a Person (src/scenario/schema.ts). */
const PERSON_ID = "a Person's id";

/** The ids of the Persons listed under `persons:` in the text as it is now. */
export function personIdsIn(text: string): string[] {
  const block = /^persons:[^\n]*\n?((?:[ \t-][^\n]*\n?|\n)*)/m.exec(text);
  const where = block ? text.slice(block.index, block.index + block[0].length) : "";
  return [...new Set([...where.matchAll(/(?:^|[{,\s-])id:\s*["']?([a-z0-9-]+)/g)].map((m) => m[1]))];
}

/** The completions at offset `pos` of `text`, or null when there is nothing to offer there; `plans` are the plan ids the server knows. */
export function completionsAt(text: string, pos: number, plans: readonly string[] = []): Completions | null {
  const before = text.slice(0, pos);
  const lines = text.split("\n");
  const index = before.split("\n").length - 1;
  const prefix = before.slice(before.lastIndexOf("\n") + 1);
  const at = /^(\s*)(-\s+)?([\w$-]+)\s*:\s+([\w.-]*)$/.exec(prefix) ?? /^(\s*)(-\s+)?()([\w$-]*)$/.exec(prefix);
  if (!at) return null;
  const [, indent, dash, key, word] = at;
  const col = indent.length + (dash?.length ?? 0);
  const owner = fieldsOf(schemaAt(pathTo(lines, index, col, dash === undefined ? null : indent.length)));
  if (key) {
    const field = owner?.properties?.[key];
    const values = owner === scenarioJsonSchema && key === "plan" ? [...plans] : field?.description === PERSON_ID ? personIdsIn(text) : valuesOf(field);
    return values.length ? { from: pos - word.length, options: values.map((v) => ({ label: v, apply: v, type: "enum" as const })) } : null;
  }
  if (!owner?.properties) return null;
  const given = siblingsOf(lines, index, col, dash !== undefined);
  const options = Object.entries(owner.properties)
    .filter(([k]) => k !== "$schema" && !given.has(k))
    .map(([k, p]) => ({ label: k, apply: `${k}: `, detail: p.description, type: "property" as const }));
  return options.length ? { from: pos - word.length, options } : null;
}
