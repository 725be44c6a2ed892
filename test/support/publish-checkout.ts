import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArtifactUploader } from "../../action/src/artifact.ts";
import { GitRepo } from "./git-repo.ts";
import { PROJECT_ROOT } from "./shared.ts";

/** Stands in for @actions/artifact, which needs the runner's results service: records exactly what it is handed. */
export class RecordingUploader implements ArtifactUploader {
  calls: Array<{ name: string; files: string[]; rootDirectory: string; retentionDays: number | undefined; contents: Record<string, string> }> = [];
  async upload(name: string, files: string[], rootDirectory: string, retentionDays: number | undefined) {
    this.calls.push({ name, files, rootDirectory, retentionDays, contents: Object.fromEntries(files.map((f) => [f.slice(rootDirectory.length + 1), readFileSync(f, "utf8")])) });
    return { id: 4242, size: 1 };
  }
}

/** A repository on a bare remote with the embedded registry committed, checked out as a runner would. */
export function publishCheckout(): { remote: GitRepo; work: GitRepo } {
  const remote = new GitRepo();
  remote.git("init", "-q", "--bare", "-b", "main");
  const work = GitRepo.init();
  cpSync(join(PROJECT_ROOT, "registry"), join(work.dir, "registry"), { recursive: true });
  work.commit({}, "registry");
  work.git("remote", "add", "origin", remote.dir);
  work.git("push", "-q", "origin", "main");
  return { remote, work };
}
