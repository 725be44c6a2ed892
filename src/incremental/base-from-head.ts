import type { CheckResult } from "../check.ts";
import type { LoadOptions } from "../registry/load.ts";
import { FsSource } from "../source/fs-source.ts";
import { LazyGitSource } from "../source/git-source.ts";
import type { RegistrySource } from "../source/source.ts";
import { mark } from "../util/timing.ts";
import { cacheOf } from "./cache.ts";
import { changedPaths, frameChange, type Changes, type Ignored } from "./changes.ts";
import { checkIncrementally, Fallback } from "./incremental.ts";

/**
 * The base's files without a listing of the base commit: what git says the
 * change touched comes from the commit, every other file from the working
 * tree, where git says it has the same content.
 */
class BaseSource implements RegistrySource {
  readonly label: string;
  readonly #git: LazyGitSource;
  readonly #tree: FsSource;
  readonly #changed: ReadonlySet<string>;
  readonly #paths: ReadonlySet<string>;

  constructor(git: LazyGitSource, tree: FsSource, changed: ReadonlySet<string>, paths: ReadonlySet<string>) {
    this.label = git.label;
    this.#git = git;
    this.#tree = tree;
    this.#changed = changed;
    this.#paths = paths;
  }

  async list(): Promise<string[]> {
    return [...this.#paths].sort();
  }

  read(path: string, maxBytes?: number): Buffer | Error {
    if (!this.#paths.has(path)) return new Error(`${path} is not in ${this.label}`);
    return this.#changed.has(path) ? this.#git.read(path, maxBytes) : this.#tree.read(path, maxBytes);
  }

  exists(path: string): boolean {
    return this.#paths.has(path);
  }
}

export interface BaseCommit {
  repoDir: string;
  /** The registry folder in the repository ("" for its top). */
  prefix: string;
  commit: string;
}

/**
 * The check of the base commit, from the head's check and the change alone,
 * for a pull request whose base nobody cached: the incremental check run
 * backwards, with the head's check standing in for the cache. Only the files
 * git says differ are read from the commit (in one `git cat-file`), and
 * the rules across documents run over the whole base, so the findings are
 * the full check's (a test compares them on generated pull requests).
 * Undefined when that cannot hold: the config, a schema or a catalog
 * changed, or the head read files git does not track (`ignored`).
 */
export async function baseFromHead(root: string, options: LoadOptions, head: CheckResult, changes: Changes, at: BaseCommit, ignored: Ignored): Promise<CheckResult | undefined> {
  const changed = changedPaths(changes);
  if (frameChange(changed) !== undefined) return undefined;
  const headPaths = head.registry.documents.map((d) => d.path);
  if (headPaths.some(ignored)) return undefined;

  const paths = new Set(headPaths.filter((p) => !changes.added.has(p)));
  for (const p of changes.deleted) paths.add(p);
  const git = new LazyGitSource(at.repoDir, at.commit, at.prefix, paths);
  await git.prefetch([...changed].filter((p) => paths.has(p)));
  const source = new BaseSource(git, new FsSource(root), changed, paths);
  // The head as the cache of a commit; its own commit is never read, as nothing asks for this result's base.
  const cache = cacheOf(head, "working-tree", at.prefix);
  // Findings of their own, as a cache read from disk has: the guard marks the head's new or existing afterwards.
  cache.documentFindings = cache.documentFindings.map((f) => ({ ...f }));
  const backwards: Changes = { added: changes.deleted, deleted: changes.added, modified: changes.modified };
  // The documents the change left alone are the head's own objects: a catalog diff then reads each of them once for both sides.
  const result = await checkIncrementally(root, { ...options, source }, cache, backwards, at.repoDir, { cachedDocument: (i) => head.registry.documents[i]! });
  mark(result instanceof Fallback ? `base read in full: ${result.reason}` : "base from the head and the change");
  return result instanceof Fallback ? undefined : result.head;
}
