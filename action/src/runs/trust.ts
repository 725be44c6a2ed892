import type { SimpleGit } from "simple-git";
import type { Octokit } from "../github.ts";

export type Trust =
  | { tampered: false; botCommits: Set<string> }
  | { tampered: true; reason: string; actor: string; commit: string; files: string[] };

const ZERO = /^0+$/;

/**
 * Whether anyone but the action changed a run's files, from what GitHub
 * records of every push to the branch (repository activity: who pushed,
 * before and after). Once the action has written a run's state, a push by
 * anyone else that touches the run's folder, or any force push, means the
 * files can no longer be trusted.
 */
export async function checkTrust(octokit: Octokit, target: { owner: string; repo: string; branch: string }, git: SimpleGit, runPath: string, bot: string): Promise<Trust> {
  const activities = await octokit.paginate(octokit.rest.repos.listActivities, { owner: target.owner, repo: target.repo, ref: `refs/heads/${target.branch}`, direction: "asc", per_page: 100 });
  const botCommits = new Set<string>();
  let started = false;
  for (const a of activities) {
    const actor = a.actor?.login ?? "unknown";
    const isBot = actor.toLowerCase() === bot.toLowerCase();
    if (ZERO.test(a.after)) continue;
    const range = ZERO.test(a.before) ? [a.after] : [`${a.before}..${a.after}`];
    const commits = (await git.raw(["rev-list", ...range])).split("\n").filter(Boolean);
    const touched = ZERO.test(a.before)
      ? (await git.raw(["ls-tree", "-r", "--name-only", a.after, "--", runPath])).split("\n").filter(Boolean)
      : (await git.raw(["diff", "--name-only", a.before, a.after, "--", runPath])).split("\n").filter(Boolean);
    if (isBot) {
      for (const c of commits) botCommits.add(c);
      if (touched.some((f) => f.endsWith("/state.json"))) started = true;
      continue;
    }
    if (touched.some((f) => f.endsWith("/state.json") || f.includes("/episodes/")) && !started)
      return { tampered: true, reason: `${actor} pushed a run state or episodes that the action never wrote`, actor, commit: a.after, files: touched };
    if (!started) continue;
    if (a.activity_type === "force_push") return { tampered: true, reason: `${actor} force-pushed the run's branch, rewriting its audit trail`, actor, commit: a.after, files: touched };
    if (touched.length > 0) return { tampered: true, reason: `${actor} changed ${touched.join(", ")}, which only the action writes once a run has started`, actor, commit: a.after, files: touched };
  }
  return { tampered: false, botCommits };
}
