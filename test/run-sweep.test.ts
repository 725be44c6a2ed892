import { afterEach, describe, expect, it } from "vitest";
import { RunScenario } from "./support/run-scenario.ts";
import { officialAjv } from "./support/shared.ts";

const episodeCore = officialAjv("6.0.0").getSchema("https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json")!;

const gate = (extra: object) => ({
  entry: "decide",
  steps: {
    decide: {
      execution_mode: "HUMAN_GATE",
      question: "Release the payment batch?",
      role: "finance_approver",
      decision_options: [
        { id: "approve", label: "Release" },
        { id: "reject", label: "Hold" },
      ],
      deadline: "PT2S",
      next: { approve: { terminal: "released" }, reject: { terminal: "held" } },
      ...extra,
    },
  },
});
const contract = (name: string, flow: object, manifest: object = {}) => ({
  [`contracts/${name}/manifest.json`]: { schema_id: "package.contract_package_manifest_v1", package_id: `contract.finance.${name}_v1`, version: "1.0.0", flow_ref: "flow.json", verb: "route", ...manifest },
  [`contracts/${name}/flow.json`]: flow,
});
const request = (name: string) => ({ schema_id: "registry.run_request_v1", contract_id: `contract.finance.${name}_v1`, inputs: {}, reason: "Batch 2026-47" });
/** GitHub's schedule event carries the cron expression that fired. */
const scheduleEvent = { schedule: "*/5 * * * *" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the scheduled sweep", { timeout: 120_000 }, () => {
  let s: RunScenario;
  afterEach(async () => {
    expect(s.gh.violations).toEqual([]);
    await s.close();
  });

  it("rejects a gate whose deadline passed with on_no_response reject", async () => {
    s = await RunScenario.start({ registryFiles: contract("payment_batch", gate({ on_no_response: "reject" })), request: request("payment_batch") });
    await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(s.state().status).toBe("waiting");
    await sleep(2500);
    const swept = await s.act("schedule", scheduleEvent);
    expect(swept.status, swept.stdout).toBe(0);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "held" });
    const decided = Object.entries(s.episodes()).find(([n]) => n.endsWith("gate-decided.json"))![1];
    expect(decided).toMatchObject({ executor: { executor_id: "mova-registry" }, result_details: { decision: { via: "deadline", option: "reject" } } });
    expect(swept.summary).toMatch(/### MOVA runs[\s\S]*`2026-11-23-ap-004512` \| #12 \| completed → \*\*held\*\*/);
    for (const e of Object.values(s.episodes())) expect(episodeCore(e)).toBe(true);
  });

  it("escalates to the escalation role, asks them, and reminds approvers of gates open too long", async () => {
    s = await RunScenario.start({ registryFiles: contract("payment_batch", gate({ on_no_response: "escalate", escalate_to: "finance_lead" })), request: request("payment_batch"), policy: { gate_reminder_hours: 0.0003 } });
    await s.act("pull_request", s.pullRequestEvent("opened"));
    await sleep(2500);
    await s.act("schedule", scheduleEvent);
    const gateState = s.state().frames[0]!.gates.decide!;
    expect(gateState).toMatchObject({ role: "finance_lead", escalated: true });
    expect(Object.keys(s.episodes()).some((n) => n.endsWith("gate-escalated.json"))).toBe(true);
    const comments = s.gh.commentsOn({ repo: "acme/contracts", number: 12 }).map((c) => c.body);
    expect(comments.some((c) => /Gate `root\/decide` escalated to `finance_lead`/.test(c))).toBe(true);
    expect(comments.some((c) => /⏳ Reminder for @fiona: gate `root\/decide`/.test(c))).toBe(true);
    // Now fiona, of the escalation role, decides.
    await s.act("pull_request_review", s.review("fiona", "APPROVED").payload);
    expect(s.state()).toMatchObject({ status: "completed", outcome: "released" });
  });

  it("starts a cron-scheduled run once, in its own pull request", async () => {
    const nightly = contract("nightly_reconciliation", { entry: "check", steps: { check: { execution_mode: "DETERMINISTIC", rule: "balanced", next: { balanced: { terminal: "reconciled" } } } } }, { schedule: { cron: "0 0 * * *", inputs: {}, reason: "Nightly reconciliation" } });
    s = await RunScenario.start({ registryFiles: nightly });
    const first = await s.act("schedule", scheduleEvent);
    expect(first.status, first.stdout).toBe(0);
    const created = s.gh.requestsFor("pulls/create");
    expect(created).toHaveLength(1);
    const head = String((created[0]!.body as { head: string }).head);
    expect(head).toMatch(/^mova-run\/nightly-reconciliation-\d{8}-\d{4}$/);
    const runId = head.slice("mova-run/".length);
    expect(JSON.parse(s.remote.repo.git("show", `${head}:registry/runs/${runId}/state.json`))).toMatchObject({ status: "completed", outcome: "reconciled", initiator: "schedule" });
    // The next sweep finds the run of the same fire time started.
    await s.act("schedule", scheduleEvent);
    expect(s.gh.requestsFor("pulls/create")).toHaveLength(1);
  });
});
