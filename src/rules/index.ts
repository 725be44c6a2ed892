import { configInvalid } from "./config-invalid.ts";
import * as load from "./load-rules.ts";
import type { Rule, RuleMeta } from "./rule.ts";
import { schemaViolation } from "./schema-violation.ts";

/** The rules run over a loaded registry, in order. */
export const RULES: readonly Rule[] = [configInvalid, schemaViolation];

/** Every rule id the tool can report, loading rules included: the README's rule table and SARIF's driver list. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [
  load.ioUnreadable,
  load.jsonSyntax,
  load.jsonDuplicateKey,
  load.documentUnclassified,
  load.documentUnknownSchema,
  load.packageMissingFile,
  load.schemaInvalid,
  load.schemaDuplicateId,
  load.schemaUnresolvedRef,
  ...RULES.map((r) => r.meta),
];
