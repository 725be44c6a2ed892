import { compareWithBase, type Comparison } from "./change/compare.ts";
import { locateRepo, resolveBase } from "./change/git.ts";
import { check, type CheckResult } from "./check.ts";
import { compareFindings, type Finding } from "./findings/finding.ts";
import type { Release } from "./schemas/releases.ts";
import { GitSource } from "./source/git-source.ts";
import { runLeased } from "./change/change-rules.ts";
import { FindingSink } from "./rules/rule.ts";
import { leaseConflicts, type LeaseFile } from "./run/leases.ts";

/** The base to compare with cannot be found: a usage problem, not a registry problem. */
export class BaseError extends Error {}

export interface GuardOptions {
  release?: Release;
  /** Threads to check documents on (see LoadOptions.concurrency). */
  concurrency?: number;
  /** The leases running contracts hold (from the mova-leases branch), and the branch under check, which may hold some itself. */
  leases?: { file: LeaseFile; ownBranch?: string; now?: Date };
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
  const head = await check(root, { ...(options.release ? { release: options.release } : {}), ...(options.concurrency ? { concurrency: options.concurrency } : {}) });
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
  const leaseFindings = options.leases ? leasedChanges(comparison, options.leases, head) : [];
  const findings = [...head.findings.filter((f) => !superseded(f)), ...comparison.findings, ...leaseFindings].sort(compareFindings);
  const before = new Set(base.findings.map(findingKey));
  for (const f of findings) f.baseline = before.has(findingKey(f)) ? "existing" : "new";
  return { ...head, findings, base: { ref: options.base, commit, comparison, result: base } };
}

/** Changed documents that a running contract holds a lease on. */
function leasedChanges(comparison: Comparison, leases: NonNullable<GuardOptions["leases"]>, head: CheckResult): Finding[] {
  const sink = new FindingSink();
  const changed = comparison.impact.changes.map((c) => ({ path: c.path, ...(c.id ? { id: c.id } : {}) }));
  for (const { lease, path } of leaseConflicts(leases.file, changed, leases.ownBranch, leases.now ?? new Date()))
    sink.report(runLeased, {
      file: path,
      json: head.registry.documents.find((d) => d.path === path)?.json,
      pointer: "",
      message: `${lease.document} is leased by run ${lease.run_id} (pull request branch ${lease.branch}) until ${lease.expires_at}`,
      hint: "wait until that run ends (its lease is released then), or make this change in that run's pull request",
    });
  return sink.findings;
}
