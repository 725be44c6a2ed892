import { CONFIG_FILE } from "./config/config.ts";
import { compareFindings, type Finding, type Severity } from "./findings/finding.ts";
import type { Registry } from "./registry/document.ts";
import { loadRegistry, type LoadOptions } from "./registry/load.ts";
import { RULES } from "./rules/index.ts";
import type { RuleContext } from "./rules/rule.ts";

export interface CheckResult {
  registry: Registry;
  /** Sorted by file, line and column. */
  findings: Finding[];
  /** True when mova.registry.json itself is broken: a usage problem rather than a registry problem. */
  configBroken: boolean;
}

/** Loads the registry at `root` and runs every rule over it. */
export async function check(root: string, options: LoadOptions = {}): Promise<CheckResult> {
  const { registry, sink } = await loadRegistry(root, options);
  const ctx: RuleContext = { registry, sink };
  for (const rule of RULES) {
    if ("checkDocument" in rule) for (const doc of registry.documents) rule.checkDocument(doc, ctx);
    else rule.checkRegistry(ctx);
  }
  const findings = applySeverityPolicy(sink.findings, registry.config.policy.rules).sort(compareFindings);
  const configBroken = findings.some((f) => f.file === CONFIG_FILE && f.severity === "error");
  return { registry, findings, configBroken };
}

/** policy.rules in mova.registry.json: a severity per rule id, or "off". */
function applySeverityPolicy(findings: Finding[], rules: unknown): Finding[] {
  if (!rules || typeof rules !== "object") return findings;
  const policy = rules as Record<string, Severity | "off">;
  return findings.flatMap((f) => {
    const level = policy[f.rule];
    if (level === "off") return [];
    return level ? [{ ...f, severity: level }] : [f];
  });
}
