import type { Severity } from "../../findings/finding.ts";
import { flowModelOf, type FlowModel } from "../../flow/flow-model.ts";
import type { RegistryDocument } from "../../registry/document.ts";
import { ruleMeta, type DocumentContext, type DocumentRule } from "../rule.ts";

export interface FlowReport {
  (pointer: string, message: string, hint?: string, target?: "key" | "value"): void;
}

/** A rule over one flow at a time, handed the flow's graph and a reporter bound to its file. */
export function flowRule(
  id: string,
  severity: Severity,
  description: string,
  check: (flow: FlowModel, value: Record<string, unknown>, report: FlowReport, ctx: DocumentContext, doc: RegistryDocument) => void,
): DocumentRule {
  const meta = ruleMeta(id, severity, description);
  return {
    meta,
    checkDocument(doc, ctx) {
      if (doc.kind !== "flow" || !doc.json?.ok) return;
      const value = doc.json.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const report: FlowReport = (pointer, message, hint, target = "value") => ctx.sink.report(meta, { file: doc.path, json: doc.json, pointer, target, message, hint });
      check(flowModelOf(value), value as Record<string, unknown>, report, ctx, doc);
    },
  };
}
