import type { Release } from "../schemas/releases.ts";

/** A request to run a contract (runs/<run_id>/request.json). */
export interface RunRequest {
  schema_id?: "registry.run_request_v1";
  contract_id: string;
  inputs: Record<string, unknown>;
  reason: string;
  initiator?: string;
}

export type RunStatus = "running" | "waiting" | "paused" | "completed" | "failed" | "halted";
export type FrameStatus = "running" | "waiting" | "paused" | "completed" | "failed";

export interface StepState {
  status: "done" | "waiting" | "paused" | "failed";
  outcome?: string;
  output?: unknown;
  attempts?: number;
  /** The episode that recorded the step. */
  episode?: string;
  reason?: string;
}

export type NoResponse = "block" | "reject" | "escalate";

export interface GateDecision {
  option: string;
  by: string[];
  review_ids?: number[];
  at: string;
  via: "review" | "deadline" | "cli";
}

export interface GateState {
  question?: string;
  options: string[];
  approve_option: string;
  reject_option: string;
  role?: string;
  required: number;
  opened_at: string;
  deadline?: string;
  on_no_response: NoResponse;
  escalate_to?: string;
  escalated?: boolean;
  expired?: boolean;
  reminded_at?: string;
  /** Reviews already answered with a refusal episode, so re-running an event refuses them once. */
  refused_reviews?: number[];
  decided?: GateDecision;
}

/** One contract being run: the run's own, or a CONTRACT_CALL child. */
export interface FrameState {
  id: string;
  contract_id: string;
  depth: number;
  parent?: { frame: string; step: string };
  inputs: unknown;
  status: FrameStatus;
  queue: string[];
  groups: Record<string, string[]>;
  steps: Record<string, StepState>;
  gates: Record<string, GateState>;
  outcome?: string;
}

export interface RunState {
  schema_id: "registry.run_state_v1";
  run_id: string;
  contract_id: string;
  release: Release;
  initiator: string;
  status: RunStatus;
  outcome?: string;
  reason?: string;
  seq: number;
  started_at: string;
  updated_at: string;
  frames: FrameState[];
  leases?: Array<{ document: string; expires_at: string }>;
}

/** A gate by where it stands: "root/approve", "root/screen_sanctions/escalate". */
export function gateKey(frame: string, step: string): string {
  return `${frame}/${step}`;
}

export interface WrittenEpisode {
  /** File name under runs/<run_id>/episodes/. */
  name: string;
  episode: Record<string, unknown>;
}
