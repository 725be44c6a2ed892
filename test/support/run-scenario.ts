import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunState } from "../../src/run/types.ts";
import { eventEnv, runActionBundle, type ActionRun } from "./action-env.ts";
import { startAiServer, type AiServer } from "./ai-server.ts";
import { bareRemote, type BareRemote } from "./git-remote.ts";
import type { GitRepo } from "./git-repo.ts";
import { startFakeGitHub, type FakeGitHub } from "./github/fake-github.ts";
import { extraction, invoiceInputs } from "./invoice.ts";
import { PROJECT_ROOT } from "./shared.ts";
import { pullRequestPayload, reviewPayload, type PullRequestFacts } from "./webhooks.ts";

export const REPO = "acme/contracts";
export const BOT = "github-actions[bot]";
export const AI_KEY = "sk-scenario-0123456789abcdefghij";

/**
 * The whole stage a run plays on: a bare repository standing in for GitHub's
 * (its hook records who pushed), the runner's checkout, a GitHub API
 * stand-in that sees those pushes, and a model endpoint on loopback.
 */
export class RunScenario {
  readonly remote: BareRemote;
  readonly runner: GitRepo;
  readonly author: GitRepo;
  readonly gh: FakeGitHub;
  readonly ai: AiServer;
  readonly pr: PullRequestFacts;
  readonly runId: string;
  #reviewId = 9000;

  private constructor(remote: BareRemote, runner: GitRepo, author: GitRepo, gh: FakeGitHub, ai: AiServer, pr: PullRequestFacts, runId: string) {
    this.remote = remote;
    this.runner = runner;
    this.author = author;
    this.gh = gh;
    this.ai = ai;
    this.pr = pr;
    this.runId = runId;
  }

  /** main holds the embedded registry; alice opens pull request 12 adding a run request for the invoice contract. */
  static async start(options: { registryFiles?: Record<string, unknown>; policy?: Record<string, unknown>; request?: Record<string, unknown>; runId?: string } = {}): Promise<RunScenario> {
    const remote = bareRemote();
    const admin = remote.clone("admin");
    cpSync(join(PROJECT_ROOT, "registry"), join(admin.dir, "registry"), { recursive: true });
    const config = JSON.parse(readFileSync(join(admin.dir, "registry/mova.registry.json"), "utf8"));
    config.policy.roles.finance_approver = { users: ["carol"], teams: ["acme/finance-approvers"] };
    config.policy.roles.finance_lead = { users: ["fiona"] };
    Object.assign(config.policy, options.policy ?? {});
    writeFileSync(join(admin.dir, "registry/mova.registry.json"), JSON.stringify(config, null, 2) + "\n");
    admin.commit(Object.fromEntries(Object.entries(options.registryFiles ?? {}).map(([k, v]) => [`registry/${k}`, v])), "registry");
    admin.git("push", "-q", "origin", "HEAD:refs/heads/main");
    const baseSha = admin.git("rev-parse", "HEAD");

    const runId = options.runId ?? "2026-11-23-ap-004512";
    const author = remote.clone("alice");
    author.branch("run/ap-004512");
    author.commit({ [`registry/runs/${runId}/request.json`]: options.request ?? { schema_id: "registry.run_request_v1", contract_id: "contract.finance.invoice_approval_v1", inputs: invoiceInputs, reason: "Supplier invoice INV-77812 from Contoso Industrial" } }, "Run the invoice approval for AP-2026-004512");
    author.git("push", "-q", "origin", "run/ap-004512");
    const headSha = author.git("rev-parse", "HEAD");

    const runner = remote.clone(BOT);
    const gh = await startFakeGitHub({ pushLog: remote.pushLog, gitDir: remote.dir });
    gh.state.defaultRepo = REPO;
    for (const u of ["alice", "carol", "dave", "erin", "fiona", "mallory"]) gh.addUser(u);
    gh.addTeam("acme", "finance-approvers", ["dave", "erin"]);
    gh.addBranch("main", baseSha, REPO);
    gh.addBranch("run/ap-004512", headSha, REPO);
    gh.addPull({ repo: REPO, number: 12, user: "alice", head: "run/ap-004512", headSha, base: "main" });
    const ai = await startAiServer({ apiKey: AI_KEY, handler: () => ({ content: JSON.stringify(extraction()) }) });
    const pr: PullRequestFacts = { number: 12, repository: REPO, baseRef: "main", baseSha, headRef: "run/ap-004512", headSha, author: "alice" };
    return new RunScenario(remote, runner, author, gh, ai, pr, runId);
  }

