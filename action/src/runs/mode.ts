import * as core from "@actions/core";
import { posix, resolve } from "node:path";
import { simpleGit } from "simple-git";
import { check } from "../../../src/check.ts";
import { locateRepo } from "../../../src/change/git.ts";
import { readConfig } from "../../../src/registry/load.ts";
import { formatMarkdown } from "../../../src/report/markdown.ts";
import { buildReport } from "../../../src/report/report.ts";
import { createAiClient } from "../../../src/run/ai-client.ts";
import type { ActionEvent } from "../event.ts";
import { createOctokit } from "../github.ts";
import { InputError, type ActionInputs } from "../inputs.ts";
import { approvedRegistry, processPullRequest, type RunContext, type RunOutcome } from "./process.ts";
import { startRequestedRun } from "./start.ts";
import { sweep } from "./sweep.ts";
import { defaultRunId, runsFolder } from "../../../src/run/store.ts";
import { RUN_EVENTS } from "../idle.ts";
import { runsTouched, securityRecord } from "./security.ts";

const PULL_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review"]);


/**
 * mode: run. A run is a pull request: its events advance it, a review decides
 * its gates, workflow_dispatch starts one, and the schedule sweeps deadlines
 * and starts cron-scheduled runs. The job holds no runner while a gate waits.
 */
