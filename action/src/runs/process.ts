import { posix } from "node:path";
import { simpleGit } from "simple-git";
import { check } from "../../../src/check.ts";
import type { Registry } from "../../../src/registry/document.ts";
import type { AiClient } from "../../../src/run/ai-client.ts";
import { Runner, startRun, type AdvanceInput, type OpenedGate, type RunDeps, type Transition } from "../../../src/run/engine.ts";
import { evaluateGate, type ReviewFact } from "../../../src/run/gates.ts";
import { runFiles, runsFolder, RUN_ID } from "../../../src/run/store.ts";
import type { RunRequest, RunState } from "../../../src/run/types.ts";
import { runGraphMarkdown, type GateInfo } from "../../../src/report/flow-diagrams.ts";
import type { Release } from "../../../src/schemas/releases.ts";
import { GitSource } from "../../../src/source/git-source.ts";
import type { Octokit } from "../github.ts";
import { fetchHistory, RunBranch } from "./branch.ts";
import { gateComment, RunComments, statusComment } from "./comments.ts";
import { entitledLogins, gateHeads, listReviews, roleMembers, type Repo } from "./facts.ts";
import { syncLeases } from "./leases.ts";
import { checkTrust } from "./trust.ts";

export interface RunContext {
  octokit: Octokit;
  target: Repo;
  /** The job's checkout; only its object store and remote are used. */
  repoDir: string;
  /** The registry folder relative to the repository root ("" for the root). */
  prefix: string;
  /** The login the action pushes and comments as. */
  bot: string;
  ai: AiClient;
  secret: (name: string) => string | undefined;
  now: () => Date;
  log: { info(message: string): void; warning(message: string): void };
  release?: Release;
  aiBaseUrl?: string;
}

export interface PullRef {
  number: number;
  headRef: string;
  baseSha: string;
  baseRef: string;
  author: string;
}

export interface Trigger {
  /** The review that started this job, answered with an episode if it decides nothing. */
  reviewId?: number;
  /** A scheduled sweep: apply deadlines and send reminders. */
  sweep?: boolean;
}

export interface RunOutcome {
  runId: string;
  status: RunState["status"] | "refused";
  outcome?: string;
  episodes: number;
  note?: string;
}

const MAX_ATTEMPTS = 5;

/** The registry of contracts a run executes: the approved one at the base commit, never the pull request's own. */
export async function approvedRegistry(ctx: RunContext, commit: string): Promise<Registry> {
  const root = posix.join(ctx.repoDir, ctx.prefix);
  const source = await GitSource.open(ctx.repoDir, commit, ctx.prefix);
  return (await check(root, { ...(ctx.release ? { release: ctx.release } : {}), source })).registry;
}

export function runDeps(ctx: RunContext, registry: Registry): RunDeps {
  return { registry, ai: ctx.ai, secret: ctx.secret, now: ctx.now, ...(ctx.aiBaseUrl ? { aiBaseUrl: ctx.aiBaseUrl } : {}) };
}

