import type { Release } from "../schemas/releases.ts";
import { TOOL_NAME, TOOL_VERSION } from "../version.ts";
import type { FrameState, RunState, WrittenEpisode } from "./types.ts";
import { contractName } from "./contracts.ts";

export type EpisodeEvent = "step" | "gate-opened" | "gate-reopened" | "gate-decided" | "gate-expired" | "gate-escalated" | "review-refused" | "paused" | "failed" | "halted";

export interface Executor {
  role: string;
  executor_id: string;
  executor_kind: "human" | "ai_model" | "service" | "tool";
  /** runtime_id, connector_id, model and the like (MOVA 4.1, section 5). */
  environment?: Record<string, unknown>;
}

export interface EpisodeFacts {
  run: RunState;
  frame: FrameState;
  step?: string;
  event: EpisodeEvent;
  status: "pending" | "in_progress" | "completed" | "failed" | "partial" | "cancelled" | "skipped";
  summary: string;
  executor: Executor;
  details?: Record<string, unknown>;
  /** ds.* of the step's output, for output_data_refs. */
  outputType?: string;
  startedAt?: string;
  /** What the contract knows of itself: its envelope type, input type, verb and episode type. */
  contract: { envelopeType?: string; inputType?: string; verb?: string; episodeType?: string };
  /** tool_id of MOVA 6.0.0's action signature: the connector for AI steps, 0 for tool-less actions. */
  tool?: string | 0;
  /** An episode_type other than the contract's, e.g. security_event/state_file_edited. */
  episodeType?: string;
  now: Date;
}

/** Only MOVA 6.0.0's episode core has the action signature (verb_id, tool_id); earlier releases reject them. */
function hasActionSignature(release: Release): boolean {
  return release === "6.0.0";
}

function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * One episode of a run, valid against the official ds.mova_episode_core_v1 of
 * the run's release: that schema's closed branch allows no schema_id, meta or
 * ext, so run facts go where it has room: executor.environment, result_details
 * and meta_episode.
 */
export function episodeOf(f: EpisodeFacts): WrittenEpisode {
  const seq = f.run.seq + 1;
  const where = f.frame.id.replace(/\//g, ".");
  const name = `${String(seq).padStart(4, "0")}-${where}${f.step ? `-${f.step}` : ""}-${f.event}.json`;
    const episode: Record<string, unknown> = {
    episode_id: `${f.run.run_id}#${seq}`,
    episode_type: f.episodeType ?? f.contract.episodeType ?? `execution/${contractName(f.frame.contract_id)}`,
    mova_version: f.run.release,
    recorded_at: iso(f.now),
    ...(f.startedAt ? { started_at: f.startedAt, finished_at: iso(f.now) } : {}),
    ...(f.contract.envelopeType ? { input_envelopes: [{ envelope_type: f.contract.envelopeType, envelope_id: f.run.run_id }] } : {}),
    input_data_refs: [{ data_type: f.contract.inputType ?? "ds.mova_schema_core_v1", data_id: `${f.run.run_id}/${f.frame.id}/inputs` }],
    executor: {
      role: f.executor.role,
      executor_id: f.executor.executor_id,
      executor_kind: f.executor.executor_kind,
      environment: { ...(f.executor.environment ?? {}), tool: `${TOOL_NAME} ${TOOL_VERSION}` },
    },
    result_status: f.status,
    result_summary: f.summary,
    ...(f.details ? { result_details: f.details } : {}),
    ...(f.outputType && f.status === "completed" ? { output_data_refs: [{ data_type: f.outputType, data_id: `${f.run.run_id}/${f.frame.id}/${f.step}` }] } : {}),
    ...(hasActionSignature(f.run.release) ? { verb_id: f.contract.verb ?? "execute", tool_id: f.tool ?? 0 } : {}),
    meta_episode: { run_id: f.run.run_id, contract_id: f.frame.contract_id, frame: f.frame.id, ...(f.step ? { step_id: f.step } : {}), event: f.event, seq },
  };
  return { name, episode };
}
