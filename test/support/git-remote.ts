import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitRepo } from "./git-repo.ts";

/**
 * A bare repository standing in for GitHub's, with a post-receive hook that
 * logs every pushed ref with who pushed it (MOVA_TEST_ACTOR in the pusher's
 * environment, which local pushes hand to the hook) and whether it was
 * forced: what GitHub's repository activity API reports.
 */
export interface BareRemote {
  repo: GitRepo;
  dir: string;
  pushLog: string;
  /** Clones the remote as `actor`: every push from the clone is logged as theirs. */
  clone(actor: string): GitRepo;
}

const HOOK = `#!/bin/sh
while read old new ref; do
  forced=false
  if [ "$old" != "0000000000000000000000000000000000000000" ] && [ "$new" != "0000000000000000000000000000000000000000" ]; then
    git merge-base --is-ancestor "$old" "$new" || forced=true
  fi
  printf '{"ref":"%s","before":"%s","after":"%s","actor":"%s","forced":%s,"timestamp":"%s"}\\n' "$ref" "$old" "$new" "\${MOVA_TEST_ACTOR:-unknown}" "$forced" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$MOVA_PUSH_LOG"
done
`;

export function bareRemote(): BareRemote {
  const dir = mkdtempSync(join(tmpdir(), "mova-remote-"));
  const repo = new GitRepo(dir);
  repo.git("init", "-q", "--bare", "-b", "main");
  const pushLog = join(dir, "push-log.jsonl");
  writeFileSync(pushLog, "");
  writeFileSync(join(dir, "hooks", "post-receive"), HOOK.replace("$MOVA_PUSH_LOG", pushLog));
  chmodSync(join(dir, "hooks", "post-receive"), 0o755);
  return {
    repo,
    dir,
    pushLog,
    clone(actor: string): GitRepo {
      const work = new GitRepo(mkdtempSync(join(tmpdir(), `mova-clone-${actor.replace(/\W/g, "")}-`)));
      work.git("clone", "-q", dir, work.dir);
      work.git("config", "user.name", actor);
      work.git("config", "user.email", `${actor.replace(/\W/g, "")}@example.com`);
      work.git("config", "commit.gpgsign", "false");
      work.env = { MOVA_TEST_ACTOR: actor };
      return work;
    },
  };
}
