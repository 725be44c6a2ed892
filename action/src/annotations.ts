import type { Finding, Severity } from "../../src/findings/finding.ts";
import { printable } from "../../src/report/escape.ts";
import { displayPath } from "../../src/report/report.ts";

/** An annotation as @actions/core takes it: the finding, placed relative to the repository root. */
export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file: string; startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
}

export function toAnnotation(finding: Finding, registryPath: string): Annotation {
  const sameLine = finding.endLine === finding.line;
  return {
    level: finding.severity,
    // Registry text may hold control characters; @actions/core escapes only %, CR and LF.
    message: finding.hint ? `${printable(finding.message)}\n→ ${printable(finding.hint)}` : printable(finding.message),
    properties: {
      title: finding.rule,
      file: printable(displayPath(registryPath, finding.file)),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub only honours columns on single-line annotations.
      ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    },
  };
}

/** GitHub shows at most 10 annotations of each level per step (and 50 per job); more are dropped silently. */
export const ANNOTATION_LIMIT = 10;

/** The findings to annotate, new ones first, within GitHub's limits; and how many were left out. */
export function selectAnnotations(findings: readonly Finding[], limit = ANNOTATION_LIMIT): { shown: Finding[]; omitted: number } {
  const shown: Finding[] = [];
  for (const level of ["error", "warning", "notice"] as const) {
    const ofLevel = findings.filter((f) => f.severity === level);
    const ordered = [...ofLevel.filter((f) => f.baseline !== "existing"), ...ofLevel.filter((f) => f.baseline === "existing")];
    shown.push(...ordered.slice(0, limit));
  }
  return { shown, omitted: findings.length - shown.length };
}
