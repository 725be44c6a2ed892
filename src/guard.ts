import { compareWithBase, type Comparison } from "./change/compare.ts";
import { locateRepo, resolveBase } from "./change/git.ts";
import { check, type CheckResult } from "./check.ts";
import { compareFindings, type Finding } from "./findings/finding.ts";
import type { Release } from "./schemas/releases.ts";
import { GitSource } from "./source/git-source.ts";
import { simpleGit } from "simple-git";
import { discoveryPatterns, pathMatcher } from "./registry/discover.ts";
import { mark } from "./util/timing.ts";
import { baseFromHead } from "./incremental/base-from-head.ts";
import { cacheOf, readCache, writeCache } from "./incremental/cache.ts";
import { factColumnsOf } from "./incremental/fact-columns.ts";
import { changedPaths, changesSince, frameChange, ignoredFiles, type Changes, type Ignored } from "./incremental/changes.ts";
import { checkIncrementally, Fallback } from "./incremental/incremental.ts";
import { runLeased } from "./change/change-rules.ts";
import { FindingSink } from "./rules/rule.ts";
import { leaseConflicts, type LeaseFile } from "./run/leases.ts";

/** The base to compare with cannot be found: a usage problem, not a registry problem. */
export class BaseError extends Error {
  override readonly name = "BaseError";
}

export interface GuardOptions {
  release?: Release;
  /** Threads to check documents on (see LoadOptions.concurrency). */
  concurrency?: number;
  /** The leases running contracts hold (from the mova-leases branch), and the branch under check, which may hold some itself. */
  leases?: { file: LeaseFile; ownBranch?: string; now?: Date };
  /** A git ref to compare with (a branch, tag or commit); the merge-base with HEAD is used. */
  base?: string;
  /**
   * A folder of check caches, one per commit. With a base whose cache is
   * there, only what the change touches is read; without, the base's full
   * check is cached there for the next change. Without a base, a clean
   * working tree's check is cached for HEAD.
   */
  cacheDir?: string;
  /**
   * Take the working tree for HEAD (a fresh checkout, as in CI): an
   * incremental check then asks git only what the commits change, without
   * looking through the working tree for edits.
   */
  committedOnly?: boolean;
  /**
   * The caller builds the catalog diff (the pull request's summary): keep
   * what the catalog takes from each document as it is read, so the diff
   * reads nothing again. Always on with a cache folder, whose caches keep it.
   */
  catalogFacts?: boolean;
}

/** How the check used the cache, for the report. */
export interface CacheUse {
  /** "incremental": read from the base's cache; "full": checked everything (see reason); "written": a cache was written for `commit`. */
  mode: "incremental" | "full";
  reason?: string;
  /** Documents read and checked one by one, of all the registry's. */
  read: number;
  documents: number;
  written?: string;
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
  cache?: CacheUse;
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
  const loadOptions = {
    ...(options.release ? { release: options.release } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.catalogFacts || options.cacheDir ? { catalogFacts: true } : {}),
  };
  if (!options.base) {
    const head = await check(root, loadOptions);
    if (!options.cacheDir) return head;
    return { ...head, cache: { mode: "full", read: head.registry.documents.length, documents: head.registry.documents.length, ...(await cacheCommitCheck(root, head, options.cacheDir, options.release)) } };
  }

