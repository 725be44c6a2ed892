import { afterEach, describe, expect, it } from "vitest";
import { officialAjv } from "./support/shared.ts";
import { invoiceInputs } from "./support/invoice.ts";
import { REPO, RunScenario } from "./support/run-scenario.ts";
import { dispatchPayload, reviewPayload, webhookSchemaErrors } from "./support/webhooks.ts";

const episodeCore = officialAjv("6.0.0").getSchema("https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json")!;
const securityEpisode = officialAjv("6.0.0").getSchema("https://mova.dev/schemas/ds.security_event_episode_core_v1.schema.json")!;

function expectOfficialEpisodes(s: RunScenario) {
  for (const [name, episode] of Object.entries(s.episodes())) expect(episodeCore(episode), `${name}: ${JSON.stringify(episodeCore.errors)}`).toBe(true);
}

describe("runs that live in pull requests", { timeout: 120_000 }, () => {
  let s: RunScenario;
  afterEach(async () => {
    expect(s.gh.violations).toEqual([]);
    await s.close();
  });

  it("the invoice approval runs from request to approved: AI step, check, gate, approval", async () => {
    s = await RunScenario.start();
    const opened = await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(opened.status, opened.stdout + opened.stderr).toBe(0);
    expect(s.state()).toMatchObject({ status: "waiting", initiator: "alice", seq: 3 });
    expect(Object.keys(s.episodes())).toEqual(["0001-root-extract-step.json", "0002-root-check-step.json", "0003-root-approve-gate-opened.json"]);
    expect(s.ai.requests).toHaveLength(1);
    // The gate asked for its approvers' reviews and put its question on the pull request.
    const asked = s.gh.requestsFor("pulls/request-reviewers");
    expect(asked.map((r) => r.body)).toEqual([{ reviewers: ["carol"], team_reviewers: ["finance-approvers"] }]);
    const comments = s.gh.commentsOn({ repo: "acme/contracts", number: 12 });
    expect(comments.some((c) => /Decision needed: Approve this supplier invoice/.test(c.body) && /@carol, @acme\/finance-approvers/.test(c.body))).toBe(true);
    expect(comments.some((c) => c.body.includes("<!-- mova-run:2026-11-23-ap-004512 -->"))).toBe(true);
    // Both show the run's graph: extract and check finished, the gate waiting; the status lists the gate's options and approvers.
    const gateBody = comments.find((c) => c.body.includes("Decision needed"))!.body;
    const statusBody = comments.find((c) => c.body.includes("<!-- mova-run:"))!.body;
    for (const body of [gateBody, statusBody]) {
      expect(body).toMatch(/```mermaid\nflowchart TD\n/);
      expect(body).toMatch(/n0\{\{"✅ 🤖 extract/);
      expect(body).toMatch(/n1\["✅ ⚙️ check/);
      expect(body).toMatch(/n2\{"🚦 👤 approve/);
      expect(body).toMatch(/n1 ==>\|"pass"\| n2/);
    }
    expect(statusBody).toMatch(/\*\*Gate approve:\*\* Approve this supplier invoice for payment at the extracted gross amount&#63;/);
    expect(statusBody).toMatch(/^- approve: Approve for payment/m);
    expect(statusBody).toMatch(/Entitled approvers \(role finance&#95;approver, 1 needed\): carol, acme&#47;finance&#45;approvers\./);
    // Each transition is one commit by the action.
    expect(s.remote.repo.git("log", "-1", "--format=%an", "run/ap-004512")).toBe("github-actions[bot]");

    const approval = s.review("dave", "APPROVED");
    const decided = await s.act("pull_request_review", approval.payload);
    expect(decided.status, decided.stdout).toBe(0);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "approved", seq: 4 });
    const last = s.episodes()["0004-root-approve-gate-decided.json"]!;
    expect(last).toMatchObject({ executor: { executor_id: "dave", executor_kind: "human", role: "finance_approver" }, result_details: { outcome: "approve", decision: { review_ids: [approval.id], via: "review" } } });
    const finalStatus = s.gh.commentsOn({ repo: "acme/contracts", number: 12 }).find((c) => c.body.includes("<!-- mova-run:"))!.body;
    expect(finalStatus).toMatch(/completed, outcome \*\*approved\*\*/);
    expect(finalStatus).toMatch(/n2\{"✅ 👤 approve/);
    expect(finalStatus).toMatch(/"🏁 approved"/);
    expect(finalStatus).not.toMatch(/\*\*Gate /);
    expectOfficialEpisodes(s);

    // Re-running the same event changes nothing: a gate is never decided twice.
    const before = s.head();
    await s.act("pull_request_review", approval.payload);
    expect(s.head()).toBe(before);
  });

  it("and again through a rejection: a change request by an approver rejects", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    const rejection = s.review("carol", "CHANGES_REQUESTED", { body: "The PO does not match the delivery note." });
    await s.act("pull_request_review", rejection.payload);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "rejected" });
    expectOfficialEpisodes(s);
  });

  it("refuses, each with an episode saying why: outsiders, old commits, comments, unknown options, dismissed approvals", async () => {
    s = await RunScenario.start();
    const gateOpenedAt = (await s.act("pull_request", s.pullRequestEvent("opened")), s.head());
    const oldCommit = s.pr.headSha;
    const cases: Array<[string, () => unknown, RegExp]> = [
      ["outside the role", () => s.review("mallory", "APPROVED").payload, /mallory is not an approver of role finance_approver/],
      ["an older commit", () => s.review("carol", "APPROVED", { commit: oldCommit }).payload, /reviews commit .{7}, not .{7}, the commit the gate opened at/],
      ["a COMMENTED review", () => s.review("carol", "COMMENTED", { body: "/decide approve" }).payload, /a COMMENTED review decides nothing/],
      ["an invalid /decide", () => s.review("erin", "APPROVED", { body: "/decide maybe" }).payload, /\/decide maybe names no option/],
      [
        "a dismissed approval",
        () => {
          const r = s.review("carol", "APPROVED");
          return s.dismiss(r.id);
        },
        /dismissed reviews do not count/,
      ],
    ];
    for (const [name, event, reason] of cases) {
      const run = await s.act("pull_request_review", event());
      expect(run.status, `${name}: ${run.stdout}`).toBe(0);
      const refusals = Object.entries(s.episodes()).filter(([n]) => n.endsWith("review-refused.json"));
      expect(refusals.at(-1)?.[1].result_summary, name).toMatch(reason);
      expect(s.state().status, name).toBe("waiting");
    }
    expect(s.gh.commentsOn({ repo: "acme/contracts", number: 12 }).some((c) => /@erin `\/decide maybe` names no option of gate `root\/approve`/.test(c.body))).toBe(true);
    expect(gateOpenedAt).not.toBe(oldCommit);
    expectOfficialEpisodes(s);
  });

  it("a hand-edited state file halts the run with a security episode instead of being trusted", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    s.author.git("pull", "-q", "origin", "run/ap-004512");
    const path = `registry/runs/${s.runId}/state.json`;
    const state = JSON.parse(s.author.git("show", `HEAD:${path}`));
    state.frames[0].gates.approve.decided = { option: "approve", by: ["alice"], at: "2026-11-23T10:00:00Z", via: "review" };
    s.author.commit({ [path]: state }, "approve it myself");
    s.author.git("push", "-q", "origin", "run/ap-004512");
    const run = await s.act("pull_request", s.pullRequestEvent());
    expect(run.status, run.stdout).toBe(0);
    expect(s.state()).toMatchObject({ status: "halted", reason: expect.stringMatching(/alice changed registry\/runs\/2026-11-23-ap-004512\/state.json, which only the action writes/) });
    const halted = Object.entries(s.episodes()).find(([n]) => n.endsWith("-halted.json"))![1];
    expect(halted).toMatchObject({ episode_type: "security_event/state_file_edited", result_status: "cancelled", result_details: { security_event_category: "policy_violation", severity: "high", actor: "alice" } });
    expect(episodeCore(halted)).toBe(true);
    // The specification's own security episode schema accepts no document at all (see README); the run records a core episode of type security_event/*.
    expect(securityEpisode({ ...halted, security_event_type: "other", security_event_category: "policy_violation", severity: "high", security_model_version: "1.0.0" })).toBe(false);
    // Approving now changes nothing.
    await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(s.state().status).toBe("halted");
  });

  it("two approvals arriving at once advance the run exactly once", async () => {
    s = await RunScenario.start();
    await s.act("pull_request", s.pullRequestEvent("opened"));
    const a = s.review("dave", "APPROVED");
    const b = s.review("erin", "APPROVED");
    // Two jobs on two runners, each with its own checkout, as GitHub runs them.
    const second = s.remote.clone("github-actions[bot]");
    const [ra, rb] = await Promise.all([s.act("pull_request_review", a.payload), s.act("pull_request_review", b.payload, {}, {}, { runner: second })]);
    expect([ra.status, rb.status]).toEqual([0, 0]);
    const names = Object.keys(s.episodes());
    expect(names.filter((n) => n.endsWith("gate-decided.json"))).toHaveLength(1);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "approved", seq: 4 });
  });

  it("a killed run resumes where it stopped", async () => {
    s = await RunScenario.start();
    s.ai.respond(() => ({ delayMs: 30_000, then: { content: "{}" } }));
    const killed = await s.act("pull_request", s.pullRequestEvent("opened"), {}, {}, { killAfterMs: 2500 });
    expect(killed.status).toBeNull();
    expect(() => s.state()).toThrow();
    s.ai.respond(() => ({ content: JSON.stringify({ invoice_number: "INV-77812", vendor: { name: "Contoso Industrial GmbH" }, currency: "EUR", totals: { gross_amount: 18450.5 }, confidence: 0.97 }) }));
    const resumed = await s.act("pull_request", s.pullRequestEvent());
    expect(resumed.status, resumed.stdout).toBe(0);
    expect(s.state()).toMatchObject({ status: "waiting", seq: 3 });
  });

  it("workflow_dispatch opens the run's pull request itself, and its initiator cannot approve their own run", async () => {
    s = await RunScenario.start();
    const inputs = { contract: "contract.finance.invoice_approval_v1", "run-inputs": JSON.stringify(invoiceInputs), reason: "Invoice INV-77812, dispatched by hand", "run-id": "dispatch-ap-004512" };
    const payload = dispatchPayload(REPO, "carol", inputs);
    expect(webhookSchemaErrors("webhook-workflow-dispatch", payload)).toEqual([]);
    const started = await s.act("workflow_dispatch", payload, inputs);
    expect(started.status, started.stdout).toBe(0);
    expect(started.outputs).toMatchObject({ "run-id": "dispatch-ap-004512" });
    const created = s.gh.requestsFor("pulls/create")[0]!;
    expect(created.body).toMatchObject({ head: "mova-run/dispatch-ap-004512", base: "main" });
    const number = Number(started.outputs["pull-request"]);
    const state = JSON.parse(s.remote.repo.git("show", "mova-run/dispatch-ap-004512:registry/runs/dispatch-ap-004512/state.json"));
    expect(state).toMatchObject({ status: "waiting", initiator: "carol" });
    // carol is an approver, but she started this run.
    const head = s.remote.repo.git("rev-parse", "mova-run/dispatch-ap-004512");
    const pr = { number, repository: REPO, baseRef: "main", baseSha: s.pr.baseSha, headRef: "mova-run/dispatch-ap-004512", headSha: head, author: "github-actions[bot]" };
    const review = s.gh.addReview(number, { user: "carol", state: "APPROVED", commit_id: head });
    await s.act("pull_request_review", reviewPayload("submitted", pr, { id: review.id, user: "carol", state: "approved", commitId: head, submittedAt: review.submitted_at! }));
    const after = JSON.parse(s.remote.repo.git("show", "mova-run/dispatch-ap-004512:registry/runs/dispatch-ap-004512/state.json"));
    expect(after.status).toBe("waiting");
    const refused = s.remote.repo.git("ls-tree", "--name-only", "mova-run/dispatch-ap-004512:registry/runs/dispatch-ap-004512/episodes").split("\n").find((n) => n.endsWith("review-refused.json"))!;
    expect(JSON.parse(s.remote.repo.git("show", `mova-run/dispatch-ap-004512:registry/runs/dispatch-ap-004512/episodes/${refused}`)).result_summary).toMatch(/carol started this run, and the initiator cannot decide their own run's gates/);
    const dave = s.gh.addReview(number, { user: "dave", state: "APPROVED", commit_id: s.remote.repo.git("rev-parse", "mova-run/dispatch-ap-004512") });
    await s.act("pull_request_review", reviewPayload("submitted", { ...pr, headSha: dave.commit_id! }, { id: dave.id, user: "dave", state: "approved", commitId: dave.commit_id!, submittedAt: dave.submitted_at! }));
    expect(JSON.parse(s.remote.repo.git("show", "mova-run/dispatch-ap-004512:registry/runs/dispatch-ap-004512/state.json"))).toMatchObject({ status: "completed", outcome: "approved" });
  });
});