  async close(): Promise<void> {
    await this.gh.close();
    await this.ai.close();
  }

  /** The run branch's tip on the remote. */
  head(): string {
    return this.remote.repo.git("rev-parse", `refs/heads/${this.pr.headRef}`);
  }

  state(): RunState {
    return JSON.parse(this.remote.repo.git("show", `${this.pr.headRef}:registry/runs/${this.runId}/state.json`)) as RunState;
  }

  episodes(): Record<string, Record<string, unknown>> {
    const names = this.remote.repo.git("ls-tree", "--name-only", `${this.pr.headRef}:registry/runs/${this.runId}/episodes`).split("\n").filter(Boolean);
    return Object.fromEntries(names.map((n) => [n, JSON.parse(this.remote.repo.git("show", `${this.pr.headRef}:registry/runs/${this.runId}/episodes/${n}`))]));
  }

  /** Runs the committed action bundle in mode run on an event, as the runner would. */
  async act(eventName: string, payload: unknown, inputs: Record<string, string> = {}, env: Record<string, string> = {}, options: { killAfterMs?: number; runner?: GitRepo } = {}): Promise<ActionRun> {
    const runner = options.runner ?? this.runner;
    runner.git("fetch", "-q", "origin");
    return runActionBundle(runner.dir, { mode: "run", path: "registry", token: "ghs_runner", "ai-base-url": this.ai.url, ...inputs }, {
      ...eventEnv(eventName, payload),
      GITHUB_API_URL: this.gh.url,
      GITHUB_REPOSITORY: REPO,
      GITHUB_WORKFLOW: "MOVA runs",
      GITHUB_JOB: "run",
      GITHUB_SHA: this.pr.baseSha,
      GITHUB_REF: "refs/heads/main",
      OPENAI_API_KEY: AI_KEY,
      // Who the bare remote's hook records as the pusher: the Actions bot, as GitHub would.
      MOVA_TEST_ACTOR: BOT,
      ...env,
    }, options);
  }

  /** The pull_request event of the pull request as it stands. */
  pullRequestEvent(action = "synchronize"): unknown {
    return pullRequestPayload(action === "synchronize" ? "synchronize" : "opened", { ...this.pr, headSha: this.head() });
  }

  /** Submits a review in the API stand-in and returns the pull_request_review event GitHub would send for it. */
  review(user: string, state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED", options: { commit?: string; body?: string } = {}): { id: number; payload: unknown } {
    const id = ++this.#reviewId;
    const commit = options.commit ?? this.head();
    const submittedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const review = this.gh.addReview(12, { user, state, commit_id: commit, body: options.body ?? "", submitted_at: submittedAt });
    const payload = reviewPayload("submitted", { ...this.pr, headSha: this.head() }, { id: review.id, user, state: state.toLowerCase(), commitId: commit, submittedAt, body: options.body ?? "" });
    return { id: review.id ?? id, payload };
  }

  /** Dismisses a review in the stand-in and returns the event. */
  dismiss(reviewId: number): unknown {
    const r = this.gh.dismissReview(reviewId);
    return reviewPayload("dismissed", { ...this.pr, headSha: this.head() }, { id: reviewId, user: r.user, state: "dismissed", commitId: r.commit_id ?? this.head(), submittedAt: r.submitted_at ?? new Date().toISOString() });
  }
}
