import type { FlowStep, ParallelGroup } from "../flow/flow-model.ts";
import type { Registry } from "../registry/document.ts";
import type { AiClient } from "./ai-client.ts";
import { runAiStep } from "./ai-step.ts";
import { contractOf, type Contract } from "./contracts.ts";
import type { RunData } from "./data.ts";
import { resolveMapping } from "./data.ts";
import { runDeterministic } from "./deterministic.ts";
import { durationMs, iso } from "./duration.ts";
import { episodeOf, type EpisodeFacts, type Executor } from "./episodes.ts";
import { REFUSALS, type RefusalCode, type ReviewFact } from "./gates.ts";
import { gateKey, type FrameState, type GateDecision, type GateState, type RunRequest, type RunState, type WrittenEpisode } from "./types.ts";

export interface RunDeps {
  registry: Registry;
  ai: AiClient;
  /** A secret by name (an environment variable, an action input): never stored anywhere. */
  secret: (name: string) => string | undefined;
  now: () => Date;
  /** Replaces every connector's base URL, e.g. a local model server. */
  aiBaseUrl?: string;
}

export interface AdvanceInput {
  /** Gate decisions, by gate key, as the pull request's reviews (or the CLI) decide them. */
  decisions?: Record<string, Omit<GateDecision, "at">>;
  /** Reviews that decide nothing, each to be answered once with an episode saying why. */
  refusals?: Array<{ gate: string; review: ReviewFact; reason: string; code?: RefusalCode }>;
}

export interface OpenedGate {
  key: string;
  frame: string;
  step: string;
  gate: GateState;
}

export interface Transition {
  state: RunState;
  episodes: WrittenEpisode[];
  opened: OpenedGate[];
  decided: Array<{ key: string; decision: GateDecision }>;
  /** Lines for the log. */
  notes: string[];
}

export const SERVICE: Executor = { role: "orchestrator", executor_id: "mova-registry", executor_kind: "service" };
const DEFAULT_MAX_CALL_DEPTH = 3;
const DEFAULT_LEASE_HOURS = 72;

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** A run's first state: its contract's entry queued in the root frame. */
export function startRun(runId: string, request: RunRequest, initiator: string, deps: RunDeps): RunState {
  const now = iso(deps.now());
  const contract = contractOf(deps.registry, request.contract_id);
  const leaseHours = Number(deps.registry.config.policy.lease_hours ?? DEFAULT_LEASE_HOURS);
  const updates = Array.isArray(contract?.manifest.updates) ? (contract!.manifest.updates as string[]) : [];
  const state: RunState = {
    schema_id: "registry.run_state_v1",
    run_id: runId,
    contract_id: request.contract_id,
    release: deps.registry.config.release,
    initiator,
    status: "running",
    seq: 0,
    started_at: now,
    updated_at: now,
    frames: [
      {
        id: "root",
        contract_id: request.contract_id,
        depth: 0,
        inputs: request.inputs,
        status: "running",
        queue: contract?.flow.entry ? [contract.flow.entry.id] : [],
        groups: {},
        steps: {},
        gates: {},
      },
    ],
    ...(updates.length > 0 ? { leases: updates.map((document) => ({ document, expires_at: iso(new Date(deps.now().getTime() + leaseHours * 3_600_000)) })) } : {}),
  };
  if (!contract) {
    state.status = "failed";
    state.reason = `contract ${request.contract_id} is not in the registry`;
    state.frames[0]!.status = "failed";
  }
  return state;
}

/** Runs what can run now: from each open point until a gate, a pause, a failure or the end. */
export class Runner {
  readonly #deps: RunDeps;
  readonly #t: Transition;
  readonly #contracts = new Map<string, Contract | undefined>();

  constructor(state: RunState, deps: RunDeps) {
    this.#deps = deps;
    this.#t = { state: clone(state), episodes: [], opened: [], decided: [], notes: [] };
  }

  get state(): RunState {
    return this.#t.state;
  }

  #contract(id: string): Contract | undefined {
    if (!this.#contracts.has(id)) this.#contracts.set(id, contractOf(this.#deps.registry, id));
    return this.#contracts.get(id);
  }