export async function runMode(inputs: ActionInputs, event: ActionEvent, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, inputs.path);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new InputError("GITHUB_REPOSITORY is not set; mode run needs the repository");
  if (!inputs.token) throw new InputError('mode run needs a token with contents and pull-requests write (the "token" input)');
  const handled = RUN_EVENTS.has(event.name) && (!PULL_EVENTS.has(event.name) || event.pullRequest);
  if (!handled) {
    core.info(`mode run has nothing to do on event "${event.name}".`);
    return;
  }
  const { repoDir, prefix } = await locateRepo(root);
  const headConfig = readConfig(root, inputs.release);
  const ctx: RunContext = {
    octokit: createOctokit(inputs.token, env.GITHUB_API_URL ?? "https://api.github.com", core),
    target: { owner, repo },
    repoDir,
    prefix,
    bot: typeof headConfig.policy.bot_login === "string" ? headConfig.policy.bot_login : "github-actions[bot]",
    ai: createAiClient(),
    // The key an AI step's connector names, from the job's environment; the ai-api-key input stands in for any of them.
    secret: (name) => env[name] || inputs.aiApiKey || undefined,
    now: () => new Date(),
    log: core,
    ...(inputs.release ? { release: inputs.release } : {}),
    ...(inputs.aiBaseUrl ? { aiBaseUrl: inputs.aiBaseUrl } : {}),
  };

  const rows: string[] = [];
  const report = (pull: number | undefined, o: RunOutcome) => rows.push(`| \`${o.runId}\` | ${pull ? `#${pull}` : ""} | ${o.status}${o.outcome ? ` → **${o.outcome}**` : ""} | ${o.episodes} | ${(o.note ?? "").replace(/\|/g, "\\|")} |`);

  if (PULL_EVENTS.has(event.name) && event.pullRequest) {
    const pr = event.pullRequest;
    if (pr.fromFork) {
      // The runs folder as the approved (base) configuration names it: a fork could rename it in its own.
      const config = await approvedRegistry(ctx, pr.baseSha).then((r) => r.config).catch(() => headConfig);
      await refuseFork(ctx, pr.number, posix.join(prefix, runsFolder(config)), event);
      return;
    }
    const outcomes = await processPullRequest(ctx, { number: pr.number, headRef: pr.headRef, baseSha: pr.baseSha, baseRef: pr.baseRef, author: pr.author }, event.review ? { reviewId: event.review.id } : {});
    if (outcomes.length === 0) core.info("This pull request carries no run.");
    for (const o of outcomes) report(pr.number, o);
  } else if (event.name === "workflow_dispatch" && inputs.contract) {
    const git = simpleGit(repoDir);
    const baseSha = env.GITHUB_SHA ?? (await git.revparse(["HEAD"])).trim();
    const baseBranch = event.defaultBranch ?? (env.GITHUB_REF ?? "refs/heads/main").replace(/^refs\/heads\//, "");
    let runInputs: Record<string, unknown>;
    try {
      runInputs = JSON.parse(inputs.runInputs || "{}") as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`input "run-inputs" is not JSON: ${(error as Error).message}`);
    }
    const initiator = event.sender ?? env.GITHUB_ACTOR ?? "unknown";
    const runId = inputs.runId || defaultRunId(inputs.contract, new Date(), env.GITHUB_RUN_ID);
    const started = await startRequestedRun(ctx, { contractId: inputs.contract, inputs: runInputs, reason: inputs.reason || `Started by ${initiator}`, initiator, runId, baseBranch, baseSha });
    if (!started.started) throw new InputError(`run not started: ${started.reason}`);
    core.info(`Started run ${started.runId} in pull request #${started.pull}: ${started.status}.`);
    if (started.status === "halted") core.warning(`Run ${started.runId} was refused and halted at once, with a security episode (see pull request #${started.pull}).`);
    core.setOutput("run-id", started.runId);
    core.setOutput("pull-request", String(started.pull));
    rows.push(`| \`${started.runId}\` | #${started.pull} | ${started.status} | | started by ${initiator} |`);
  } else {
    // schedule, or workflow_dispatch without a contract: the sweep.
    const baseSha = env.GITHUB_SHA ?? (await simpleGit(repoDir).revparse(["HEAD"])).trim();
    const baseBranch = event.defaultBranch ?? (env.GITHUB_REF ?? "refs/heads/main").replace(/^refs\/heads\//, "");
    const registry = await approvedRegistry(ctx, baseSha);
    const result = await sweep(ctx, registry, baseBranch, baseSha);
    for (const r of result.runs) report(r.pull, r);
    for (const s of result.started) rows.push(s.started ? `| \`${s.runId}\` | #${s.pull} | ${s.status} | | started on schedule |` : `| \`${s.runId}\` | | not started | | ${s.reason} |`);
    // The sweep also re-validates the default branch.
    const guard = buildReport(await check(root, inputs.release ? { release: inputs.release } : {}), inputs.path);
    await core.summary.addRaw(formatMarkdown(guard, { maxFindings: 50 }) + "\n").write();
    if (guard.summary.errors > 0) core.warning(`the default branch's registry has ${guard.summary.errors} error(s); see the job summary`);
  }
  if (rows.length) await core.summary.addRaw(["### MOVA runs", "", "| Run | Pull request | Status | Episodes | |", "|---|---|---|---|---|", ...rows, ""].join("\n")).write();
}

/**
 * A fork's pull request never starts or advances a run: its branch lives in
 * another repository and its token is read-only, so no state could be
 * committed, and a fork's author is nobody the registry trusts. One that
 * touches a run folder, or a review on it, is refused as a security event,
 * recorded in the job's log and summary (nothing can be pushed).
 */
async function refuseFork(ctx: RunContext, pull: number, runsPath: string, event: ActionEvent): Promise<void> {
  const runs = await runsTouched(ctx.octokit, ctx.target, pull, runsPath);
  if (runs && runs.length === 0) {
    core.info("Not running: the pull request comes from a fork, and it carries no run.");
    return;
  }
  const actor = event.review?.user ?? event.sender ?? event.pullRequest?.author ?? "unknown";
  const what = event.review ? `review ${event.review.id} by ${event.review.user} (${event.review.state}) on pull request #${pull}` : `pull request #${pull}`;
  const summary = `Refused ${what}: it comes from a fork${runs ? ` and touches run${runs.length === 1 ? "" : "s"} ${runs.join(", ")}` : ""}; a fork can neither start a run nor decide a gate`;
  const record = securityRecord(event.review ? "fork_review" : "fork_pull_request", summary, {
    pull_request: pull,
    actor,
    ...(runs ? { runs } : {}),
    ...(event.review ? { review_id: event.review.id, review_state: event.review.state } : {}),
    ...(event.pullRequest ? { head_sha: event.pullRequest.headSha } : {}),
  }, ctx.now());
  core.warning(`${summary}. (${record.episode_type})`);
  core.info(`security event: ${JSON.stringify(record)}`);
  await core.summary.addRaw(["### 🛑 MOVA run refused", "", `${summary}.`, "", "```json", JSON.stringify(record, null, 2), "```", ""].join("\n")).write();
}
