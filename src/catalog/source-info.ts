import { simpleGit } from "simple-git";
import { locateRepo } from "../change/git.ts";
import type { SourceInfo } from "./build.ts";

/**
 * The commit a registry folder stands at, when its files are exactly that
 * commit's (no uncommitted change under it); otherwise undefined, because the
 * catalog would then describe something no commit holds.
 */
export async function sourceInfo(registryRoot: string): Promise<SourceInfo | undefined> {
  try {
    const { repoDir, prefix } = await locateRepo(registryRoot);
    const git = simpleGit(repoDir);
    const dirty = (await git.raw(["status", "--porcelain", "--untracked-files=all", "--", prefix || "."])).trim();
    if (dirty) return undefined;
    const [commit, committed_at] = (await git.raw(["log", "-1", "--format=%H%n%cI"])).trim().split("\n");
    return commit && committed_at ? { commit, committed_at: new Date(committed_at).toISOString().replace(/\.000Z$/, "Z") } : undefined;
  } catch {
    return undefined;
  }
}
