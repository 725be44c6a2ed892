import { appendPointer } from "../json/pointer.ts";

type Schema = Record<string, unknown>;

/** Keywords whose value is a subschema, an array of them, or an object of them (JSON Schema 2020-12, plus draft-07's definitions). */
const ONE = ["not", "if", "then", "else", "contains", "propertyNames", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contentSchema", "items", "additionalItems"];
const MANY = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

export const KEYWORDS_2020_12: ReadonlySet<string> = new Set([
  "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
  "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items", "contains",
  "properties", "patternProperties", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
  "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
  "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
  "dependentRequired", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
  "contentEncoding", "contentMediaType", "contentSchema",
]);

/** Visits every subschema object of a schema with its JSON Pointer. */
export function walkSchema(schema: unknown, visit: (node: Schema, pointer: string) => void, pointer = ""): void {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return;
  const s = schema as Schema;
  visit(s, pointer);
  for (const k of ONE) if (k in s) walkSchema(s[k], visit, appendPointer(pointer, k));
  for (const k of MANY) if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((sub, i) => walkSchema(sub, visit, appendPointer(appendPointer(pointer, k), i)));
  if (Array.isArray(s.items)) (s.items as unknown[]).forEach((sub, i) => walkSchema(sub, visit, appendPointer(appendPointer(pointer, "items"), i)));
  for (const k of MAP) {
    const m = s[k];
    if (m && typeof m === "object" && !Array.isArray(m)) for (const [name, sub] of Object.entries(m)) walkSchema(sub, visit, appendPointer(appendPointer(pointer, k), name));
  }
}
