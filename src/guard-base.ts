// What guard does with a base, and the caching of a commit's check: loaded only when a check compares or caches (see guard.ts),
// so that a plain check starts without git.
import { compareWithBase, type Comparison } from "./change/compare.ts";
import { locateBase, locateRepo } from "./change/git.ts";
import { check, type CheckResult } from "./check.ts";
import { compareFindings, findingKey, type Finding } from "./findings/finding.ts";
import type { CacheUse, GuardOptions, GuardResult } from "./guard.ts";
import type { Release } from "./schemas/releases.ts";
import { CatFileBatch, GitSource } from "./source/git-source.ts";
import { simpleGit } from "simple-git";
import { discoveryPatterns, pathMatcher } from "./registry/discover.ts";
import type { LoadOptions } from "./registry/load.ts";
import { mark } from "./util/timing.ts";
import { baseFromHead } from "./incremental/base-from-head.ts";
import { cacheOf, readCache, writeCache } from "./incremental/cache.ts";
import { factColumnsOf } from "./incremental/fact-columns.ts";
import { changedPaths, changesSince, frameChange, ignoredFiles, type Changes, type Ignored } from "./incremental/changes.ts";
import { checkIncrementally, Fallback } from "./incremental/incremental.ts";
import { runLeased } from "./change/change-rules.ts";
import { FindingSink } from "./rules/rule.ts";
import { leaseConflicts } from "./run/leases.ts";

/** The guard with a base to compare with (see guard in guard.ts). */
export async function guardWithBase(root: string, options: GuardOptions, baseRef: string, loadOptions: LoadOptions): Promise<GuardResult> {
  const { repoDir, prefix, commit } = await locateBase(root, baseRef);
  let head: CheckResult, base: CheckResult;
  let candidates: Set<string> | undefined;
  let cache: CacheUse | undefined;
  mark("base resolved");
  // git looks for the change while the cache is read, or the head checked.
  const changes = changesSince(repoDir, prefix, commit, { committedOnly: options.committedOnly ?? false });
  changes.catch(() => undefined);
  // The base's side of the files the change touches is read from git by a process spawned now, before the cache makes this
  // process larger and spawning slower (CatFileBatch).
  const blobs = options.cacheDir ? new CatFileBatch(repoDir) : undefined;
  let incremental: Awaited<ReturnType<typeof checkIncrementally>> | undefined;
  try {
    const cached = options.cacheDir ? await readCache(options.cacheDir, commit, prefix, options.release) : undefined;
    mark(cached ? "cache read" : "no cache");
    incremental = cached ? await checkIncrementally(root, loadOptions, cached, await changes, repoDir, { readBaseAhead: true, blobs }) : undefined;
  } finally {
    blobs?.close();
  }
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
  return { ...head, findings, base: { ref: baseRef, commit, comparison, result: base }, ...(cache ? { cache } : {}) };
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
