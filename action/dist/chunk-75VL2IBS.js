import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  displayPath
} from "./chunk-LH4HCFPS.js";
import {
  KIND_LABEL,
  printable
} from "./chunk-JFYR2ZYG.js";

// src/report/text.ts
var ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 };
function painter(color) {
  return (style, text) => color ? `\x1B[${ANSI[style]}m${text}\x1B[0m` : text;
}
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "blue" };
function plural(n, word) {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word.endsWith("y") && !word.endsWith("ey") ? word.slice(0, -1) + "ies" : word + "s"}`;
}
function joinPath(root, file) {
  return root === "." || root === "" ? file : `${root.replace(/\/+$/, "")}/${file}`;
}
function formatText(report, options) {
  const paint = painter(options.color);
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (const [file, findings] of byFile) {
    lines.push(paint("underline", printable(joinPath(report.registry, file))));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth));
      const isNew = f.baseline === "new" ? paint("yellow", " (new)") : "";
      lines.push(`  ${paint("dim", pos)}  ${sev}  ${printable(f.message)}  ${paint("dim", f.rule)}${isNew}`);
      if (f.hint) lines.push(`  ${" ".repeat(posWidth + sevWidth + 4)}${paint("dim", "\u2192 " + printable(f.hint))}`);
    }
    lines.push("");
  }
  if (report.impact && (report.impact.changes.length > 0 || report.impact.contracts.length > 0)) {
    lines.push(paint("bold", `Impact of the change since ${report.base.ref} (${report.base.commit.slice(0, 7)})`));
    for (const c of report.impact.changes) lines.push(`  ${c.change.padEnd(8)} ${printable(c.id ?? c.path)}${c.breaking ? paint("red", " (breaking)") : ""}`);
    if (report.impact.contracts.length === 0) lines.push("  no contract is touched");
    for (const c of report.impact.contracts) lines.push(printable(`  touches ${c.id}${c.flow ? ` (flow ${c.flow})` : ""}: ${c.because.join(", ")}`));
    lines.push("");
  }
  const s = report.summary;
  const kinds = Object.entries(s.byKind).sort(([, a], [, b]) => b - a).map(([kind, n]) => plural(n, KIND_LABEL[kind])).join(", ");
  const where = report.registry === "." || report.registry === "" ? "./" : report.registry.replace(/\/*$/, "/");
  lines.push(`${paint("bold", `${report.tool.name} ${report.tool.version}`)} checked ${where} against MOVA ${report.release}`);
  lines.push(`  ${plural(s.documents, "document")}${kinds ? `: ${kinds}` : ""}`);
  if (report.cache) {
    const c = report.cache;
    if (c.mode === "incremental") lines.push(`  incremental: read ${c.read} of ${plural(c.documents, "document")}; the rest came from the cache of ${report.base?.commit.slice(0, 7) ?? "the base"}`);
    if (c.reason) lines.push(`  ${c.mode === "full" ? "full check: " : ""}${c.reason}`);
    if (c.written) lines.push(`  cache written: ${c.written}`);
  }
  const problems = s.errors + s.warnings + s.notices;
  if (problems === 0) lines.push(paint("green", "\u2714 no problems"));
  else {
    const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...s.notices ? [plural(s.notices, "notice")] : []];
    const fresh = report.base ? `, ${report.base.newFindings} new since ${report.base.ref}` : "";
    lines.push(paint(s.errors ? "red" : "yellow", `\u2716 ${plural(problems, "problem")} (${parts.join(", ")}${fresh})`));
  }
  return lines.join("\n") + "\n";
}

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
  formatText,
  toAnnotation,
  ANNOTATION_LIMIT,
  selectAnnotations,
  SUMMARY_FINDINGS
};
