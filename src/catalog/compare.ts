import { compareWithBase, type SchemaEvolution } from "../change/compare.ts";
import { locateRepo, resolveBase } from "../change/git.ts";
import { check, type CheckResult } from "../check.ts";
import { BaseError } from "../guard.ts";
import type { Release } from "../schemas/releases.ts";
import { GitSource } from "../source/git-source.ts";
import { buildCatalog, type CatalogOptions } from "./build.ts";
import { CatalogReads } from "./reads.ts";
import { diffCatalogs, type CatalogDiff } from "./diff.ts";

/** The catalog diff between two registries already loaded (the guard's base and head), with their schema evolutions if known. */
export function catalogDiffOf(base: CheckResult, head: CheckResult, options: CatalogOptions, evolutions: readonly SchemaEvolution[] = compareWithBase(base, head).schemas): CatalogDiff {
  const { source: _ignored, ...rest } = options;
  // One reader for both sides: they share every document the change left as it was.
  const reads = new CatalogReads();
  return diffCatalogs(buildCatalog(base.registry, rest, reads), buildCatalog(head.registry, rest, reads), evolutions);
}

/** What the catalog of the registry at `root` would change compared with the merge-base of `baseRef` and HEAD. */
export async function catalogDiffAgainst(root: string, baseRef: string, options: CatalogOptions & { release?: Release }): Promise<CatalogDiff> {
  let repoDir: string, prefix: string, commit: string;
  try {
    ({ repoDir, prefix } = await locateRepo(root));
    commit = await resolveBase(repoDir, baseRef);
  } catch (error) {
    throw new BaseError(`cannot compare with base "${baseRef}": ${(error as Error).message.split("\n")[0]}`);
  }
  const release = { ...(options.release ? { release: options.release } : {}), catalogFacts: true };
  const head = await check(root, release);
  const base = await check(root, { ...release, source: await GitSource.open(repoDir, commit, prefix) });
  return catalogDiffOf(base, head, options);
}
