import type { Finding, Severity } from "../findings/finding.ts";
import { KIND_LABEL } from "../registry/kinds.ts";
import { printable } from "./escape.ts";
import { displayPath, type Report } from "./report.ts";

export interface MarkdownOptions {
  /** Most findings listed; the rest are counted. */
  maxFindings: number;
  /** Turns a repository path and line into a link, e.g. to the file at the head commit. */
  link?: (path: string, line: number) => string;
  /** Extra sections, such as the catalog diff. */
  sections?: string[];
}

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/** Text inside a table cell: no pipes, no line breaks, no HTML. */
function cell(text: string): string {
  // Line breaks become <br>; any other control character its \u escape.
  return text
    .split(/\r?\n/)
    .map((line) => printable(line).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|"))
    .join("<br>");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The headline: what a reviewer reads first. */
export function headline(report: Report): string {
  const s = report.summary;
  if (s.errors + s.warnings + s.notices === 0) return "✅ MOVA registry: all clear";
  const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...(s.notices ? [plural(s.notices, "notice")] : [])];
  return `${s.errors ? "❌" : "⚠️"} MOVA registry: ${parts.join(", ")}`;
}

function findingRow(report: Report, f: Finding, options: MarkdownOptions): string {
  const path = displayPath(report.registry, f.file);
  const where = options.link ? `[${cell(path)}:${f.line}](${options.link(path, f.line)})` : `\`${cell(path)}:${f.line}\``;
  const isNew = f.baseline === "new" ? " 🆕" : "";
  return `| ${ICON[f.severity]}${isNew} | ${where} | \`${f.rule}\` | ${cell(f.message)}${f.hint ? `<br>→ ${cell(f.hint)}` : ""} |`;
}

/** The report as Markdown, for the job summary and the pull request comment. */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const lines: string[] = [`### ${headline(report)}`, ""];
  const where = report.registry === "." ? "the repository root" : `\`${report.registry}/\``;
  const base = report.base ? ` · compared with \`${report.base.ref}\` (${report.base.commit.slice(0, 7)}): ${plural(report.base.newFindings, "new finding")}` : "";
  lines.push(`${where} checked against MOVA ${report.release} · ${plural(report.summary.documents, "document")}${base}`, "");

  if (report.findings.length > 0) {
    lines.push("| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, options.maxFindings)) lines.push(findingRow(report, f, options));
    const rest = report.findings.length - options.maxFindings;
    if (rest > 0) lines.push("", `…and ${plural(rest, "more finding")}: see the job summary, the annotations or the SARIF report.`);
    lines.push("");
  }

  const impact = report.impact;
  if (impact && (impact.changes.length > 0 || impact.contracts.length > 0)) {
    lines.push("#### Impact", "");
    if (impact.changes.length > 0) {
      lines.push("| Change | Document | Kind |", "|---|---|---|");
      for (const c of impact.changes) lines.push(`| ${c.change}${c.breaking ? " **(breaking)**" : ""} | \`${cell(c.id ?? displayPath(report.registry, c.path))}\` | ${KIND_LABEL[c.kind]} |`);
      lines.push("");
    }
    if (impact.contracts.length > 0) {
      lines.push(`Contracts and flows this change touches (${impact.contracts.length}):`, "");
      for (const c of impact.contracts) lines.push(`- \`${c.id}\`${c.flow ? ` (flow \`${displayPath(report.registry, c.flow)}\`)` : ""}: ${c.because.map((b) => `\`${cell(b)}\``).join(", ")}`);
      lines.push("");
    } else lines.push("No contract is touched.", "");
  }
  for (const section of options.sections ?? []) lines.push(section, "");
  return lines.join("\n").replace(/\n+$/, "\n");
}
