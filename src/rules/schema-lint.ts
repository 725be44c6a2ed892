import { posix } from "node:path";
import { appendPointer } from "../json/pointer.ts";
import type { RegistryDocument } from "../registry/document.ts";
import { idFromUri, resolveRef } from "../schemas/ids.ts";
import type { SchemaSet } from "../schemas/schema-set.ts";
import { KEYWORDS_2020_12, walkSchema } from "../schemas/walk.ts";
import { closest, quoteList } from "../util/similar.ts";
import { ruleMeta, type DocumentContext, type DocumentRule } from "./rule.ts";

type Schema = Record<string, unknown>;

function isSchemaDoc(doc: RegistryDocument): boolean {
  return (doc.kind === "data_schema" || doc.kind === "envelope_schema" || doc.kind === "schema") && doc.json?.ok === true;
}

function schemaRule(id: string, severity: "error" | "warning", description: string, lint: (schema: Schema, doc: RegistryDocument, report: (pointer: string, message: string, hint: string, target?: "key" | "value") => void, ctx: DocumentContext) => void): DocumentRule {
  const meta = ruleMeta(id, severity, description);
  return {
    meta,
    checkDocument(doc, ctx) {
      if (!isSchemaDoc(doc)) return;
      const value = doc.json!.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      lint(value as Schema, doc, (pointer, message, hint, target = "value") => ctx.sink.report(meta, { file: doc.path, json: doc.json, pointer, target, message, hint }), ctx);
    },
  };
}

export const schemaIdMismatch = schemaRule(
  "schema/id-mismatch",
  "error",
  "A schema's $id disagrees with its file name (<id>.schema.json), so the id a document names and the file a person opens differ.",
  (schema, doc, report) => {
    const fileId = posix.basename(doc.path).replace(/\.schema\.json$/, "");
    if (typeof schema.$id !== "string") {
      report("", `the schema has no $id; it is known as "${fileId}" from its file name`, `add "$id": "https://<your domain>/schemas/${fileId}.schema.json"`);
      return;
    }
    const id = idFromUri(schema.$id);
    if (id !== fileId) report("/$id", `$id names "${id}" but the file is ${posix.basename(doc.path)}`, `rename the file to ${id}.schema.json, or make the $id end in ${fileId}.schema.json`);
  },
);

/** Property names a (sub)schema declares, following $refs and allOf so inherited properties count. */
function declaredProperties(schema: unknown, base: string, schemas: SchemaSet, seen = new Set<unknown>()): Set<string> {
  const out = new Set<string>();
  if (schema === null || typeof schema !== "object" || seen.has(schema)) return out;
  seen.add(schema);
  const s = schema as Schema;
  if (s.properties && typeof s.properties === "object") for (const k of Object.keys(s.properties)) out.add(k);
  if (typeof s.$ref === "string") {
    const target = schemas.byUri(resolveRef(s.$ref, base) ?? "");
    if (target) for (const k of declaredProperties(target.schema, target.uri, schemas, seen)) out.add(k);
  }
  if (Array.isArray(s.allOf)) for (const b of s.allOf) for (const k of declaredProperties(b, base, schemas, seen)) out.add(k);
  return out;
}

export const schemaClosedAllOfBranch = schemaRule(
  "schema/closed-allof-branch",
  "error",
  'An allOf branch sets "additionalProperties": false while other branches define properties it does not list: those properties can never be used (the pitfall of ds.mova_episode_core_v1).',
  (schema, _doc, report, { frame }) => {
    const base = typeof schema.$id === "string" ? schema.$id : "https://mova.dev/schemas/";
    walkSchema(schema, (node, pointer) => {
      if (!Array.isArray(node.allOf)) return;
      const branches = node.allOf as unknown[];
      branches.forEach((branch, i) => {
        if (!branch || typeof branch !== "object" || (branch as Schema).additionalProperties !== false) return;
        const own = new Set(Object.keys(((branch as Schema).properties as object) ?? {}));
        const others = new Set<string>(Object.keys((node.properties as object) ?? {}));
        branches.forEach((b, j) => {
          if (j !== i) for (const k of declaredProperties(b, base, frame.schemas)) others.add(k);
        });
        const rejected = [...others].filter((k) => !own.has(k)).sort();
        if (rejected.length === 0) return;
        report(
          appendPointer(appendPointer(appendPointer(pointer, "allOf"), i), "additionalProperties"),
          `"additionalProperties": false in allOf[${i}] rejects ${quoteList(rejected, 8)}, which the other branches define, so no document can carry them`,
          'remove it from the branch and close the whole schema instead with "unevaluatedProperties": false at the level of the allOf (note that a branch with "additionalProperties": true, as ds.mova_schema_core_v1 has, marks every property evaluated and keeps the schema open)',
          "key",
        );
      });
    });
  },
);

