import type { Comparison } from "./change/compare.ts";
import { check, type CheckResult } from "./check.ts";
import type { LoadOptions } from "./registry/load.ts";
import type { Release } from "./schemas/releases.ts";
import type { LeaseFile } from "./run/leases.ts";

export { BaseError } from "./change/base-error.ts";

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

/**
 * The pull-request guard: every rule on the registry as it stands, and, with
 * a base, what the change does compared with it (breaking schema changes,
 * removals still in use, the contracts it touches) and which findings are new.
 */
export async function guard(root: string, options: GuardOptions = {}): Promise<GuardResult> {
  const loadOptions: LoadOptions = {
    ...(options.release ? { release: options.release } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.catalogFacts || options.cacheDir ? { catalogFacts: true } : {}),
  };
  // git and the comparison are loaded only when asked for: a plain check starts without them (simple-git alone is about 15 ms).
  if (options.base) return (await import("./guard-base.ts")).guardWithBase(root, options, options.base, loadOptions);
  const head = await check(root, loadOptions);
  if (!options.cacheDir) return head;
  const { cacheCommitCheck } = await import("./guard-base.ts");
  return { ...head, cache: { mode: "full", read: head.registry.documents.length, documents: head.registry.documents.length, ...(await cacheCommitCheck(root, head, options.cacheDir, options.release)) } };
}
