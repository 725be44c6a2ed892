import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  breakingChanges,
  CHANGE_KINDS,
  COMPATIBILITY_MODES,
  diffSchemas,
  isBreaking,
  type CompatibilityMode,
  type DiffOptions,
  type SchemaChange,
} from "../../src/change/schema-diff.ts";
import { valueAt } from "../../src/json/pointer.ts";

/** Modes under which a case is breaking. */
const OK: CompatibilityMode[] = [];
const BACKWARD: CompatibilityMode[] = ["BACKWARD", "FULL"];
const FORWARD: CompatibilityMode[] = ["FORWARD", "FULL"];
const BOTH: CompatibilityMode[] = ["BACKWARD", "FORWARD", "FULL"];

interface Case {
  name: string;
  old: unknown;
  new: unknown;
  /** Kinds in output order (pointer, then kind). */
  kinds: string[];
  breaks: CompatibilityMode[];
  options?: DiffOptions;
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: "object", properties, ...extra });
const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => obj(properties, { additionalProperties: false, ...extra });
const str = { type: "string" };
const int = { type: "integer" };

const CORE = "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json";
/** A MOVA data schema: the core by $ref, then the schema's own object in a second allOf branch. */
function mova(properties: Record<string, unknown>, required: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://schemas.example/ds.finance_payment_v1.schema.json",
    title: "ds.finance_payment_v1",
    allOf: [{ $ref: CORE }, { type: "object", properties, required }],
    ...extra,
  };
}
const payload = (currency: Record<string, unknown>, dataTypes: string[] = ["invoice", "receipt"]): Record<string, unknown> => ({
  type: "object",
  properties: {
    amount: { type: "number", minimum: 0 },
    currency,
    object_ref: closed({ id: str, data_type: { type: "string", enum: dataTypes } }, { required: ["id"] }),
  },
  required: ["amount"],
  additionalProperties: false,
});

const tree = (leaf: Record<string, unknown>): Record<string, unknown> => ({
  $ref: "#/$defs/node",
  $defs: { node: obj({ value: leaf, children: { type: "array", items: { $ref: "#/$defs/node" } } }) },
});

const ext = (ref: string): Record<string, unknown> => ({ $id: "https://schemas.example/a.schema.json", ...obj({ p: { $ref: ref } }) });
const targets: Record<string, unknown> = {
  "https://schemas.example/id_v1.schema.json": { type: "string", minLength: 1 },
  "https://schemas.example/id_v2.schema.json": { type: "string", minLength: 1, description: "same constraints, other words" },
  "https://schemas.example/id_short.schema.json": { type: "string", minLength: 1, maxLength: 8 },
};
const resolver: DiffOptions = { resolveRef: (ref, base) => targets[new URL(ref, base).href] };

