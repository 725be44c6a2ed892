import { compareWithBase, type Comparison } from "./change/compare.ts";
import { locateRepo, resolveBase } from "./change/git.ts";
import { check, type CheckResult } from "./check.ts";
import { compareFindings, type Finding } from "./findings/finding.ts";
import type { Release } from "./schemas/releases.ts";
import { GitSource } from "./source/git-source.ts";

/** The base to compare with cannot be found: a usage problem, not a registry problem. */
export class BaseError extends Error {}

export interface GuardOptions {
  release?: Release;
  /** A git ref to compare with (a branch, tag or commit); the merge-base with HEAD is used. */
  base?: string;
}

export interface BaseInfo {
  ref: string;
  commit: string;
  comparison: Comparison;
  /** The same check run on the base, for fail-on new. */
  result: CheckResult;
}

export interface GuardResult extends CheckResult {
  base?: BaseInfo;
}

/** How a finding is recognised on the base and the head, whatever lines moved. */
export function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.file}\u0000${f.pointer ?? ""}\u0000${f.message}`;
}

/**
 * The pull-request guard: every rule on the registry as it stands, and, with
 * a base, what the change does compared with it (breaking schema changes,
 * removals still in use, the contracts it touches) and which findings are new.
 */
export async function guard(root: string, options: GuardOptions = {}): Promise<GuardResult> {
  const head = await check(root, options.release ? { release: options.release } : {});
  if (!options.base) return head;

  let repoDir: string, prefix: string, commit: string;
  try {
    ({ repoDir, prefix } = await locateRepo(root));
    commit = await resolveBase(repoDir, options.base);
  } catch (error) {
    throw new BaseError(`cannot compare with base "${options.base}": ${(error as Error).message.split("\n")[0]}`);
  }
  const base = await check(root, { ...(options.release ? { release: options.release } : {}), source: await GitSource.open(repoDir, commit, prefix) });
  const comparison = compareWithBase(base, head);

  const superseded = (f: Finding) => f.rule.startsWith("refs/") && comparison.supersededReferences.has(`${f.file}#${f.pointer ?? ""}`);
  const findings = [...head.findings.filter((f) => !superseded(f)), ...comparison.findings].sort(compareFindings);
  const before = new Set(base.findings.map(findingKey));
  for (const f of findings) f.baseline = before.has(findingKey(f)) ? "existing" : "new";
  return { ...head, findings, base: { ref: options.base, commit, comparison, result: base } };
}
