import type { Octokit } from "./github.ts";

/** The hidden tag that finds this workflow job's own comment again, so each run updates it in place. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- mova-registry:${workflow.replace(/-->/g, "")}:${job.replace(/-->/g, "")} -->`;
}

export type CommentOutcome = { action: "created" | "updated"; id: number } | { action: "skipped"; reason: string };

/**
 * Keeps one comment per workflow job on the pull request: written when there
 * are findings, or to turn an earlier report into "all clear"; never a new
 * comment per push.
 */
export async function upsertComment(
  octokit: Octokit,
  target: { owner: string; repo: string; number: number },
  marker: string,
  body: string,
  hasFindings: boolean,
): Promise<CommentOutcome> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 });
  const mine = comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
  const text = `${marker}\n${body}`;
  if (mine) {
    if (mine.body === text) return { action: "skipped", reason: "the comment is already up to date" };
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
    return { action: "updated", id: mine.id };
  }
  if (!hasFindings) return { action: "skipped", reason: "no findings and no earlier comment to update" };
  const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body: text });
  return { action: "created", id: created.data.id };
}