const cases: Case[] = [
  // --- no change
  { name: "identical schemas", old: mova({ payload: payload(str) }, ["payload"]), new: mova({ payload: payload(str) }, ["payload"]), kinds: [], breaks: OK },
  {
    name: "keys reordered at every level",
    old: { type: "object", required: ["a"], properties: { a: { type: "string", maxLength: 3 }, b: { enum: [{ x: 1, y: 2 }] } } },
    new: { properties: { b: { enum: [{ y: 2, x: 1 }] }, a: { maxLength: 3, type: "string" } }, required: ["a"], type: "object" },
    kinds: [],
    breaks: OK,
  },
  {
    name: "description, title, $comment, examples and default changed",
    old: obj({ a: { type: "string", description: "A.", default: "x" } }, { title: "T", $comment: "c" }),
    new: obj({ a: { type: "string", description: "The a.", default: "y", examples: ["z"] } }, { title: "T2", $comment: "d" }),
    kinds: [],
    breaks: OK,
  },
  { name: "true and {} are the same schema", old: true, new: {}, kinds: [], breaks: OK },
  { name: "enum values reordered", old: { enum: ["a", "b", "c"] }, new: { enum: ["c", "a", "b"] }, kinds: [], breaks: OK },
  { name: "redundant type list collapsed", old: { type: ["integer", "number"] }, new: { type: "number" }, kinds: [], breaks: OK },
  { name: "minLength 0 added", old: str, new: { type: "string", minLength: 0 }, kinds: [], breaks: OK },
  { name: "allOf branches reordered", old: { allOf: [{ required: ["a"] }, { required: ["b"] }] }, new: { allOf: [{ required: ["b"] }, { required: ["a"] }] }, kinds: [], breaks: OK },

  // --- the whole schema
  { name: "true -> false", old: true, new: false, kinds: ["schema-closed"], breaks: BACKWARD },
  { name: "false -> {}", old: false, new: {}, kinds: ["schema-opened"], breaks: FORWARD },
  { name: "a property's schema became false", old: obj({ a: str }), new: obj({ a: false }), kinds: ["schema-closed"], breaks: BACKWARD },

  // --- required
  { name: "required added", old: obj({ a: str }), new: obj({ a: str }, { required: ["a"] }), kinds: ["required-added"], breaks: BACKWARD },
  { name: "required removed", old: obj({ a: str }, { required: ["a"] }), new: obj({ a: str }), kinds: ["required-removed"], breaks: FORWARD },

  // --- properties and content models
  { name: "constrained optional property added to an open model", old: obj({ a: str }), new: obj({ a: str, b: int }), kinds: ["property-added-open"], breaks: BACKWARD },
  { name: "unconstrained optional property added to an open model", old: obj({ a: str }), new: obj({ a: str, b: { description: "anything" } }), kinds: ["property-added-open"], breaks: OK },
  { name: "optional property added to a closed model", old: closed({ a: str }), new: closed({ a: str, b: int }), kinds: ["property-added-closed"], breaks: FORWARD },
  {
    name: "required property added to a closed model",
    old: closed({ a: str }),
    new: closed({ a: str, b: int }, { required: ["b"] }),
    kinds: ["property-added-closed", "required-added"],
    breaks: BOTH,
  },
  { name: "property removed from a closed model", old: closed({ a: str, b: int }), new: closed({ a: str }), kinds: ["property-removed-closed"], breaks: BACKWARD },
  { name: "property removed from an open model", old: obj({ a: str, b: int }), new: obj({ a: str }), kinds: ["property-removed-open"], breaks: FORWARD },
  {
    name: "optional property added under unevaluatedProperties: false",
    old: obj({ a: str }, { unevaluatedProperties: false }),
    new: obj({ a: str, b: int }, { unevaluatedProperties: false }),
    kinds: ["property-added-closed"],
    breaks: FORWARD,
  },
  {
    name: "property added that additionalProperties already allowed",
    old: obj({}, { additionalProperties: str }),
    new: obj({ b: str }, { additionalProperties: str }),
    kinds: ["property-added-partially-open"],
    breaks: OK,
  },
  {
    name: "property added that is stricter than additionalProperties",
    old: obj({}, { additionalProperties: str }),
    new: obj({ b: { type: "string", maxLength: 3 } }, { additionalProperties: str }),
    kinds: ["property-added-partially-open"],
    breaks: BACKWARD,
  },
  {
    name: "property removed into an additionalProperties of another type",
    old: obj({ b: int }, { additionalProperties: str }),
    new: obj({}, { additionalProperties: str }),
    kinds: ["property-removed-partially-open"],
    breaks: BOTH,
  },
  {
    name: "property added that a patternProperties of a closed model already covered",
    old: closed({}, { patternProperties: { "^x-": str } }),
    new: closed({ "x-trace": str }, { patternProperties: { "^x-": str } }),
    kinds: ["property-added-partially-open"],
    breaks: OK,
  },

  // --- additionalProperties
  { name: "additionalProperties absent -> false", old: obj({ a: str }), new: closed({ a: str }), kinds: ["additional-properties-closed"], breaks: BACKWARD },
  { name: "additionalProperties false -> true", old: closed({ a: str }), new: obj({ a: str }, { additionalProperties: true }), kinds: ["additional-properties-opened"], breaks: FORWARD },
  { name: "additionalProperties false -> absent", old: closed({ a: str }), new: obj({ a: str }), kinds: ["additional-properties-opened"], breaks: FORWARD },
  { name: "additionalProperties true -> schema", old: obj({}), new: obj({}, { additionalProperties: str }), kinds: ["type-added"], breaks: BACKWARD },
  {
    name: "additionalProperties schema widened",
    old: obj({}, { additionalProperties: str }),
    new: obj({}, { additionalProperties: { type: ["string", "null"] } }),
    kinds: ["type-widened"],
    breaks: FORWARD,
  },
  { name: "unevaluatedProperties absent -> false", old: obj({ a: str }), new: obj({ a: str }, { unevaluatedProperties: false }), kinds: ["unevaluated-properties-closed"], breaks: BACKWARD },

  // --- type
  { name: "null dropped from a type list", old: { type: ["string", "null"] }, new: str, kinds: ["type-narrowed"], breaks: BACKWARD },
  { name: "null added to a type list", old: str, new: { type: ["string", "null"] }, kinds: ["type-widened"], breaks: FORWARD },
  { name: "string -> integer", old: str, new: int, kinds: ["type-changed"], breaks: BOTH },
  { name: "integer -> number", old: int, new: { type: "number" }, kinds: ["type-widened"], breaks: FORWARD },
  { name: "number -> integer", old: { type: "number" }, new: int, kinds: ["type-narrowed"], breaks: BACKWARD },
  { name: "type added", old: { maxLength: 3 }, new: { type: "string", maxLength: 3 }, kinds: ["type-added"], breaks: BACKWARD },
  { name: "type removed", old: { type: "string", maxLength: 3 }, new: { maxLength: 3 }, kinds: ["type-removed"], breaks: FORWARD },

  // --- enum and const
  { name: "enum value removed", old: { enum: ["a", "b", "c"] }, new: { enum: ["a", "c"] }, kinds: ["enum-value-removed"], breaks: BACKWARD },
  { name: "enum value added", old: { enum: ["a", "b"] }, new: { enum: ["a", "b", "c"] }, kinds: ["enum-value-added"], breaks: FORWARD },
  { name: "enum value replaced", old: { enum: ["a", "b"] }, new: { enum: ["a", "x"] }, kinds: ["enum-value-added", "enum-value-removed"], breaks: BOTH },
  { name: "enum added", old: str, new: { type: "string", enum: ["a"] }, kinds: ["enum-added"], breaks: BACKWARD },
  { name: "enum removed", old: { type: "string", enum: ["a"] }, new: str, kinds: ["enum-removed"], breaks: FORWARD },
  { name: "const changed", old: { const: "a" }, new: { const: "b" }, kinds: ["const-changed"], breaks: BOTH },
  { name: "const added", old: str, new: { type: "string", const: "a" }, kinds: ["const-added"], breaks: BACKWARD },
  { name: "const removed", old: { type: "string", const: "a" }, new: str, kinds: ["const-removed"], breaks: FORWARD },
  { name: "const -> enum that keeps it", old: { const: "a" }, new: { enum: ["a", "b"] }, kinds: ["enum-value-added"], breaks: FORWARD },

  // --- numeric bounds
  { name: "maximum lowered", old: { type: "number", maximum: 100 }, new: { type: "number", maximum: 50 }, kinds: ["maximum-lowered"], breaks: BACKWARD },
  { name: "maximum raised", old: { type: "number", maximum: 50 }, new: { type: "number", maximum: 100 }, kinds: ["maximum-raised"], breaks: FORWARD },
  { name: "maximum added", old: { type: "number" }, new: { type: "number", maximum: 1 }, kinds: ["maximum-added"], breaks: BACKWARD },
  { name: "maximum removed", old: { type: "number", maximum: 1 }, new: { type: "number" }, kinds: ["maximum-removed"], breaks: FORWARD },
  { name: "minimum raised", old: { minimum: 0 }, new: { minimum: 1 }, kinds: ["minimum-raised"], breaks: BACKWARD },
  { name: "minimum lowered", old: { minimum: 1 }, new: { minimum: 0 }, kinds: ["minimum-lowered"], breaks: FORWARD },
  { name: "minimum 0 -> exclusiveMinimum 0", old: { minimum: 0 }, new: { exclusiveMinimum: 0 }, kinds: ["exclusiveMinimum-added"], breaks: BACKWARD },
  { name: "exclusiveMinimum 0 -> minimum 0", old: { exclusiveMinimum: 0 }, new: { minimum: 0 }, kinds: ["exclusiveMinimum-removed"], breaks: FORWARD },
  { name: "exclusiveMaximum lowered", old: { exclusiveMaximum: 10 }, new: { exclusiveMaximum: 5 }, kinds: ["exclusiveMaximum-lowered"], breaks: BACKWARD },
  { name: "multipleOf 2 -> 4", old: { multipleOf: 2 }, new: { multipleOf: 4 }, kinds: ["multipleOf-tightened"], breaks: BACKWARD },
  { name: "multipleOf 0.01 -> 0.005", old: { multipleOf: 0.01 }, new: { multipleOf: 0.005 }, kinds: ["multipleOf-loosened"], breaks: FORWARD },
  { name: "multipleOf 2 -> 3", old: { multipleOf: 2 }, new: { multipleOf: 3 }, kinds: ["multipleOf-changed"], breaks: BOTH },
  { name: "multipleOf added", old: {}, new: { multipleOf: 2 }, kinds: ["multipleOf-added"], breaks: BACKWARD },
  { name: "multipleOf removed", old: { multipleOf: 2 }, new: { type: "number" }, kinds: ["multipleOf-removed", "type-added"], breaks: BOTH },

  // --- string bounds, pattern, format
  { name: "minLength raised", old: { minLength: 1 }, new: { minLength: 2 }, kinds: ["minLength-raised"], breaks: BACKWARD },
  { name: "minLength removed", old: { minLength: 1 }, new: {}, kinds: ["minLength-removed"], breaks: FORWARD },
  { name: "maxLength lowered", old: { maxLength: 10 }, new: { maxLength: 5 }, kinds: ["maxLength-lowered"], breaks: BACKWARD },
  { name: "maxLength raised", old: { maxLength: 5 }, new: { maxLength: 10 }, kinds: ["maxLength-raised"], breaks: FORWARD },
  { name: "maxLength added", old: str, new: { type: "string", maxLength: 5 }, kinds: ["maxLength-added"], breaks: BACKWARD },
  { name: "pattern added", old: str, new: { type: "string", pattern: "^[A-Z]{3}$" }, kinds: ["pattern-added"], breaks: BACKWARD },
  { name: "pattern removed", old: { type: "string", pattern: "^[A-Z]{3}$" }, new: str, kinds: ["pattern-removed"], breaks: FORWARD },
  { name: "pattern changed", old: { pattern: "^[A-Z]{3}$" }, new: { pattern: "^[A-Z]{2,3}$" }, kinds: ["pattern-changed"], breaks: BOTH },
  { name: "format added", old: str, new: { type: "string", format: "date" }, kinds: ["format-added"], breaks: BACKWARD },
  { name: "format removed", old: { type: "string", format: "date" }, new: str, kinds: ["format-removed"], breaks: FORWARD },
  { name: "format changed", old: { format: "date" }, new: { format: "date-time" }, kinds: ["format-changed"], breaks: BOTH },

  // --- arrays
  { name: "minItems added", old: { type: "array" }, new: { type: "array", minItems: 1 }, kinds: ["minItems-added"], breaks: BACKWARD },
  { name: "maxItems raised", old: { maxItems: 3 }, new: { maxItems: 5 }, kinds: ["maxItems-raised"], breaks: FORWARD },
  { name: "uniqueItems false -> true", old: { uniqueItems: false }, new: { uniqueItems: true }, kinds: ["uniqueItems-added"], breaks: BACKWARD },
  { name: "uniqueItems true -> absent", old: { uniqueItems: true }, new: {}, kinds: ["uniqueItems-removed"], breaks: FORWARD },
  { name: "contains added", old: { type: "array" }, new: { type: "array", contains: { const: "x" } }, kinds: ["contains-added"], breaks: BACKWARD },
  { name: "contains removed", old: { type: "array", contains: { const: "x" } }, new: { type: "array" }, kinds: ["contains-removed"], breaks: FORWARD },
  { name: "minContains raised", old: { contains: str, minContains: 1 }, new: { contains: str, minContains: 2 }, kinds: ["minContains-raised"], breaks: BACKWARD },
  { name: "maxContains lowered", old: { contains: str, maxContains: 3 }, new: { contains: str, maxContains: 2 }, kinds: ["maxContains-lowered"], breaks: BACKWARD },
  { name: "contains schema widened", old: { contains: str }, new: { contains: { type: ["string", "null"] } }, kinds: ["type-widened"], breaks: FORWARD },
  {
    name: "contains schema changed under maxContains",
    old: { contains: str, maxContains: 1 },
    new: { contains: { type: ["string", "null"] }, maxContains: 1 },
    kinds: ["contains-changed"],
    breaks: BOTH,
  },
  { name: "items schema narrowed", old: { type: "array", items: str }, new: { type: "array", items: { type: "string", maxLength: 5 } }, kinds: ["maxLength-added"], breaks: BACKWARD },
  { name: "items true -> false", old: { prefixItems: [str], items: true }, new: { prefixItems: [str], items: false }, kinds: ["items-closed"], breaks: BACKWARD },
  { name: "prefixItems element added to an open tuple", old: { prefixItems: [str] }, new: { prefixItems: [str, int] }, kinds: ["prefix-item-added"], breaks: BACKWARD },
  {
    name: "prefixItems element added to a closed tuple",
    old: { prefixItems: [str], items: false },
    new: { prefixItems: [str, int], items: false },
    kinds: ["prefix-item-added"],
    breaks: FORWARD,
  },
  { name: "prefixItems element narrowed", old: { prefixItems: [str, int] }, new: { prefixItems: [str, { type: "integer", minimum: 0 }] }, kinds: ["minimum-added"], breaks: BACKWARD },

  // --- object bounds and friends
  { name: "minProperties added", old: { type: "object" }, new: { type: "object", minProperties: 1 }, kinds: ["minProperties-added"], breaks: BACKWARD },
  { name: "maxProperties lowered", old: { maxProperties: 5 }, new: { maxProperties: 4 }, kinds: ["maxProperties-lowered"], breaks: BACKWARD },
  { name: "maxProperties removed", old: { maxProperties: 5 }, new: {}, kinds: ["maxProperties-removed"], breaks: FORWARD },
  { name: "dependentRequired added", old: obj({ a: str, b: str }), new: obj({ a: str, b: str }, { dependentRequired: { a: ["b"] } }), kinds: ["dependent-required-added"], breaks: BACKWARD },
  { name: "dependentRequired removed", old: obj({}, { dependentRequired: { a: ["b"] } }), new: obj({}), kinds: ["dependent-required-removed"], breaks: FORWARD },
  { name: "dependentSchemas added", old: obj({}), new: obj({}, { dependentSchemas: { a: { required: ["b"] } } }), kinds: ["required-added"], breaks: BACKWARD },
  { name: "propertyNames pattern added", old: { type: "object" }, new: { type: "object", propertyNames: { pattern: "^[a-z]+$" } }, kinds: ["pattern-added"], breaks: BACKWARD },
  {
    name: "patternProperties schema narrowed",
    old: { patternProperties: { "^x-": str } },
    new: { patternProperties: { "^x-": { type: "string", maxLength: 9 } } },
    kinds: ["maxLength-added"],
    breaks: BACKWARD,
  },
  {
    name: "patternProperties added to a closed model",
    old: closed({ a: str }),
    new: closed({ a: str }, { patternProperties: { "^x-": str } }),
    kinds: ["pattern-property-added"],
    breaks: FORWARD,
  },
  {
    name: "patternProperties removed from a closed model",
    old: closed({ a: str }, { patternProperties: { "^x-": str } }),
    new: closed({ a: str }),
    kinds: ["pattern-property-removed"],
    breaks: BACKWARD,
  },

  // --- combinators
  { name: "anyOf branch added", old: { anyOf: [str, int] }, new: { anyOf: [str, int, { type: "null" }] }, kinds: ["anyOf-branch-added"], breaks: FORWARD },
  { name: "anyOf branch removed", old: { anyOf: [str, int] }, new: { anyOf: [str] }, kinds: ["anyOf-branch-removed"], breaks: BACKWARD },
  { name: "anyOf branch inserted in the middle", old: { anyOf: [str, int] }, new: { anyOf: [str, { type: "null" }, int] }, kinds: ["anyOf-branch-added"], breaks: FORWARD },
  { name: "anyOf branch narrowed in place", old: { anyOf: [str, int] }, new: { anyOf: [{ type: "string", maxLength: 3 }, int] }, kinds: ["maxLength-added"], breaks: BACKWARD },
  { name: "oneOf branch added", old: { oneOf: [str, int] }, new: { oneOf: [str, int, { type: "null" }] }, kinds: ["oneOf-branch-added"], breaks: FORWARD },
  { name: "oneOf branch removed", old: { oneOf: [str, int] }, new: { oneOf: [int] }, kinds: ["oneOf-branch-removed"], breaks: BACKWARD },
  { name: "allOf branch added", old: { allOf: [obj({ a: str })] }, new: { allOf: [obj({ a: str }), { required: ["a"] }] }, kinds: ["allOf-branch-added"], breaks: BACKWARD },
  { name: "allOf branch removed", old: { allOf: [obj({ a: str }), { required: ["a"] }] }, new: { allOf: [obj({ a: str })] }, kinds: ["allOf-branch-removed"], breaks: FORWARD },
  { name: "anyOf added", old: {}, new: { anyOf: [str, int] }, kinds: ["anyOf-added"], breaks: BACKWARD },
  { name: "oneOf removed", old: { oneOf: [str, int] }, new: {}, kinds: ["oneOf-removed"], breaks: FORWARD },
  { name: "not added", old: str, new: { type: "string", not: { const: "" } }, kinds: ["not-added"], breaks: BACKWARD },
  { name: "not removed", old: { type: "string", not: { const: "" } }, new: str, kinds: ["not-removed"], breaks: FORWARD },
  { name: "schema under not widened", old: { not: { enum: ["a"] } }, new: { not: { enum: ["a", "b"] } }, kinds: ["not-changed"], breaks: BACKWARD },
  { name: "schema under not narrowed", old: { not: { enum: ["a", "b"] } }, new: { not: { enum: ["a"] } }, kinds: ["not-changed"], breaks: FORWARD },
  {
    name: "then changed",
    old: { if: { properties: { kind: { const: "a" } } }, then: { required: ["x"] } },
    new: { if: { properties: { kind: { const: "a" } } }, then: { required: ["y"] } },
    kinds: ["conditional-changed"],
    breaks: BOTH,
  },
  { name: "if/then added", old: obj({}), new: obj({}, { if: { required: ["a"] }, then: { required: ["b"] } }), kinds: ["conditional-changed", "conditional-changed"], breaks: BOTH },

  // --- $defs and $ref
  {
    name: "a $defs entry behind a local $ref narrowed",
    old: { properties: { total: { $ref: "#/$defs/money" } }, $defs: { money: { type: "number", maximum: 100 } } },
    new: { properties: { total: { $ref: "#/$defs/money" } }, $defs: { money: { type: "number", maximum: 50 } } },
    kinds: ["maximum-lowered"],
    breaks: BACKWARD,
  },
  {
    name: "$ref moved to a stricter definition",
    old: { properties: { id: { $ref: "#/$defs/any" } }, $defs: { any: str, short: { type: "string", maxLength: 3 } } },
    new: { properties: { id: { $ref: "#/$defs/short" } }, $defs: { any: str, short: { type: "string", maxLength: 3 } } },
    kinds: ["maxLength-added"],
    breaks: BACKWARD,
  },
  {
    name: "$ref replaced by an inline copy of its target",
    old: { properties: { id: { $ref: "#/$defs/id", description: "The id." } }, $defs: { id: { type: "string", pattern: "^[a-z]+$" } } },
    new: { properties: { id: { type: "string", pattern: "^[a-z]+$", description: "The id." } }, $defs: { id: { type: "string", pattern: "^[a-z]+$" } } },
    kinds: [],
    breaks: OK,
  },
  {
    name: "inline schema replaced by a $ref to a wider definition",
    old: { properties: { id: { type: "string", pattern: "^[a-z]+$" } } },
    new: { properties: { id: { $ref: "#/$defs/id" } }, $defs: { id: str } },
    kinds: ["definition-added", "pattern-removed"],
    breaks: FORWARD,
  },
  {
    name: "definition renamed, $ref follows it",
    old: { properties: { id: { $ref: "#/$defs/id" } }, $defs: { id: str } },
    new: { properties: { id: { $ref: "#/$defs/identifier" } }, $defs: { identifier: str } },
    kinds: ["definition-removed", "definition-added"],
    breaks: OK,
  },
  { name: "definition added", old: { $defs: {} }, new: { $defs: { x: str } }, kinds: ["definition-added"], breaks: OK },
  { name: "definition removed", old: { $defs: { x: str } }, new: {}, kinds: ["definition-removed"], breaks: OK },
  {
    name: "recursive definition changed deep inside",
    old: tree(str),
    new: tree({ type: "string", minLength: 1 }),
    kinds: ["minLength-added"],
    breaks: BACKWARD,
  },
  {
    name: "recursive definition inlined one level",
    old: tree(str),
    new: {
      ...obj({ value: str, children: { type: "array", items: { $ref: "#/$defs/node" } } }),
      $defs: { node: obj({ value: str, children: { type: "array", items: { $ref: "#/$defs/node" } } }) },
    },
    kinds: [],
    breaks: OK,
  },
  {
    name: "external $ref changed, targets unknown",
    old: ext("id_v1.schema.json"),
    new: ext("id_v2.schema.json"),
    kinds: ["ref-target-changed"],
    breaks: BOTH,
  },
  { name: "external $ref changed to an equal target", old: ext("id_v1.schema.json"), new: ext("id_v2.schema.json"), kinds: [], breaks: OK, options: resolver },
  { name: "external $ref changed to a stricter target", old: ext("id_v1.schema.json"), new: ext("id_short.schema.json"), kinds: ["maxLength-added"], breaks: BACKWARD, options: resolver },
  {
    name: "relative and absolute spelling of the same external $ref",
    old: ext("id_v1.schema.json"),
    new: ext("https://schemas.example/id_v1.schema.json"),
    kinds: [],
    breaks: OK,
  },
  {
    name: "$ref with siblings that cannot be merged with the new target",
    old: { $ref: "#/$defs/a", properties: { z: str }, $defs: { a: obj({ x: str }), b: obj({ y: str }) } },
    new: { $ref: "#/$defs/b", properties: { z: str }, $defs: { a: obj({ x: str }), b: obj({ y: str }) } },
    kinds: ["ref-target-changed"],
    breaks: BOTH,
  },

  // --- MOVA-shaped schemas: allOf [{$ref: core}, {type: object, properties, required}]
  {
    name: "MOVA: nested property became required",
    old: mova({ payload: payload(str) }, ["payload"]),
    new: mova({ payload: { ...payload(str), required: ["amount", "currency"] } }, ["payload"]),
    kinds: ["required-added"],
    breaks: BACKWARD,
  },
  {
    name: "MOVA: enum value removed three levels down",
    old: mova({ payload: payload(str) }, ["payload"]),
    new: mova({ payload: payload(str, ["invoice"]) }, ["payload"]),
    kinds: ["enum-value-removed"],
    breaks: BACKWARD,
  },
  {
    name: "MOVA: pattern tightened on a nested property",
    old: mova({ payload: payload(str) }, ["payload"]),
    new: mova({ payload: payload({ type: "string", pattern: "^[A-Z]{3}$" }) }, ["payload"]),
    kinds: ["pattern-added"],
    breaks: BACKWARD,
  },
  {
    name: "MOVA: optional top-level property added under root unevaluatedProperties: false",
    old: mova({ payload: payload(str) }, ["payload"], { unevaluatedProperties: false }),
    new: mova({ payload: payload(str), note: str }, ["payload"], { unevaluatedProperties: false }),
    kinds: ["property-added-closed"],
    breaks: FORWARD,
  },
  {
    name: "MOVA: optional top-level property added to the open branch",
    old: mova({ payload: payload(str) }, ["payload"]),
    new: mova({ payload: payload(str), note: str }, ["payload"]),
    kinds: ["property-added-open"],
    breaks: BACKWARD,
  },
  {
    name: "MOVA: core $ref moved to another release",
    old: mova({ payload: payload(str) }, ["payload"]),
    new: { ...mova({ payload: payload(str) }, ["payload"]), allOf: [{ $ref: "https://mova.dev/schemas/ds.mova_schema_core_v2.schema.json" }, { type: "object", properties: { payload: payload(str) }, required: ["payload"] }] },
    kinds: ["ref-target-changed"],
    breaks: BOTH,
  },
];

