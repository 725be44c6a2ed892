import { setTimeout as sleep } from "node:timers/promises";
import { API_RETRIES, retryWaitMs, type Octokit } from "./github.ts";

type Target = { owner: string; repo: string; number: number };

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
  target: Target,
  marker: string,
  body: string,
  hasFindings: boolean,
): Promise<CommentOutcome> {
  const mine = await findComment(octokit, target, marker);
  const text = `${marker}\n${body}`;
  if (mine) {
    if (mine.body === text) return { action: "skipped", reason: "the comment is already up to date" };
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
    return { action: "updated", id: mine.id };
  }
  if (!hasFindings) return { action: "skipped", reason: "no findings and no earlier comment to update" };
  return { action: "created", id: await createCommentOnce(octokit, target, marker, text) };
}

/** The comment on the issue or pull request whose body carries `marker`. */
export async function findComment(octokit: Octokit, target: Target, marker: string): Promise<{ id: number; body?: string } | undefined> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 });
  return comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
}

/** A failure after which GitHub may still have written: no HTTP answer (dropped, timed out), or a 5xx. */
function mayHaveWritten(error: unknown): boolean {
  const status = (error as { response?: { status?: number } } | undefined)?.response?.status;
  return status === undefined || status >= 500;
}

/**
 * Posts a comment carrying `marker` at most once. A POST whose answer was
 * lost may have been written all the same, and sending it again (as the
 * retry plugin would) posts it twice; so the POST goes without automatic
 * retries, and after such a failure the comments are read for the marker
 * before another attempt, with plugin-retry's number of attempts and waits.
 */
export async function createCommentOnce(octokit: Octokit, target: Target, marker: string, text: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body: text, request: { retries: 0 } });
      return created.data.id;
    } catch (error) {
      if (attempt > API_RETRIES || !mayHaveWritten(error)) {
        // Every POST counts in the log's "(N attempts)", as the retry plugin's own would.
        if (error !== null && typeof error === "object") (error as { attempts?: number }).attempts = Math.max(attempt, (error as { attempts?: number }).attempts ?? 1);
        throw error;
      }
      const written = await findComment(octokit, target, marker);
      if (written) return written.id;
      await sleep(retryWaitMs(attempt));
    }
  }
}
