import { execFileSync } from "node:child_process";
import { simpleGit } from "simple-git";
import { CATALOG_FILES } from "./build.ts";

export interface BranchPublication {
  /** A clone of the repository; `remote` is where the branch lives. */
  repoDir: string;
  remote?: string;
  branch: string;
  /** File name to bytes: the whole content of the branch. */
  files: Record<string, string>;
  digest: string;
  /** The catalog site's digest and where its site.json sits: a new site is published even when the catalog is unchanged. */
  site?: { file: string; digest: string };
  message: string;
  author?: { name: string; email: string };
  maxAttempts?: number;
  /** Runs before each push; tests use it to lose a race on purpose. */
  beforePush?: (attempt: number) => Promise<void> | void;
}

export interface BranchOutcome {
  changed: boolean;
  /** The branch's commit after publishing (ours, or the tip that already had this digest). */
  commit?: string;
  attempts: number;
  reason: string;
}

/** The GitHub Actions bot, as actions/checkout documents for commits made by workflows. */
export const ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };

function plumbing(repoDir: string, args: string[], input?: string, env?: NodeJS.ProcessEnv): string {
  return execFileSync("git", args, { cwd: repoDir, input, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] }).trim();
}

const REJECTED = /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref/i;

/** A commit to a branch made from git objects, never touching a working tree. */
export interface BranchCommit {
  repoDir: string;
  remote?: string;
  branch: string;
  message: string;
  author?: { name: string; email: string };
  maxAttempts?: number;
  /**
   * The branch's whole content after the commit, given a reader of the tip's
   * files; undefined when the tip needs no change. Called again after a lost
   * race, on the new tip.
   */
  build: (readTip: (path: string) => Promise<string | undefined>) => Promise<Record<string, string> | undefined> | Record<string, string> | undefined;
  /** Runs before each push; tests use it to lose a race on purpose. */
  beforePush?: (attempt: number) => Promise<void> | void;
}

/** A tree of the files (paths with `/` become folders), written to git's object store; returns its id. */
function writeTree(repoDir: string, files: Record<string, string>): string {
  const blobs = new Map<string, string>();
  const folders = new Map<string, Record<string, string>>();
  for (const name of Object.keys(files)) {
    const slash = name.indexOf("/");
    if (slash < 0) blobs.set(name, plumbing(repoDir, ["hash-object", "-w", "--stdin"], files[name]));
    else {
      const folder = name.slice(0, slash);
      const inner = folders.get(folder) ?? {};
      inner[name.slice(slash + 1)] = files[name]!;
      folders.set(folder, inner);
    }
  }
  const entries = [
    ...[...blobs].map(([name, id]) => ({ name, line: `100644 blob ${id}\t${name}` })),
    ...[...folders].map(([name, inner]) => ({ name, line: `040000 tree ${writeTree(repoDir, inner)}\t${name}` })),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
  return plumbing(repoDir, ["mktree"], entries.map((e) => e.line).join("\n") + "\n");
}

/**
 * Commits a branch's new content as one commit on top of its tip (or as its
 * first commit), built from git objects so the working tree is never touched;
 * a push that loses a race is rebuilt on the new tip and pushed again, never
 * forced.
 */
export async function commitToBranch(p: BranchCommit): Promise<BranchOutcome> {
  const remote = p.remote ?? "origin";
  const git = simpleGit(p.repoDir);
  const author = p.author ?? ACTIONS_BOT;
  const trackingRef = `refs/mova-registry/branches/${p.branch}`;
  const maxAttempts = p.maxAttempts ?? 5;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const listed = (await git.raw(["ls-remote", "--heads", remote, p.branch])).trim();
    let tip: string | undefined;
    if (listed) {
      await git.raw(["fetch", "--no-tags", "--quiet", remote, `+refs/heads/${p.branch}:${trackingRef}`]);
      tip = (await git.revparse([trackingRef])).trim();
    }
    const readTip = async (path: string) => (tip ? await git.show([`${tip}:${path}`]).catch(() => undefined) : undefined);
    const files = await p.build(readTip);
    if (!files) return { changed: false, ...(tip ? { commit: tip } : {}), attempts: attempt, reason: `${p.branch} needs no change` };

    const tree = writeTree(p.repoDir, files);
    const identity = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    const commit = plumbing(p.repoDir, ["commit-tree", tree, ...(tip ? ["-p", tip] : []), "-m", p.message], undefined, identity);

    await p.beforePush?.(attempt);
    try {
      await git.raw(["push", "--quiet", remote, `${commit}:refs/heads/${p.branch}`]);
      return { changed: true, commit, attempts: attempt, reason: tip ? `pushed on top of ${tip.slice(0, 7)}` : `created ${p.branch}` };
    } catch (error) {
      if (!REJECTED.test((error as Error).message)) throw error;
      // Someone else pushed meanwhile: fetch their tip and build again on top of it.
    }
  }
  throw new Error(`could not commit to ${p.branch}: ${maxAttempts} pushes in a row lost a race with other pushes`);
}

/** Puts the catalog files on a publication branch, only when the digest differs from the branch tip's. */
export async function publishToBranch(p: BranchPublication): Promise<BranchOutcome> {
  const outcome = await commitToBranch({
    repoDir: p.repoDir,
    ...(p.remote ? { remote: p.remote } : {}),
    branch: p.branch,
    message: p.message,
    ...(p.author ? { author: p.author } : {}),
    ...(p.maxAttempts ? { maxAttempts: p.maxAttempts } : {}),
    ...(p.beforePush ? { beforePush: p.beforePush } : {}),
    build: async (readTip) => {
      let tipDigest: string | undefined;
      try {
        tipDigest = (JSON.parse((await readTip(CATALOG_FILES.index)) ?? "{}") as { digest?: string }).digest;
      } catch {
        tipDigest = undefined;
      }
      let siteSame = true;
      if (p.site) {
        try {
          siteSame = (JSON.parse((await readTip(p.site.file)) ?? "{}") as { digest?: string }).digest === p.site.digest;
        } catch {
          siteSame = false;
        }
      }
      return tipDigest === p.digest && siteSame ? undefined : p.files;
    },
  });
  return outcome.changed ? outcome : { ...outcome, reason: `${p.branch} already holds digest ${p.digest}${p.site ? " and this site" : ""}` };
}
