import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RegistryConfig } from "../config/config.ts";
import type { Registry } from "../registry/document.ts";
import { canonicalJson, sha256 } from "../util/canonical.ts";
import { contractName } from "./contracts.ts";
import type { RunRequest, RunState, WrittenEpisode } from "./types.ts";

/** Where runs live: the first configured runs folder. */
export function runsFolder(config: RegistryConfig): string {
  return config.folders.runs[0] ?? "runs";
}

export const RUN_ID = /^[a-z0-9][a-z0-9._-]{2,99}$/;

/** A run id from the contract's name and a time: invoice-approval-20261123-0900 (with a suffix when given). */
export function defaultRunId(contractId: string, at: Date, suffix?: string): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `${contractName(contractId).replace(/_/g, "-")}-${stamp}${suffix ? `-${suffix}` : ""}`.toLowerCase();
}

/** The bytes a state is written as: the same state, the same bytes. */
export function stateText(state: RunState): string {
  return JSON.stringify(state, null, 2) + "\n";
}

export function episodeText(e: WrittenEpisode): string {
  return JSON.stringify(e.episode, null, 2) + "\n";
}

export function stateHash(text: string): string {
  return sha256(canonicalJson(JSON.parse(text)));
}

/** Files of a run relative to its folder, for a commit or a folder on disk. */
export function runFiles(state: RunState, episodes: readonly WrittenEpisode[]): Record<string, string> {
  return { "state.json": stateText(state), ...Object.fromEntries(episodes.map((e) => [`episodes/${e.name}`, episodeText(e)])) };
}

export function writeRunFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

export function readState(dir: string): RunState | undefined {
  const path = join(dir, "state.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as RunState) : undefined;
}

export function readRequest(dir: string): RunRequest | undefined {
  const path = join(dir, "request.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as RunRequest) : undefined;
}

export function episodeNames(dir: string): string[] {
  const path = join(dir, "episodes");
  return existsSync(path) ? readdirSync(path).filter((f) => f.endsWith(".json")).sort() : [];
}

export interface RunSummary {
  run_id: string;
  contract_id: string;
  status: string;
  outcome?: string;
  reason?: string;
  openGates: string[];
  episodes: number;
  updated_at?: string;
}

/** The registry's runs, as the loaded documents show them. */
export function listRuns(registry: Registry): RunSummary[] {
  const out: RunSummary[] = [];
  for (const doc of registry.documents) {
    if (doc.kind !== "run_request") continue;
    const dir = doc.path.slice(0, doc.path.lastIndexOf("/"));
    const request = doc.json?.value as Partial<RunRequest> | undefined;
    const stateDoc = registry.documents.find((d) => d.path === `${dir}/state.json`);
    const state = stateDoc?.json?.ok ? (stateDoc.json.value as RunState) : undefined;
    const openGates = state ? state.frames.flatMap((f) => Object.entries(f.gates).filter(([, g]) => !g.decided).map(([step]) => `${f.id}/${step}`)) : [];
    out.push({
      run_id: doc.id ?? dir,
      contract_id: state?.contract_id ?? String(request?.contract_id ?? "?"),
      status: state?.status ?? "requested",
      ...(state?.outcome ? { outcome: state.outcome } : {}),
      ...(state?.reason ? { reason: state.reason } : {}),
      openGates,
      episodes: registry.documents.filter((d) => d.path.startsWith(`${dir}/episodes/`)).length,
      ...(state?.updated_at ? { updated_at: state.updated_at } : {}),
    });
  }
  return out.sort((a, b) => (a.run_id < b.run_id ? -1 : 1));
}
