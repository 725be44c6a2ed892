import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/check.ts";
import type { Registry } from "../../src/registry/document.ts";
import { createAiClient } from "../../src/run/ai-client.ts";
import { runAiStep } from "../../src/run/ai-step.ts";
import { contractOf } from "../../src/run/contracts.ts";
import type { FlowStep } from "../../src/flow/flow-model.ts";
import { Runner, startRun, type RunDeps, type Transition } from "../../src/run/engine.ts";
import type { RunState, WrittenEpisode } from "../../src/run/types.ts";
import { RELEASES, type Release } from "../../src/schemas/releases.ts";
import { startAiServer, type AiServer } from "../support/ai-server.ts";
import { extraction, invoiceInputs } from "../support/invoice.ts";
import { officialAjv, PROJECT_ROOT } from "../support/shared.ts";
import { makeRegistry } from "../support/tmp-registry.ts";

const INVOICE = "contract.finance.invoice_approval_v1";
const KEY = "sk-test-0000000000000000000000";

/** Every episode must satisfy the official episode core of the run's release. */
function expectOfficial(episodes: WrittenEpisode[], release: Release = "6.0.0") {
  const validate = officialAjv(release).getSchema("https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json")!;
  for (const e of episodes) expect(validate(e.episode), `${e.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

describe("the run engine on the embedded invoice approval", () => {
  let ai: AiServer;
  let registry: Registry;
  let clock: Date;
  let deps: RunDeps;
  beforeAll(async () => {
    ai = await startAiServer({ apiKey: KEY, handler: () => ({ content: JSON.stringify(extraction()) }) });
    registry = (await check(join(PROJECT_ROOT, "registry"))).registry;
  });
  afterAll(() => ai.close());

  function setup(overrides: Partial<RunDeps> = {}) {
    clock = new Date("2026-11-23T09:00:00Z");
    deps = { registry, ai: createAiClient({ sleep: async () => {} }), secret: (n) => (n === "OPENAI_API_KEY" ? KEY : undefined), now: () => clock, aiBaseUrl: ai.url, ...overrides };
    return deps;
  }

  async function advance(state: RunState, input = {}, d = deps): Promise<Transition> {
    return new Runner(state, d).advance(input);
  }

  it("extracts with the model, checks deterministically, opens the gate, and ends approved on a decision", async () => {
    setup();
    ai.respond(() => ({ content: JSON.stringify(extraction()) }));
    const start = startRun("2026-11-23-ap-004512", { contract_id: INVOICE, inputs: invoiceInputs, reason: "Invoice INV-77812 from Contoso" }, "bob", deps);
    const first = await advance(start);
    expect(first.state.status).toBe("waiting");
    expect(first.episodes.map((e) => e.name)).toEqual(["0001-root-extract-step.json", "0002-root-check-step.json", "0003-root-approve-gate-opened.json"]);
    expect(first.opened).toMatchObject([{ key: "root/approve", gate: { options: ["approve", "request_info", "reject"], approve_option: "approve", reject_option: "reject", role: "finance_approver", required: 1, deadline: "2026-11-26T09:00:00Z", on_no_response: "escalate" } }]);
    const [extract, checked] = first.episodes.map((e) => e.episode);
    expect(extract).toMatchObject({ executor: { executor_kind: "ai_model", executor_id: "gpt-4o-mini", environment: { connector_id: "connector.openai.chat_v1", runtime_id: "runtime.github_actions.registry_runner_v1" } }, verb_id: "route", tool_id: "connector.openai.chat_v1", result_status: "completed", output_data_refs: [{ data_type: "ds.finance_invoice_extraction_v1" }] });
    expect(checked).toMatchObject({ executor: { executor_id: "mova-registry", executor_kind: "service" }, tool_id: 0, result_details: { outcome: "pass" } });
    expect(ai.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.stringify(first.state)).not.toContain(KEY);
    expect(JSON.stringify(first.episodes)).not.toContain(KEY);

    clock = new Date("2026-11-23T11:30:00Z");
    const decided = await advance(first.state, { decisions: { "root/approve": { option: "approve", by: ["carol"], review_ids: [17], via: "review" } } });
    expect(decided.state).toMatchObject({ status: "completed", outcome: "approved", seq: 4 });
    expect(decided.episodes[0]!.episode).toMatchObject({ executor: { executor_id: "carol", executor_kind: "human", role: "finance_approver" }, result_details: { outcome: "approve" } });
    expectOfficial([...first.episodes, ...decided.episodes]);

    // Idempotent: the same decision again changes nothing.
    const again = await advance(decided.state, { decisions: { "root/approve": { option: "reject", by: ["dave"], via: "review" } } });
    expect(again.episodes).toEqual([]);
    expect(again.state).toEqual(decided.state);
  });

  it("rejects in the deterministic check, without a gate, when the amount is over the limit", async () => {
    setup();
    ai.respond(() => ({ content: JSON.stringify(extraction(31_000)) }));
    const t = await advance(startRun("r-over-limit", { contract_id: INVOICE, inputs: invoiceInputs, reason: "too much" }, "bob", deps));
    expect(t.state).toMatchObject({ status: "completed", outcome: "rejected" });
    expect(t.opened).toEqual([]);
  });

  it("pauses without an API key, loses nothing, and resumes once the key is there", async () => {
    setup({ secret: () => undefined });
    const paused = await advance(startRun("r-no-key", { contract_id: INVOICE, inputs: invoiceInputs, reason: "r" }, "bob", deps));
    expect(paused.state).toMatchObject({ status: "paused", reason: expect.stringMatching(/the secret OPENAI_API_KEY that connector connector.openai.chat_v1 names is not set/) });
    expect(paused.episodes.map((e) => e.name)).toEqual(["0001-root-extract-paused.json"]);
    // The same pause again writes no second episode.
    expect((await advance(paused.state)).episodes).toEqual([]);
    setup();
    ai.respond(() => ({ content: JSON.stringify(extraction()) }));
    const resumed = await advance(paused.state);
    expect(resumed.state.status).toBe("waiting");
    expect(resumed.episodes.map((e) => e.name)).toEqual(["0002-root-extract-step.json", "0003-root-check-step.json", "0004-root-approve-gate-opened.json"]);
    expectOfficial([...paused.episodes, ...resumed.episodes]);
  });

  it("pauses when the endpoint is unreachable, after the connector's retries", async () => {
    setup({ aiBaseUrl: "http://127.0.0.1:9/v1" });
    const t = await advance(startRun("r-down", { contract_id: INVOICE, inputs: invoiceInputs, reason: "r" }, "bob", deps));
    expect(t.state).toMatchObject({ status: "paused", reason: expect.stringMatching(/cannot be reached/) });
    expect(t.state.frames[0]!.steps.extract).toMatchObject({ status: "paused", attempts: 4 });
  });

  it("fails the step when the model's answers do not satisfy the output schema", async () => {
    setup();
    ai.respond(() => ({ content: JSON.stringify({ invoice_number: "X", currency: "euro" }) }));
    const t = await advance(startRun("r-bad-answer", { contract_id: INVOICE, inputs: invoiceInputs, reason: "r" }, "bob", deps));
    expect(t.state).toMatchObject({ status: "failed", reason: expect.stringMatching(/does not satisfy ds.finance_invoice_extraction_v1: .*\(after 2 answers\)/) });
    expectOfficial(t.episodes);
  });

  it("fails an AI step whose inline output schema cannot be compiled, before the model is asked", async () => {
    setup();
    const contract = contractOf(registry, INVOICE)!;
    const extract = contract.flow.nodes.get("extract") as FlowStep;
    const step = { ...extract, raw: { ...extract.raw, output_schema: { type: "object", properties: { code: { type: "string", pattern: "^(?=A)\\w+$" } } } } };
    const asked = ai.requests.length;
    const result = await runAiStep(step, { inputs: invoiceInputs, steps: {}, run: { id: "r-inline", contract_id: INVOICE } }, deps, contract);
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/inline output schema cannot be used: pattern .* cannot run in linear time/) });
    expect(ai.requests.length).toBe(asked);
  });

  it("refuses inputs its contract's input schema rejects", async () => {
    setup();
    const t = await advance(startRun("r-bad-inputs", { contract_id: INVOICE, inputs: { invoice_id: "nope" }, reason: "r" }, "bob", deps));
    expect(t.state).toMatchObject({ status: "failed", reason: expect.stringMatching(/inputs do not satisfy ds.finance_invoice_v1/) });
    expect(ai.requests.every((r) => !JSON.stringify(r.body).includes("nope"))).toBe(true);
  });

  it("applies the deadline rule: escalate to the lead, then block", async () => {
    setup();
    ai.respond(() => ({ content: JSON.stringify(extraction()) }));
    const open = await advance(startRun("r-deadline", { contract_id: INVOICE, inputs: invoiceInputs, reason: "r" }, "bob", deps));
    clock = new Date("2026-11-25T09:00:00Z");
    const early = new Runner(open.state, deps);
    expect(early.expire("root/approve")).toBeUndefined();
    clock = new Date("2026-11-26T09:00:01Z");
    const runner = new Runner(open.state, deps);
    expect(runner.expire("root/approve")).toBe("escalated");
    expect(runner.state.frames[0]!.gates.approve).toMatchObject({ role: "finance_lead", escalated: true, deadline: "2026-11-29T09:00:01Z" });
    clock = new Date("2026-12-01T00:00:00Z");
    expect(runner.expire("root/approve")).toBe("blocked");
    expect(runner.expire("root/approve")).toBeUndefined();
  });

  it.each(RELEASES)("writes episodes the official MOVA %s episode core accepts", async (release) => {
    const { registry: r } = await check(join(PROJECT_ROOT, "registry"), { release });
    setup({ registry: r });
    ai.respond(() => ({ content: JSON.stringify(extraction()) }));
    const open = await advance(startRun(`r-${release}`, { contract_id: INVOICE, inputs: invoiceInputs, reason: "r" }, "bob", deps));
    const runner = new Runner(open.state, deps);
    const done = await runner.advance({ decisions: { "root/approve": { option: "reject", by: ["carol"], via: "review" } } });
    expect(done.state.outcome).toBe("rejected");
    expectOfficial([...open.episodes, ...done.episodes], release);
    expect(open.episodes[0]!.episode.verb_id === undefined).toBe(release !== "6.0.0");
  });
});

describe("CONTRACT_CALL child runs", () => {
  const manifest = (name: string, extra: object = {}) => ({ package_id: `contract.acme.${name}_v1`, version: "1", flow_ref: "flow.json", ...extra });
  const call = (target: string, next: unknown = { terminal: "done" }) => ({ entry: "call", steps: { call: { execution_mode: "CONTRACT_CALL", contract_id: target, inputs: { amount: { var: "inputs.amount" } }, next } } });
  const gateFlow = {
    entry: "decide",
    steps: {
      score: { execution_mode: "DETERMINISTIC", rule: { if: [{ ">": [{ var: "inputs.amount" }, 100] }, "high", "low"] }, next: { high: "decide", low: { terminal: "cleared" } } },
      decide: { execution_mode: "HUMAN_GATE", question: "Clear?", decision_options: [{ id: "clear", label: "Clear" }, { id: "escalate", label: "Escalate" }], next: { clear: { terminal: "cleared" }, escalate: { terminal: "escalated" } } },
    },
  };

  async function registryOf(files: Record<string, unknown>) {
    return (await check(makeRegistry(files))).registry;
  }

  function depsFor(registry: Registry): RunDeps {
    return { registry, ai: createAiClient(), secret: () => undefined, now: () => new Date("2026-11-23T09:00:00Z") };
  }

  it("runs the called contract as a child, waits on its gate, and continues with its outcome", async () => {
    const registry = await registryOf({
      "contracts/parent/manifest.json": manifest("parent"),
      "contracts/parent/flow.json": call("contract.acme.child_v1", { cleared: { terminal: "accepted" }, escalated: { terminal: "declined" } }),
      "contracts/child/manifest.json": manifest("child"),
      "contracts/child/flow.json": { ...gateFlow, entry: "score" },
    });
    const d = depsFor(registry);
    const open = await new Runner(startRun("r-call", { contract_id: "contract.acme.parent_v1", inputs: { amount: 500 }, reason: "r" }, "bob", d), d).advance();
    expect(open.state.status).toBe("waiting");
    expect(open.state.frames.map((f) => [f.id, f.status, f.inputs])).toEqual([
      ["root", "waiting", { amount: 500 }],
      ["root/call", "waiting", { amount: 500 }],
    ]);
    expect(open.opened.map((g) => g.key)).toEqual(["root/call/decide"]);
    const done = await new Runner(open.state, d).advance({ decisions: { "root/call/decide": { option: "escalate", by: ["carol"], via: "review" } } });
    expect(done.state).toMatchObject({ status: "completed", outcome: "declined" });
    expect(done.episodes.map((e) => e.name)).toEqual(["0003-root.call-decide-gate-decided.json", "0004-root-call-step.json"]);
    expectOfficial([...open.episodes, ...done.episodes]);
  });

  it.each([
    ["a cycle", { "contracts/a/manifest.json": manifest("a"), "contracts/a/flow.json": call("contract.acme.b_v1"), "contracts/b/manifest.json": manifest("b"), "contracts/b/flow.json": call("contract.acme.a_v1") }, {}, /would start a cycle \(contract.acme.a_v1 → contract.acme.b_v1 → contract.acme.a_v1\)/],
    ["the depth limit", { "contracts/a/manifest.json": manifest("a"), "contracts/a/flow.json": call("contract.acme.b_v1"), "contracts/b/manifest.json": manifest("b"), "contracts/b/flow.json": call("contract.acme.c_v1"), "contracts/c/manifest.json": manifest("c"), "contracts/c/flow.json": { entry: "s", steps: { s: {} } } }, { "mova.registry.json": { policy: { max_call_depth: 1 } } }, /nest 2 deep; policy.max_call_depth is 1/],
    ["a system contract", { "contracts/a/manifest.json": manifest("a"), "contracts/a/flow.json": call("contract.acme.vault_v1"), "contracts/vault/manifest.json": manifest("vault", { system: true }), "contracts/vault/flow.json": { entry: "s", steps: { s: {} } } }, {}, /contract.acme.vault_v1 is a system contract, and contract.acme.a_v1 may not call it/],
  ])("refuses %s at run time too", async (_name, files, extra, reason) => {
    const registry = await registryOf({ ...files, ...extra });
    const d = depsFor(registry);
    const t = await new Runner(startRun("r-guard", { contract_id: "contract.acme.a_v1", inputs: { amount: 1 }, reason: "r" }, "bob", d), d).advance();
    expect(t.state).toMatchObject({ status: "failed", reason: expect.stringMatching(reason) });
    expectOfficial(t.episodes);
  });

  it("runs parallel members and continues at the group's next once all are done", async () => {
    const registry = await registryOf({
      "contracts/p/manifest.json": manifest("p"),
      "contracts/p/flow.json": {
        entry: "both",
        steps: { a: { rule: { cat: ["a-", { var: "inputs.x" }] } }, b: { rule: true }, end: { rule: { if: [{ "==": [{ var: "steps.a.outcome" }, "a-1"] }, "ok", "no"] }, next: { ok: { terminal: "finished" }, no: { terminal: "odd" } } } },
        parallel_steps: [{ id: "both", steps: ["a", "b"], next: "end" }],
      },
    });
    const d = depsFor(registry);
    const t = await new Runner(startRun("r-par", { contract_id: "contract.acme.p_v1", inputs: { x: 1 }, reason: "r" }, "bob", d), d).advance();
    expect(t.state).toMatchObject({ status: "completed", outcome: "finished" });
    expect(Object.keys(t.state.frames[0]!.steps)).toEqual(["a", "b", "end"]);
  });
});
