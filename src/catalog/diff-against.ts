import { locateBase } from "../change/git.ts";
import { check } from "../check.ts";
import type { Release } from "../schemas/releases.ts";
import { GitSource } from "../source/git-source.ts";
import type { CatalogOptions } from "./build.ts";
import { catalogDiffOf } from "./compare.ts";
import type { CatalogDiff } from "./diff.ts";

/** What the catalog of the registry at `root` would change compared with the merge-base of `baseRef` and HEAD. */
export async function catalogDiffAgainst(root: string, baseRef: string, options: CatalogOptions & { release?: Release }): Promise<CatalogDiff> {
  const { repoDir, prefix, commit } = await locateBase(root, baseRef);
  const release = { ...(options.release ? { release: options.release } : {}), catalogFacts: true };
  const head = await check(root, release);
  const base = await check(root, { ...release, source: await GitSource.open(repoDir, commit, prefix) });
  return catalogDiffOf(base, head, options);
}
