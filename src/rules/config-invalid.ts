import { CONFIG_FILE } from "../config/config.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/** mova.registry.json follows registry.config_v1; a bad config is a usage problem (exit code 2). */
export const configInvalid: DocumentRule = {
  meta: ruleMeta("config/invalid", "error", `${CONFIG_FILE} does not follow the registry.config_v1 schema.`),
  checkDocument(doc, { frame, sink }) {
    if (doc.kind !== "config" || !doc.json?.ok) return;
    for (const p of frame.schemas.validate("registry.config_v1", doc.json.value) ?? [])
      sink.report(this.meta, { file: doc.path, json: doc.json, pointer: p.pointer, target: p.target, message: p.message, hint: p.hint });
  },
};