/** Every run a pull request carries, advanced as far as the facts allow. */
export async function processPullRequest(ctx: RunContext, pr: PullRef, trigger: Trigger = {}): Promise<RunOutcome[]> {
  const git = simpleGit(ctx.repoDir);
  await fetchHistory(git, [`+refs/heads/${pr.baseRef}:refs/mova-registry/heads/${pr.baseRef}`, `+refs/heads/${pr.headRef}:refs/mova-registry/heads/${pr.headRef}`]);
  const registry = await approvedRegistry(ctx, pr.baseSha);
  const runsPath = posix.join(ctx.prefix, runsFolder(registry.config));
  const tip = (await git.revparse([`refs/mova-registry/heads/${pr.headRef}`])).trim();
  const changed = (await git.raw(["diff", "--name-only", pr.baseSha, tip])).split("\n").filter(Boolean);
  const runIds = [...new Set(changed.filter((f) => f.startsWith(runsPath + "/")).map((f) => f.slice(runsPath.length + 1).split("/")[0]!))].sort();
  if (runIds.length === 0) return [];
  const outside = changed.filter((f) => !f.startsWith(runsPath + "/"));
  if (outside.length > 0) {
    const note = `this pull request also changes ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ", …" : ""}: a run executes the approved contracts of the base branch, so a run pull request may only add its run folder`;
    ctx.log.warning(`Not running ${runIds.join(", ")}: ${note}.`);
    await new RunComments(ctx.octokit, { ...ctx.target, number: pr.number }).once(`<!-- mova-run-refused:${pr.number}:${tip} -->`, `### 🛑 Runs not started\n\nThe runs ${runIds.map((r) => `\`${r}\``).join(", ")} did not run: ${note}.`);
    return runIds.map((runId) => ({ runId, status: "refused", episodes: 0, note }));
  }
  const out: RunOutcome[] = [];
  for (const runId of runIds) out.push(await processRun(ctx, registry, pr, runId, posix.join(runsPath, runId), trigger));
  return out;
}

async function processRun(ctx: RunContext, registry: Registry, pr: PullRef, runId: string, runPath: string, trigger: Trigger): Promise<RunOutcome> {
  if (!RUN_ID.test(runId)) return { runId, status: "refused", episodes: 0, note: `"${runId}" is not a valid run id` };
  const comments = new RunComments(ctx.octokit, { ...ctx.target, number: pr.number });
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const branch = await RunBranch.open(ctx.repoDir, pr.headRef);
    try {
      const requestText = branch.read(`${runPath}/request.json`);
      if (!requestText) return { runId, status: "refused", episodes: 0, note: "the run folder has no request.json" };
      const request = JSON.parse(requestText) as RunRequest;
      const stateText = branch.read(`${runPath}/state.json`);
      const deps = runDeps(ctx, registry);
      const trust = await checkTrust(ctx.octokit, { ...ctx.target, branch: pr.headRef }, simpleGit(ctx.repoDir), runPath, ctx.bot);

      let t: Transition;
      let state: RunState;
      const replies: Array<{ marker: string; body: string }> = [];
      if (trust.tampered) {
        state = stateText ? (JSON.parse(stateText) as RunState) : startRun(runId, request, pr.author, deps);
        if (state.status === "halted") return { runId, status: "halted", episodes: 0, note: state.reason ?? "" };
        t = new Runner(state, deps).halt("state_file_edited", trust.reason, { actor: trust.actor, commit: trust.commit, files: trust.files });
      } else {
        state = stateText ? (JSON.parse(stateText) as RunState) : startRun(runId, request, pr.author, deps);
        const runner = new Runner(state, deps);
        const input: AdvanceInput = { decisions: {}, refusals: [] };
        let reviews: ReviewFact[] | undefined;
        let evaluated = false;
        for (const g of runner.openGates()) {
          if (trigger.sweep) await applyDeadline(ctx, runner, g, comments, runId);
          if (runner.state.frames.find((f) => f.id === g.frame)?.gates[g.step]?.decided) continue;
          const { heads, changedBy } = await gateHeads(simpleGit(ctx.repoDir), branch.tip, `${runPath}/state.json`, g.frame, g.step, g.gate.opened_at, trust.botCommits);
          if (changedBy) {
            runner.reopen(g.key, `the branch changed under it (commit ${changedBy.slice(0, 7)} was not the action's), so approvers decide what it holds now`);
            continue;
          }
          reviews ??= await listReviews(ctx.octokit, ctx.target, pr.number);
          const members = roleMembers(registry.config.policy.roles, g.gate.role);
          const entitled = await entitledLogins(ctx.octokit, members);
          const evaluation = evaluateGate(g.gate, reviews, { heads, openedAt: g.gate.opened_at, entitled, role: g.gate.role, author: pr.author, initiator: runner.state.initiator });
          evaluated = true;
          if (evaluation.decision) input.decisions![g.key] = { ...evaluation.decision, via: "review" };
          const triggering = evaluation.verdicts.find((v) => v.review.id === trigger.reviewId);
          if (triggering && !triggering.counts && !evaluation.decision) {
            input.refusals!.push({ gate: g.key, review: triggering.review, reason: triggering.reason!, ...(triggering.code ? { code: triggering.code } : {}) });
            if (triggering.unknownOption)
              replies.push({
                marker: `<!-- mova-decide:${runId}:${triggering.review.id} -->`,
                body: `@${triggering.review.user} \`/decide ${triggering.unknownOption}\` names no option of gate \`${g.key}\` (${g.gate.options.map((o) => `\`${o}\``).join(", ")}), so your review decided nothing.`,
              });
          }
        }
        // A review that came when no gate was open (it was decided, by other reviews or by a job that won the push race) is answered too.
        const late = !evaluated && trigger.reviewId !== undefined ? runner.lateGateFor(trigger.reviewId) : undefined;
        if (late) {
          reviews ??= await listReviews(ctx.octokit, ctx.target, pr.number);
          const review = reviews.find((r) => r.id === trigger.reviewId);
          if (review) input.refusals!.push({ gate: late.key, review, reason: `gate ${late.step} had already been decided (${late.decision.option}, at ${late.decision.at}) when it came`, code: "after_decision" });
        }
        if (trigger.sweep) await sendReminders(ctx, runner, comments, runId, registry);
        t = await runner.advance(input);
        state = t.state;
      }

      const files = runFiles(t.state, t.episodes);
      if (!stateText) files["request.json"] = requestText;
      branch.write(Object.fromEntries(Object.entries(files).map(([name, content]) => [`${runPath}/${name}`, content])));
      const commit = await branch.commit([runPath], commitMessage(runId, t));
      if (commit) {
        if ((await branch.push()) === "rejected") {
          ctx.log.info(`Run ${runId}: the push lost a race; starting over from the new tip (attempt ${attempt}).`);
          continue;
        }
      }
      await afterPush(ctx, registry, pr, runId, t, comments, replies);
      await syncLeases(ctx.repoDir, t.state, pr.headRef, ctx.now());
      return { runId, status: t.state.status, ...(t.state.outcome ? { outcome: t.state.outcome } : {}), episodes: t.episodes.length, ...(t.state.reason ? { note: t.state.reason } : {}) };
    } finally {
      await branch.dispose();
    }
  }
  throw new Error(`run ${runId}: ${MAX_ATTEMPTS} pushes in a row lost a race with other pushes`);
}

function commitMessage(runId: string, t: Transition): string {
  const head = t.episodes.length ? `${t.episodes.length} episode(s)` : "state";
  const body = t.episodes.map((e) => `- ${e.name}: ${String(e.episode.result_summary)}`).join("\n");
  return `mova-run ${runId}: ${t.state.status}${t.state.outcome ? ` (${t.state.outcome})` : ""}, ${head}\n\n${body}`;
}

/** Requests reviews and announces gates, answers unknown options, and keeps the run's status comment. */
export async function afterPush(ctx: RunContext, registry: Registry, pr: PullRef, runId: string, t: Transition, comments: RunComments, replies: Array<{ marker: string; body: string }>): Promise<void> {
  for (const g of t.opened) await announceGate(ctx, registry, pr, runId, t.state, g, comments);
  for (const r of replies) await comments.once(r.marker, r.body);
  await comments.upsert(`<!-- mova-run:${runId} -->`, statusComment(t.state, t.episodes, runGraph(registry, t.state, t.state.frames[0]?.id, [pr.author, t.state.initiator], true)));
  if (t.episodes.length) ctx.log.info(`Run ${runId}: ${t.state.status}; ${t.episodes.map((e) => e.name).join(", ")}`);
}

async function announceGate(ctx: RunContext, registry: Registry, pr: PullRef, runId: string, state: RunState, g: OpenedGate, comments: RunComments): Promise<void> {
  const members = roleMembers(registry.config.policy.roles, g.gate.role);
  const exclude = [pr.author, state.initiator];
  const reviewers = members.users.filter((u) => !exclude.some((e) => e.toLowerCase() === u.toLowerCase()));
  const teams = members.teams.filter((t) => t.split("/")[0]!.toLowerCase() === ctx.target.owner.toLowerCase()).map((t) => t.split("/")[1]!);
  if (reviewers.length || teams.length)
    await ctx.octokit.rest.pulls.requestReviewers({ ...ctx.target, pull_number: pr.number, reviewers, team_reviewers: teams }).catch((error: Error) => ctx.log.warning(`Could not request reviews for gate ${g.key}: ${error.message}`));
  const contract = registry.packages.find((p) => p.id === state.frames.find((f) => f.id === g.frame)?.contract_id);
  const options = decisionOptions(contract?.flow?.json?.value, g.step, g.gate.options);
  await comments.once(`<!-- mova-gate:${runId}:${g.key}:${g.gate.opened_at} -->`, gateComment(runId, state.contract_id, g, members, exclude, options, runGraph(registry, state, g.frame, exclude, false)));
}

type DecisionOption = { id: string; label?: string; description?: string };

/** A gate's options as its flow step describes them, else by id. */
function decisionOptions(flowValue: unknown, step: string, ids: string[]): DecisionOption[] {
  const flow = flowValue as { steps?: Record<string, { decision_options?: DecisionOption[] }> | Array<{ id: string; decision_options?: DecisionOption[] }> } | undefined;
  const stepDef = Array.isArray(flow?.steps) ? flow.steps.find((s) => s?.id === step) : flow?.steps?.[step];
  const options = Array.isArray(stepDef?.decision_options) ? stepDef.decision_options.filter((o): o is DecisionOption => typeof o?.id === "string") : [];
  return options.length ? options : ids.map((id) => ({ id }));
}

/** A frame's flow drawn with the run's progress; with `details`, the open gates' questions, options and entitled approvers under it. */
export function runGraph(registry: Registry, state: RunState, frameId: string | undefined, exclude: string[], details: boolean): string | undefined {
  const frame = state.frames.find((f) => f.id === frameId);
  const flow = registry.packages.find((p) => p.id === frame?.contract_id)?.flow?.json;
  if (!frame || !flow?.ok) return undefined;
  const no = new Set(exclude.map((e) => e.toLowerCase()));
  const gates: GateInfo[] = details
    ? state.frames.flatMap((f) =>
        Object.entries(f.gates)
          .filter(([, g]) => !g.decided)
          .map(([step, g]) => {
            const members = roleMembers(registry.config.policy.roles, g.role);
            const fflow = registry.packages.find((p) => p.id === f.contract_id)?.flow?.json;
            return {
              step: f.id === frame.id ? step : `${f.id}/${step}`,
              ...(g.question ? { question: g.question } : {}),
              options: decisionOptions(fflow?.ok ? fflow.value : undefined, step, g.options),
              approvers: [...members.users.filter((u) => !no.has(u.toLowerCase())), ...members.teams],
              ...(g.role ? { role: g.role } : {}),
              required: g.required,
            };
          }),
      )
    : [];
  return runGraphMarkdown(flow.value, frame, gates);
}

/** A scheduled sweep applies an expired gate's no-response rule; escalation asks the new role. */
async function applyDeadline(ctx: RunContext, runner: Runner, g: OpenedGate, comments: RunComments, runId: string): Promise<void> {
  const result = runner.expire(g.key);
  if (!result) return;
  ctx.log.info(`Run ${runId}: gate ${g.key} passed its deadline: ${result}.`);
  if (result === "blocked")
    await comments.once(`<!-- mova-gate-expired:${runId}:${g.key}:${g.gate.opened_at} -->`, `### ⏰ Gate \`${g.key}\` passed its deadline\n\nNo decision came by ${g.gate.deadline}; run \`${runId}\` stays blocked until an entitled approver decides.`);
  if (result === "escalated") {
    const gate = runner.state.frames.find((f) => f.id === g.frame)!.gates[g.step]!;
    await comments.once(`<!-- mova-gate-escalated:${runId}:${g.key}:${gate.deadline} -->`, `### ⏫ Gate \`${g.key}\` escalated to \`${gate.role}\`\n\nNo decision came in time; the role \`${gate.role}\` now decides, by ${gate.deadline}.`);
  }
}

/** Reminds the approvers of gates open longer than policy.gate_reminder_hours, at most once per that period. */
async function sendReminders(ctx: RunContext, runner: Runner, comments: RunComments, runId: string, registry: Registry): Promise<void> {
  const hours = Number(registry.config.policy.gate_reminder_hours ?? 24);
  const now = ctx.now().getTime();
  for (const g of runner.openGates()) {
    const since = Date.parse(g.gate.reminded_at ?? g.gate.opened_at);
    if (now - since < hours * 3_600_000) continue;
    const members = roleMembers(registry.config.policy.roles, g.gate.role);
    const who = [...members.users.map((u) => `@${u}`), ...members.teams.map((t) => `@${t}`)].join(", ") || "approvers";
    await comments.once(`<!-- mova-remind:${runId}:${g.key}:${new Date(now).toISOString().slice(0, 13)} -->`, `⏳ Reminder for ${who}: gate \`${g.key}\` of run \`${runId}\` has waited since ${g.gate.opened_at}.${g.gate.deadline ? ` Its deadline is ${g.gate.deadline}.` : ""}`);
    runner.reminded(g.key);
  }
}
