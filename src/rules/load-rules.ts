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
export const inputTooLarge = ruleMeta(
  "input/too-large",
  "error",
  "A file is larger than limits.max_file_bytes (10 MB by default; it is read no further than one byte past the limit), or an array or object in it has more items than limits.max_items (100,000); the rest of the registry is still checked.",
);
export const inputTooDeep = ruleMeta(
  "input/too-deep",
  "error",
  "Objects and arrays in a file nest deeper than limits.max_depth (64 by default), so no rule walks it; the rest of the registry is still checked.",
);
export const inputSymlink = ruleMeta(
  "input/symlink",
  "error",
  "A file in a scanned folder is a symbolic link; links are never followed (wherever they point: outside the repository, into .git), so the file is not read or checked.",
);
export const packageUnsafePath = ruleMeta(
  "package/unsafe-path",
  "error",
  "A contract package manifest's flow_ref or envelope_ref is absolute, climbs out with .., or holds a backslash or control character; it must name a file inside the package folder, and nothing outside the registry is ever read.",
);
export const schemaUnsupportedPattern = ruleMeta(
  "schema/unsupported-pattern",
  "error",
  "A registry schema's pattern (or patternProperties key) needs backtracking (lookaround, backreferences) that the linear-time regular expression engine refuses; patterns run in linear time, so a hostile one cannot stall the check.",
);