  let repoDir: string, prefix: string, commit: string;
  try {
    ({ repoDir, prefix } = await locateRepo(root));
    commit = await resolveBase(repoDir, options.base);
  } catch (error) {
    throw new BaseError(`cannot compare with base "${options.base}": ${(error as Error).message.split("\n")[0]}`);
  }
  let head: CheckResult, base: CheckResult;
  let candidates: Set<string> | undefined;
  let cache: CacheUse | undefined;
  mark("base resolved");
  // git looks for the change while the cache is read, or the head checked.
  const changes = changesSince(repoDir, prefix, commit, { committedOnly: options.committedOnly ?? false });
  changes.catch(() => undefined);
  const cached = options.cacheDir ? await readCache(options.cacheDir, commit, prefix, options.release) : undefined;
  mark(cached ? "cache read" : "no cache");
  const incremental = cached ? await checkIncrementally(root, loadOptions, cached, await changes, repoDir) : undefined;
  if (incremental && !(incremental instanceof Fallback)) {
    head = incremental.head;
    base = await incremental.base();
    candidates = incremental.candidates;
    const documents = head.registry.documents.length;
    cache = { mode: "incremental", read: documents - incremental.reused, documents };
  } else {
    // A checkout taken for HEAD has no files git ignores; elsewhere they are looked for while the head is checked.
    const ignored: Promise<Ignored> = options.committedOnly ? Promise.resolve(() => false) : ignoredFiles(repoDir, prefix);
    ignored.catch(() => undefined);
    head = await check(root, loadOptions);
    const known = await Promise.all([changes, ignored]).catch(() => undefined);
    base =
      (known && (await baseFromHead(root, loadOptions, head, known[0], { repoDir, prefix, commit }, known[1]))) ??
      (await check(root, { ...loadOptions, source: await GitSource.open(repoDir, commit, prefix) }));
    candidates = await changedDocuments(changes);
    if (options.cacheDir) {
      const written = writeCache(options.cacheDir, cacheOf(base, commit, prefix), options.release, factColumnsOf(base.registry.documents));
      const reason = incremental?.reason ?? `no cache of the base ${commit.slice(0, 7)} yet`;
      cache = { mode: "full", reason, read: head.registry.documents.length, documents: head.registry.documents.length, written };
    }
  }
  const comparison = compareWithBase(base, head, candidates);
  mark("compared with the base");

  const superseded = (f: Finding) => f.rule.startsWith("refs/") && comparison.supersededReferences.has(`${f.file}#${f.pointer ?? ""}`);
  const leaseFindings = options.leases ? leasedChanges(comparison, options.leases, head) : [];
  const findings = [...head.findings.filter((f) => !superseded(f)), ...comparison.findings, ...leaseFindings].sort(compareFindings);
  const before = new Set(base.findings.map(findingKey));
  for (const f of findings) f.baseline = before.has(findingKey(f)) ? "existing" : "new";
  return { ...head, findings, base: { ref: options.base, commit, comparison, result: base }, ...(cache ? { cache } : {}) };
}

/**
 * The paths git says differ from the base, for the comparison to look at
 * instead of every document of both sides (canonical JSON of 200,000
 * documents, about 3 s at 100k): a file git did not change has the same
 * bytes, so the same content. Undefined (compare everything) when a file
 * every document depends on changed, since the config can change what is
 * discovered at all, or when git cannot tell.
 */
async function changedDocuments(changes: Promise<Changes>): Promise<Set<string> | undefined> {
  try {
    const paths = changedPaths(await changes);
    return frameChange(paths) === undefined ? paths : undefined;
  } catch {
    return undefined;
  }
}

/** Caches a check of the working tree for HEAD, when the registry's files are HEAD's: that is what a base's cache must hold. */
export async function cacheCommitCheck(root: string, head: CheckResult, dir: string, release: Release | undefined): Promise<{ written?: string; reason?: string }> {
  try {
    const { repoDir, prefix } = await locateRepo(root);
    const commit = (await simpleGit(repoDir).revparse(["HEAD"])).trim();
    // Only files a check reads count: a cache folder or notes beside the registry do not make it differ from HEAD.
    const { patterns, ignore } = discoveryPatterns(head.registry.config);
    const read = pathMatcher(patterns, ignore);
    const differs = [...changedPaths(await changesSince(repoDir, prefix, commit))].find(read);
    if (differs) return { reason: `the registry differs from HEAD (${differs}), so nothing was cached` };
    return { written: writeCache(dir, cacheOf(head, commit, prefix), release, factColumnsOf(head.registry.documents)) };
  } catch (error) {
    return { reason: `nothing was cached: ${(error as Error).message.split("\n")[0]}` };
  }
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
