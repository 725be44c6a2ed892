import { BaseError } from "./base-error.ts";
import { relative, resolve } from "node:path";
import { simpleGit } from "simple-git";

export interface RepoLocation {
  /** Absolute path of the repository's top folder. */
  repoDir: string;
  /** The registry folder relative to it, forward slashes, "" for the top. */
  prefix: string;
}

export async function locateRepo(registryRoot: string): Promise<RepoLocation> {
  const top = (await simpleGit(registryRoot).revparse(["--show-toplevel"])).trim();
  const prefix = relative(resolve(top), resolve(registryRoot)).replace(/\\/g, "/");
  return { repoDir: top, prefix };
}

/** The repository around a registry and the commit a change to it is compared against (see resolveBase); a BaseError when git cannot tell. */
export async function locateBase(registryRoot: string, baseRef: string): Promise<RepoLocation & { commit: string }> {
  // Both asked of git at once (git finds the repository from the registry's folder): where it is, and the merge-base.
  const base = resolveBase(registryRoot, baseRef);
  base.catch(() => undefined);
  try {
    const location = await locateRepo(registryRoot);
    return { ...location, commit: await base };
  } catch (error) {
    throw new BaseError(`cannot compare with base "${baseRef}": ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * The commit a change is compared against: the merge-base of `baseRef` and
 * HEAD, as GitHub's "Files changed" shows. A shallow checkout may lack it,
 * so history is deepened step by step until it appears.
 */
export async function resolveBase(dir: string, baseRef: string): Promise<string> {
  // Any folder inside the repository will do.
  const git = simpleGit(dir);
  const mergeBase = async () => {
    try {
      return (await git.raw(["merge-base", baseRef, "HEAD"])).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  let found = await mergeBase();
  for (let depth = 50; !found && depth <= 3200 && (await git.revparse(["--is-shallow-repository"])).trim() === "true"; depth *= 2) {
    await git.fetch(["--deepen", String(depth), "origin"]).catch(() => undefined);
    found = await mergeBase();
  }
  if (!found) throw new Error(`cannot find a common ancestor of ${baseRef} and HEAD; fetch more history (actions/checkout with fetch-depth: 0) or check the base ref`);
  return found;
}
