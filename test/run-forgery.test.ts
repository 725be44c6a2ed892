import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { invoiceInputs } from "./support/invoice.ts";
import { BOT, REPO, RunScenario } from "./support/run-scenario.ts";
import { officialAjv } from "./support/shared.ts";
import { evaluateGate, judgeReview, type GateContext, type ReviewFact } from "../src/run/gates.ts";
import type { GateState } from "../src/run/types.ts";
import { dispatchPayload, pullRequestPayload, reviewPayload } from "./support/webhooks.ts";

const episodeCore = officialAjv("6.0.0").getSchema("https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json")!;

function expectOfficialEpisodes(episodes: Record<string, Record<string, unknown>>) {
  for (const [name, episode] of Object.entries(episodes)) expect(episodeCore(episode), `${name}: ${JSON.stringify(episodeCore.errors)}`).toBe(true);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(path: string, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (existsSync(path)) return;
  throw new Error(`timed out waiting for ${path}`);
}

describe("gate forgery and misuse: refused, and recorded as security episodes", { timeout: 300_000 }, () => {
  let s: RunScenario;
  afterEach(async () => {
    expect(s.gh.violations).toEqual([]);
    await s.close();
  });

  it("refuses every forged or misused review, each with a security episode of a stable type, and the gate stays open", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(s.state().status).toBe("waiting");
    const oldCommit = s.pr.headSha;
    // Two bots in the approvers' team: one by its login, one only by its account type.
    s.gh.addUser("deploy-app", { type: "Bot" });
    s.gh.addTeam("acme", "finance-approvers", ["dave", "erin", "renovate[bot]", "deploy-app"]);
    const cases: Array<[string, () => unknown, string, "low" | "medium" | "high", RegExp]> = [
      // GitHub itself refuses an author's approval or change request, so the author's attempt arrives as a COMMENTED review with /decide.
      ["self-approval by the pull request's author", () => s.review("alice", "COMMENTED", { body: "/decide approve" }).payload, "self_approval", "high", /alice opened this pull request, and the author cannot decide their own run's gates; a COMMENTED review decides nothing anyway/],
      ["a reviewer outside the gate's role", () => s.review("mallory", "APPROVED").payload, "not_approver", "medium", /mallory is not an approver of role finance_approver/],
      ["a bot by its login, though in the approvers' team", () => s.review("renovate[bot]", "APPROVED").payload, "bot_reviewer", "high", /renovate\[bot\] is a bot, and bots never decide a gate/],
      ["a bot by its account type, though in the approvers' team", () => s.review("deploy-app", "APPROVED").payload, "bot_reviewer", "high", /deploy-app is a bot/],
      ["an approval of an older commit", () => s.review("carol", "APPROVED", { commit: oldCommit }).payload, "stale_commit", "medium", /reviews commit .{7}, not .{7}, the commit the gate opened at/],
      ["a dismissed approval", () => s.dismiss(s.review("carol", "APPROVED").id), "dismissed", "low", /dismissed reviews do not count/],
      ["/decide with an option the gate does not have", () => s.review("erin", "APPROVED", { body: "/decide approve_all" }).payload, "unknown_option", "low", /\/decide approve_all names no option of this gate/],
    ];
    for (const [name, event, code, severity, reason] of cases) {
      const before = Object.keys(s.episodes()).length;
      const run = await s.act("pull_request_review", event());
      expect(run.status, `${name}: ${run.stdout}${run.stderr}`).toBe(0);
      const episodes = Object.entries(s.episodes());
      expect(episodes, name).toHaveLength(before + 1);
      const [file, episode] = episodes.at(-1)!;
      expect(file, name).toMatch(/-root-approve-review-refused\.json$/);
      expect(episode, name).toMatchObject({
        episode_type: `security_event/review_${code}`,
        result_status: "skipped",
        result_summary: expect.stringMatching(reason),
        result_details: { refusal: code, security_event_type: "other", security_event_category: expect.any(String), severity, detection_source: "runtime_guard" },
      });
      expect(s.state().status, name).toBe("waiting");
      expect(s.state().frames[0]!.gates.approve!.decided, name).toBeUndefined();
    }
    // The unknown option is also answered on the pull request.
    expect(s.gh.commentsOn({ repo: REPO, number: 12 }).some((c) => /@erin `\/decide approve_all` names no option of gate `root\/approve` \(`approve`, /.test(c.body))).toBe(true);
    // A COMMENTED review is no forgery: refused, but not a security event.
    await s.act("pull_request_review", s.review("carol", "COMMENTED", { body: "looks fine" }).payload);
    const commented = Object.values(s.episodes()).at(-1)!;
    expect(commented.episode_type).not.toMatch(/^security_event\//);
    expect(commented.result_details).toMatchObject({ refusal: "commented" });
    expectOfficialEpisodes(s.episodes());
    // And an entitled approver still decides the gate.
    await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "approved" });
    // A review that comes after the decision is answered too, as late, not forged; the same event again adds nothing.
    const late = s.review("erin", "CHANGES_REQUESTED").payload;
    const count = Object.keys(s.episodes()).length;
    await s.act("pull_request_review", late);
    const after = Object.entries(s.episodes());
    expect(after).toHaveLength(count + 1);
    expect(after.at(-1)![0]).toMatch(/-root-approve-review-refused\.json$/);
    expect(after.at(-1)![1]).toMatchObject({ result_details: { refusal: "after_decision" }, result_summary: expect.stringMatching(/gate approve had already been decided \(approve, at /) });
    expect(after.at(-1)![1].episode_type).not.toMatch(/^security_event\//);
    await s.act("pull_request_review", late);
    expect(Object.keys(s.episodes())).toHaveLength(count + 1);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "approved" });
    expectOfficialEpisodes(s.episodes());
  });

  it("a hand-edited episode file halts the run with a security episode", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    s.author.git("pull", "-q", "origin", "run/ap-004512");
    const path = `registry/runs/${s.runId}/episodes/0002-root-check-step.json`;
    const episode = JSON.parse(s.author.git("show", `HEAD:${path}`));
    episode.result_summary = "All checks passed (edited)";
    s.author.commit({ [path]: episode }, "tidy the episode");
    s.author.git("push", "-q", "origin", "run/ap-004512");
    const run = await s.act("pull_request", s.pullRequestEvent());
    expect(run.status, run.stdout).toBe(0);
    expect(s.state()).toMatchObject({ status: "halted", reason: expect.stringMatching(/alice changed registry\/runs\/2026-11-23-ap-004512\/episodes\/0002-root-check-step.json, which only the action writes/) });
    const halted = Object.entries(s.episodes()).find(([n]) => n.endsWith("-halted.json"))![1];
    expect(halted).toMatchObject({ episode_type: "security_event/state_file_edited", result_details: { severity: "high", actor: "alice", files: [path] } });
    expectOfficialEpisodes(s.episodes());
    // An approval afterwards changes nothing.
    await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(s.state().status).toBe("halted");
  });

  it("a run request naming a system contract halts at once with a security episode, before any step runs", async () => {
    s = await RunScenario.start({ policy: { system_contracts: ["contract.finance.invoice_approval_v1"] } });
    const run = await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(s.state()).toMatchObject({ status: "halted", reason: expect.stringMatching(/contract.finance.invoice_approval_v1 is a system contract, and a run request may not name one/) });
    const episodes = s.episodes();
    expect(Object.keys(episodes)).toEqual(["0001-root-halted.json"]);
    expect(episodes["0001-root-halted.json"]).toMatchObject({ episode_type: "security_event/system_contract_requested", result_status: "cancelled", result_details: { severity: "high", initiator: "alice", contract_id: "contract.finance.invoice_approval_v1" } });
    expect(s.ai.requests).toHaveLength(0);
    expectOfficialEpisodes(episodes);
  });

  it("and by workflow_dispatch: the pull request carries the halted run and its security episode", async () => {
    s = await RunScenario.start({ policy: { system_contracts: ["contract.finance.invoice_approval_v1"] } });
    const inputs = { contract: "contract.finance.invoice_approval_v1", "run-inputs": JSON.stringify(invoiceInputs), reason: "run the system contract", "run-id": "dispatch-system" };
    const started = await s.act("workflow_dispatch", dispatchPayload(REPO, "carol", inputs), inputs);
    expect(started.status, started.stdout + started.stderr).toBe(0);
    expect(started.stdout).toMatch(/::warning::Run dispatch-system was refused and halted at once/);
    const state = JSON.parse(s.remote.repo.git("show", "mova-run/dispatch-system:registry/runs/dispatch-system/state.json"));
    expect(state).toMatchObject({ status: "halted", initiator: "carol" });
    const halted = JSON.parse(s.remote.repo.git("show", "mova-run/dispatch-system:registry/runs/dispatch-system/episodes/0001-root-halted.json"));
    expect(halted.episode_type).toBe("security_event/system_contract_requested");
    expect(s.ai.requests).toHaveLength(0);
  });

  it("a fork's pull request can neither start a run nor decide a gate: refused, and recorded in the job as a security event", async () => {
    s = await RunScenario.start();
    const mallory = s.remote.clone("mallory");
    mallory.branch("fork-run");
    mallory.commit({ "registry/runs/2026-11-23-fork-run/request.json": { schema_id: "registry.run_request_v1", contract_id: "contract.finance.invoice_approval_v1", inputs: invoiceInputs, reason: "from a fork" } }, "run from a fork");
    mallory.git("push", "-q", "origin", "fork-run");
    const headSha = mallory.git("rev-parse", "HEAD");
    s.gh.addPull({ repo: REPO, number: 13, user: "mallory", head: "fork-run", headSha, base: "main", fork: "mallory" });
    const pr = { number: 13, repository: REPO, headRepository: "mallory/contracts", baseRef: "main", baseSha: s.pr.baseSha, headRef: "fork-run", headSha, author: "mallory" };
    const before = s.remote.repo.git("for-each-ref", "--format=%(refname) %(objectname)");

    const opened = await s.act("pull_request", pullRequestPayload("opened", pr));
    expect(opened.status, opened.stdout + opened.stderr).toBe(0);
    expect(opened.stdout).toMatch(/::warning::Refused pull request #13: it comes from a fork and touches run 2026-11-23-fork-run; a fork can neither start a run nor decide a gate\. \(security_event\/fork_pull_request\)/);
    expect(opened.summary).toMatch(/"episode_type": "security_event\/fork_pull_request"/);
    expect(opened.summary).toMatch(/"severity": "high"/);

    const review = s.gh.addReview(13, { user: "carol", state: "APPROVED", commit_id: headSha });
    const reviewed = await s.act("pull_request_review", reviewPayload("submitted", pr, { id: review.id, user: "carol", state: "approved", commitId: headSha, submittedAt: review.submitted_at! }));
    expect(reviewed.status, reviewed.stdout + reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toMatch(/::warning::Refused review \d+ by carol \(approved\) on pull request #13: it comes from a fork/);
    expect(reviewed.summary).toMatch(/security_event\/fork_review/);
    // Nothing was pushed anywhere, and no model was asked.
    expect(s.remote.repo.git("for-each-ref", "--format=%(refname) %(objectname)")).toBe(before);
    expect(s.ai.requests).toHaveLength(0);
    expect(s.gh.requestsFor("pulls/create")).toEqual([]);
  });

  it("a fork's pull request that carries no run is left alone, without a security event", async () => {
    s = await RunScenario.start();
    const mallory = s.remote.clone("mallory");
    mallory.branch("fork-docs");
    mallory.commit({ "docs/readme.md": "hello" }, "docs");
    mallory.git("push", "-q", "origin", "fork-docs");
    const headSha = mallory.git("rev-parse", "HEAD");
    s.gh.addPull({ repo: REPO, number: 14, user: "mallory", head: "fork-docs", headSha, base: "main", fork: "mallory" });
    const run = await s.act("pull_request", pullRequestPayload("opened", { number: 14, repository: REPO, headRepository: "mallory/contracts", baseRef: "main", baseSha: s.pr.baseSha, headRef: "fork-docs", headSha, author: "mallory" }));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/comes from a fork, and it carries no run/);
    expect(run.stdout).not.toMatch(/::warning::/);
  });
});

describe("judging a review: each refusal has a stable code", () => {
  const HEAD = "a".repeat(40);
  const gate = { role: "finance_approver", options: ["approve", "reject"], approve_option: "approve", reject_option: "reject", required: 1, opened_at: "2026-11-23T10:00:00Z" } as unknown as GateState;
  const ctx: GateContext = { heads: new Set([HEAD]), openedAt: gate.opened_at, entitled: new Set(["carol", "alice", "bob", "ci[bot]", "deployer"]), role: "finance_approver", author: "alice", initiator: "bob" };
  const review = (user: string, state: string, extra: Partial<ReviewFact> = {}): ReviewFact => ({ id: 1, user, state, commit_id: HEAD, submitted_at: "2026-11-23T11:00:00Z", body: "", ...extra });
  it.each<[string, ReviewFact, string]>([
    ["the author's approval (an API that allowed it)", review("alice", "APPROVED"), "self_approval"],
    ["the author's change request", review("alice", "CHANGES_REQUESTED"), "self_approval"],
    ["the author's comment with /decide", review("alice", "COMMENTED", { body: "/decide approve" }), "self_approval"],
    ["the initiator's approval", review("bob", "APPROVED"), "initiator_approval"],
    ["a bot by login", review("ci[bot]", "APPROVED"), "bot_reviewer"],
    ["a bot by account type", review("deployer", "APPROVED", { user_type: "Bot" }), "bot_reviewer"],
    ["an outsider", review("mallory", "APPROVED"), "not_approver"],
    ["an outsider's comment with /decide", review("mallory", "COMMENTED", { body: "/decide approve" }), "not_approver"],
    ["an older commit", review("carol", "APPROVED", { commit_id: "b".repeat(40) }), "stale_commit"],
    ["no commit at all", review("carol", "APPROVED", { commit_id: null }), "stale_commit"],
    ["before the gate opened", review("carol", "APPROVED", { submitted_at: "2026-11-23T09:00:00Z" }), "before_gate"],
    ["dismissed", review("carol", "DISMISSED"), "dismissed"],
    ["an unknown option", review("carol", "APPROVED", { body: "/decide approve_all" }), "unknown_option"],
    ["a plain comment", review("carol", "COMMENTED", { body: "/decide approve" }), "commented"],
  ])("%s", (_name, r, code) => {
    const v = judgeReview(gate, r, ctx);
    expect(v).toMatchObject({ counts: false, code });
    expect(evaluateGate(gate, [r], ctx).decision).toBeUndefined();
  });
  it("an entitled human's approval on the gate's commit counts", () => {
    expect(judgeReview(gate, review("carol", "APPROVED", { user_type: "User" }), ctx)).toMatchObject({ counts: true, option: "approve" });
  });
});

describe("a lost push race loses no episode and no transition", { timeout: 300_000 }, () => {
  let s: RunScenario;
  afterEach(async () => {
    expect(s.gh.violations).toEqual([]);
    await s.close();
  });

  /**
   * A hook in the runner's checkout (the action's worktrees share it) pauses
   * the action between its commit and its push, or inside the push after it
   * read the remote's refs, while a second job on another runner advances the
   * same run and pushes first.
   */
  it.each(["post-commit", "pre-push"])("another job's push lands first (%s): the action fetches, recomputes and pushes on top", async (hook) => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(s.state()).toMatchObject({ status: "waiting", seq: 3 });
    const marks = mkdtempSync(join(tmpdir(), "mova-race-"));
    const hookPath = join(s.runner.dir, ".git", "hooks", hook);
    writeFileSync(hookPath, `#!/bin/sh\n[ -e "${marks}/go" ] && exit 0\ntouch "${marks}/paused"\nwhile [ ! -e "${marks}/go" ]; do sleep 0.1; done\nexit 0\n`);
    chmodSync(hookPath, 0o755);

    // Job A judges mallory's approval (refused); job B, on another runner, erin's unknown /decide (refused too): neither decides, so both must survive.
    const outsider = s.review("mallory", "APPROVED");
    const first = s.act("pull_request_review", outsider.payload);
    await waitFor(join(marks, "paused"));
    // Job A has fetched, judged and committed; now job B pushes its own transition first.
    const unknown = s.review("erin", "APPROVED", { body: "/decide maybe" });
    const second = await s.act("pull_request_review", unknown.payload, {}, {}, { runner: s.remote.clone(BOT) });
    expect(second.status, second.stdout + second.stderr).toBe(0);
    const concurrent = s.head();
    expect(Object.keys(s.episodes())).toContain("0004-root-approve-review-refused.json");
    writeFileSync(join(marks, "go"), "");
    const run = await first;
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/the push lost a race; starting over from the new tip \(attempt 1\)/);

    // Both jobs' work is on the remote: the concurrent commit is an ancestor of the tip, and every episode is there.
    expect(() => s.remote.repo.git("merge-base", "--is-ancestor", concurrent, s.head())).not.toThrow();
    expect(Object.keys(s.episodes())).toEqual([
      "0001-root-extract-step.json",
      "0002-root-check-step.json",
      "0003-root-approve-gate-opened.json",
      "0004-root-approve-review-refused.json",
      "0005-root-approve-review-refused.json",
    ]);
    expect(s.episodes()["0004-root-approve-review-refused.json"]).toMatchObject({ episode_type: "security_event/review_unknown_option", executor: { executor_id: "erin" } });
    expect(s.episodes()["0005-root-approve-review-refused.json"]).toMatchObject({ episode_type: "security_event/review_not_approver", executor: { executor_id: "mallory" } });
    expect(s.state()).toMatchObject({ status: "waiting", seq: 5 });
    expect(s.state().frames[0]!.gates.approve!.refused_reviews).toEqual([unknown.id, outsider.id]);
    // One commit per transition, all by the action, none forced (the hook logs pushes; a forced one would halt the run).
    expect(s.remote.repo.git("log", "--format=%an", `${s.pr.baseSha}..${s.head()}`).split("\n").filter((a) => a !== "alice")).toEqual([BOT, BOT, BOT]);
    // The run goes on from there.
    await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "approved", seq: 6 });
  });

  it("a push that keeps losing gives up after a bounded number of attempts, with a clear error, and writes nothing", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    const tipBefore = s.head();
    // Every commit the action makes is followed at once by another push of the action's own (a file the run does not read).
    const noise = s.remote.clone(BOT);
    noise.git("checkout", "-q", "run/ap-004512");
    const hookPath = join(s.runner.dir, ".git", "hooks", "post-commit");
    writeFileSync(
      hookPath,
      `#!/bin/sh\nenv -i PATH="$PATH" HOME="$HOME" MOVA_TEST_ACTOR="${BOT}" sh -c 'cd "${noise.dir}" && git pull -q --no-rebase origin run/ap-004512 && date +%s%N > registry/runs/2026-11-23-ap-004512/noise.txt && git add registry/runs/2026-11-23-ap-004512/noise.txt && git -c user.name=github-actions[bot] -c user.email=bot@example.com commit -q -m noise && git push -q origin HEAD:run/ap-004512'\n`,
    );
    chmodSync(hookPath, 0o755);
    const run = await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/run 2026-11-23-ap-004512: 5 pushes in a row lost a race with other pushes/);
    // The run's own state is untouched: nothing half-written, the next event starts over.
    expect(s.remote.repo.git("diff", "--name-only", tipBefore, s.head())).toBe("registry/runs/2026-11-23-ap-004512/noise.txt");
    expect(s.state()).toMatchObject({ status: "waiting", seq: 3 });
  });
});
