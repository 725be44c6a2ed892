import type { Log, ReportingDescriptor, Result } from "sarif";
import { findingKey, type Severity } from "../findings/finding.ts";
import { ALL_RULE_METAS } from "../rules/index.ts";
import { sha256 } from "../util/canonical.ts";
import { printable } from "./escape.ts";
import { displayPath, type Report } from "./report.ts";

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", notice: "note" };

export const REPOSITORY_URL = "https://github.com/mova-registry/mova-registry";

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule described, paths relative to the repository. */
export function formatSarif(report: Report): string {
  const rules: ReportingDescriptor[] = ALL_RULE_METAS.map((m) => ({
    id: m.id,
    name: m.id.replace(/(^|[/-])(\w)/g, (_, _sep: string, c: string) => c.toUpperCase()),
    shortDescription: { text: m.description },
    helpUri: m.docs,
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ["mova", m.id.split("/")[0]!] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${printable(f.message)}\n${printable(f.hint)}` : printable(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: printable(displayPath(report.registry, f.file)) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    // Stable across line moves, so code scanning tracks a finding from commit to commit.
    partialFingerprints: { "movaFinding/v1": sha256(findingKey(f)).slice(0, 32) },
    ...(f.baseline ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {}),
  }));
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: REPOSITORY_URL, rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