export const schemaUnsatisfiableRequired = schemaRule(
  "schema/unsatisfiable-required",
  "error",
  'A closed object ("additionalProperties": false) requires a property it does not declare, so no document can ever satisfy it.',
  (schema, _doc, report) => {
    walkSchema(schema, (node, pointer) => {
      if (node.additionalProperties !== false || node.patternProperties !== undefined || !Array.isArray(node.required)) return;
      const declared = new Set(Object.keys((node.properties as object) ?? {}));
      (node.required as unknown[]).forEach((name, i) => {
        if (typeof name === "string" && !declared.has(name)) {
          const near = closest(name, declared);
          report(appendPointer(appendPointer(pointer, "required"), i), `"${name}" is required but not among the properties this closed object allows`, near ? `did you mean "${near}"?` : `declare "${name}" under "properties", or drop it from "required"`);
        }
      });
    });
  },
);

const LEGACY: Record<string, string> = {
  dependencies: 'draft-07\'s "dependencies" is ignored by 2020-12: use "dependentRequired" (lists) or "dependentSchemas" (schemas)',
  additionalItems: 'draft-07\'s "additionalItems" is ignored by 2020-12: use "items" after "prefixItems"',
  id: 'draft-04\'s "id" is ignored by 2020-12: use "$id"',
  $recursiveRef: 'draft 2019-09\'s "$recursiveRef" is ignored by 2020-12: use "$dynamicRef"',
};

export const schemaLegacyKeyword = schemaRule(
  "schema/legacy-keyword",
  "warning",
  "A schema uses a keyword of an older JSON Schema draft that 2020-12 ignores or reads differently (dependencies, additionalItems, items as an array, id), so the constraint silently does nothing.",
  (schema, _doc, report) => {
    walkSchema(schema, (node, pointer) => {
      for (const [k, why] of Object.entries(LEGACY)) if (k in node) report(appendPointer(pointer, k), `"${k}" is not a JSON Schema 2020-12 keyword`, why, "key");
      if (Array.isArray(node.items)) report(appendPointer(pointer, "items"), '"items" as an array is draft-07 tuple syntax, which 2020-12 rejects', 'use "prefixItems" for the tuple, and "items" for the rest', "key");
    });
  },
);

export const schemaUnknownKeyword = schemaRule(
  "schema/unknown-keyword",
  "warning",
  "A schema has a key that is not a 2020-12 keyword but nearly spells one (requried, additionalProperty, ...): validators ignore it, so the constraint silently does nothing.",
  (schema, _doc, report) => {
    walkSchema(schema, (node, pointer) => {
      for (const k of Object.keys(node)) {
        if (KEYWORDS_2020_12.has(k) || k in LEGACY || k === "definitions") continue;
        const near = closest(k, KEYWORDS_2020_12);
        if (near) report(appendPointer(pointer, k), `"${k}" is not a JSON Schema keyword, so it constrains nothing`, `did you mean "${near}"?`, "key");
      }
    });
  },
);

/** Formats ajv-formats validates; any other is an annotation only. */
const KNOWN_FORMATS = new Set(["date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference", "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float", "double", "password", "binary"]);

export const schemaUnknownFormat = schemaRule(
  "schema/unknown-format",
  "warning",
  "A schema names a format no validator here knows, so values are not checked against it.",
  (schema, _doc, report) => {
    walkSchema(schema, (node, pointer) => {
      if (typeof node.format === "string" && !KNOWN_FORMATS.has(node.format)) {
        const near = closest(node.format, KNOWN_FORMATS);
        report(appendPointer(pointer, "format"), `format "${node.format}" is unknown, so it is not checked`, near ? `did you mean "${near}"?` : `use a known format (${[...KNOWN_FORMATS].slice(0, 8).join(", ")}, …) or a "pattern"`);
      }
    });
  },
);
