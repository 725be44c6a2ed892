import type { Finding } from "../../src/findings/finding.ts";

/** An annotation as @actions/core takes it: the finding, placed relative to the repository root. */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: { title: string; file: string; startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
}

export function toAnnotation(finding: Finding, registryPath: string): Annotation {
  const file = registryPath === "." || registryPath === "" ? finding.file : `${registryPath.replace(/\/+$/, "")}/${finding.file}`;
  const sameLine = finding.endLine === finding.line;
  return {
    level: finding.severity,
    message: finding.hint ? `${finding.message}\n→ ${finding.hint}` : finding.message,
    properties: {
      title: finding.rule,
      file,
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub only honours columns on single-line annotations.
      ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    },
  };
}
