import { printable } from "./escape.ts";
import { displayPath, type Report } from "./report.ts";

/** GitHub's escaping for workflow command data and properties (as @actions/core does it). */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Findings as workflow commands (`::error file=…::…`), so a plain `run:` step annotates the pull request. */
export function formatGithub(report: Report): string {
  const level = { error: "error", warning: "warning", notice: "notice" } as const;
  return report.findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(printable(displayPath(report.registry, f.file)))}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        ...(f.endLine === f.line ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(f.rule)}`,
      ];
      return `::${level[f.severity]} ${props.join(",")}::${escapeData(f.hint ? `${printable(f.message)}\n→ ${printable(f.hint)}` : printable(f.message))}\n`;
    })
    .join("");
}
