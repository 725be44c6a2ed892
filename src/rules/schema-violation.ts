import { KIND_LABEL } from "../registry/kinds.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/** Every classified document satisfies the schema of its kind, or the one its schema_id names. */
export const schemaViolation: DocumentRule = {
  meta: ruleMeta("schema/violation", "error", "A document does not satisfy the schema of its kind or the one its schema_id names."),
  checkDocument(doc, { frame, sink }) {
    if (doc.kind === "config" || !doc.schemaId || !doc.json?.ok) return;
    const problems = frame.schemas.validate(doc.schemaId, doc.json.value);
    for (const p of problems ?? [])
      sink.report(this.meta, {
        file: doc.path,
        json: doc.json,
        pointer: p.pointer,
        target: p.target,
        message: p.message,
        hint: p.hint ? `${p.hint} (${KIND_LABEL[doc.kind]}, schema ${doc.schemaId})` : `${KIND_LABEL[doc.kind]}, schema ${doc.schemaId}`,
      });
  },
};
