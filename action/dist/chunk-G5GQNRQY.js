import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  displayPath
} from "./chunk-G65C4UKC.js";
import {
  printable
} from "./chunk-DEQPY4IZ.js";

// action/src/annotations.ts
function toAnnotation(finding, registryPath) {
  const sameLine = finding.endLine === finding.line;
  return {
    level: finding.severity,
    // Registry text may hold control characters; @actions/core escapes only %, CR and LF.
    message: finding.hint ? `${printable(finding.message)}
\u2192 ${printable(finding.hint)}` : printable(finding.message),
    properties: {
      title: finding.rule,
      file: printable(displayPath(registryPath, finding.file)),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub only honours columns on single-line annotations.
      ...sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}
    }
  };
}
var ANNOTATION_LIMIT = 10;
function selectAnnotations(findings, limit = ANNOTATION_LIMIT) {
  const shown = [];
  for (const level of ["error", "warning", "notice"]) {
    const ofLevel = findings.filter((f) => f.severity === level);
    const ordered = [...ofLevel.filter((f) => f.baseline !== "existing"), ...ofLevel.filter((f) => f.baseline === "existing")];
    shown.push(...ordered.slice(0, limit));
  }
  return { shown, omitted: findings.length - shown.length };
}

// action/src/limits.ts
var SUMMARY_FINDINGS = 300;

export {
  toAnnotation,
  ANNOTATION_LIMIT,
  selectAnnotations,
  SUMMARY_FINDINGS
};
