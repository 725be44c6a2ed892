import { simpleGit } from "simple-git";

/** What differs between a commit and the working tree, in registry-relative paths. */
export interface Changes {
  added: Set<string>;
  modified: Set<string>;
  deleted: Set<string>;
}

export function changedPaths(changes: Changes): Set<string> {
  return new Set([...changes.added, ...changes.modified, ...changes.deleted]);
}

/**
 * The registry's files that differ between `commit` and the working tree:
 * committed, staged and unstaged changes (`git diff <commit>`, renames as a
 * deletion and an addition) and untracked files git does not ignore.
 */
export async function changesSince(repoDir: string, prefix: string, commit: string): Promise<Changes> {
  const git = simpleGit(repoDir);
  const spec = prefix === "" ? ":(top)." : `:(top)${prefix}`;
  const [diff, untracked] = await Promise.all([
    git.raw(["-c", "core.quotePath=false", "diff", "--name-status", "-z", "--no-renames", commit, "--", spec]),
    git.raw(["-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard", "-z", "--", spec]),
  ]);
  const local = (path: string) => (prefix === "" ? path : path.startsWith(prefix + "/") ? path.slice(prefix.length + 1) : undefined);
  const changes: Changes = { added: new Set(), modified: new Set(), deleted: new Set() };
  const fields = diff.split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    const path = local(fields[i + 1]!);
    if (path === undefined) continue;
    if (status.startsWith("A")) changes.added.add(path);
    else if (status.startsWith("D")) changes.deleted.add(path);
    else changes.modified.add(path);
  }
  for (const p of untracked.split("\0")) {
    const path = p && local(p);
    if (path) changes.added.add(path);
  }
  return changes;
}
