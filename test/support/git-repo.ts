import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFiles } from "./tmp-registry.ts";

/** A real git repository in a temp folder, for tests that compare a change with its base. */
export class GitRepo {
  readonly dir: string;
  /** Extra environment for git commands, e.g. who a push is logged as. */
  env: Record<string, string> = {};

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "mova-git-"));
  }

  static init(branch = "main"): GitRepo {
    const repo = new GitRepo();
    repo.git("init", "-q", "-b", branch);
    repo.git("config", "user.name", "Test");
    repo.git("config", "user.email", "test@example.com");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...this.env } }).trim();
  }

  /** Writes files (undefined deletes one), stages everything and commits; returns the commit. */
  commit(files: Record<string, unknown>, message = "change"): string {
    for (const [path, content] of Object.entries(files)) if (content === undefined) rmSync(join(this.dir, path), { force: true });
    writeFiles(this.dir, Object.fromEntries(Object.entries(files).filter(([, c]) => c !== undefined)));
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  branch(name: string): void {
    this.git("checkout", "-q", "-b", name);
  }
}
