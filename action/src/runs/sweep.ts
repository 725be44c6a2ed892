import { posix } from "node:path";
import { CronExpressionParser } from "cron-parser";
import { simpleGit } from "simple-git";
import type { Registry } from "../../../src/registry/document.ts";
import { defaultRunId, runsFolder } from "../../../src/run/store.ts";
import { processPullRequest, type RunContext, type RunOutcome } from "./process.ts";
import { remoteBranchExists, runBranchName, startRequestedRun, type StartOutcome } from "./start.ts";

export interface SweepOutcome {
  runs: Array<RunOutcome & { pull: number }>;
  started: StartOutcome[];
}

/** A cron-scheduled run is due when its latest fire time lies within the lookback; its id names the fire time, so a second sweep finds it started. */
export function dueScheduledRuns(registry: Registry, now: Date): Array<{ contractId: string; runId: string; inputs: Record<string, unknown>; reason: string }> {
  const lookback = Number(registry.config.policy.schedule_lookback_hours ?? 24) * 3_600_000;
  const out = [];
  for (const pkg of registry.packages) {
    const schedule = (pkg.manifest.json?.value as { schedule?: { cron?: string; timezone?: string; inputs?: Record<string, unknown>; reason?: string } } | undefined)?.schedule;
    if (!pkg.id || !schedule?.cron) continue;
    let fire: Date;
    try {
      fire = CronExpressionParser.parse(schedule.cron, { currentDate: now, tz: schedule.timezone ?? "UTC" }).prev().toDate();
    } catch {
      continue;
    }
    if (now.getTime() - fire.getTime() > lookback) continue;
    out.push({ contractId: pkg.id, runId: defaultRunId(pkg.id, fire), inputs: schedule.inputs ?? {}, reason: schedule.reason ?? `Scheduled run (${schedule.cron} ${schedule.timezone ?? "UTC"})` });
  }
  return out;
}

/**
 * The scheduled sweep: every open run pull request gets its deadlines applied
 * and its approvers reminded, then due cron-scheduled runs start.
 */
export async function sweep(ctx: RunContext, registry: Registry, defaultBranch: string, defaultSha: string): Promise<SweepOutcome> {
  const runsPath = posix.join(ctx.prefix, runsFolder(registry.config));
  const pulls = await ctx.octokit.paginate(ctx.octokit.rest.pulls.list, { ...ctx.target, state: "open", per_page: 100 });
  const runs: SweepOutcome["runs"] = [];
  for (const pull of pulls) {
    const files = await ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, { ...ctx.target, pull_number: pull.number, per_page: 100 });
    if (!files.some((f) => f.filename.startsWith(runsPath + "/"))) continue;
    if (pull.head.repo?.full_name !== `${ctx.target.owner}/${ctx.target.repo}`) continue;
    const outcomes = await processPullRequest(ctx, { number: pull.number, headRef: pull.head.ref, baseSha: pull.base.sha, baseRef: pull.base.ref, author: pull.user?.login ?? "ghost" }, { sweep: true });
    runs.push(...outcomes.map((o) => ({ ...o, pull: pull.number })));
  }
  const started: StartOutcome[] = [];
  const onDefault = (await simpleGit(ctx.repoDir).raw(["ls-tree", "--name-only", defaultSha, runsPath + "/"]).catch(() => "")).split("\n").map((p) => posix.basename(p));
  for (const due of dueScheduledRuns(registry, ctx.now())) {
    if (onDefault.includes(due.runId) || (await remoteBranchExists(ctx.repoDir, runBranchName(due.runId)))) continue;
    started.push(await startRequestedRun(ctx, { ...due, initiator: "schedule", baseBranch: defaultBranch, baseSha: defaultSha }));
  }
  return { runs, started };
}