  #frame(id: string): FrameState {
    return this.state.frames.find((f) => f.id === id)!;
  }

  #data(frame: FrameState): RunData {
    const steps: RunData["steps"] = {};
    for (const [id, s] of Object.entries(frame.steps)) if (s.status === "done") steps[id] = { ...(s.outcome !== undefined ? { outcome: s.outcome } : {}), ...(s.output !== undefined ? { output: s.output } : {}) };
    return { inputs: frame.inputs, steps, run: { id: this.state.run_id, contract_id: frame.contract_id } };
  }

  /** Writes one episode and counts it. */
  episode(facts: Omit<EpisodeFacts, "run" | "now" | "contract"> & { contract?: EpisodeFacts["contract"] }): string {
    const c = this.#contract(facts.frame.contract_id);
    const written = episodeOf({
      ...facts,
      run: this.state,
      now: this.#deps.now(),
      contract: facts.contract ?? {
        ...(c?.envelopeType ? { envelopeType: c.envelopeType } : {}),
        ...(c?.inputType ? { inputType: c.inputType } : {}),
        ...(c?.verb ? { verb: c.verb } : {}),
        ...(c?.episodeType ? { episodeType: c.episodeType } : {}),
      },
    });
    this.state.seq++;
    this.#t.episodes.push(written);
    return written.name;
  }

  async advance(input: AdvanceInput = {}): Promise<Transition> {
    if (["completed", "failed", "halted"].includes(this.state.status)) {
      // A review that comes after the end is still answered, but a halted run's files are not trusted enough to add to.
      if (this.state.status !== "halted") for (const r of input.refusals ?? []) this.#refuse(r.gate, r.review, r.reason, r.code);
      return this.#finish();
    }
    if (this.state.seq === 0) {
      // No one starts a system contract by request: only the contracts policy.system_contract_callers names may call one.
      const root = this.state.frames[0]!;
      if (this.#contract(root.contract_id)?.system) {
        this.halt("system_contract_requested", `${root.contract_id} is a system contract, and a run request may not name one`, { contract_id: root.contract_id, initiator: this.state.initiator });
        return this.#finish();
      }
      this.#checkInputs();
    }
    for (const r of input.refusals ?? []) this.#refuse(r.gate, r.review, r.reason, r.code);
    for (const [key, d] of Object.entries(input.decisions ?? {})) this.#decide(key, d);
    // A paused step is tried again on every event; if it pauses for the same reason, nothing new is written.
    for (const f of this.state.frames) if (f.status === "paused") f.status = "running";
    for (let guard = 0; guard < 10_000; guard++) {
      const frame = [...this.state.frames].reverse().find((f) => f.status === "running");
      if (!frame) break;
      await this.#step(frame);
    }
    return this.#finish();
  }

  #finish(): Transition {
    const s = this.state;
    const root = s.frames[0]!;
    if (!["halted"].includes(s.status)) {
      const failed = s.frames.find((f) => f.status === "failed");
      if (root.status === "completed") {
        s.status = "completed";
        s.outcome = root.outcome ?? "done";
        delete s.reason;
      } else if (failed) s.status = "failed";
      else if (s.frames.some((f) => f.status === "paused")) s.status = "paused";
      else if (s.frames.some((f) => f.status === "waiting")) s.status = "waiting";
      if (["completed", "failed"].includes(s.status) && s.leases) s.leases = [];
    }
    if (this.#t.episodes.length > 0 || this.#t.decided.length > 0) s.updated_at = iso(this.#deps.now());
    return this.#t;
  }

  /** A run starts only on inputs its contract's input schema accepts. */
  #checkInputs(): void {
    const root = this.state.frames[0]!;
    const inputType = this.#contract(root.contract_id)?.inputType;
    if (!inputType || root.status !== "running" || !this.#deps.registry.schemas.get(inputType)) return;
    const problems = this.#deps.registry.schemas.validate(inputType, root.inputs);
    if (problems && problems.length > 0)
      this.#fail(root, undefined, `the run's inputs do not satisfy ${inputType}: ${problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  }

  /** Answers a review that decides nothing with an episode; forged or misused reviews are security events, of type security_event/review_<code>. */
  #refuse(key: string, review: ReviewFact, reason: string, code?: RefusalCode): void {
    const found = this.#gateAt(key);
    if (!found) return;
    const { frame, step, gate } = found;
    if (gate.refused_reviews?.includes(review.id)) return;
    gate.refused_reviews = [...(gate.refused_reviews ?? []), review.id];
    const security = code ? REFUSALS[code] : undefined;
    this.episode({
      frame,
      step,
      event: "review-refused",
      status: "skipped",
      summary: `Review ${review.id} by ${review.user} does not decide gate ${step}: ${reason}.`,
      executor: { role: gate.role ?? "reviewer", executor_id: review.user, executor_kind: "human" },
      details: {
        review_id: review.id,
        review_state: review.state,
        commit_id: review.commit_id,
        ...(review.user_type ? { user_type: review.user_type } : {}),
        reason,
        ...(code ? { refusal: code } : {}),
        ...(security?.security ? { security_event_type: "other", security_event_category: security.category, severity: security.severity, detection_source: "runtime_guard" } : {}),
      },
      ...(security?.security ? { episodeType: `security_event/review_${code}` } : {}),
    });
    this.#t.notes.push(`review ${review.id} by ${review.user} refused: ${reason}`);
  }

  /**
   * The gate a review most likely meant when no gate is open: the last one
   * decided, unless the review is one of its deciders or was answered already.
   */
  lateGateFor(reviewId: number): { key: string; step: string; decision: GateDecision } | undefined {
    let latest: { key: string; step: string; decision: GateDecision } | undefined;
    for (const frame of this.state.frames)
      for (const [step, gate] of Object.entries(frame.gates)) {
        const d = gate.decided;
        if (!d || (d.review_ids ?? []).includes(reviewId) || gate.refused_reviews?.includes(reviewId)) continue;
        if (!latest || d.at > latest.decision.at) latest = { key: `${frame.id}/${step}`, step, decision: d };
      }
    return latest;
  }

  #gateAt(key: string): { frame: FrameState; step: string; gate: GateState } | undefined {
    const cut = key.lastIndexOf("/");
    const frame = this.state.frames.find((f) => f.id === key.slice(0, cut));
    const step = key.slice(cut + 1);
    const gate = frame?.gates[step];
    return frame && gate ? { frame, step, gate } : undefined;
  }

  #decide(key: string, d: Omit<GateDecision, "at">): void {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided) return; // a gate is never decided twice
    const { frame, step, gate } = found;
    const decision: GateDecision = { ...d, at: iso(this.#deps.now()) };
    gate.decided = decision;
    const how = d.via === "review" ? `by ${d.by.join(", ")} in review${(d.review_ids ?? []).length > 1 ? "s" : ""} ${(d.review_ids ?? []).join(", ")}` : d.via === "deadline" ? "by its deadline passing" : `by ${d.by.join(", ")}`;
    const name = this.episode({
      frame,
      step,
      event: "gate-decided",
      status: "completed",
      summary: `Gate ${step} decided ${d.option} ${how}.`,
      executor: d.via === "deadline" ? SERVICE : { role: gate.role ?? "approver", executor_id: d.by[0] ?? "unknown", executor_kind: "human", environment: { approvers: d.by } },
      details: { outcome: d.option, decision: decision, question: gate.question ?? "" },
    });
    frame.steps[step] = { status: "done", outcome: d.option, output: { decision: d.option, by: d.by }, episode: name };
    if (frame.queue[0] === step) frame.queue.shift();
    frame.status = "running";
    this.#t.decided.push({ key, decision });
    this.#route(frame, step, d.option);
  }

  async #step(frame: FrameState): Promise<void> {
    const contract = this.#contract(frame.contract_id);
    if (!contract) return this.#fail(frame, undefined, `contract ${frame.contract_id} is not in the registry`);
    const id = frame.queue[0];
    if (id === undefined) {
      // A flow whose last step has no next ends there.
      return this.#complete(frame, "done");
    }
    const node = contract.flow.nodes.get(id);
    if (!node) return this.#fail(frame, id, `the flow has no step ${id}`);
    if (node.kind === "group") return this.#openGroup(frame, node);
    const done = frame.steps[id];
    if (done?.status === "done") {
      frame.queue.shift();
      return;
    }
    const step = node.raw;
    switch (node.mode) {
      case "DETERMINISTIC":
        return this.#deterministic(frame, node);
      case "AI_ATOMIC":
        return this.#ai(frame, node, contract);
      case "CONTRACT_CALL":
        return this.#call(frame, node, contract);
      case "HUMAN_GATE":
        return this.#gate(frame, node);
      default:
        return this.#fail(frame, id, `execution_mode ${String(step.execution_mode)} is not one this runner executes`);
    }
  }

  #openGroup(frame: FrameState, group: ParallelGroup): void {
    frame.queue.shift();
    const pending = group.members.map((m) => m.id).filter((m) => frame.steps[m]?.status !== "done");
    frame.groups[group.id] = pending;
    // Members run one after another; the group continues once all are done.
    frame.queue.unshift(...pending);
    if (pending.length === 0) this.#route(frame, group.id, "done");
  }

  #deterministic(frame: FrameState, node: FlowStep): void {
    const started = iso(this.#deps.now());
    const result = runDeterministic(node.raw, this.#data(frame), (schema, value) => {
      try {
        return this.#deps.registry.schemas.validateInline(schema, value);
      } catch {
        return false;
      }
    });
    if (!result.ok) return this.#fail(frame, node.id, result.reason);
    const name = this.episode({
      frame,
      step: node.id,
      event: "step",
      status: "completed",
      summary: `Step ${node.id} (${node.raw.title ?? "deterministic check"}) gave outcome ${result.outcome}.`,
      executor: { ...SERVICE, role: "deterministic_check", environment: this.#env(node) },
      details: { outcome: result.outcome, output: result.output },
      startedAt: started,
      tool: 0,
    });
    frame.steps[node.id] = { status: "done", outcome: result.outcome, output: result.output, episode: name };
    frame.queue.shift();
    this.#route(frame, node.id, result.outcome);
  }

  #env(node: FlowStep, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      ...(typeof node.raw.runtime_id === "string" ? { runtime_id: node.raw.runtime_id } : {}),
      ...(typeof node.raw.connector_id === "string" ? { connector_id: node.raw.connector_id } : {}),
      ...extra,
    };
  }

  async #ai(frame: FrameState, node: FlowStep, contract: Contract): Promise<void> {
    const started = iso(this.#deps.now());
    const previous = frame.steps[node.id];
    const result = await runAiStep(node, this.#data(frame), this.#deps, contract);
    if (result.status === "paused") {
      frame.status = "paused";
      this.state.reason = result.reason;
      // One episode per pause, not one per retry of the same pause.
      if (previous?.status === "paused" && previous.reason === result.reason) return;
      const name = this.episode({
        frame,
        step: node.id,
        event: "paused",
        status: "pending",
        summary: `Step ${node.id} paused: ${result.reason}. Nothing is lost; the run resumes on its next event.`,
        executor: { role: "ai_step", executor_id: String(node.raw.model ?? "model"), executor_kind: "ai_model", environment: this.#env(node, result.environment) },
        details: { reason: result.reason, attempts: result.attempts },
        tool: typeof node.raw.connector_id === "string" ? node.raw.connector_id : 0,
      });
      frame.steps[node.id] = { status: "paused", reason: result.reason, attempts: (previous?.attempts ?? 0) + result.attempts, episode: name };
      this.#t.notes.push(`step ${node.id} paused: ${result.reason}`);
      return;
    }
    if (result.status === "failed") return this.#fail(frame, node.id, result.reason, { role: "ai_step", executor_id: String(node.raw.model ?? "model"), executor_kind: "ai_model", environment: this.#env(node, result.environment) });
    const name = this.episode({
      frame,
      step: node.id,
      event: "step",
      status: "completed",
      summary: `Step ${node.id} (${node.raw.title ?? "AI step"}) answered through ${String(node.raw.connector_id ?? "its connector")} with ${result.model}.`,
      executor: { role: "ai_step", executor_id: result.model, executor_kind: "ai_model", environment: this.#env(node, result.environment) },
      details: { outcome: result.outcome, output: result.output, attempts: result.attempts, ...(result.usage ? { usage: result.usage } : {}) },
      ...(typeof node.raw.output_schema === "string" ? { outputType: node.raw.output_schema } : {}),
      startedAt: started,
      tool: typeof node.raw.connector_id === "string" ? node.raw.connector_id : 0,
    });
    frame.status = "running";
    frame.steps[node.id] = { status: "done", outcome: result.outcome, output: result.output, attempts: (previous?.attempts ?? 0) + result.attempts, episode: name };
    frame.queue.shift();
    this.#route(frame, node.id, result.outcome);
  }

  #call(frame: FrameState, node: FlowStep, caller: Contract): void {
    const target = typeof node.raw.contract_id === "string" ? node.raw.contract_id : "";
    const childId = `${frame.id}/${node.id}`;
    const existing = this.state.frames.find((f) => f.id === childId);
    if (existing) {
      frame.status = "waiting";
      return;
    }
    const policy = this.#deps.registry.config.policy;
    const maxDepth = Number(policy.max_call_depth ?? DEFAULT_MAX_CALL_DEPTH);
    const callee = this.#contract(target);
    const ancestors: string[] = [];
    for (let f: FrameState | undefined = frame; f; f = f.parent ? this.#frame(f.parent.frame) : undefined) ancestors.push(f.contract_id);
    const allowed = Array.isArray(policy.system_contract_callers) && (policy.system_contract_callers as unknown[]).includes(caller.id);
    const refusal = !callee
      ? `contract ${target} is not in the registry`
      : frame.depth + 1 > maxDepth
        ? `calling ${target} would nest ${frame.depth + 1} deep; policy.max_call_depth is ${maxDepth}`
        : ancestors.includes(target)
          ? `calling ${target} would start a cycle (${[...ancestors].reverse().join(" → ")} → ${target})`
          : callee.system && !allowed
            ? `${target} is a system contract, and ${caller.id} may not call it`
            : undefined;
    if (refusal) return this.#fail(frame, node.id, refusal);
    const child: FrameState = {
      id: childId,
      contract_id: target,
      depth: frame.depth + 1,
      parent: { frame: frame.id, step: node.id },
      inputs: resolveMapping(node.raw.inputs ?? {}, this.#data(frame)),
      status: "running",
      queue: callee!.flow.entry ? [callee!.flow.entry.id] : [],
      groups: {},
      steps: {},
      gates: {},
    };
    this.state.frames.push(child);
    frame.steps[node.id] = { status: "waiting" };
    frame.status = "waiting";
    this.#t.notes.push(`step ${node.id} calls ${target} as child run ${childId}`);
  }

  #gate(frame: FrameState, node: FlowStep): void {
    const existing = frame.gates[node.id];
    if (existing) {
      frame.status = "waiting";
      return;
    }
    const s = node.raw;
    const options = Array.isArray(s.decision_options) ? (s.decision_options as Array<{ id?: unknown }>).map((o) => String(o.id)) : [];
    if (options.length < 2) return this.#fail(frame, node.id, `gate ${node.id} needs at least two decision options`);
    const now = this.#deps.now();
    const span = typeof s.deadline === "string" ? durationMs(s.deadline) : undefined;
    const gate: GateState = {
      ...(typeof s.question === "string" ? { question: s.question } : {}),
      options,
      approve_option: typeof s.approve_option === "string" ? s.approve_option : options[0]!,
      reject_option: typeof s.reject_option === "string" ? s.reject_option : options.at(-1)!,
      ...(typeof s.role === "string" ? { role: s.role } : {}),
      required: typeof s.required_approvals === "number" ? s.required_approvals : 1,
      opened_at: iso(now),
      ...(span !== undefined ? { deadline: iso(new Date(now.getTime() + span)) } : {}),
      on_no_response: s.on_no_response === "reject" || s.on_no_response === "escalate" ? s.on_no_response : "block",
      ...(typeof s.escalate_to === "string" ? { escalate_to: s.escalate_to } : {}),
    };
    frame.gates[node.id] = gate;
    const name = this.episode({
      frame,
      step: node.id,
      event: "gate-opened",
      status: "pending",
      summary: `Gate ${node.id} opened: ${gate.question ?? "a decision is needed"} Options: ${options.join(", ")}; role ${gate.role ?? "(none)"}, ${gate.required} approval(s)${gate.deadline ? `, deadline ${gate.deadline}` : ""}.`,
      executor: SERVICE,
      details: { question: gate.question ?? "", options, role: gate.role ?? "", required: gate.required, ...(gate.deadline ? { deadline: gate.deadline } : {}), on_no_response: gate.on_no_response },
    });
    frame.steps[node.id] = { status: "waiting", episode: name };
    frame.status = "waiting";
    this.#t.opened.push({ key: gateKey(frame.id, node.id), frame: frame.id, step: node.id, gate });
  }

  /** Follows a step's next for its outcome; a group member hands back to its group. */
  #route(frame: FrameState, stepId: string, outcome: string): void {
    const contract = this.#contract(frame.contract_id)!;
    for (const [groupId, members] of Object.entries(frame.groups)) {
      if (!members.includes(stepId)) continue;
      frame.groups[groupId] = members.filter((m) => m !== stepId);
      if (frame.groups[groupId]!.length > 0) return;
      delete frame.groups[groupId];
      return this.#route(frame, groupId, "done");
    }
    const node = contract.flow.nodes.get(stepId);
    const edges = node?.edges ?? [];
    const edge = edges.find((e) => e.outcome === outcome) ?? edges.find((e) => e.outcome === undefined);
    if (!edge) {
      if (edges.length === 0) return; // no next: the flow ends after this step, unless more is queued
      return this.#fail(frame, stepId, `step ${stepId} gave outcome ${outcome}, which its next does not handle (${edges.map((e) => e.outcome).join(", ")})`);
    }
    if (edge.target.kind === "terminal") return this.#complete(frame, edge.target.outcome);
    frame.queue.unshift(edge.target.id);
  }

  #complete(frame: FrameState, outcome: string): void {
    frame.status = "completed";
    frame.outcome = outcome;
    frame.queue = [];
    this.#t.notes.push(`${frame.id === "root" ? "run" : `child run ${frame.id}`} ended: ${outcome}`);
    if (!frame.parent) return;
    const parent = this.#frame(frame.parent.frame);
    const step = frame.parent.step;
    const outputs = Object.fromEntries(Object.entries(frame.steps).filter(([, s]) => s.status === "done").map(([k, s]) => [k, s.output]));
    const name = this.episode({
      frame: parent,
      step,
      event: "step",
      status: "completed",
      summary: `Step ${step} called ${frame.contract_id}, which ended with outcome ${outcome}.`,
      executor: { ...SERVICE, role: "contract_call", environment: { called_contract: frame.contract_id, child_frame: frame.id } },
      details: { outcome, called_contract: frame.contract_id, outputs },
      tool: 0,
    });
    parent.steps[step] = { status: "done", outcome, output: { outcome, outputs }, episode: name };
    if (parent.queue[0] === step) parent.queue.shift();
    parent.status = "running";
    this.#route(parent, step, outcome);
  }

  #fail(frame: FrameState, stepId: string | undefined, reason: string, executor: Executor = SERVICE): void {
    const name = this.episode({
      frame,
      ...(stepId ? { step: stepId } : {}),
      event: "failed",
      status: "failed",
      summary: `${stepId ? `Step ${stepId}` : `Contract ${frame.contract_id}`} failed: ${reason}.`,
      executor,
      details: { reason },
    });
    if (stepId) frame.steps[stepId] = { status: "failed", reason, episode: name };
    frame.status = "failed";
    this.state.reason = reason;
    this.#t.notes.push(`failed: ${reason}`);
    // A failed child fails the step that called it, and so on up.
    if (frame.parent) {
      const parent = this.#frame(frame.parent.frame);
      parent.steps[frame.parent.step] = { status: "failed", reason: `child run ${frame.id} failed: ${reason}` };
      parent.status = "failed";
    }
  }

  /** The open (undecided) gates of the run, by key. */
  openGates(): OpenedGate[] {
    const out: OpenedGate[] = [];
    for (const frame of this.state.frames) for (const [step, gate] of Object.entries(frame.gates)) if (!gate.decided) out.push({ key: gateKey(frame.id, step), frame: frame.id, step, gate });
    return out;
  }

  /**
   * A gate whose deadline passed applies its no-response rule once: reject
   * decides the reject option; escalate hands the gate to the escalation role
   * with a fresh deadline; block keeps the run waiting and says so.
   */
  expire(key: string): "rejected" | "escalated" | "blocked" | undefined {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided || !found.gate.deadline) return undefined;
    const { frame, step, gate } = found;
    const now = this.#deps.now();
    if (now.getTime() < Date.parse(gate.deadline!)) return undefined;
    if (gate.on_no_response === "reject") {
      this.#decide(key, { option: gate.reject_option, by: [], via: "deadline" });
      return "rejected";
    }
    if (gate.on_no_response === "escalate" && !gate.escalated && gate.escalate_to) {
      const span = new Date(gate.deadline!).getTime() - new Date(gate.opened_at).getTime();
      const from = gate.role;
      gate.role = gate.escalate_to;
      gate.escalated = true;
      gate.deadline = iso(new Date(now.getTime() + Math.max(span, 3_600_000)));
      this.episode({
        frame,
        step,
        event: "gate-escalated",
        status: "pending",
        summary: `Gate ${step} had no decision by its deadline and escalates from role ${from ?? "(none)"} to ${gate.role}, with a new deadline ${gate.deadline}.`,
        executor: SERVICE,
        details: { from_role: from ?? "", to_role: gate.role, deadline: gate.deadline },
      });
      this.state.updated_at = iso(now);
      return "escalated";
    }
    if (gate.expired) return undefined;
    gate.expired = true;
    this.episode({
      frame,
      step,
      event: "gate-expired",
      status: "pending",
      summary: `Gate ${step} had no decision by its deadline ${gate.deadline}; the run stays blocked until an entitled approver decides.`,
      executor: SERVICE,
      details: { deadline: gate.deadline, on_no_response: gate.on_no_response },
    });
    this.state.updated_at = iso(now);
    return "blocked";
  }

  /** Opens a gate again at the current head, after the branch changed under it: approvers decide what they see. */
  reopen(key: string, reason: string): boolean {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided) return false;
    const { frame, step, gate } = found;
    gate.opened_at = iso(this.#deps.now());
    gate.refused_reviews = [];
    this.episode({ frame, step, event: "gate-reopened", status: "pending", summary: `Gate ${step} opened again: ${reason}.`, executor: SERVICE, details: { reason } });
    this.state.updated_at = gate.opened_at;
    this.#t.opened.push({ key, frame: frame.id, step, gate });
    return true;
  }

  /** Marks a reminder as sent. */
  reminded(key: string): void {
    const found = this.#gateAt(key);
    if (found) found.gate.reminded_at = iso(this.#deps.now());
  }

  /** Halts the run for a security reason, with an episode of type security_event/<subtype>. */
  halt(subtype: string, reason: string, details: Record<string, unknown>): Transition {
    const frame = this.state.frames[0]!;
    this.episode({
      frame,
      event: "halted",
      status: "cancelled",
      summary: `Run halted: ${reason}.`,
      executor: { ...SERVICE, role: "runtime_guard" },
      details: {
        security_event_type: "other",
        security_event_category: "policy_violation",
        severity: "high",
        detection_source: "runtime_guard",
        reason,
        ...details,
      },
      episodeType: `security_event/${subtype}`,
    });
    this.state.status = "halted";
    this.state.reason = reason;
    if (this.state.leases) this.state.leases = [];
    this.state.updated_at = iso(this.#deps.now());
    return this.#t;
  }
}
