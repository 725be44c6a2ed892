/** The events mode run acts on: a run's pull request and its reviews, a dispatch, the schedule. */
export const RUN_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "workflow_dispatch", "schedule"]);

/**
 * Why the job has nothing to do, decided from the environment alone so that
 * an ignored event loads nothing else (a runner starts the action on every
 * event a workflow listens to). The runner passes the `mode` input as
 * INPUT_MODE, the variable @actions/core's getInput reads.
 */
export function idleReason(env: NodeJS.ProcessEnv): string | undefined {
  const mode = (env.INPUT_MODE ?? "").trim();
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (mode === "run" && event !== "" && !RUN_EVENTS.has(event)) return `mode run has nothing to do on event "${event}".`;
  return undefined;
}
