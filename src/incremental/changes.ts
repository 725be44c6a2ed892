import { existsSync } from "node:fs";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { isGlobalFramePath } from "../registry/classify.ts";

/** What differs between a commit and the working tree, in registry-relative paths. */
export interface Changes {
  added: Set<string>;
  modified: Set<string>;
  deleted: Set<string>;
}

export function changedPaths(changes: Changes): Set<string> {
  return new Set([...changes.added, ...changes.modified, ...changes.deleted]);
}

/** The first changed path every document depends on (the config, a schema, a catalog): what no partial check can take in. */
export function frameChange(paths: Iterable<string>): string | undefined {
  for (const path of paths) if (isGlobalFramePath(path)) return path;
  return undefined;
}

/** The registry folder as a git pathspec: ":(top)" alone is the whole repository; ":(top)." matches nothing (git 2.39). */
function registryPathspec(prefix: string): string {
  return prefix === "" ? ":(top)" : `:(top)${prefix}`;
}

/** A repository path as a path of the registry, or undefined outside its folder ("" for the folder itself). */
function registryPath(prefix: string, path: string): string | undefined {
  if (prefix === "") return path;
  if (path === prefix + "/") return "";
  return path.startsWith(prefix + "/") ? path.slice(prefix.length + 1) : undefined;
}

/** `git diff --name-status -z` output: status letter and path, by path. */
function statuses(output: string): Map<string, string> {
  const out = new Map<string, string>();
  const fields = output.split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) out.set(fields[i + 1]!, fields[i]!.charAt(0));
  return out;
}

/**
 * The registry's files that differ between `commit` and the working tree:
 * committed, staged and unstaged changes and untracked files git does not
 * ignore. Three questions asked at once, each cheap: the commit against
 * HEAD (trees compared, unchanged folders skipped by their hash), HEAD
 * against the working tree (through the index), and untracked files.
 */
export async function changesSince(repoDir: string, prefix: string, commit: string, options: { committedOnly?: boolean } = {}): Promise<Changes> {
  const git = simpleGit(repoDir);
  const spec = registryPathspec(prefix);
  const quiet = ["-c", "core.quotePath=false"];
  const [committed, working, untracked] = await Promise.all([
    git.raw([...quiet, "diff", "--name-status", "-z", "--no-renames", commit, "HEAD", "--", spec]),
    // A fresh checkout (CI) is HEAD: looking through 100,000 files for edits is a third of an incremental check.
    options.committedOnly ? "" : git.raw([...quiet, "diff-index", "--name-status", "-z", "--no-renames", "HEAD", "--", spec]),
    options.committedOnly ? "" : git.raw([...quiet, "ls-files", "--others", "--exclude-standard", "-z", "--", spec]),
  ]);
  const sinceCommit = statuses(committed);
  const sinceHead = statuses(working);
  const fresh = new Set(untracked.split("\0").filter(Boolean));
  const changes: Changes = { added: new Set(), modified: new Set(), deleted: new Set() };
  for (const path of new Set([...sinceCommit.keys(), ...sinceHead.keys(), ...fresh])) {
    const local = registryPath(prefix, path);
    if (local === undefined) continue;
    // Was it in the commit? What the commit-to-HEAD diff says, else what HEAD had.
    const committedStatus = sinceCommit.get(path);
    const headStatus = sinceHead.get(path);
    const inCommit = committedStatus !== undefined ? committedStatus !== "A" : headStatus !== undefined ? headStatus !== "A" : false;
    const inTree = options.committedOnly ? committedStatus !== "D" : existsSync(join(repoDir, path));
    if (inCommit && inTree) changes.modified.add(local);
    else if (inTree) changes.added.add(local);
    else if (inCommit) changes.deleted.add(local);
  }
  return changes;
}

/** Whether git ignores a path of the registry (relative to it). */
export type Ignored = (path: string) => boolean;

/** The files and folders under the registry folder that git ignores: a check of the working tree reads what it finds there, a commit has none of it. */
export async function ignoredFiles(repoDir: string, prefix: string): Promise<Ignored> {
  // An ignored folder is one entry ("dir/"), not every file in it.
  const out = await simpleGit(repoDir).raw(["-c", "core.quotePath=false", "ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z", "--", registryPathspec(prefix)]);
  const files = new Set<string>();
  const folders: string[] = [];
  for (const entry of out.split("\0")) {
    const local = entry ? registryPath(prefix, entry) : undefined;
    if (local === undefined) continue;
    if (local === "") return () => true;
    if (local.endsWith("/")) folders.push(local);
    else files.add(local);
  }
  return (path) => files.has(path) || folders.some((f) => path.startsWith(f));
}
