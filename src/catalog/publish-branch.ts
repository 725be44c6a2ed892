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

/**
 * Puts the catalog files on a publication branch as one new commit, only when
 * the digest differs from the branch tip's. The commit is built from git
 * objects, so the working tree is never touched; a push that loses a race is
 * retried on top of the new tip, never forced.
 */
export async function publishToBranch(p: BranchPublication): Promise<BranchOutcome> {
  const remote = p.remote ?? "origin";
  const git = simpleGit(p.repoDir);
  const author = p.author ?? ACTIONS_BOT;
  const trackingRef = `refs/mova-registry/publish/${p.branch}`;
  const maxAttempts = p.maxAttempts ?? 5;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const listed = (await git.raw(["ls-remote", "--heads", remote, p.branch])).trim();
    let tip: string | undefined;
    if (listed) {
      await git.raw(["fetch", "--no-tags", "--quiet", remote, `+refs/heads/${p.branch}:${trackingRef}`]);
      tip = (await git.revparse([trackingRef])).trim();
      let tipDigest: string | undefined;
      try {
        tipDigest = (JSON.parse(await git.show([`${tip}:${CATALOG_FILES.index}`])) as { digest?: string }).digest;
      } catch {
        tipDigest = undefined;
      }
      if (tipDigest === p.digest) return { changed: false, commit: tip, attempts: attempt, reason: `${p.branch} already holds digest ${p.digest}` };
    }

    const entries = Object.keys(p.files)
      .sort()
      .map((name) => `100644 blob ${plumbing(p.repoDir, ["hash-object", "-w", "--stdin"], p.files[name])}\t${name}`);
    const tree = plumbing(p.repoDir, ["mktree"], entries.join("\n") + "\n");
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
  throw new Error(`could not publish to ${p.branch}: ${maxAttempts} pushes in a row lost a race with other pushes`);
}
