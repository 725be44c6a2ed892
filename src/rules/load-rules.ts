import { ruleMeta } from "./rule.ts";

/** Findings raised while reading and classifying files, before any document rule runs. */
export const ioUnreadable = ruleMeta("io/unreadable", "error", "A file in a scanned folder cannot be read, or is not UTF-8 text.");
export const jsonSyntax = ruleMeta("json/syntax", "error", "A file is not well-formed JSON.");
export const jsonDuplicateKey = ruleMeta(
  "json/duplicate-key",
  "error",
  "An object has the same key twice; JSON.parse silently keeps the last, so what a reviewer reads is not what runs.",
);
export const documentUnclassified = ruleMeta(
  "document/unclassified",
  "error",
  "A JSON file in a scanned folder is none of the registry's document kinds, so nothing would validate it.",
);
export const documentUnknownSchema = ruleMeta(
  "document/unknown-schema",
  "error",
  "A document names (schema_id, envelope_id) a schema that neither the registry nor the MOVA release defines.",
);
export const packageMissingFile = ruleMeta("package/missing-file", "error", "A contract package manifest refers to a file that is not in its folder.");
export const schemaInvalid = ruleMeta("schema/invalid", "error", "A registry schema is not a valid JSON Schema 2020-12 document.");
export const schemaDuplicateId = ruleMeta("schema/duplicate-id", "error", "Two schemas claim the same $id, or a registry schema claims a MOVA core $id.");
export const schemaUnresolvedRef = ruleMeta("schema/unresolved-ref", "error", "A $ref in a registry schema points to no known schema.");
