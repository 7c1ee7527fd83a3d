/**
 * The scenario format's JSON Schema (schemas/scenario.schema.json, generated from the engine's zod
 * schemas): the event table's columns per event type and the YAML editor's validation come from
 * it, so a new event type in the engine shows up here without a change to the workbench.
 */
import schema from "../../schemas/scenario.schema.json" with { type: "json" };

export interface FieldSpec {
  readonly name: string;
  readonly kind: "string" | "integer" | "decimal" | "boolean" | "enum" | "list" | "json";
  readonly required: boolean;
  readonly options?: readonly string[];
  readonly description?: string;
}

export type JsonSchema = { type?: string | string[]; const?: string; enum?: string[]; properties?: Record<string, JsonSchema>; required?: string[]; description?: string; items?: JsonSchema; oneOf?: JsonSchema[]; anyOf?: JsonSchema[]; pattern?: string };

export const scenarioJsonSchema = schema as unknown as JsonSchema;

const eventSchemas = (scenarioJsonSchema.properties!.events.items!.oneOf ?? []) as JsonSchema[];

export const EVENT_TYPES: readonly string[] = eventSchemas.map((s) => s.properties!.type.const!);

/** An exact decimal is written "as a string ("0.01") or a number": the schema's type is both. */
const isDecimal = (s: JsonSchema): boolean => Array.isArray(s.type) && s.type.includes("string") && s.type.includes("number");

function kindOf(s: JsonSchema): FieldSpec["kind"] {
  if (s.enum) return "enum";
  if (isDecimal(s)) return "decimal";
  if (s.type === "integer" || s.type === "number") return "integer";
  if (s.type === "boolean") return "boolean";
  if (s.type === "array" && s.items?.type === "string") return "list";
  if (s.type === "string") return "string";
  return "json";
}

/** The fields of an event type other than `at`, `type` and `note`, in the schema's order. */
export function eventFields(type: string): FieldSpec[] {
  const s = eventSchemas.find((e) => e.properties!.type.const === type);
  if (!s) return [];
  return Object.entries(s.properties!)
    .filter(([name]) => !["at", "type", "note"].includes(name))
    .map(([name, p]) => ({ name, kind: kindOf(p), required: (s.required ?? []).includes(name), options: p.enum, description: p.description }));
}