function check(changes: SchemaChange[], oldSchema: unknown, newSchema: unknown): void {
  for (const c of changes) {
    expect(CHANGE_KINDS[c.kind], `unknown kind ${c.kind}`).toBeDefined();
    const expected = CHANGE_KINDS[c.kind];
    if (expected === "narrows") expect(c.widens, c.kind).toBe(false);
    if (expected === "widens") expect(c.narrows, c.kind).toBe(false);
    if (expected === "both") expect([c.narrows, c.widens], c.kind).toEqual([true, true]);
    if (expected === "none") expect([c.narrows, c.widens], c.kind).toEqual([false, false]);
    expect(valueAt(c.side === "new" ? newSchema : oldSchema, c.pointer), `${c.kind} at ${c.side} ${c.pointer}`).not.toBeUndefined();
    expect(c.message.length).toBeGreaterThan(10);
  }
}

describe("diffSchemas", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const changes = diffSchemas(c.old, c.new, c.options);
    expect(changes.map((x) => x.kind)).toEqual(c.kinds);
    for (const mode of COMPATIBILITY_MODES) {
      expect(breakingChanges(changes, mode).length > 0, `breaking under ${mode}`).toBe(c.breaks.includes(mode));
    }
    check(changes, c.old, c.new);
    expect(diffSchemas(c.old, c.new, c.options)).toEqual(changes);
  });

  it("names the property path in messages and points into the schema that holds the change", () => {
    const changes = diffSchemas(mova({ payload: payload(str, ["invoice", "receipt"]) }, ["payload"]), mova({ payload: { ...payload(str, ["invoice"]), required: ["amount", "currency"] } }, ["payload"]));
    expect(changes).toEqual([
      {
        pointer: "/allOf/1/properties/payload/properties/object_ref/properties/data_type/enum/1",
        side: "old",
        kind: "enum-value-removed",
        narrows: true,
        widens: false,
        message: 'payload.object_ref.data_type: value "receipt" is no longer allowed',
      },
      {
        pointer: "/allOf/1/properties/payload/required/1",
        side: "new",
        kind: "required-added",
        narrows: true,
        widens: false,
        message: 'property "payload.currency" became required',
      },
    ]);
  });

  it("points into the old schema for a removed property and names it", () => {
    const [change] = diffSchemas(closed({ a: str, "b-c": int }), closed({ a: str }));
    expect(change).toMatchObject({ pointer: "/properties/b-c", side: "old", kind: "property-removed-closed" });
    expect(change?.message).toMatch(/^property "b-c" removed from a closed object/);
  });

  it("writes items as [] and additionalProperties as .*", () => {
    const old = obj({ tags: { type: "array", items: str }, steps: obj({}, { additionalProperties: obj({ next: str }) }) });
    const next = obj({ tags: { type: "array", items: { type: "string", maxLength: 5 } }, steps: obj({}, { additionalProperties: obj({ next: { type: "string", minLength: 1 } }) }) });
    expect(diffSchemas(old, next).map((c) => [c.pointer, c.message])).toEqual([
      ["/properties/steps/additionalProperties/properties/next/minLength", "steps.*.next: minLength 1 added"],
      ["/properties/tags/items/maxLength", "tags[]: maxLength 5 added"],
    ]);
  });

  it("reports an additionalProperties: false that was dropped at its old place", () => {
    const [change] = diffSchemas(closed({ a: str }), obj({ a: str }));
    expect(change).toMatchObject({ pointer: "/additionalProperties", side: "old", kind: "additional-properties-opened", narrows: false, widens: true });
  });

  it("reports changes found through a changed $ref at that $ref", () => {
    const defs = { any: str, short: { type: "string", maxLength: 3 } };
    const [change] = diffSchemas({ properties: { id: { $ref: "#/$defs/any" } }, $defs: defs }, { properties: { id: { $ref: "#/$defs/short" } }, $defs: defs });
    expect(change).toMatchObject({ pointer: "/properties/id/$ref", side: "new", kind: "maxLength-added", message: "id: maxLength 3 added" });
  });

  it("reports a $defs change under the definition's name", () => {
    const [change] = diffSchemas({ $defs: { money: { maximum: 10 } } }, { $defs: { money: { maximum: 5 } } });
    expect(change).toMatchObject({ pointer: "/$defs/money/maximum", message: "$defs.money: maximum lowered from 10 to 5" });
  });

  it("resolves an external $ref against the $id in effect and asks resolveRef for its target", () => {
    const calls: [string, string][] = [];
    diffSchemas(ext("id_v1.schema.json"), ext("id_short.schema.json"), {
      resolveRef: (ref, base) => {
        calls.push([ref, base]);
        return targets[new URL(ref, base).href];
      },
    });
    expect(calls).toEqual([
      ["id_v1.schema.json", "https://schemas.example/a.schema.json"],
      ["id_short.schema.json", "https://schemas.example/a.schema.json"],
    ]);
  });

  it("sorts by pointer, then kind", () => {
    const changes = diffSchemas(obj({ z: str, a: str }, { required: ["z"] }), closed({ z: int, a: { type: "string", maxLength: 1 }, m: str }, { required: ["a"] }));
    const keys = changes.map((c) => [c.pointer, c.kind]);
    expect(keys).toEqual([...keys].sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : x[1]! < y[1]! ? -1 : 1)));
    expect(changes.length).toBeGreaterThanOrEqual(5);
  });

  it("reports annotation changes only when asked, and never as breaking", () => {
    const old = obj({ a: { type: "string", description: "A." } });
    const next = obj({ a: { type: "string", description: "The a." } });
    expect(diffSchemas(old, next)).toEqual([]);
    const changes = diffSchemas(old, next, { includeAnnotations: true });
    expect(changes).toEqual([
      { pointer: "/properties/a/description", side: "new", kind: "annotation-changed", narrows: false, widens: false, message: "a: description changed" },
    ]);
    for (const mode of COMPATIBILITY_MODES) expect(breakingChanges(changes, mode)).toEqual([]);
  });

  describe("on the schemas shipped with the tool", () => {
    const roots = ["schemas/mova", "schemas/registry", "registry/schemas"];
    const files = roots.flatMap((root) => {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : []));
      return walk(join(import.meta.dirname, "../..", root));
    });
    const reorder = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reorder);
      if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)]));
      return v;
    };

    it("finds schemas to check", () => expect(files.length).toBeGreaterThan(10));

    it.each(files.map((f) => [f.slice(f.indexOf("/schemas/") + 1)]))("%s against itself with every key order reversed: no changes", (rel) => {
      const schema: unknown = JSON.parse(readFileSync(files.find((f) => f.endsWith(rel))!, "utf8"));
      expect(diffSchemas(schema, reorder(schema))).toEqual([]);
    });

    it("a recursive registry schema: a change in a shared definition is reported once", () => {
      const path = files.find((f) => f.endsWith("package.flow_v1.schema.json"))!;
      const flow = JSON.parse(readFileSync(path, "utf8")) as { $defs: { stepId: { pattern: string } } };
      const next = structuredClone(flow);
      next.$defs.stepId.pattern = "^[a-z][a-z0-9_]*$";
      expect(diffSchemas(flow, next).map((c) => [c.pointer, c.kind, c.narrows, c.widens])).toEqual([["/$defs/stepId/pattern", "pattern-changed", true, true]]);
    });
  });
});

describe("isBreaking", () => {
  const change = (narrows: boolean, widens: boolean): SchemaChange => ({ pointer: "", side: "new", kind: "k", narrows, widens, message: "m" });
  it.each([
    ["BACKWARD", [false, true, false, true]],
    ["FORWARD", [false, false, true, true]],
    ["FULL", [false, true, true, true]],
    ["NONE", [false, false, false, false]],
  ] as const)("%s", (mode, expected) => {
    expect([change(false, false), change(true, false), change(false, true), change(true, true)].map((c) => isBreaking(c, mode))).toEqual(expected);
  });
});
