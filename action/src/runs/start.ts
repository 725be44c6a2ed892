import { posix } from "node:path";
import { simpleGit } from "simple-git";
import { Runner, startRun } from "../../../src/run/engine.ts";
import { runFiles, runsFolder, RUN_ID } from "../../../src/run/store.ts";
import type { RunRequest } from "../../../src/run/types.ts";
import { RunBranch } from "./branch.ts";
import { RunComments } from "./comments.ts";
import { syncLeases } from "./leases.ts";
import { afterPush, approvedRegistry, runDeps, type RunContext } from "./process.ts";

export interface StartRequest {
  contractId: string;
  inputs: Record<string, unknown>;
  reason: string;
  /** Who asked: the dispatching user, or "schedule". */
  initiator: string;
  runId: string;
  /** The default branch and its commit: the approved registry the run executes. */
  baseBranch: string;
  baseSha: string;
}

export type StartOutcome = { started: true; runId: string; pull: number; status: string } | { started: false; runId: string; reason: string };

export function runBranchName(runId: string): string {
  return `mova-run/${runId}`;
}

export async function remoteBranchExists(repoDir: string, branch: string): Promise<boolean> {
  return (await simpleGit(repoDir).raw(["ls-remote", "--heads", "origin", branch])).trim() !== "";
}

/**
 * Starts a run the action was asked for (workflow_dispatch, or a cron
 * schedule): a branch with the request, the first transition as one commit,
 * and the pull request that will carry the run from then on.
 */
export async function startRequestedRun(ctx: RunContext, req: StartRequest): Promise<StartOutcome> {
  if (!RUN_ID.test(req.runId)) return { started: false, runId: req.runId, reason: `"${req.runId}" is not a valid run id (3 to 100 lower-case letters, digits, '.', '_', '-')` };
  const branchName = runBranchName(req.runId);
  if (await remoteBranchExists(ctx.repoDir, branchName)) return { started: false, runId: req.runId, reason: `run ${req.runId} exists already (branch ${branchName})` };
  const registry = await approvedRegistry(ctx, req.baseSha);
  if (!registry.packages.some((p) => p.id === req.contractId)) return { started: false, runId: req.runId, reason: `contract ${req.contractId} is not in the registry on ${req.baseBranch}` };
  const runPath = posix.join(ctx.prefix, runsFolder(registry.config), req.runId);
  const deps = runDeps(ctx, registry);
  const request: RunRequest = { schema_id: "registry.run_request_v1", contract_id: req.contractId, inputs: req.inputs, reason: req.reason, initiator: req.initiator };
  const t = await new Runner(startRun(req.runId, request, req.initiator, deps), deps).advance();

  const branch = await RunBranch.create(ctx.repoDir, branchName, req.baseSha);
  try {
    branch.write({ [`${runPath}/request.json`]: JSON.stringify(request, null, 2) + "\n", ...Object.fromEntries(Object.entries(runFiles(t.state, t.episodes)).map(([n, c]) => [`${runPath}/${n}`, c])) });
    await branch.commit([runPath], `mova-run ${req.runId}: start ${req.contractId}\n\n${req.reason}`);
    if ((await branch.push()) === "rejected") return { started: false, runId: req.runId, reason: `another job started run ${req.runId} at the same time` };
  } finally {
    await branch.dispose();
  }
  const pull = await ctx.octokit.rest.pulls.create({
    ...ctx.target,
    head: branchName,
    base: req.baseBranch,
    title: `Run ${req.contractId}: ${req.reason}`.slice(0, 250),
    body: [
      `This pull request carries run \`${req.runId}\` of \`${req.contractId}\`, started by ${req.initiator}.`,
      "",
      "Its state and episodes are committed here by the action, one commit per step. Human gates are decided by reviews of this pull request; merging it lands the audit trail on the default branch.",
      "",
      `> ${req.reason}`,
    ].join("\n"),
  });
  const pr = { number: pull.data.number, headRef: branchName, baseSha: req.baseSha, baseRef: req.baseBranch, author: pull.data.user?.login ?? ctx.bot };
  await afterPush(ctx, registry, pr, req.runId, t, new RunComments(ctx.octokit, { ...ctx.target, number: pr.number }), []);
  await syncLeases(ctx.repoDir, t.state, branchName, ctx.now());
  return { started: true, runId: req.runId, pull: pr.number, status: t.state.status };
}
