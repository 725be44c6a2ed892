import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import { ACTIONS_BOT } from "../../../src/catalog/publish-branch.ts";

const REJECTED = /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref|incorrect old value|already exists/i;

/**
 * A run's pull-request branch, worked on in a throwaway worktree so the
 * job's checkout is never touched. Every transition is one commit by the
 * action; a push that loses a race reports it, and the caller starts over
 * from the new tip.
 */
export class RunBranch {
  readonly repoDir: string;
  readonly branch: string;
  readonly dir: string;
  /** The commit the worktree started from. */
  readonly tip: string;
  readonly #git: SimpleGit;

  private constructor(repoDir: string, branch: string, dir: string, tip: string) {
    this.repoDir = repoDir;
    this.branch = branch;
    this.dir = dir;
    this.tip = tip;
    this.#git = simpleGit(dir);
  }

  /** Fetches the branch with its whole history (the tamper check reads every push) and opens a worktree at its tip. */
  static async open(repoDir: string, branch: string): Promise<RunBranch> {
    const git = simpleGit(repoDir);
    await fetchHistory(git, [`+refs/heads/${branch}:refs/mova-registry/heads/${branch}`]);
    const tip = (await git.revparse([`refs/mova-registry/heads/${branch}`])).trim();
    return RunBranch.#worktree(repoDir, branch, tip);
  }

  /** A new branch, to be created by the first push, starting at `from`. */
  static async create(repoDir: string, branch: string, from: string): Promise<RunBranch> {
    return RunBranch.#worktree(repoDir, branch, from);
  }

  static async #worktree(repoDir: string, branch: string, tip: string): Promise<RunBranch> {
    const dir = mkdtempSync(join(tmpdir(), "mova-run-"));
    await simpleGit(repoDir).raw(["worktree", "add", "--detach", "--force", dir, tip]);
    return new RunBranch(repoDir, branch, dir, tip);
  }

  read(path: string): string | undefined {
    const full = join(this.dir, path);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  }

  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
  }

  /** Commits everything under `paths` as the GitHub Actions bot; undefined when nothing changed. */
  async commit(paths: string[], message: string): Promise<string | undefined> {
    await this.#git.raw(["add", "--all", "--", ...paths]);
    if ((await this.#git.raw(["status", "--porcelain", "--", ...paths])).trim() === "") return undefined;
    await this.#git.raw(["-c", `user.name=${ACTIONS_BOT.name}`, "-c", `user.email=${ACTIONS_BOT.email}`, "-c", "commit.gpgsign=false", "commit", "--quiet", "--no-verify", "-m", message]);
    return (await this.#git.revparse(["HEAD"])).trim();
  }

  /** Pushes the worktree's HEAD to the branch, never forced. */
  async push(): Promise<"pushed" | "rejected"> {
    try {
      await this.#git.raw(["push", "--quiet", "origin", `HEAD:refs/heads/${this.branch}`]);
      return "pushed";
    } catch (error) {
      if (REJECTED.test((error as Error).message)) return "rejected";
      throw error;
    }
  }

  async dispose(): Promise<void> {
    await simpleGit(this.repoDir).raw(["worktree", "remove", "--force", this.dir]).catch(() => undefined);
  }
}

/** Fetches refs with all their history: a shallow checkout is deepened to full. */
export async function fetchHistory(git: SimpleGit, refspecs: string[]): Promise<void> {
  const shallow = (await git.revparse(["--is-shallow-repository"])).trim() === "true";
  await git.raw(["fetch", "--no-tags", "--quiet", ...(shallow ? ["--unshallow"] : []), "origin", ...refspecs]);
}
