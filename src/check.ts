import { availableParallelism } from "node:os";
import { mark } from "./util/timing.ts";
import { CONFIG_FILE } from "./config/config.ts";
import { compareFindings, type Finding, type Severity } from "./findings/finding.ts";
import type { Registry } from "./registry/document.ts";
import { loadRegistry, type LoadOptions, type Parallelism } from "./registry/load.ts";
import { REGISTRY_RULES, runDocumentRules } from "./rules/index.ts";
import type { FindingSink } from "./rules/rule.ts";

export interface CheckResult {
  registry: Registry;
  /** Sorted by file, line and column. */
  findings: Finding[];
  /** True when mova.registry.json itself is broken: a usage problem rather than a registry problem. */
  configBroken: boolean;
  /** What reading each document and its own rules found, before the rules across documents: what a cache keeps per file. */
  documentFindings: readonly Finding[];
}

/** The worker thread's module: beside this one in the sources, beside the bundle once bundled. */
const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./check-worker.ts" : "./check-worker.js", import.meta.url);

/**
 * Below this many documents, a second thread costs more than it saves: it
 * loads the engine and compiles the registry's schemas again, and its
 * summaries must be taken in. On 2 cores (medians, one thread vs two): 10k
 * 0.74 vs 0.81 s, 20k 1.38 vs 1.44 s, 40k 2.47 vs 2.32 s, 100k 5.8 vs 3.9 s.
 */
export const PARALLEL_MIN_DOCUMENTS = 25_000;

/**
 * Loads the registry at `root` and runs every rule over it: each document's
 * own rules while it is in memory, then the rules across documents over what
 * the documents left behind (kinds, ids, references).
 */
export async function check(root: string, options: LoadOptions = {}): Promise<CheckResult> {
  const { registry, sink } = await loadRegistry(root, options, runDocumentRules, parallelism(options));
  return finishCheck(registry, sink);
}

/** How `check` shares documents between threads. */
export function parallelism(options: LoadOptions): Parallelism {
  return { workerUrl: WORKER_URL, threads: options.concurrency ?? availableParallelism(), minDocuments: options.parallelMinDocuments ?? PARALLEL_MIN_DOCUMENTS };
}

/** The rules across documents, over a registry whose documents have been checked one by one into `sink`. */
export function finishCheck(registry: Registry, sink: FindingSink): CheckResult {
  const documentFindings = [...sink.findings];
  for (const rule of REGISTRY_RULES) rule.checkRegistry({ registry, sink });
  mark("registry rules done");
  const findings = applySeverityPolicy(sink.findings, registry.config.policy.rules).sort(compareFindings);
  const configBroken = findings.some((f) => f.file === CONFIG_FILE && f.severity === "error");
  return { registry, findings, configBroken, documentFindings };
}

const LEVELS: ReadonlySet<unknown> = new Set<Severity | "off">(["error", "warning", "notice", "off"]);

/** policy.rules in mova.registry.json: a severity per rule id, or "off". */
function applySeverityPolicy(findings: Finding[], rules: unknown): Finding[] {
  if (!rules || typeof rules !== "object" || Array.isArray(rules)) return findings;
  const policy = rules as Record<string, unknown>;
  return findings.flatMap((f) => {
    // Only a level the config schema allows, and only the object's own: anything else ([], 5, "loud") is
    // reported by config/invalid and must not become a finding's severity (found by test/properties.test.ts).
    const level = Object.hasOwn(policy, f.rule) ? policy[f.rule] : undefined;
    if (!LEVELS.has(level)) return [f];
    if (level === "off") return [];
    return [{ ...f, severity: level as Severity }];
  });
}
